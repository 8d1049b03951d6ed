"""Entry point of the PyInstaller bundle: the same as the ``receptionapp`` command."""

from receptionapp.cli import main

raise SystemExit(main())
