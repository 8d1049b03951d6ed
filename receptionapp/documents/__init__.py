"""PDF documents (letters, notices, forms)."""
