"""Persistence: SQLAlchemy 2.x models, the engine, migrations and search index.

Nothing here imports Qt. Services open one ``Database.session()`` transaction
per user action.
"""
