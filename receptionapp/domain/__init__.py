"""Pure domain rules: channels, people, validation, numbering, search terms.

Nothing here imports Qt or SQLAlchemy; every module is testable on its own.
"""
