"""Working days for A1/A3: the official Chinese calendar (holidays and 调休 make-up days) plus
the seller's list.

The official schedule comes from the maintained ``chinesecalendar`` package (State Council
announcements). The seller's extra holidays / extra working days (settings
``calendar.extra_holidays`` / ``calendar.extra_workdays``) win over it, for later announcements.
Beyond the package's data (it ends with the last published year) a day is a working day unless
it is a
weekend — and the answer says so (`fallback=True`), so verdicts carry the ``calendar_fallback`` flag
instead of silently guessing or crashing. A year for which the seller has entered holidays or
make-up days counts as covered (the seller has taken over there).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

import chinese_calendar

_HOLIDAYS: frozenset[date] = frozenset(chinese_calendar.holidays)
_WORKDAYS: frozenset[date] = frozenset(chinese_calendar.workdays)
DATA_FIRST_YEAR = min(d.year for d in _HOLIDAYS)
DATA_LAST_YEAR = max(d.year for d in _HOLIDAYS)


class WorkCalendar:
    """Working-day arithmetic with seller overrides and an explicit fallback marker."""

    def __init__(
        self, extra_holidays: Iterable[date] = (), extra_workdays: Iterable[date] = ()
    ) -> None:
        self.extra_holidays = frozenset(extra_holidays)
        self.extra_workdays = frozenset(extra_workdays)
        self._cache: dict[date, tuple[bool, bool]] = {}
        self._holiday_cache: dict[date, tuple[bool, bool]] = {}
        self._first_cache: dict[date, tuple[date, bool]] = {}
        self._add_cache: dict[tuple[date, int], tuple[date, bool]] = {}
        # A year the seller has entered holidays or make-up days for counts as covered: the seller
        # has taken over from the official data there, so no fallback warning.
        self.seller_years = frozenset(d.year for d in self.extra_holidays | self.extra_workdays)

    def covers(self, day: date) -> bool:
        """True when the official calendar (or the seller's list) has data for `day`'s year."""
        return DATA_FIRST_YEAR <= day.year <= DATA_LAST_YEAR or day.year in self.seller_years

    def day_info(self, day: date) -> tuple[bool, bool]:
        """(is a working day, fallback used) for one day."""
        cached = self._cache.get(day)
        if cached is not None:
            return cached
        if day in self.extra_workdays:
            result = (True, False)
        elif day in self.extra_holidays:
            result = (False, False)
        elif self.covers(day):
            if day in _WORKDAYS:
                result = (True, False)
            elif day in _HOLIDAYS:
                result = (False, False)
            else:
                result = (day.weekday() < 5, False)
        else:
            result = (day.weekday() < 5, True)
        self._cache[day] = result
        return result

    def is_workday(self, day: date) -> bool:
        """True for a working day (make-up working days included)."""
        return self.day_info(day)[0]

    def is_public_holiday(self, day: date) -> tuple[bool, bool]:
        """(is an official or seller-entered holiday, fallback used) — weekends are not holidays
        here."""
        hit = self._holiday_cache.get(day)
        if hit is not None:
            return hit
        if day in self.extra_workdays:
            hit = (False, False)
        elif day in self.extra_holidays:
            hit = (True, False)
        elif not self.covers(day):
            hit = (False, True)
        else:
            hit = (day in _HOLIDAYS, False)
        self._holiday_cache[day] = hit
        return hit

    def first_workday_from(self, day: date) -> tuple[date, bool]:
        """`day` if it is a working day, else the next one; and whether a fallback was used."""
        hit = self._first_cache.get(day)
        if hit is None:
            hit = self._first_cache[day] = self._first_workday_from(day)
        return hit

    def _first_workday_from(self, day: date) -> tuple[date, bool]:
        fallback = False
        for _ in range(60):
            ok, fb = self.day_info(day)
            fallback |= fb
            if ok:
                return day, fallback
            day += timedelta(days=1)
        raise ValueError("no working day within 60 days — check the seller's holiday list")

    def add_workdays(self, day: date, n: int) -> tuple[date, bool]:
        """The n-th working day after `day` (n=0 → `day` itself); and whether a fallback was
        used."""
        hit = self._add_cache.get((day, n))
        if hit is None:
            hit = self._add_cache[day, n] = self._add_workdays(day, n)
        return hit

    def _add_workdays(self, day: date, n: int) -> tuple[date, bool]:
        fallback = False
        count = 0
        for _ in range(n * 10 + 60):
            if count == n:
                return day, fallback
            day += timedelta(days=1)
            ok, fb = self.day_info(day)
            fallback |= fb
            if ok:
                count += 1
        raise ValueError("no working day within range — check the seller's holiday list")
