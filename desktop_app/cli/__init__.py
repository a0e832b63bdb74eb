"""The `shipcheck` command line. Each `*_cmd` module here adds its subcommands (see `main`)."""
