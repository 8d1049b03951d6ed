"""Verification codes: a short, phone-friendly fingerprint of a document's content.

The code is printed in the footer of a letter or form and stored with the case;
a clerk who is read the code over the phone finds the document by it and can
compare the content. It is the first 50 bits of the SHA-256 of the document's
canonical text, written in Crockford's base 32 (digits and capitals without
I, L, O and U, so nothing is mistaken for another character) as two groups
of five: ``7K2QM-9XD4T``. It identifies content, not the PDF bytes: the PDF
carries the code itself, and its own hash is kept separately.
"""

from __future__ import annotations

import hashlib

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 10
_READ_AS = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})


def verification_code(content: str) -> str:
    """The grouped code of a canonical text, e.g. ``7K2QM-9XD4T``."""
    digest = int.from_bytes(hashlib.sha256(content.encode("utf-8")).digest()[:8], "big")
    bits = digest >> (64 - 5 * CODE_LENGTH)
    chars = [ALPHABET[(bits >> (5 * i)) & 31] for i in reversed(range(CODE_LENGTH))]
    half = CODE_LENGTH // 2
    return "".join(chars[:half]) + "-" + "".join(chars[half:])


def normalize_code(text: str) -> str | None:
    """Read a code as typed or heard: case, spaces and dashes ignored, O/I/L read as 0/1/1.

    Returns the grouped form, or None when it cannot be a code.
    """
    raw = "".join(c for c in text.upper() if c not in " -—_").translate(_READ_AS)
    if len(raw) != CODE_LENGTH or any(c not in ALPHABET for c in raw):
        return None
    half = CODE_LENGTH // 2
    return raw[:half] + "-" + raw[half:]
