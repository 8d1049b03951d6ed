"""Use cases: each public function is one user action in one transaction.

Services take a ``Database`` and, for changes, the acting ``Actor``; they
return plain dataclasses, never live ORM objects, and raise ``ServiceError``
(a Chinese message for the user) when an action cannot be done.
"""
