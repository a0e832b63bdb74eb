"""Bundled parameter data (``*.toml``): one file per platform plus ``common.toml``. See
`policies.params`."""
