"""Which platforms already know some product ids: how a product sheet, whose headers are the same
for every platform, finds its platform without ``--platform`` (the import pipeline asks through
`product_platforms`)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence

from policies.records import Platform

# Product ids are compared as stored (text, exactly as exported); a few hundred are plenty.
MAX_IDS = 500


def platforms_with_products(conn: sqlite3.Connection, product_ids: Sequence[str]) -> list[Platform]:
    """The platforms (in `Platform` order) whose stored orders or products carry at least one of
    `product_ids`. Per platform the search stops at the first match (the orders' primary key
    starts with the platform); a platform with no match is read through once."""
    ids = sorted({i for i in product_ids if i})[:MAX_IDS]
    if not ids:
        return []
    wanted = json.dumps(ids, ensure_ascii=False)
    found: list[Platform] = []
    for platform in Platform:
        row = conn.execute(
            "SELECT EXISTS (SELECT 1 FROM products WHERE platform = ?1 AND product_id IN "
            "(SELECT value FROM json_each(?2))) OR EXISTS (SELECT 1 FROM orders "
            "WHERE platform = ?1 AND product_id IN (SELECT value FROM json_each(?2)))",
            (platform.value, wanted),
        ).fetchone()
        if row and row[0]:
            found.append(platform)
    return found


def product_platforms(conn: sqlite3.Connection) -> Callable[[Sequence[str]], list[Platform]]:
    """`platforms_with_products` bound to this connection (the pipeline's `product_platforms`
    hook)."""

    def lookup(product_ids: Sequence[str]) -> list[Platform]:
        return platforms_with_products(conn, product_ids)

    return lookup
