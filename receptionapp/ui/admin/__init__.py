"""The admin's screens (accounts, safety, audit, backups, settings and lists) and the menus that open them."""
