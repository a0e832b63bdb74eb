"""Import of platform exports: detect format, platform and header row; map columns; type rows."""
