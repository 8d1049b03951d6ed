"""Allow ``python -m receptionapp``, the same as the ``receptionapp`` command."""

from receptionapp.cli import main

raise SystemExit(main())
