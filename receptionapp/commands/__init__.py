"""The headless commands of ``receptionapp``, one module per area (see ``receptionapp.cli``)."""
