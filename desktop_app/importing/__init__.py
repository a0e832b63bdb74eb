"""Import of platform exports: detect format, platform and header row; map columns; type rows.

Entry points (`pipeline`): ``plan_import(path, *, platform, shop, mapping, lookup_profile)`` and
``iter_rows(plan)``; the contract types are in `model`. Inside, one job per module:

- `sniff` — the file format from its bytes; `zipguard` — zip bombs, XML entities, stray cells;
- `xlsx` (python-calamine), `csvfile`, `htmltable` — readers producing `tables.RawSheet`s;
- `headers` + `aliases` — header row, platform, kind and column mapping;
- `values` — cell → typed value (per cell and per column); `rows` — the per-sheet hot loop.
"""
