"""The report renders to HTML and PDF with every figure, its labels and its n."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from zichtbaar.errors import InputError
from zichtbaar.report import report_for, write_report

YEAR = 2021


@pytest.fixture(scope="module")
def html(demo, tmp_path_factory):
    out = tmp_path_factory.mktemp("html") / "rapport.html"
    write_report(demo.store, YEAR, out)
    return out.read_text(encoding="utf-8")


def test_every_figure_has_caption_n_svg_and_axis_labels(demo, html):
    report = report_for(demo.store, YEAR)
    figures = re.findall(r'<figure id="figuur-(\d+)" data-n="(\d+)">(.*?)</figure>', html, flags=re.S)
    assert len(figures) == len(report.figures) >= 14
    for (number, n, body), fig in zip(figures, report.figures):
        assert int(number) == fig.number and int(n) == fig.n
        assert f"<figcaption>Figuur {fig.number}. " in body and f"(n = {fig.n})</figcaption>" in body
        svg = body[body.index("<svg"):body.index("</svg>")]
        assert 'role="img"' in svg
        # text stays text in the SVG: the axis titles are readable
        assert fig.chart.value_axis in svg and fig.chart.category_axis in svg


def test_html_is_dutch_and_holds_sections_funnel_and_quotes(demo, html):
    assert '<html lang="nl">' in html
    for heading in ("Onderzoeksverantwoording", f"Achtergrondkenmerken bezoekers {YEAR}", "Vergelijking met voorgaande jaren",
                    "3.1 Slachtoffers van seksuele uitbuiting", "3.2 Slachtoffers van criminele uitbuiting", "Citaten"):
        assert heading in html
    table = re.search(r"<caption>Tabel 1\..*?</table>", html, flags=re.S).group(0)
    rows = re.findall(r"<tr[^>]*><td>([^<]+)</td><td class=\"n\">(-?\d+)</td></tr>", table)
    expected = demo.funnel(YEAR)
    assert [(label, int(n)) for label, n in rows] == [  # the funnel as the truth gives it, subtractions negative
        ("chats in de periode", expected.in_period), ("gestart vóór de periode", -expected.started_before),
        ("geen mensenhandel", -expected.not_trafficking), ("dubbelingen", -expected.duplicates),
        ("unieke bezoekers", expected.unique)]
    assert "Een casus is een persoon" in html and "bevestigde koppelingen" in html
    assert html.count("<blockquote>") == len(report_for(demo.store, YEAR).quotes) > 0


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_pdf_renders_with_all_figures(demo, tmp_path):
    out = tmp_path / "rapport.pdf"
    write_report(demo.store, YEAR, out)
    assert out.read_bytes().startswith(b"%PDF")
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    assert 6 <= pages <= 20
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    text = re.sub(r"\s+", " ", text)
    for fig in report_for(demo.store, YEAR).figures:
        assert f"Figuur {fig.number}." in text
        assert f"(n = {fig.n})" in text
    assert "Aantal chats" in text  # axis titles are real text in the PDF


@pytest.mark.parametrize("name", ["rapport.docx", "rapport", "rapport.html.txt"])
def test_wrong_output_type_is_refused(demo, tmp_path, name):
    with pytest.raises(InputError) as caught:
        write_report(demo.store, YEAR, tmp_path / name)
    assert "-o" in str(caught.value) and ".pdf" in str(caught.value)
    assert not (tmp_path / name).exists()


def test_missing_directory_and_bad_year_are_refused(demo, tmp_path):
    with pytest.raises(InputError):
        write_report(demo.store, YEAR, tmp_path / "bestaat-niet" / "rapport.html")
    with pytest.raises(InputError):
        write_report(demo.store, 21, tmp_path / "rapport.html")


def test_year_without_chats_still_renders(demo, tmp_path):
    out = tmp_path / "leeg.html"
    write_report(demo.store, 2030, out)
    html = out.read_text(encoding="utf-8")
    assert "chats in de periode" in html and "unieke bezoekers" in html and "(n = 0)" in html
