"""The coder on a demo corpus and on bad input: every variable, valid values,
exact evidence offsets, no crash."""

from __future__ import annotations

import json
import time

import pytest

from tests.coding.conftest import make_chat
from zichtbaar.codebooks import load_codebook
from zichtbaar.coding import RuleCoder
from zichtbaar.errors import NotBuiltYet
from zichtbaar.synth import generate


@pytest.fixture(scope="module")
def demo():
    return list(generate(300, seed=5))


def test_every_variable_valid_and_evidence_exact(coder, demo):
    book = load_codebook("ckm-2021")
    for chat, _ in demo:
        coding = coder.code(chat)
        assert set(coding.values) == set(book.ids)
        assert book.validate_values(coding.values, complete=True) == []
        for s in coding.suggestions.values():
            assert 0.0 <= s.confidence <= 1.0
            var = book.variable(s.variable)
            if not var.is_missing(s.value):
                assert s.evidence or s.source in ("profiel", "standaard"), (chat.chat_id, s.variable, s.source)
            for e in s.evidence:
                assert chat.messages[e.message].text[e.start : e.end] == e.quote
        line = json.loads(coding.to_json_line())
        assert set(line) == {"chat_id", "variables", "evidence", "confidence"}
        for e in line["evidence"]:
            assert set(e) == {"variable", "value", "message", "start", "end", "quote"}
        if coding.values["vorm_uitbuiting"] == "geen":
            assert coding.exclusion_reason in ("sextortion zonder uitbuiting", "ander seksueel geweld",
                                               "financiële problemen", "geen mensenhandel (overig)")
        else:
            assert coding.exclusion_reason is None


def test_agrees_with_demo_truth_on_most_variables(coder, demo):
    # A floor, not the target: the targets are measured by `zichtbaar evaluate`.
    # The generator codes acuut_onveilig 'onbekend' whenever the chat does not say it outright;
    # human coders code 'ja' for exploitation told in the present, and so does the coder. So for
    # that variable only the chats where the generator states a value count.
    agree, seen = {}, {}
    for chat, truth in demo:
        values = coder.code(chat).values
        for var, want in truth.variables.items():
            if var == "acuut_onveilig" and want == "onbekend" and truth.variables["vorm_uitbuiting"] != "geen":
                continue
            got = values[var]
            same = sorted(got) == sorted(want) if isinstance(want, list) else got == want
            agree[var] = agree.get(var, 0) + same
            seen[var] = seen.get(var, 0) + 1
    for var, n in agree.items():
        assert n / seen[var] >= 0.8, var


def test_stateless_between_chats(coder, demo):
    chats = [c for c, _ in demo[:40]]
    forward = [coder.code(c).to_json() for c in chats]
    backward = [coder.code(c).to_json() for c in reversed(chats)][::-1]
    assert forward == backward


def test_only_counselor_messages(coder):
    coding = coder.code(make_chat("C:Hallo, waar wil je het over hebben?", "C:Ben je er nog?"))
    book = load_codebook("ckm-2021")
    assert book.validate_values(coding.values, complete=True) == []
    assert coding.values["vorm_uitbuiting"] == "geen"
    assert all(s.confidence <= 0.5 for s in coding.suggestions.values() if s.variable in ("achtergrond_chatter", "vorm_uitbuiting"))


def test_empty_and_whitespace_messages(coder):
    coding = coder.code(make_chat("", "   ", "C:Hoi?", "\n"))
    assert load_codebook("ckm-2021").validate_values(coding.values, complete=True) == []


def test_non_dutch_chat_gives_unknowns_with_low_confidence(coder):
    coding = coder.code(make_chat("hello is anyone there", "my boyfriend makes me sleep with other men for money",
                                  "I am so scared", age=16))
    assert load_codebook("ckm-2021").validate_values(coding.values, complete=True) == []
    assert coding.suggestions["vorm_uitbuiting"].confidence <= 0.5


def test_very_long_chat_is_fast_and_valid(coder):
    texts = []
    for i in range(5000):
        texts.append("C:Wil je daar iets meer over vertellen?" if i % 2 else f"ik moet elke avond met mannen naar bed {i}")
    chat = make_chat(*texts)
    started = time.perf_counter()
    coding = coder.code(chat)
    assert time.perf_counter() - started < 5
    assert coding.values["vorm_uitbuiting"] == "seksueel"
    assert len(coding.suggestions["vorm_uitbuiting"].evidence) <= 5


def test_unicode_that_changes_length_when_lowered(coder):
    chat = make_chat("İk ben 15 en mijn vriend laat me tippelen", "İstanbul 😭 hij slaat me")
    coding = coder.code(chat)
    for s in coding.suggestions.values():
        for e in s.evidence:
            assert chat.messages[e.message].text[e.start : e.end] == e.quote


def test_qualitative_codebook_is_not_built_yet():
    with pytest.raises(NotBuiltYet):
        RuleCoder("fier-ouders-2025")
