"""`platforms_with_products`: which platforms' stored orders or products carry some product ids."""

from __future__ import annotations

from pathlib import Path

from desktop_app.store.connection import open_store
from desktop_app.store.known_products import MAX_IDS, platforms_with_products, product_platforms
from policies.records import Platform
from tests.evaluation.storedata import insert_orders, insert_product


def test_platforms_with_products(tmp_path: Path) -> None:
    with open_store(tmp_path / "k.db", daily_backup=False) as store:
        conn = store.conn
        assert platforms_with_products(conn, ["21087465123"]) == []  # nothing stored
        insert_orders(
            conn,
            [
                {"platform": "kuaishou", "order_id": "2212200000000001", "product_id": "K-1"},
                {"platform": "douyin", "order_id": "4912200000000001", "product_id": "D-1"},
            ],
        )
        insert_product(conn, platform="aliexpress", product_id="A-1")
        assert platforms_with_products(conn, ["K-1"]) == [Platform.KUAISHOU]
        assert platforms_with_products(conn, ["nope", "D-1"]) == [Platform.DOUYIN]
        assert platforms_with_products(conn, ["A-1"]) == [Platform.ALIEXPRESS]  # products too
        assert platforms_with_products(conn, ["A-1", "K-1", "D-1"]) == [
            Platform.KUAISHOU,
            Platform.DOUYIN,
            Platform.ALIEXPRESS,
        ]
        assert platforms_with_products(conn, ["", "k-1", " K-1"]) == []  # exact text only
        assert platforms_with_products(conn, []) == []
        # many ids: only the first MAX_IDS (sorted) are asked about
        many = [f"X-{i:05d}" for i in range(MAX_IDS)] + ["Z-K"]
        insert_orders(
            conn, [{"platform": "kuaishou", "order_id": "2212200000000002", "product_id": "Z-K"}]
        )
        assert platforms_with_products(conn, many) == []
        assert product_platforms(conn)(["Z-K"]) == [Platform.KUAISHOU]
