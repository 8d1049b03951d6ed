"""Write one sample PDF of every letter, notice and form to a folder, to look at them.

    python build/sample_documents.py [FOLDER]        # default: ./samples (not committed)

Uses the bundled fonts only, so the samples look the same on every machine.
Turn pages into pictures with ``pdftoppm -png -r 80 FILE.pdf PREFIX``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from receptionapp.documents.fonts import bundled_font_set
from receptionapp.documents.samples import write_samples


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("samples")
    for path in write_samples(folder, bundled_font_set()):
        print(path)


if __name__ == "__main__":
    main()
