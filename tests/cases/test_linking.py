"""Link proposals: blocking, evidence, and what pushes a pair apart."""

from __future__ import annotations

import math

from conftest import features
from zichtbaar.cases import linking
from zichtbaar.cases.linking import propose_links

STORY = ("mijn vriend laat me werken in een huis in de buurt van het station en hij houdt al mijn geld "
         "hij heeft een rode auto en hij dreigt mijn broertje iets aan te doen")


def test_same_username_is_an_automatic_link():
    a = features("c1", "2021-01-01T10:00:00", visitor="bezoeker-x")
    b = features("c2", "2021-05-01T10:00:00", visitor="bezoeker-x")
    [link] = propose_links([b, a])
    assert (link.a, link.b, link.automatic, link.score) == ("c1", "c2", True, math.inf)


def test_shared_rare_keys_profile_and_story_make_a_proposal_with_evidence():
    filler = [features(f"f{i}", f"2021-0{1 + i % 9}-1{i % 9}T10:00:00", text=f"iets anders {i} school thuis ruzie")
              for i in range(40)]
    a = features("c1", "2021-03-01T20:00:00", age=15, gender="v", keys=[("naam", "Dex"), ("plaats", "Zwolle")],
                 text=STORY, vorm="seksueel", pleger_relatie="partner")
    b = features("c2", "2021-03-20T21:00:00", age=15, gender="v", keys=[("naam", "Dex"), ("plaats", "Zwolle")],
                 text=STORY.replace("rode", "rooie"), vorm="seksueel", pleger_relatie="partner")
    links = propose_links(filler + [a, b])
    [link] = [l for l in links if {l.a, l.b} == {"c1", "c2"}]
    assert link.score >= linking.THRESHOLD and not link.automatic
    kinds = {e.kind for e in link.evidence}
    assert {"sleutel", "leeftijd", "geslacht", "code", "tekst", "tijd"} <= kinds
    # evidence never quotes the chat: no story words, no names
    details = " ".join(e.detail for e in link.evidence)
    assert "Dex" not in details and "station" not in details and "Zwolle" not in details


def test_contradicting_age_and_gender_push_a_pair_below_the_threshold():
    a = features("c1", "2021-03-01T20:00:00", age=15, gender="v", text=STORY, keys=[("naam", "Dex")])
    b = features("c2", "2021-03-20T21:00:00", age=34, gender="m", text=STORY, keys=[("naam", "Dex")])
    evidence = linking._score(a, b, {k: 1 for k in a.keys}, 100, 0.9)
    weights = {e.kind: e.weight for e in evidence if e.kind in ("leeftijd", "geslacht")}
    assert weights["leeftijd"] < 0 and weights["geslacht"] < 0


def test_age_growing_with_the_calendar_is_consistent():
    a = features("c1", "2021-03-01T20:00:00", age=15)
    b = features("c2", "2022-04-01T20:00:00", age=16)
    [age] = [e for e in linking._score(a, b, {}, 100, 0.0) if e.kind == "leeftijd"]
    assert age.weight > 0


def test_blocking_scores_far_fewer_pairs_than_all_pairs():
    chats = [features(f"c{i:04d}", f"20{19 + i % 4}-{1 + i % 12:02d}-{1 + i % 28:02d}T10:00:00",
                      text=f"verhaal nummer {i} over woorden {i * 7} en {i * 13}", age=12 + i % 10)
             for i in range(1500)]
    chats.append(features("x1", "2021-06-01T10:00:00", visitor="bezoeker-same"))
    chats.append(features("x2", "2021-07-01T10:00:00", visitor="bezoeker-same"))
    model = linking._TextModel(sorted(chats, key=lambda c: (c.started_at, c.chat_id)))
    ordered = sorted(chats, key=lambda c: (c.started_at, c.chat_id))
    from collections import Counter

    candidates = linking._candidates(ordered, Counter(k for c in ordered for k in c.keys), model)
    assert len(candidates) < len(chats) * 5  # not n²/2 ≈ 1.1 million
    ids = {(ordered[i].chat_id, ordered[j].chat_id) for i, j in candidates}
    assert ("x1", "x2") in ids


def test_explicit_reference_is_evidence():
    from zichtbaar.cases.features import text_signals

    _, returning, other = text_signals(["hoi", "ik heb hier al eens eerder gechat met een andere naam"])
    assert returning and other
    _, returning, other = text_signals(["ik heb nog nooit met iemand gepraat hierover"])
    assert not returning and not other
