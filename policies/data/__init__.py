"""Bundled reference data for the engine (administrative divisions). See `make_regions.py`."""
