"""REFI-QDA: the .qdpx project validates against the standard's schema and
round-trips with per-coder codings; .qdc codebooks are written and imported."""

from __future__ import annotations

import zipfile

import pytest
from sqlalchemy import select

from zichtbaar.codebooks import load_codebook
from zichtbaar.errors import InputError
from zichtbaar.export import export, read_qdc, read_qdpx
from zichtbaar.export.schema import codebook_errors, qdpx_errors
from zichtbaar.store.models import Chat, Coding, CodebookVersion, Message, User

YEAR = 2022  # a year the other export tests leave alone
CB = load_codebook("ckm-2021")


@pytest.fixture(scope="module")
def second_opinions(demo):
    """A second researcher and a machine coder on the first two chats of YEAR,
    with evidence spans; one suggestion rejected."""
    chat_ids = [chat for c in demo.cases(YEAR) for chat in c.chat_ids][:2]
    with demo.store.session() as s:
        version = s.scalar(select(CodebookVersion.id).where(CodebookVersion.version_id == "ckm-2021"))
        bram = User(username="bram", display_name="Bram", role="onderzoeker", password_hash="!")
        s.add(bram)
        s.flush()
        spans = {}
        for chat_id in chat_ids:
            pk = s.scalar(select(Chat.id).where(Chat.chat_id == chat_id))
            index, text = s.execute(select(Message.index, Message.text).where(Message.chat_id == pk, Message.role == "visitor")
                                    .order_by(Message.index)).first()
            spans[chat_id] = (index, text[:12])
            end = len(text[:12])
            s.add(Coding(chat_id=pk, codebook_version_id=version, variable="acuut_onveilig", value="onbekend",
                         user_id=bram.id, status="accepted", evidence=[]))
            s.add(Coding(chat_id=pk, codebook_version_id=version, variable="dwangmiddelen", value=["geweld", "sextortion"],
                         machine_coder="regels-ckm-2021/1", status="suggested",
                         evidence=[{"message": index, "start": 0, "end": end, "quote": text[:12], "value": "geweld"},
                                   {"message": index, "start": 0, "end": end + 500}]))  # does not fit: left out
            s.add(Coding(chat_id=pk, codebook_version_id=version, variable="meerdere_plegers", value="ja",
                         machine_coder="regels-ckm-2021/1", status="rejected", evidence=[]))
    return chat_ids, spans


@pytest.fixture(scope="module")
def qdpx(demo, second_opinions, tmp_path_factory):
    out = tmp_path_factory.mktemp("qdpx") / "ckm.qdpx"
    export(demo.store, "qdpx", out, YEAR)
    return out


def test_qdpx_validates_against_the_refi_schema(qdpx):
    assert qdpx_errors(qdpx) == []
    with zipfile.ZipFile(qdpx) as archive:
        names = archive.namelist()
    assert "project.qde" in names and all(n == "project.qde" or n.startswith("sources/") for n in names)


def test_round_trip_keeps_sources_codes_and_every_coder(demo, qdpx, second_opinions):
    chat_ids, spans = second_opinions
    project = read_qdpx(qdpx)
    assert set(project.sources) == {chat for c in demo.cases(YEAR) for chat in c.chat_ids}
    assert set(project.users.values()) == {"Demo-onderzoeker", "Bram", "Machinale codeur regels-ckm-2021/1"}
    assert "Dwangmiddelen > Geweld" in project.codes and "Acuut onveilig > Onbekend" in project.codes
    for chat_id in chat_ids:
        mine = [c for c in project.codings if c.source == chat_id]
        by = lambda user, code: [c for c in mine if c.user == user and c.code == code]  # noqa: E731
        truth = next(t for t in demo.chats if t.chat_id == chat_id).variables  # the chat's own coding
        first = CB.variable("acuut_onveilig")
        label = first.missing.label if truth["acuut_onveilig"] == "onbekend" else first.value(truth["acuut_onveilig"]).label
        assert len(by("Demo-onderzoeker", f"Acuut onveilig > {label}")) == 1
        assert len(by("Bram", "Acuut onveilig > Onbekend")) == 1  # the second coder's own coding survives
        machine = by("Machinale codeur regels-ckm-2021/1", "Dwangmiddelen > Geweld")
        assert len(machine) == 1 and machine[0].text == spans[chat_id][1]  # offsets point at the evidence
        source_text = project.sources[chat_id]
        assert source_text[machine[0].start:machine[0].end] == spans[chat_id][1]
        assert not by("Machinale codeur regels-ckm-2021/1", "Dwangmiddelen > Sextortion")  # span was for geweld only
        assert not [c for c in mine if c.code.startswith("Meerdere plegers") and c.user.startswith("Machinale")]


