"""The appeal evidence bundle: a zip with the appeal report PDF, the orders as .xlsx, the raw
export rows, the seller's attachments and a manifest of SHA-256 hashes.

``desktop_app.evidence.build_bundle(store, platform, start, end, out, *, attach=(), shop="",
as_of=None, lang="zh", notice_date=None)`` is `desktop_app.evidence.bundle.build_bundle`, imported
on first use (it pulls in Qt for the PDF; `desktop_app.evidence.names` does not).
"""

from __future__ import annotations

from typing import Any

__all__ = ["build_bundle"]


def __getattr__(name: str) -> Any:
    if name == "build_bundle":
        from desktop_app.evidence.bundle import build_bundle

        return build_bundle
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
