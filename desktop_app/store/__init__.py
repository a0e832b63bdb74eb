"""The local SQLite store: schema and migrations, connection safety, and every query the app makes."""
