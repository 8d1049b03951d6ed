"""Administration: first start, opening the database, users and logins, backups, restore, checks, lists."""
