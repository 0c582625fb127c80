"""`python -m builder` is the `archive` command."""

from builder.cli import main

raise SystemExit(main())
