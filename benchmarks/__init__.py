"""ShipCheck benchmark suite (issue 7): `python -m benchmarks.run [--quick]`."""
