"""Where the bundled resources (fonts, translations, templates, demo data, icons) are found.

From a source checkout or an editable install they are in the repository's top-level `resources/`;
in a PyInstaller bundle they are under `sys._MEIPASS/resources`.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The `resources/` folder of this installation."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """A path inside `resources/`, e.g. ``resource_path("fonts", "NotoSansSC-subset.otf")``."""
    return resources_dir().joinpath(*parts)
