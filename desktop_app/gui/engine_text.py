"""Parameter values and units from the engine in the UI language. No Qt here.

The engine writes every text it produces in both languages (reasons, deadline basis, appeal
reason, metrics notes, trace steps); what is left for the GUI to split are the parameter
defaults it shows as "中文 (English)" pairs and the unit names of `policies.params.UNITS`.
"""

from __future__ import annotations

from policies.params import UNITS

_BILINGUAL_VALUES = {
    "未设置 (not set)": ("未设置", "not set"),
    "未填写 (not entered)": ("未填写", "not entered"),
    "是 (yes)": ("是", "yes"),
    "否 (no)": ("否", "no"),
}


def unit_name(unit: str, fallback: str, english: bool) -> str:
    """A parameter unit's name (`policies.params.UNITS` key; "number" for seller values)."""
    if not english:
        return fallback
    if unit == "number":
        return "number"
    return UNITS[unit][1] if unit in UNITS else fallback


def parameter_value(text: str, english: bool) -> str:
    """A parameter default as shown in settings: the engine's "中文 (English)" pairs split."""
    pair = _BILINGUAL_VALUES.get(text)
    if pair is None:
        return text
    return pair[1] if english else pair[0]
