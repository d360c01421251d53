"""Persons and offices for the reference gazetteer (filled in below)."""

OFFICE_DEFS = {}
PERSONS = []
