"""The demo corpus: determinism, file contract, exact PII offsets, coding rules."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from datetime import datetime

import pytest

from zichtbaar.synth import generate, write_corpus
from zichtbaar.transcript import Chat
from zichtbaar.truth import ChatTruth

ALLOWED = {
    "achtergrond_chatter": {"slachtoffer", "familielid", "partner", "sociale_omgeving", "klant", "hulpverlener", "pleger", "anders"},
    "vorm_uitbuiting": {"seksueel", "crimineel", "seksueel_en_crimineel", "arbeid", "geen"},
    "geslacht_slachtoffer": {"vrouw", "man", "neutraal", "onbekend"},
    "pleger_relatie": {"partner", "familie", "sociale_omgeving", "onbekend"},
    "pleger_familie_detail": {"vader", "moeder", "beide_ouders", "stiefouder", "broer", "andere_familie", None},
    "acuut_onveilig": {"ja", "nee", "onbekend"},
    "first_disclosure": {"ja", "nee", "onbekend"},
    "duur": {"<1 jaar", "1-2 jaar", ">2 jaar", "onbekend"},
    "ontmoeting": {"online", "offline", "onbekend"},
    "meerdere_plegers": {"ja", "nee", "onbekend"},
    "meerdere_slachtoffers": {"ja", "nee", "onbekend"},
    "digitaal_aspect": {"ja", "nee"},
}
DWANG = {"geweld", "sextortion", "middelenafhankelijkheid", "lvb", "leeftijdsverschil", "inwonend", "financiele_afhankelijkheid", "anders"}
CRIM = {"drugs_vervoeren_verhandelen", "drugs_bewaren", "diefstal", "overval", "witwassen", "mishandeling", "wapenhandel"}
# seed 002 Tabel 2 categories and how they fold onto `duur`
DETAIL = {"korter_dan_7_dagen": "<1 jaar", "korter_dan_3_maanden": "<1 jaar", "3_tot_12_maanden": "<1 jaar", "1_tot_2_jaar": "1-2 jaar",
          "2_tot_5_jaar": ">2 jaar", "5_tot_10_jaar": ">2 jaar", "10_jaar_of_langer": ">2 jaar", "meerdere_jaren": ">2 jaar", "onbekend": "onbekend"}


def test_same_seed_same_bytes_other_seed_other_corpus(tmp_path):
    a, b, c = tmp_path / "a.jsonl", tmp_path / "b.jsonl", tmp_path / "c.jsonl"
    write_corpus(a, chats=150, seed=4)
    write_corpus(b, chats=150, seed=4)
    write_corpus(c, chats=150, seed=5)
    assert a.read_bytes() == b.read_bytes()
    assert (tmp_path / "a.truth.jsonl").read_bytes() == (tmp_path / "b.truth.jsonl").read_bytes()
    assert a.read_bytes() != c.read_bytes()


def test_files_parse_with_the_contract_models(tmp_path):
    out = tmp_path / "demo.jsonl"
    seen: list[int] = []
    truth_path = write_corpus(out, chats=300, seed=2, progress=seen.append)
    assert truth_path == tmp_path / "demo.truth.jsonl"
    chats = [Chat.model_validate_json(line) for line in out.read_text(encoding="utf-8").splitlines()]
    truths = [ChatTruth.model_validate_json(line) for line in truth_path.read_text(encoding="utf-8").splitlines()]
    assert len(chats) == len(truths) == 300
    assert [c.chat_id for c in chats] == [t.chat_id for t in truths]
    assert len({c.chat_id for c in chats}) == 300
    assert seen == sorted(seen) and seen[-1] == 300
    assert [c.started_at for c in chats] == sorted(c.started_at for c in chats)
    raw = out.read_text(encoding="utf-8")
    assert "\\u" not in raw  # ensure_ascii=False: emoji and ë stay readable
    first = json.loads(raw.splitlines()[0])
    assert set(first) == {"chat_id", "visitor", "channel", "started_at", "profile", "messages"}


def test_every_pii_span_points_at_its_text(corpus):
    spans = 0
    for chat, truth in corpus:
        per_message = defaultdict(list)
        for s in truth.pii:
            assert chat.messages[s.message].text[s.start : s.end] == s.text
            assert s.text.strip() == s.text and s.text
            per_message[s.message].append((s.start, s.end))
            spans += 1
        for ranges in per_message.values():
            ranges.sort()
            assert all(a[1] <= b[0] for a, b in zip(ranges, ranges[1:]))
    types = Counter(s.type for _, t in corpus for s in t.pii)
    assert spans > 3000
    for needed in ("naam", "plaats", "school", "telefoonnummer", "e-mail", "account", "adres", "postcode", "datum", "iban", "url", "kenteken"):
        assert types[needed] > 0, needed


def test_pii_forms_are_varied(corpus):
    phones = {s.text for _, t in corpus for s in t.pii if s.type == "telefoonnummer"}
    assert any(p.startswith("+31") for p in phones) and any(p.startswith("06-") for p in phones)
    assert any(len(p) == 10 and p.isdigit() for p in phones)
    names = {s.text for _, t in corpus for s in t.pii if s.type == "naam"}
    assert names & {"roos", "storm", "bas", "mark", "jade", "rik"}
    assert any(n[0].isupper() for n in names) and any(n[0].islower() for n in names)


def test_every_variable_present_with_allowed_values(corpus):
    for _, t in corpus:
        v = t.variables
        assert set(v) == set(ALLOWED) | {"leeftijd_slachtoffer", "dwangmiddelen", "criminele_activiteiten", "platform", "duur_detail"}
        for key, allowed in ALLOWED.items():
            assert v[key] in allowed, (key, v[key])
        assert v["leeftijd_slachtoffer"] == "onbekend" or (isinstance(v["leeftijd_slachtoffer"], int) and 5 <= v["leeftijd_slachtoffer"] <= 90)
        assert set(v["dwangmiddelen"]) <= DWANG and len(set(v["dwangmiddelen"])) == len(v["dwangmiddelen"])
        assert set(v["criminele_activiteiten"]) <= CRIM
        assert v["platform"] is None or (isinstance(v["platform"], str) and v["platform"] == v["platform"].lower())
        assert DETAIL[v["duur_detail"]] == v["duur"]


def test_coding_rules_hold(corpus):
    for chat, t in corpus:
        v = t.variables
        if not t.about_trafficking:
            assert v["vorm_uitbuiting"] == "geen"
            assert v["dwangmiddelen"] == [] and v["criminele_activiteiten"] == [] and v["platform"] is None
            assert v["pleger_relatie"] == "onbekend" and v["duur"] == "onbekend" and v["acuut_onveilig"] == "onbekend"
        else:
            assert v["vorm_uitbuiting"] != "geen"
        assert (v["pleger_familie_detail"] is not None) == (v["pleger_relatie"] == "familie")
        if v["pleger_relatie"] == "familie":
            assert v["ontmoeting"] == "onbekend" and v["platform"] is None
            assert "leeftijdsverschil" not in v["dwangmiddelen"]
        if v["platform"] is not None:
            assert v["ontmoeting"] == "online" and v["digitaal_aspect"] == "ja"
        if v["achtergrond_chatter"] != "slachtoffer":
            assert v["first_disclosure"] == "onbekend"
        if v["criminele_activiteiten"]:
            assert v["vorm_uitbuiting"] in ("crimineel", "seksueel_en_crimineel")
        if "sextortion" in v["dwangmiddelen"]:
            assert v["digitaal_aspect"] == "ja"
        # the profile counts only for a victim who is chatting
        if v["achtergrond_chatter"] == "slachtoffer" and chat.profile.age is not None:
            assert v["leeftijd_slachtoffer"] != "onbekend"


def test_profile_age_defaulted_to_16_before_2021(corpus):
    before = [c for c, _ in corpus if c.started_at.year < 2021]
    after = [c for c, _ in corpus if c.started_at.year >= 2021]
    assert all(c.profile.age is not None for c in before)
    assert Counter(c.profile.age for c in before)[16] > 0.3 * len(before)
    assert sum(c.profile.age is None for c in after) > 0.3 * len(after)


def test_year_shifts_and_shares(corpus):
    by_year = defaultdict(list)
    for chat, t in corpus:
        assert datetime(2019, 1, 1) <= chat.started_at < datetime(2024, 1, 1)
        by_year[chat.started_at.year].append(t)
    assert set(by_year) == {2019, 2020, 2021, 2022, 2023}

    def share(year, pred):
        rows = [t for t in by_year[year] if t.about_trafficking]
        return sum(pred(t.variables) for t in rows) / len(rows)

    male = lambda v: v["geslacht_slachtoffer"] == "man"  # noqa: E731
    crim = lambda v: v["vorm_uitbuiting"] in ("crimineel", "seksueel_en_crimineel")  # noqa: E731
    assert share(2023, male) > 2 * share(2019, male)
    assert share(2023, crim) > 2 * share(2019, crim)
    assert share(2021, crim) > share(2019, crim)
    not_about = sum(not t.about_trafficking for _, t in corpus) / len(corpus)
    assert 0.15 <= not_about <= 0.25
    ages = [t.variables["leeftijd_slachtoffer"] for _, t in corpus if t.about_trafficking and t.variables["leeftijd_slachtoffer"] != "onbekend"]
    assert 18.5 <= sum(ages) / len(ages) <= 22
    assert min(ages) < 13 and max(ages) > 40


def test_dubbelingen_and_returning_visitors(corpus):
    persons = defaultdict(list)
    for chat, t in corpus:
        persons[t.person_id].append((chat, t))
    new_name = same_name = 0
    for chats in persons.values():
        used: set[str] = set()
        for chat, _ in chats:
            if used:
                if chat.visitor in used:
                    same_name += 1
                else:
                    new_name += 1
            used.add(chat.visitor)
    assert 0.07 <= new_name / len(corpus) <= 0.11
    assert same_name > 0.01 * len(corpus)
    # a username belongs to one person only
    owners = defaultdict(set)
    for chat, t in corpus:
        owners[chat.visitor].add(t.person_id)
    assert all(len(p) == 1 for p in owners.values())


def test_linked_chats_tell_one_story(corpus):
    persons = defaultdict(list)
    for chat, t in corpus:
        persons[t.person_id].append((chat, t))
    linked = [chats for chats in persons.values() if len(chats) > 1]
    assert len(linked) > 100
    for chats in linked:
        assert len({t.scenario for _, t in chats}) == 1
        assert len({t.variables["vorm_uitbuiting"] for _, t in chats}) == 1
        for var in ("pleger_relatie", "pleger_familie_detail", "ontmoeting", "platform", "geslacht_slachtoffer"):
            # 'neutraal' is what a profile says when the text is silent, so it may differ from the text
            known = {t.variables[var] for _, t in chats} - {"onbekend", None, "neutraal"}
            assert len(known) <= 1, (var, known)
        genders = {c.profile.gender for c, _ in chats} - {None}
        assert len(genders) <= 1
        text_ages = [(c.started_at, t.variables["leeftijd_slachtoffer"]) for c, t in chats
                     if isinstance(t.variables["leeftijd_slachtoffer"], int) and c.profile.age != t.variables["leeftijd_slachtoffer"]]
        for (d1, a1), (d2, a2) in zip(text_ages, text_ages[1:]):
            assert 0 <= a2 - a1 <= (d2 - d1).days // 365 + 1
        towns = {s.text.lower() for _, t in chats for s in t.pii if s.type == "plaats"}
        assert len(towns) <= 2  # one town and perhaps its neighbourhood


def test_new_year_chats_cross_into_january(corpus):
    crossing = [c for c, _ in corpus if c.started_at.month == 12 and c.started_at.day == 31 and c.ended_at.year == c.started_at.year + 1]
    assert crossing


def test_chat_dutch_and_counselor_style(corpus):
    visitor = [m.text for c, _ in corpus for m in c.messages if m.role == "visitor"]
    counselor = [m.text for c, _ in corpus for m in c.messages if m.role == "counselor"]
    lower = sum(t == t.lower() for t in visitor) / len(visitor)
    assert lower > 0.7
    joined = " ".join(visitor)
    for marker in (" ff ", "idk", "ik weet niet", "mn ", "😭"):
        assert marker in joined, marker
    assert any("Hoe lang speelt dit al?" in t for t in counselor)
    lengths = [len(c.messages) for c, _ in corpus]
    assert sum(lengths) / len(lengths) > 12


@pytest.mark.parametrize("variable,words", [
    ("geweld", ("sla", "geslagen", "dreig", "gedreigd", "mes", "pistool", "wapen", "klappen", "gewurgd", "keel", "pijn", "blauw")),
])
def test_phrasing_variety_and_negation(corpus, variable, words):
    affirm = set()
    negated = 0
    for chat, t in corpus:
        texts = [m.text for m in chat.messages if m.role == "visitor"]
        hits = {x for x in texts if any(w in x for w in words)}
        if variable in t.variables["dwangmiddelen"]:
            affirm |= hits
        elif any(("niet" in x or "nooit" in x or "nee" in x) for x in hits):
            negated += 1
    assert len(affirm) >= 20
    assert negated >= 5


def test_duration_phrasings_vary(corpus):
    coded = [t.variables["duur_detail"] for _, t in corpus if t.variables["duur_detail"] != "onbekend"]
    assert set(coded) == set(DETAIL) - {"onbekend"}
    joined = " ".join(m.text for c, _ in corpus for m in c.messages if m.role == "visitor")
    for phrase in ("sinds mijn", "jr", "maanden", "weken", "al jaren"):
        assert phrase in joined, phrase


def test_generate_rejects_nonsense():
    with pytest.raises(ValueError):
        next(generate(0, 1))
