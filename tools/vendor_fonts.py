"""Make transforms/fonts/ from Debian's Noto font packages: ``python3 tasks.py fonts``.

The print edition embeds only these fonts (declared with ``@font-face`` in
``transforms/fonts/fonts.css``), so a PDF looks the same on every machine. Each face is cut
down to the Latin, Greek and Cyrillic blocks (with their extensions, combining marks and
common punctuation, symbols and arrows) that the family's pages and the foreign TEI samples
use; other scripts fall back to the machine's fonts (docs/editions.md). The output is
deterministic: the same packages give the same files.

Needs ``apt-get download`` and ``dpkg-deb`` (Debian or Ubuntu) and fontTools (in .venv).
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import tempfile
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parent.parent
FONTS = ROOT / "transforms" / "fonts"
PACKAGES = {
    "fonts-noto-core": ("20201225-1",),
    "fonts-noto-mono": ("20201225-1",),
}
# (file in the package, file written, family, weight, style)
FACES = [
    ("NotoSerif-Regular.ttf", "TeiNotoSerif-Regular.ttf", "TEI Noto Serif", 400, "normal"),
    ("NotoSerif-Italic.ttf", "TeiNotoSerif-Italic.ttf", "TEI Noto Serif", 400, "italic"),
    ("NotoSerif-Bold.ttf", "TeiNotoSerif-Bold.ttf", "TEI Noto Serif", 700, "normal"),
    ("NotoSerif-BoldItalic.ttf", "TeiNotoSerif-BoldItalic.ttf", "TEI Noto Serif", 700, "italic"),
    ("NotoSans-Regular.ttf", "TeiNotoSans-Regular.ttf", "TEI Noto Sans", 400, "normal"),
    ("NotoSans-Bold.ttf", "TeiNotoSans-Bold.ttf", "TEI Noto Sans", 700, "normal"),
    ("NotoSansMono-Regular.ttf", "TeiNotoSansMono-Regular.ttf", "TEI Noto Sans Mono", 400,
     "normal"),
    # arrows, mathematical operators and technical symbols, which the text faces lack
    ("NotoSansMath-Regular.ttf", "TeiNotoMath-Regular.ttf", "TEI Noto Math", 400, "normal"),
]
SYMBOL_RANGES = [(0x2000, 0x2BFF)]
# Unicode blocks kept: Latin (Basic to Extended-B, IPA, modifiers, Extended Additional, -C, -D),
# combining marks, Greek and Coptic, Greek Extended (polytonic), Cyrillic with its supplement
# and extensions, punctuation, super/subscripts, currency, letterlike symbols, number forms,
# arrows, mathematical operators, Latin ligatures, combining half marks, the replacement char.
RANGES = [
    (0x0000, 0x036F), (0x0370, 0x03FF), (0x0400, 0x052F), (0x1AB0, 0x1AFF),
    (0x1DC0, 0x1DFF), (0x1E00, 0x1EFF), (0x1F00, 0x1FFF), (0x2000, 0x22FF),
    (0x2C60, 0x2C7F), (0x2DE0, 0x2DFF), (0xA640, 0xA69F), (0xA720, 0xA7FF),
    (0xFB00, 0xFB06), (0xFE20, 0xFE2F), (0xFFFD, 0xFFFD),
]


def download(tmp: Path) -> dict[str, Path]:
    """Fetch and unpack the packages with apt; return the folder of each package's fonts."""
    unpacked: dict[str, Path] = {}
    for package in PACKAGES:
        subprocess.run(["apt-get", "download", package], cwd=tmp, check=True)
        deb = next(tmp.glob(f"{package}_*.deb"))
        target = tmp / package
        subprocess.run(["dpkg-deb", "-x", str(deb), str(target)], check=True)
        unpacked[package] = target
        digest = hashlib.sha256(deb.read_bytes()).hexdigest()
        print(f"{deb.name} sha256 {digest}")
    return unpacked


def cut(source: Path, target: Path, ranges: list[tuple[int, int]]) -> None:
    """Subset one face to ``ranges``, keeping the layout features; no timestamp is recalculated."""
    font = TTFont(source, recalcTimestamp=False)
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.glyph_names = False
    options.hinting = False
    subsetter = subset.Subsetter(options)
    unicodes = [cp for lo, hi in ranges for cp in range(lo, hi + 1)]
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    font.save(target)


def main() -> int:
    FONTS.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="tei-fonts-") as name:
        tmp = Path(name)
        unpacked = download(tmp)
        for original, written, *_ in FACES:
            found = [p for d in unpacked.values() for p in d.rglob(original)]
            if not found:
                print(f"error: {original} is not in {', '.join(PACKAGES)}", file=sys.stderr)
                return 1
            ranges = SYMBOL_RANGES if "Math" in original else RANGES
            cut(found[0], FONTS / written, ranges)
            print(f"{written}: {(FONTS / written).stat().st_size:,} bytes")
        ofl = next(unpacked["fonts-noto-core"].rglob("copyright")).read_text(encoding="utf-8")
        (FONTS / "LICENSE.txt").write_text(ofl, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
