"""Where the database and its backups live: ``--db``, else ``$SHIPCHECK_DB``, else the data dir."""

from __future__ import annotations

import os
from pathlib import Path

DB_ENV_VAR = "SHIPCHECK_DB"
DB_FILE_NAME = "shipcheck.db"
BACKUP_DIR_NAME = "backups"


def default_db_path() -> Path:
    """The database in the user's data dir (e.g. ``~/.local/share/ShipCheck/shipcheck.db``)."""
    import platformdirs

    return Path(platformdirs.user_data_dir("ShipCheck", appauthor=False)) / DB_FILE_NAME


def resolve_db_path(arg: str | os.PathLike[str] | None = None) -> Path:
    """The database to use: `arg` (``--db``) if given, else ``$SHIPCHECK_DB``, else the default.

    ``~`` is expanded; the result is absolute, so lock and backup locations do not depend on the
    working directory.
    """
    if arg is not None and str(arg) != "":
        chosen = Path(arg)
    elif os.environ.get(DB_ENV_VAR):
        chosen = Path(os.environ[DB_ENV_VAR])
    else:
        chosen = default_db_path()
    return Path(os.path.abspath(chosen.expanduser()))


def backups_dir(db_path: Path) -> Path:
    """The folder holding `db_path`'s backups: ``backups/`` beside the database."""
    return db_path.parent / BACKUP_DIR_NAME


def lock_path(db_path: Path) -> Path:
    """The lock file writers hold while they have `db_path` open."""
    return db_path.with_name(db_path.name + ".lock")
