"""ShipCheck's policy engine: pure, dated shipping-assessment rules for Kuaishou, Douyin and
AliExpress.

Nothing here imports Qt or SQLite. Plain records in (see `policies.records`), verdicts and
metrics out, for a given as-of instant in China time.
"""
