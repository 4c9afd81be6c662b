"""The CJK faces cut down to GB 2312, and streams deflated once: faster PDFs, same pages."""

import io
import subprocess
import zlib
from pathlib import Path

import pikepdf
import pydyf
import pytest
from django.core.management import call_command
from fontTools.ttLib import TTFont

from meetings import pdf, pdf_fonts
from meetings.models import Meeting
from meetings.selectors import meetings_for_export
from tests.factories import MeetingFactory

pytestmark = pytest.mark.django_db

RARE = "堃"  # common in names, outside GB 2312


def run(*args) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def fonts_of(content: bytes, tmp_path: Path) -> str:
    path = tmp_path / "fonts.pdf"
    path.write_bytes(content)
    return run("pdffonts", str(path))


def pages_png(content: bytes, tmp_path: Path, name: str) -> list[bytes]:
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(content)
    run("pdftoppm", "-r", "100", "-png", str(path), str(tmp_path / name))
    return [page.read_bytes() for page in sorted(tmp_path.glob(f"{name}-*.png"))]


def summary(meeting) -> bytes:
    full = meetings_for_export(Meeting.objects.filter(pk=meeting.pk)).get()
    return pdf.meeting_pdfa(full).content


@pytest.fixture
def cut_fonts_of(tmp_path, monkeypatch):
    """Cut fonts holding only the characters of `text` (seconds, not the minute GB 2312
    takes), in a folder of their own; without calling it, a folder without cut fonts."""
    folder = tmp_path / "fonts"
    folder.mkdir()
    monkeypatch.setattr(pdf_fonts, "FONT_DIR", folder)
    # A process keeps the faces of every @font-face it has seen in its one font
    # configuration: a fresh one here, and another after, once these files are gone.
    pdf._font_config.cache_clear()

    def cut(text: str) -> list[Path]:
        return [pdf_fonts.cut_font(font, text=text) for font in pdf_fonts.CUT_FONTS]

    yield cut
    pdf._font_config.cache_clear()


def test_gb2312_holds_its_6763_hanzi_and_not_the_rare_ones():
    characters = pdf_fonts.gb2312_characters()

    assert sum("\u4e00" <= c <= "\u9fff" for c in characters) == 6763
    assert "党" in characters and "—" in characters and "A" in characters
    assert RARE not in characters


def test_a_cut_font_keeps_the_glyphs_metrics_and_bounds_of_its_system_face(tmp_path):
    font = pdf_fonts.CUT_FONTS[3]  # 楷体, TrueType outlines
    output = pdf_fonts.cut_font(font, text="党委会议", output=tmp_path / "kai.ttf")
    source_file, index = pdf_fonts.system_face(font)

    with TTFont(source_file, fontNumber=index) as source, TTFont(output) as cut:
        for character in "党委":
            a, b = source.getBestCmap()[ord(character)], cut.getBestCmap()[ord(character)]
            assert source["hmtx"][a] == cut["hmtx"][b]
            assert source["glyf"][a].getCoordinates(source["glyf"]) == cut["glyf"][
                b
            ].getCoordinates(cut["glyf"])
        assert ord("堂") not in cut.getBestCmap()
        assert (source["head"].xMin, source["head"].yMax) == (cut["head"].xMin, cut["head"].yMax)
        assert cut["maxp"].numGlyphs < 20


def test_summary_prints_the_same_pages_with_cut_fonts_as_with_the_system_fonts(
    seed_meeting, cut_fonts_of, tmp_path
):
    without = summary(seed_meeting)
    full = meetings_for_export(Meeting.objects.filter(pk=seed_meeting.pk)).get()
    # Every character the page shows is in its HTML, but for the page numbers.
    cut_fonts_of(pdf.document_html("meetings/pdf/summary.html", pdf.summary_context(full)) + "— ")
    with_cut = summary(seed_meeting)

    assert "GB2312" not in fonts_of(without, tmp_path)
    fonts = fonts_of(with_cut, tmp_path)
    names = {line.split("+")[1].split()[0] for line in fonts.splitlines()[2:]}
    assert {
        "Noto-Serif-CJK-SC-GB2312-Heavy",
        "Noto-Serif-CJK-SC-GB2312",
        "Noto-Sans-CJK-SC-GB2312",
        "AR-PL-UKai-CN-GB2312",
    } <= names
    assert all("GB2312" in name or name == "FandolFang" for name in names)
    assert pages_png(with_cut, tmp_path, "cut") == pages_png(without, tmp_path, "system")
    assert len(with_cut) < len(without)


def test_a_character_outside_the_cut_fonts_prints_from_the_system_face(cut_fonts_of, tmp_path):
    meeting = MeetingFactory(title=f"王{RARE}同志任职谈话会")
    cut_fonts_of("王同志任职谈话会0123456789— ")

    content = summary(meeting)

    path = tmp_path / "rare.pdf"
    path.write_bytes(content)
    assert f"王{RARE}同志" in run("pdftotext", str(path), "-")
    # The masthead's 小标宋 falls back from its cut face to the full one for that character.
    fonts = fonts_of(content, tmp_path)
    assert "Noto-Serif-CJK-SC-GB2312-Heavy" in fonts and "Noto-Serif-CJK-SC-Heavy" in fonts


def test_cut_pdf_fonts_skips_fonts_that_exist_and_force_cuts_them_again(cut_fonts_of, monkeypatch):
    for font in pdf_fonts.CUT_FONTS:
        font.path.write_bytes(b"placeholder")

    call_command("cut_pdf_fonts")
    assert {font.path.read_bytes() for font in pdf_fonts.CUT_FONTS} == {b"placeholder"}

    # GB 2312 takes a minute; a few characters show the same path.
    monkeypatch.setattr(pdf_fonts, "gb2312_characters", lambda: "党委")
    call_command("cut_pdf_fonts", "--force")
    for font in pdf_fonts.CUT_FONTS:
        with TTFont(font.path) as cut:
            assert ord("党") in cut.getBestCmap()


def test_streams_are_deflated_once_before_pydyf_writes_the_file_with_its_id():
    document = pydyf.PDF()
    stream = pydyf.Stream([b"BT", b"ET"], compress=True)
    document.add_object(stream)
    document.catalog["Extra"] = stream.reference

    pdf.deflate_streams_once(None, document)
    # pydyf deflates a stream each time it serialises one marked `compress`.
    assert stream.compress is False
    assert zlib.decompress(stream.stream[0]) == b"BT\nET"
    output = io.BytesIO()
    document.write(output, identifier=True, compress=True)

    with pikepdf.open(io.BytesIO(output.getvalue())) as written:
        assert "/ID" in written.trailer
        extra = written.Root.Extra
        assert extra.Filter == pikepdf.Name.FlateDecode
        assert extra.read_bytes() == b"BT\nET"


def test_a_summarys_font_streams_are_deflated_and_read_back_whole(seed_meeting):
    with pikepdf.open(io.BytesIO(summary(seed_meeting))) as written:
        assert "/ID" in written.trailer
        fonts = [
            obj
            for obj in written.objects
            if isinstance(obj, pikepdf.Stream) and obj.get("/Subtype") == "/OpenType"
        ]
        assert fonts
        for font in fonts:
            assert font.Filter == pikepdf.Name.FlateDecode
            assert font.read_bytes()[:4] == b"OTTO"
