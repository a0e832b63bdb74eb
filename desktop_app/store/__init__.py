"""The local SQLite store: schema, migrations, connection safety, backups and the import writer."""
