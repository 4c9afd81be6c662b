"""The PDF's CJK faces cut down to GB 2312, once, so that each PDF embeds them cheaply.

WeasyPrint reads every face it embeds whole and subsets it keeping the glyph ids, so a
summary's cost grows with the size of its fonts, not with its text: the system's Noto CJK
faces (20-26 MB collections, 65,000 glyphs each) made reading and subsetting four of them
more than half of a one-page summary's render. The same faces cut down to GB 2312's 7,445
characters (the 6,763 hanzi of nearly every record, punctuation, ASCII) give the same
glyphs at a fraction of the cost. The stylesheet names each cut face first and its system
face next, so a character outside GB 2312 (a rare one in a name) still prints, in the same
design, from the full face.

`manage.py cut_pdf_fonts` (run by `make setup`) writes the files into var/fonts; a PDF
rendered without them looks the same and is only slower.
"""

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

FONT_DIR = settings.VAR_DIR / "fonts"
# Beside GB 2312: the dashes, ellipsis and middle dot the records use (some have other
# code points than GB 2312's), and ASCII.
EXTRA_CHARACTERS = "—―–…·•　〇％" + "".join(chr(c) for c in range(0x20, 0x7F))


@dataclass(frozen=True)
class CutFont:
    """A system face (a fontconfig pattern) cut down to `file_name`, named `family` in the
    PDF stylesheet with the CSS `weight` it is used at."""

    family: str
    source: str
    file_name: str
    weight: int = 400

    @property
    def path(self) -> Path:
        return FONT_DIR / self.file_name


# Named after the face each is cut from, so that a PDF's font list still says what it is.
SONG = "Noto Serif CJK SC GB2312"
CUT_FONTS = (
    # 小标宋: the masthead, titles and labels (font-weight 900).
    CutFont(SONG, "Noto Serif CJK SC:weight=210", "song-heavy-gb2312.otf", 900),
    # 宋体: page numbers, and body characters FandolFang lacks.
    CutFont(SONG, "Noto Serif CJK SC:weight=80", "song-gb2312.otf"),
    # 黑体: first-level headings, the filing stamp.
    CutFont("Noto Sans CJK SC GB2312", "Noto Sans CJK SC:weight=80", "hei-gb2312.otf"),
    # 楷体: second-level headings.
    CutFont("AR PL UKai CN GB2312", "AR PL UKai CN", "kai-gb2312.ttf"),
)


def gb2312_characters() -> str:
    """Every character GB 2312 encodes, and EXTRA_CHARACTERS."""
    characters = set(EXTRA_CHARACTERS)
    for first in range(0xA1, 0xF8):
        for second in range(0xA1, 0xFF):
            try:
                characters.add(bytes((first, second)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return "".join(sorted(characters))


def font_faces() -> list[dict]:
    """The @font-face rules of the cut faces that exist (the stylesheet's `cut_fonts`)."""
    return [
        {"family": font.family, "url": font.path.as_uri(), "weight": font.weight}
        for font in CUT_FONTS
        if font.path.exists()
    ]


def system_face(font: CutFont) -> tuple[str, int] | None:
    """The file and face index fontconfig gives for the pattern (what WeasyPrint would
    embed), or None when that family is not installed."""
    family = font.source.split(":")[0]
    try:
        result = subprocess.run(
            ["fc-match", "--format=%{file}\n%{index}\n%{family}", font.source],
            capture_output=True,
            text=True,
            timeout=30,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    lines = result.stdout.splitlines()
    if result.returncode != 0 or len(lines) < 3 or family not in lines[2].split(","):
        return None
    return lines[0], int(lines[1])


def cut_font(font: CutFont, *, text: str | None = None, output: Path | None = None) -> Path | None:
    """Write `font` cut down to `text` (GB 2312 by default) to `output` (its place in
    var/fonts by default); None when its system face is not installed.

    Glyphs, metrics and layout features are kept as they are; only the glyph ids change.
    """
    from fontTools import subset
    from fontTools.ttLib import TTFont

    face = system_face(font)
    if face is None:
        return None
    output = output or font.path
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text if text is not None else gb2312_characters())
    with TTFont(face[0], fontNumber=face[1], recalcBBoxes=False) as ttfont:
        subsetter.subset(ttfont)
        output.parent.mkdir(parents=True, exist_ok=True)
        # Written aside and renamed: a render running meanwhile never reads half a file.
        partial = output.with_name(f".{output.name}.{os.getpid()}")
        ttfont.save(partial)
    partial.replace(output)
    return output
