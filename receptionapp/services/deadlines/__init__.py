"""Deadlines: the obligations of a case, the rules that give them, the holiday calendar, the board."""
