"""A lived-in demo office: ``receptionapp demo-data``, made through the services."""
