"""Draw the demonstration seal, resources/seals/demo-seal.png: a red round seal on transparency.

Only for tests, samples and the demo database: it reads 示例市教育局 around the
rim and 演示专用章 under the star, so it cannot pass for a real seal. A
bureau's own seal image is scanned and imported by the admin. Run:

    python build/make_demo_seal.py [--text 示例市教育局] [--out resources/seals/demo-seal.png]
"""

from __future__ import annotations

import argparse
import math
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
FONT = ROOT / "resources" / "fonts" / "NotoSerifSC-Bold-TT.ttf"
SIZE = 600  # pixels; printed at 42 mm this is about 360 dpi
RED = (222, 18, 30, 225)  # a little translucent: the text under the seal stays legible


def star_points(cx: float, cy: float, outer: float, inner: float) -> list[tuple[float, float]]:
    points = []
    for i in range(10):
        radius = outer if i % 2 == 0 else inner
        angle = math.radians(-90 + 36 * i)
        points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    return points


def draw_seal(rim_text: str, centre_text: str) -> Image.Image:
    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    c = SIZE / 2
    ring = SIZE * 0.035
    draw.ellipse((ring / 2, ring / 2, SIZE - ring / 2, SIZE - ring / 2), outline=RED, width=round(ring))
    draw.polygon(star_points(c, c, SIZE * 0.16, SIZE * 0.061), fill=RED)

    # rim text: upright letters on an arc of 240°, from lower left over the top to lower right
    font = ImageFont.truetype(str(FONT), round(SIZE * 0.13))
    radius = SIZE * 0.34
    span = 240.0
    count = len(rim_text)
    for i, char in enumerate(rim_text):
        angle = -90 - span / 2 + span * (i + 0.5) / count  # degrees, 0 = to the right, clockwise
        tile = Image.new("RGBA", (round(SIZE * 0.2), round(SIZE * 0.2)), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((tile.width / 2, tile.height / 2), char, font=font, fill=RED, anchor="mm")
        tile = tile.rotate(-(angle + 90), resample=Image.Resampling.BICUBIC, expand=True)
        x = c + radius * math.cos(math.radians(angle)) - tile.width / 2
        y = c + radius * math.sin(math.radians(angle)) - tile.height / 2
        image.alpha_composite(tile, (round(x), round(y)))

    small = ImageFont.truetype(str(FONT), round(SIZE * 0.075))
    draw.text((c, c + SIZE * 0.27), centre_text, font=small, fill=RED, anchor="mm")
    return image


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--text", default="示例市教育局")
    parser.add_argument("--centre", default="演示专用章")
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "seals" / "demo-seal.png")
    args = parser.parse_args()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    draw_seal(args.text, args.centre).save(args.out, optimize=True)
    print(args.out)


if __name__ == "__main__":
    main()
