"""The four forms and one record of a case, printed from its record, and the archive bundle."""
