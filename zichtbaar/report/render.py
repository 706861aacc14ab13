"""Rendering the report: Jinja2 HTML with inline SVG figures; PDF via WeasyPrint.

The HTML is one self-contained file (styles and figures inline) so it can be
mailed or archived as is; the PDF is printed from exactly that HTML.
"""

from __future__ import annotations

import base64
from datetime import datetime
from html import escape
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from zichtbaar import __version__
from zichtbaar.report.figures import nl, render_svg
from zichtbaar.report.model import FigureBlock, Report

_env = Environment(loader=PackageLoader("zichtbaar.report"), autoescape=select_autoescape(), trim_blocks=True, lstrip_blocks=True)
_env.filters["nl"] = nl


def _cell(value) -> str:
    if isinstance(value, float):
        return nl(value)
    return "" if value is None else str(value)


_env.filters["cell"] = _cell


def render_html(report: Report, *, for_print: bool = False) -> str:
    """The report as one HTML page; the figures are drawn here.

    On screen the SVGs are inline (searchable text, accessible names). For
    print they go in as `<img>` data URIs with the same accessible name: an
    inline SVG makes every drawing node an HTML element that WeasyPrint styles
    and lays out, which tripled the PDF time of a full report.
    """
    svgs = {}
    for f in report.figures:
        svg = render_svg(f.chart, f.caption, salt=f"figuur-{f.number}")
        if for_print:
            data = base64.b64encode(svg.encode("utf-8")).decode("ascii")
            svgs[f.number] = Markup(f'<img src="data:image/svg+xml;base64,{data}" alt="{escape(f.caption)}">')
        else:
            svgs[f.number] = Markup(svg)
    css = (Path(__file__).parent / "templates" / "report.css").read_text(encoding="utf-8")
    return _env.get_template("report.html").render(
        r=report, svgs=svgs, css=Markup(css), version=__version__, is_figure=lambda b: isinstance(b, FigureBlock),
        generated=datetime.now().strftime("%d-%m-%Y %H:%M"),
    )


def write_pdf(html: str, output: Path) -> None:
    from weasyprint import HTML  # heavy; only when a PDF is asked for

    HTML(string=html, base_url=str(output.parent)).write_pdf(output)
