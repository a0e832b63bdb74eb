"""Column-mapping profiles the seller saved in the import preview, keyed by platform + header row.

The importer looks a profile up by the sha256 of the normalised header row
(``ImportPlan.header_signature``) so that a sheet mapped by hand once maps the same way next time.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable

from desktop_app.chinatime import china_now_text

ProfileLookup = Callable[[str, str], "dict[str, str] | None"]


def lookup_profile(
    conn: sqlite3.Connection, platform: str, header_signature: str
) -> dict[str, str] | None:
    """The saved mapping {canonical field: header} for this platform and header row, if any."""
    found = conn.execute(
        "SELECT mapping_json FROM mapping_profiles WHERE platform = ? AND header_signature = ?",
        (str(platform), header_signature),
    ).fetchone()
    if found is None:
        return None
    mapping = json.loads(found[0])
    return {str(k): str(v) for k, v in mapping.items()}


def save_profile(
    conn: sqlite3.Connection, platform: str, header_signature: str, mapping: dict[str, str]
) -> None:
    """Remember `mapping` for sheets of `platform` with this header row (replaces an older one)."""
    conn.execute(
        "INSERT INTO mapping_profiles(platform, header_signature, mapping_json, updated_at) "
        "VALUES (?, ?, ?, ?) ON CONFLICT(platform, header_signature) DO UPDATE SET "
        "mapping_json = excluded.mapping_json, updated_at = excluded.updated_at",
        (
            str(platform),
            header_signature,
            json.dumps(mapping, ensure_ascii=False, sort_keys=True),
            china_now_text(),
        ),
    )


def profile_lookup(conn: sqlite3.Connection) -> ProfileLookup:
    """A ``lookup(platform, header_signature)`` callable bound to `conn`, for plan_import."""

    def lookup(platform: str, header_signature: str) -> dict[str, str] | None:
        return lookup_profile(conn, platform, header_signature)

    return lookup
