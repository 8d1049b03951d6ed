"""Timed runs of the document engine (not part of the test suite).

    python benchmarks/documents.py [--repeat 20] [--json figures.json]

Measures, with the bundled fonts:

- ``letter_ms``: the sample reply letter (two pages, GB/T 9704 layout, seal) in a warm process;
- ``raw_letter_ms``: the same lines of text drawn on bare reportlab pages with the same fonts,
  no layout: the floor the letter is compared with (FACTS.md: 13–18 ms);
- ``form_ms``: the 接谈记录 form; ``long_letter_ms``: a three-page letter;
- ``sign_ms`` / ``verify_ms``: PAdES signing and verification of the letter (warm);
- ``cold_letter_s``: a fresh Python process that imports the engine and writes one letter;
- ``letter_kb``: size of the letter PDF.

``measure_documents()`` returns the figures for other benchmark scripts.
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from receptionapp.documents import forms, official, samples, signing  # noqa: E402
from receptionapp.documents.fonts import FontSet, bundled_font_set  # noqa: E402


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    fn()  # warm-up
    samples_ms = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        samples_ms.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples_ms)


def raw_letter(doc: official.OfficialDocument, fonts: FontSet) -> bytes:
    """The letter's lines on bare pages: same fonts and runs, no layout decisions."""
    slots, _placement = official.build_slots(doc, fonts)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, initialFontName=fonts.roles[official.Role.SONGTI].name)
    for page in official.paginate(slots):
        for index, slot in enumerate(page):
            y = A4[1] - 100 - index * 29
            x = 80.0
            for font, run in slot.runs:
                canvas.setFont(font.name, slot.size)
                canvas.drawString(x, y, run)
                x += canvas.stringWidth(run, font.name, slot.size)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def cold_letter_seconds() -> float:
    code = (
        "from receptionapp.documents.official import render_official;"
        "from receptionapp.documents.samples import reply_letter;"
        "from receptionapp.documents.fonts import bundled_font_set;"
        "render_official(reply_letter(), bundled_font_set())"
    )
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
    return time.perf_counter() - started


def measure_documents(repeat: int = 20) -> dict[str, float]:
    fonts = bundled_font_set()
    letter = samples.reply_letter()
    long_letter = samples.reply_letter(paragraphs=9)
    form = samples.conversation_record()
    pdf = official.render_official(letter, fonts)
    key = signing.open_pkcs12(signing.create_self_signed("示例市教育局", "x"), "x")
    signed = signing.sign_pdf(pdf, key)
    trusted = [key.info.certificate_der]
    return {
        "letter_ms": median_ms(lambda: official.render_official(letter, fonts), repeat),
        "raw_letter_ms": median_ms(lambda: raw_letter(letter, fonts), repeat),
        "long_letter_ms": median_ms(lambda: official.render_official(long_letter, fonts), repeat),
        "form_ms": median_ms(lambda: forms.render_form(form, fonts), repeat),
        "sign_ms": median_ms(lambda: signing.sign_pdf(pdf, key), max(repeat // 4, 3)),
        "verify_ms": median_ms(lambda: signing.verify_pdf(signed, trusted), max(repeat // 4, 3)),
        "cold_letter_s": cold_letter_seconds(),
        "letter_kb": len(pdf) / 1024,
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    figures = measure_documents(args.repeat)
    for name, value in figures.items():
        print(f"{name:>16}  {value:8.2f}")
    print(f"{'letter / raw':>16}  {figures['letter_ms'] / figures['raw_letter_ms']:8.2f}x")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
