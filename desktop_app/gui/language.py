"""Which language the window shows, for texts that come as (Chinese, English) pairs.

`app.Translations.switch()` sets the default locale with the translators, so the default locale
tells every view the UI language without holding on to the application object.
"""

from __future__ import annotations

from desktop_app.qt import QtCore


def ui_english() -> bool:
    """True when the UI is in English."""
    return QtCore.QLocale().language() == QtCore.QLocale.Language.English
