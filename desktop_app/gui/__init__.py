"""The ShipCheck desktop application: windows, dialogs, table models and background tasks.

Everything Qt comes through `desktop_app.qt`. Models (`*_model.py`) hold no widget code; widgets
never touch the database from a worker thread (see `tasks.py`).
"""
