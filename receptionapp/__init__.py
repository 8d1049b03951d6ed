"""receptionapp — 教育信访接待系统, the petition reception desk of an education bureau.

The package is layered: ``domain`` (pure rules), ``db`` (SQLAlchemy models and
migrations), ``services`` (one transaction per user action), ``documents`` and
``reports`` (paper and statistics) and ``ui`` (Qt only). See README.md.
"""

__version__ = "0.1.0"
