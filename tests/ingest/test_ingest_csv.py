"""CSV exports: one row per message; errors point at the physical line where
the bad record starts, naming the column."""

from __future__ import annotations

import pytest

from ingest_samples import CSV_HEADER, chat_dict, csv_rows, csv_text
from zichtbaar.ingest import read_chats


def test_reads_chats_in_any_column_order_with_extra_columns(write):
    order = ["text", "role", "t", "notitie", "started_at", "channel", "visitor", "chat_id", "profile_gender", "profile_age"]
    rows = []
    for chat in (chat_dict("c1"), chat_dict("c2", "sanne_2006", profile={"age": None, "gender": "neutraal"}, channel=None)):
        for row in csv_rows(chat):
            cells = dict(zip(CSV_HEADER, row), notitie="intern")
            rows.append([cells[c] for c in order])
    chats = list(read_chats(write("export.csv", csv_text(rows, [c.upper() for c in order]))))
    assert [c.chat_id for c in chats] == ["c1", "c2"]
    assert chats[0].to_json_dict() == {**chat_dict("c1"), "profile": {"age": 15, "gender": "v"}}
    assert chats[1].profile.age is None and chats[1].profile.gender == "neutraal"
    assert chats[1].channel is None


def test_profile_columns_are_optional(write):
    header = CSV_HEADER[:7]
    rows = [row[:7] for row in csv_rows(chat_dict("c1"))]
    [chat] = read_chats(write("export.csv", csv_text(rows, header)))
    assert chat.profile.age is None and chat.profile.gender is None


def test_quoted_newlines_commas_and_quotes_and_line_numbers(write, refused):
    text = 'Hij zei: "je moet, anders..."\nEn toen\r\nging ik'
    chat = chat_dict("c1", messages=[
        {"t": "2021-02-14T19:03:10", "role": "visitor", "text": text},
        {"t": "2021-02-14T19:04:10", "role": "counselor", "text": "Dat klinkt eng."},
    ])
    bad = chat_dict("c2", messages=[{"t": "2021-02-14T19:05:00", "role": "bezoeker", "text": "Hij houdt mijn paspoort"}])
    path = write("export.csv", csv_text(csv_rows(chat) + csv_rows(bad)))
    first = next(iter(read_chats(path)))
    assert first.messages[0].text == text.replace("\r\n", "\n")  # line endings inside a text become \n
    # header = line 1; message 0 spans lines 2-4; message 1 line 5; bad row line 6
    refused(path, 6, "role", "'visitor' or 'counselor'")


@pytest.mark.parametrize("missing", ["chat_id", "t", "role", "text", "started_at"])
def test_missing_required_column_is_named(write, refused, missing):
    keep = [i for i, c in enumerate(CSV_HEADER) if c != missing]
    rows = [[row[i] for i in keep] for row in csv_rows(chat_dict())]
    path = write("export.csv", csv_text(rows, [CSV_HEADER[i] for i in keep]))
    refused(path, 1, missing, f"a column named '{missing}' in the header row")


def test_duplicate_column_in_header(write, refused):
    rows = [row + ["visitor"] for row in csv_rows(chat_dict())]
    refused(write("export.csv", csv_text(rows, CSV_HEADER + ["Role"])), 1, "role", "a single column named 'role'")


def test_chat_rows_not_contiguous(write, refused):
    a, b = csv_rows(chat_dict("c-geheim-7")), csv_rows(chat_dict("c2", "sanne_2006"))
    path = write("export.csv", csv_text(a[:2] + b + a[2:]))
    error = refused(path, 7, "chat_id", "the rows of one chat next to each other")
    assert "from line 2 on" in error.expected


def test_duplicate_chat_in_file_after_other_chat_is_reported_as_non_contiguous(write, refused):
    rows = csv_rows(chat_dict("c1")) + csv_rows(chat_dict("c2")) + csv_rows(chat_dict("c1"))
    refused(write("export.csv", csv_text(rows)), 8, "chat_id", "another chat came in between")


def test_chat_level_value_changes_within_a_chat(write, refused):
    rows = csv_rows(chat_dict("c1"))
    rows[2][1] = "sanne_2006"  # visitor column
    refused(write("export.csv", csv_text(rows)), 4, "visitor", "the same visitor on every row of a chat (as on line 2)")


@pytest.mark.parametrize(
    ("column", "value", "expected"),
    [
        ("profile_age", "vijftien", "an integer 0–120 or an empty cell"),
        ("profile_age", "121", "an integer 0–120 or an empty cell"),
        ("profile_gender", "vrouw", "one of 'v', 'm', 'neutraal' or an empty cell"),
        ("started_at", "1613329380", "ISO 8601"),
        ("started_at", "14-02-2021", "ISO 8601"),
        ("visitor", "", "non-empty text"),
    ],
)
def test_bad_chat_level_cell_points_at_first_row(write, refused, column, value, expected):
    rows = csv_rows(chat_dict("c1")) + csv_rows(chat_dict("c2"))
    for row in rows[3:]:
        row[CSV_HEADER.index(column)] = value
    refused(write("export.csv", csv_text(rows)), 5, column, expected)


def test_bad_message_time_points_at_its_row(write, refused):
    rows = csv_rows(chat_dict("c1"))
    rows[1][4] = "2021-02-14"
    refused(write("export.csv", csv_text(rows)), 3, "t", "ISO 8601")
    rows[1][4] = "2021-02-14T25:00:00"
    refused(write("export2.csv", csv_text(rows)), 3, "t", "ISO 8601")


def test_row_with_wrong_number_of_cells(write, refused):
    rows = csv_rows(chat_dict("c1"))
    rows[1] = rows[1][:5]
    refused(write("export.csv", csv_text(rows)), 3, None, "9 cells per row as in the header row (this row has 5)")


def test_unclosed_quote_is_reported_where_the_record_starts(write, refused):
    text = csv_text(csv_rows(chat_dict("c1")))
    text += 'c2,sanne_2006,chatmetfier,2021-02-14T19:03:00,2021-02-14T19:03:10,visitor,"Hij houdt mijn paspoort\r\nen verder,,\r\n'
    refused(write("export.csv", text), 5, None, "a closing quote")


def test_stray_text_after_closing_quote(write, refused):
    text = csv_text(csv_rows(chat_dict("c1")))
    text += 'c2,sanne_2006,,2021-02-14T19:03:00,2021-02-14T19:03:10,visitor,"Hij houdt" mijn paspoort,,\r\n'
    refused(write("export.csv", text), 5, None, "a comma or line end right after a closing quote")


def test_blank_and_empty_rows_are_skipped(write):
    text = csv_text(csv_rows(chat_dict("c1")), lineterminator="\n")
    text = text.replace("\n", "\n\n,,,,,,,,\n", 1)
    assert [c.chat_id for c in read_chats(write("export.csv", text))] == ["c1"]


def test_header_only_is_an_empty_file(write, refused):
    refused(write("export.csv", ",".join(CSV_HEADER) + "\r\n"), None, None, "at least one chat")
