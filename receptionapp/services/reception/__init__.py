"""The leaders' reception day: the rota, appointments and the queue, the 接谈记录."""
