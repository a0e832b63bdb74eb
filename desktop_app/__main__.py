"""`python -m desktop_app` does what the `shipcheck` command does."""

from desktop_app.cli.main import main

raise SystemExit(main())
