"""Modules generated from ui/*.ui; never edit by hand."""
