"""An order's raw export row, {header: cell text}, from either stored form.

Since schema v7 `orders.raw_json` is a JSON array of the row's cell texts in column order and the
headers are stored once per imported sheet (`import_raw_keys`, found by the row's own
``import_id`` and ``source_sheet``); rows written before are a JSON object {header: cell text}.
Every reader selects `raw_keys_sql` beside ``raw_json`` and turns the pair into the object with
`raw_row`, so all of them show the same header → text pairs for either form.
"""

from __future__ import annotations

import json

__all__ = ["raw_keys_sql", "raw_row"]


def raw_keys_sql(table: str) -> str:
    """A scalar SQL expression: the header keys (JSON array text, or NULL) of `table`'s row, where
    `table` is the name or alias of `orders` in the query."""
    return (
        f"(SELECT k.keys_json FROM import_raw_keys k WHERE k.import_id = {table}.import_id "
        f"AND k.sheet = {table}.source_sheet)"
    )


def raw_row(raw_json: str | None, keys_json: str | None) -> dict[str, object] | None:
    """The exported row as {header: cell text} in column order, or None when there is none
    (empty or not JSON).

    An object (rows stored before v7, logistics rows) is returned as it was stored. An array is
    paired with `keys_json` the way the object was built: a later repeat of a key replaces the
    earlier value (as loading the object did); cells beyond the keys (keys missing) are named by
    their position, "1", "2", …
    """
    if not raw_json:
        return None
    try:
        value = json.loads(raw_json)
    except ValueError:
        return None
    if isinstance(value, dict):
        return value
    if not isinstance(value, list):
        return None
    keys: list[object] = []
    if keys_json:
        try:
            found = json.loads(keys_json)
        except ValueError:
            found = []
        keys = found if isinstance(found, list) else []
    out: dict[str, object] = {}
    for i, cell in enumerate(value):
        out[str(keys[i]) if i < len(keys) else str(i + 1)] = cell
    return out
