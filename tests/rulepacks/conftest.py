"""Rule-pack tests install packs whose catalogue the engine then cites from: each test ends with
the bundled catalogue in use again, so no other test sees a pack's announcements."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop_app.evaluation.rule_set import use_bundled_rules


@pytest.fixture(autouse=True)
def _bundled_rules_after() -> Iterator[None]:
    yield
    use_bundled_rules()
