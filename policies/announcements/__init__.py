"""Bundled announcement catalogue (``*.toml``): one file per platform. See `policies.catalogue`."""
