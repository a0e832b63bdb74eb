"""Parameter values and units from the engine, in the UI language."""

from __future__ import annotations

from desktop_app.gui import engine_text


def test_parameter_values_and_units() -> None:
    assert engine_text.parameter_value("是 (yes)", english=True) == "yes"
    assert engine_text.parameter_value("未设置 (not set)", english=False) == "未设置"
    assert engine_text.parameter_value("48", english=True) == "48"  # anything else as written
    assert engine_text.unit_name("hours", "小时", english=True) == "hours"
    assert engine_text.unit_name("hours", "小时", english=False) == "小时"
