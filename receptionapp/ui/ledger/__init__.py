"""Importing historical ledgers: the wizard, its column mapping, review models and unknown values."""
