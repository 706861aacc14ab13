"""REFI-QDA project export (`.qdpx`) for ATLAS.ti, NVivo and MAXQDA, and
reading one back.

Each chat becomes a plain-text source ("Bezoeker: …" / "Hulpverlener: …",
one message per line; the texts are the store's pseudonymised ones). Every
coder — each user and each machine coder — is a REFI user, and every coding
keeps its coder, so per-coder codings (and so inter-rater agreement) survive
the trip. A coding with evidence becomes a coded selection at character
offsets in the source text; a coding without evidence codes the whole source.
Rejected suggestions are left out. The victim's age is a REFI variable.

Built with pyrefiqda's models and saved with `RefiProject.save`; the result
is validated against the standard's schema before the call returns.
"""

from __future__ import annotations

import tempfile
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pyrefiqda import RefiProject
from pyrefiqda.models.project import (
    CodeBookType, CodeRefType, CodesType, CodeType, CodingType, PlainTextSelectionType, Project, SourcesType,
    TextSourceType, TypeOfVariableType, UsersType, UserType, VariableRefType, VariablesType, VariableType,
    VariableValueType,
)
from sqlalchemy import select
from xsdata.models.datatype import XmlDateTime

from zichtbaar.errors import InputError
from zichtbaar.export.codes import CodeTree, code_tree, guid, paths, to_models
from zichtbaar.export.schema import qdpx_errors
from zichtbaar.report.dataset import CHUNK, QUOTE_VARIABLE, YearData
from zichtbaar.store import Store
from zichtbaar.store.models import Chat, Coding, Message, User

ROLE_LABELS = {"visitor": "Bezoeker", "counselor": "Hulpverlener"}


@dataclass(frozen=True)
class _Row:
    chat_id: str
    variable: str
    value: Any
    evidence: list
    user: str  # user guid
    created: Any


def write_qdpx(store: Store, years: Sequence[YearData], output: Path) -> None:
    codebook = max(years, key=lambda d: d.year).codebook
    chat_ids = list(dict.fromkeys(c for d in years for case in d.cases for c in case.chat_ids))
    texts, offsets = _sources(store, chat_ids)
    rows, users = _codings(store, chat_ids)
    seen_text = {v.id: {r.value for r in rows if r.variable == v.id and isinstance(r.value, str)}
                 for v in codebook.variables if v.type == "text"}
    tree = code_tree(codebook, seen_text)
    integer_vars = [v for v in codebook.variables if v.type == "integer"]
    variables = VariablesType(variable=[
        VariableType(guid=guid(codebook.id, "variabele", v.id), name=v.label, type_of_variable=TypeOfVariableType.INTEGER,
                     description=v.definition) for v in integer_vars
    ]) if integer_vars else None
    case_values = {c: case.values for d in years for case in d.cases for c in case.chat_ids}
    by_chat: dict[str, list[_Row]] = {}
    for row in rows:
        by_chat.setdefault(row.chat_id, []).append(row)
    with tempfile.TemporaryDirectory() as work:
        sources = []
        for chat_id in chat_ids:
            source_guid = guid("chat", chat_id)
            path = Path(work) / "sources" / f"{source_guid}.txt"
            path.parent.mkdir(exist_ok=True)
            path.write_text(texts[chat_id], encoding="utf-8", newline="")
            selections, whole = _selections(tree, by_chat.get(chat_id, []), offsets[chat_id], texts[chat_id])
            values = [
                VariableValueType(variable_ref=VariableRefType(target_guid=guid(codebook.id, "variabele", v.id)),
                                  integer_value=case_values[chat_id].get(v.id))
                for v in integer_vars if isinstance(case_values.get(chat_id, {}).get(v.id), int)
            ]
            sources.append(TextSourceType(guid=source_guid, name=chat_id, plain_text_path=f"internal://{source_guid}.txt",
                                          plain_text_selection=selections, coding=whole, variable_value=values))
        project = Project(
            name=f"zichtbaar {codebook.name}", origin="zichtbaar",
            users=UsersType(user=[UserType(guid=g, name=name, id=ident) for g, (name, ident) in users.items()]) if users else None,
            code_book=CodeBookType(codes=CodesType(code=to_models(tree.roots, CodeType))),
            variables=variables,
            sources=SourcesType(text_source=sources) if sources else None,
        )
        RefiProject.save(project, output, source_media_dir=Path(work) / "sources")
    errors = qdpx_errors(output)
    if errors:  # a bug of ours, not bad input: never hand out an invalid file
        output.unlink(missing_ok=True)
        raise RuntimeError("REFI-QDA export does not validate: " + "; ".join(errors[:3]))


def _sources(store: Store, chat_ids: list[str]) -> tuple[dict[str, str], dict[str, list[tuple[int, int]]]]:
    """Source text per chat, and per message where its text starts in it and its length."""
    texts: dict[str, list[str]] = {c: [] for c in chat_ids}
    offsets: dict[str, list[tuple[int, int]]] = {c: [] for c in chat_ids}
    lengths = dict.fromkeys(chat_ids, 0)
    with store.session() as session:
        for start in range(0, len(chat_ids), CHUNK):
            rows = session.execute(
                select(Chat.chat_id, Message.role, Message.text).join(Chat, Message.chat_id == Chat.id)
                .where(Chat.chat_id.in_(chat_ids[start:start + CHUNK])).order_by(Chat.chat_id, Message.index))
            for chat_id, role, text in rows:
                prefix = f"{ROLE_LABELS[role]}: "
                offsets[chat_id].append((lengths[chat_id] + len(prefix), len(text)))
                line = prefix + text.replace("\r", " ").replace("\n", " ") + "\n"
                texts[chat_id].append(line)
                lengths[chat_id] += len(line)
    return {c: "".join(parts) for c, parts in texts.items()}, offsets


