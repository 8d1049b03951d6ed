"""Importing old ledgers (台账): reading files, planning rows, the import and its batches."""
