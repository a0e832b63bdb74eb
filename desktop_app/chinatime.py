"""China time: the zone, the stored text form, now, and parsing.

Every time ShipCheck stores, compares or shows is a naive datetime meaning China Standard Time
(UTC+8, no daylight saving), whatever zone the computer is set to; stored as
'YYYY-MM-DD HH:MM:SS' text, which sorts like the instant it names.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from desktop_app.errors import BadInput, Problem

CHINA = timezone(timedelta(hours=8))
TIME_FORMAT = "%Y-%m-%d %H:%M:%S"
# What a person may type for an instant: full, without seconds, or a day (its midnight).
_TYPED_FORMATS = (TIME_FORMAT, "%Y-%m-%d %H:%M", "%Y-%m-%d")


def china_now() -> datetime:
    """Now, as a naive China-time datetime in whole seconds (never the machine's zone)."""
    return datetime.now(CHINA).replace(tzinfo=None, microsecond=0)


def china_now_text() -> str:
    """Now in the stored text form."""
    return china_now().strftime(TIME_FORMAT)


def format_time(dt: datetime) -> str:
    """A naive China-time datetime in the stored text form."""
    return dt.strftime(TIME_FORMAT)


def parse_time(text: str | None) -> datetime | None:
    """A stored time text as a naive China-time datetime; None for NULL or empty.

    Raises ValueError for text that is not a stored time.
    """
    if not text:
        return None
    return datetime.strptime(text[:19], TIME_FORMAT)


def parse_time_or_none(text: str | None) -> datetime | None:
    """As `parse_time`, but None for text that is not a stored time (for display only)."""
    try:
        return parse_time(text)
    except ValueError:
        return None


def parse_as_of(text: str | None) -> datetime | None:
    """A typed as-of instant ('YYYY-MM-DD HH:MM[:SS]' or a day, China time); None stays None.

    Raises BadInput, naming the expected form, for anything else.
    """
    if text is None:
        return None
    raw = text.strip().replace("T", " ")
    for fmt in _TYPED_FORMATS:
        try:
            return datetime.strptime(raw, fmt)
        except ValueError:
            continue
    raise BadInput(
        Problem(
            message="--as-of 应为 YYYY-MM-DD HH:MM:SS（北京时间）",
            message_en="--as-of must be YYYY-MM-DD HH:MM:SS (China time)",
            value=text,
        )
    )
