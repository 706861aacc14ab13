"""REFI-QDA codebooks (`.qdc`): writing ours, and reading one made in
ATLAS.ti, NVivo or MAXQDA so a research team can bring its own code tree.

Reading checks the file against the standard's schema first (see
`schema.codebook_errors`) and reports problems as `InputError`s naming file
and line; code names are not quoted, they could be anything.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pyrefiqda import RefiCodebook
from pyrefiqda.models import CodeBook, CodebookCodesType, CodebookCodeType

from zichtbaar.codebooks import Codebook
from zichtbaar.errors import InputError
from zichtbaar.export.codes import SEPARATOR, code_tree, to_models
from zichtbaar.export.schema import codebook_errors


def write_qdc(codebook: Codebook, output: Path) -> None:
    tree = code_tree(codebook)
    RefiCodebook.save(CodeBook(codes=CodebookCodesType(code=to_models(tree.roots, CodebookCodeType)), origin="zichtbaar"), output)
    errors = codebook_errors(Path(output).read_bytes())
    if errors:
        Path(output).unlink(missing_ok=True)
        raise RuntimeError("REFI-QDA codebook export does not validate: " + "; ".join(errors[:3]))


@dataclass(frozen=True)
class ImportedCode:
    guid: str
    path: str  # "Dwangmiddel > Fysiek geweld kind", as DESIGN.md joins code paths
    name: str
    codable: bool
    description: str | None
    color: str | None


def read_qdc(path: Path) -> list[ImportedCode]:
    """The codes of a .qdc codebook, parents before their children."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError:
        raise InputError(str(path), None, None, "an existing, readable .qdc codebook file") from None
    errors = codebook_errors(data)
    if errors:
        line, _, message = errors[0].partition(": ")
        number = int(line.removeprefix("line ")) if line.removeprefix("line ").isdigit() else None
        raise InputError(str(path), number, "CodeBook", f"a REFI-QDA 1.0 codebook ({_safe(message)})")
    book = RefiCodebook.load(path)
    out: list[ImportedCode] = []

    def walk(codes, prefix: str) -> None:
        for code in codes:
            full = f"{prefix}{SEPARATOR}{code.name}" if prefix else code.name
            out.append(ImportedCode(code.guid, full, code.name, code.is_codable, code.description, code.color))
            walk(code.code, full)

    walk(book.codes.code, "")
    return out


def _safe(message: str, limit: int = 120) -> str:
    """Schema messages name elements and attributes; cut long ones (they may echo values)."""
    return message if len(message) <= limit else message[: limit - 3] + "..."
