"""PDF documents: letters and notices (official), the four forms and the record (forms), templates, signing.

No Qt and no database here: services hand in plain dataclasses and get PDF bytes back.
"""
