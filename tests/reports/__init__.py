"""Tests of the statistics, exports and the statistics screen over one generated database."""
