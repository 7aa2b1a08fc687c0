"""Word lists and other data files of the parsers."""
