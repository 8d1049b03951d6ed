"""Written replies and notices: the case page's letters panel, drafting, approval, service, keys and templates."""