def _codings(store: Store, chat_ids: list[str]) -> tuple[list[_Row], dict[str, tuple[str, str]]]:
    rows: list[_Row] = []
    users: dict[str, tuple[str, str]] = {}
    with store.session() as session:
        for start in range(0, len(chat_ids), CHUNK):
            result = session.execute(
                select(Chat.chat_id, Coding.variable, Coding.value, Coding.evidence, Coding.machine_coder,
                       User.username, User.display_name, Coding.created_at)
                .join(Chat, Coding.chat_id == Chat.id).outerjoin(User, Coding.user_id == User.id)
                .where(Chat.chat_id.in_(chat_ids[start:start + CHUNK]), Coding.status != "rejected")
                .order_by(Coding.id))
            for chat_id, variable, value, evidence, machine, username, display, created in result:
                ident = username if username is not None else f"machine:{machine}"
                user_guid = guid("user", ident)
                users[user_guid] = (display if username is not None else f"Machinale codeur {machine}", ident)
                rows.append(_Row(chat_id, variable, value, evidence or [], user_guid, created))
    return rows, users


def _selections(tree: CodeTree, rows: list[_Row], offsets: list[tuple[int, int]], text: str):
    selections, whole = [], []
    for k, row in enumerate(rows):
        codes = [tree.quote] if row.variable == QUOTE_VARIABLE else [
            c for c in (tree.code_for(row.variable, v) for v in (row.value if isinstance(row.value, list) else [row.value])
                        if isinstance(v, str)) if c is not None]
        when = XmlDateTime.from_datetime(row.created) if row.created is not None else None
        spans = [s for s in row.evidence if isinstance(s, dict) and isinstance(s.get("message"), int)
                 and 0 <= s["message"] < len(offsets) and isinstance(s.get("start"), int) and isinstance(s.get("end"), int)]
        for code in codes:
            coding = lambda i: CodingType(guid=guid("coding", row.chat_id, str(k), code.guid, str(i)),  # noqa: E731
                                          code_ref=CodeRefType(target_guid=code.guid), creating_user=row.user,
                                          creation_date_time=when)
            if not spans:
                whole.append(coding(-1))
                continue
            for i, span in enumerate(spans):
                if "value" in span and span["value"] != row.value and code is not tree.code_for(row.variable, span["value"]):
                    continue  # evidence for another value of a multi-valued coding
                at, length = offsets[span["message"]]
                if not 0 <= span["start"] < span["end"] <= length:
                    continue  # evidence that does not fit its message is left out, not guessed
                begin, end = at + span["start"], at + span["end"]
                selections.append(PlainTextSelectionType(
                    guid=guid("selection", row.chat_id, str(k), code.guid, str(i)), start_position=begin,
                    end_position=end, creating_user=row.user, creation_date_time=when, coding=[coding(i)]))
    return selections, whole


def _archive_errors(path: Path) -> list[str]:
    try:
        return qdpx_errors(path)
    except zipfile.BadZipFile:
        return ["the file is not a zip archive"]


@dataclass(frozen=True)
class ImportedCoding:
    source: str  # source name (the chat id for our exports)
    code: str  # code path, "Dwangmiddelen > Geweld"
    user: str  # the coder's name
    start: int | None  # character offsets; None = the whole source
    end: int | None
    text: str | None  # the selected text


@dataclass(frozen=True)
class ImportedProject:
    name: str
    users: dict[str, str]  # guid -> name
    codes: list[str]  # code paths
    sources: dict[str, str]  # name -> plain text
    codings: list[ImportedCoding]


def read_qdpx(path: Path) -> ImportedProject:
    """A .qdpx project (ours or another program's) as plain data."""
    path = Path(path)
    if not path.is_file():
        raise InputError(str(path), None, None, "an existing .qdpx file")
    errors = _archive_errors(path)
    if errors:
        raise InputError(str(path), None, "project.qde", f"a REFI-QDA 1.0 project ({errors[0]})")
    with tempfile.TemporaryDirectory() as work:
        project = RefiProject.load(path, extract_dir=work)
        users = {u.guid: u.name or u.id or u.guid for u in (project.users.user if project.users else [])}
        code_paths = paths(project.code_book.codes.code) if project.code_book else {}
        sources, codings = {}, []
        for source in project.sources.text_source if project.sources else []:
            text = source.plain_text_content
            if text is None and source.plain_text_path:
                text = RefiProject.resolve_source_path(source.plain_text_path, work).read_text(encoding="utf-8")
            name = source.name or source.guid
            sources[name] = text or ""
            for selection in source.plain_text_selection:
                for coding in selection.coding:
                    codings.append(ImportedCoding(name, code_paths[coding.code_ref.target_guid][0],
                                                  users.get(coding.creating_user or selection.creating_user or "", ""),
                                                  selection.start_position, selection.end_position,
                                                  (text or "")[selection.start_position:selection.end_position]))
            for coding in source.coding:
                codings.append(ImportedCoding(name, code_paths[coding.code_ref.target_guid][0],
                                              users.get(coding.creating_user or "", ""), None, None, None))
    return ImportedProject(project.name, users, [p for p, _ in code_paths.values()], sources, codings)