def test_quotes_become_coded_selections(demo, qdpx):
    project = read_qdpx(qdpx)
    quotes = [c for c in project.codings if c.code == "Citaat"]
    assert quotes and all(c.text and c.start is not None for c in quotes)


def test_tampered_project_fails_validation_and_import(qdpx, tmp_path):
    with zipfile.ZipFile(qdpx) as archive:
        qde = archive.read("project.qde").decode("utf-8")
    broken = tmp_path / "kapot.qdpx"
    with zipfile.ZipFile(broken, "w") as archive:
        archive.writestr("project.qde", qde.replace(' isCodable="true"', "", 1))
    assert qdpx_errors(broken)
    with pytest.raises(InputError) as caught:
        read_qdpx(broken)
    assert "kapot.qdpx" in str(caught.value)
    not_zip = tmp_path / "geen.qdpx"
    not_zip.write_text("dit is geen zip", encoding="utf-8")
    with pytest.raises(InputError):
        read_qdpx(not_zip)


def test_qdc_written_validates_and_imports(demo, tmp_path):
    out = tmp_path / "ckm.qdc"
    export(demo.store, "qdc", out, YEAR)
    assert codebook_errors(out.read_bytes()) == []
    codes = read_qdc(out)
    paths = [c.path for c in codes]
    assert "Dwangmiddelen" in paths and "Dwangmiddelen > Geweld" in paths and "Citaat" in paths
    assert next(c for c in codes if c.path == "Dwangmiddelen").codable is False


def test_qdc_from_another_program_imports(tmp_path):
    qdc = tmp_path / "atlas.qdc"
    qdc.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="ATLAS.ti">\n<Codes>\n'
        '<Code guid="{0B4F4A1E-2C3D-4E5F-8A9B-0C1D2E3F4A5B}" name="Dwangmiddel" isCodable="false">\n'
        '  <Code guid="0b4f4a1e-2c3d-4e5f-8a9b-0c1d2e3f4a5c" name="Fysiek geweld kind" isCodable="true" color="#E69F00">'
        '<Description>Slaan, schoppen</Description></Code>\n'
        '</Code>\n</Codes>\n'
        '<Sets><Set guid="0b4f4a1e-2c3d-4e5f-8a9b-0c1d2e3f4a5d" name="Geweld"><MemberCode guid="0b4f4a1e-2c3d-4e5f-8a9b-0c1d2e3f4a5c"/></Set></Sets>\n'
        '</CodeBook>\n', encoding="utf-8")
    codes = read_qdc(qdc)
    assert [(c.path, c.codable, c.color) for c in codes] == [
        ("Dwangmiddel", False, None), ("Dwangmiddel > Fysiek geweld kind", True, "#E69F00")]
    assert codes[1].description == "Slaan, schoppen"


@pytest.mark.parametrize("content,line", [
    ('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>\n<Code guid="0b4f4a1e-2c3d-4e5f-8a9b-0c1d2e3f4a5c" name="x"/>\n</Codes></CodeBook>', 2),
    ('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>\n<Code guid="niet-een-guid" name="x" isCodable="true"/></Codes></CodeBook>', 2),
    ('<Project xmlns="urn:QDA-XML:project:1.0" name="p"/>', 1),
    ('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>\n<Code', 2),
])
def test_bad_qdc_is_input_error_with_file_and_line(tmp_path, content, line):
    qdc = tmp_path / "fout.qdc"
    qdc.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_qdc(qdc)
    assert caught.value.file == str(qdc) and caught.value.line == line


def test_missing_qdc_is_input_error(tmp_path):
    with pytest.raises(InputError):
        read_qdc(tmp_path / "bestaat-niet.qdc")
