"""Written replies and notices: drafts from templates, approval with seal and signature, service, verification."""
