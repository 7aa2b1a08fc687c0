"""The command line: thin commands over the library."""

from __future__ import annotations

import click


@click.group()
@click.version_option(package_name="consistency")
def main() -> None:
    """Find where news sources disagree on figures, dates and names."""
