"""`python -m inquiry_desk`: the same as the `inquiry-desk` command."""

from inquiry_desk.cli import main

raise SystemExit(main())
