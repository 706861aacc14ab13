"""Link proposals: blocking, evidence, and what pushes a pair apart."""

from __future__ import annotations

import math

import pytest

from cases_fakes import features
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
    assert len(candidates) < len(chats) * 8  # a few per chat, not n²/2 ≈ 1.1 million
    ids = {(ordered[i].chat_id, ordered[j].chat_id) for i, j in candidates}
    assert ("x1", "x2") in ids


def test_explicit_reference_is_evidence():
    from zichtbaar.cases.features import text_signals

    _, returning, other = text_signals(["hoi", "ik heb hier al eens eerder gechat met een andere naam"])
    assert returning and other
    _, returning, other = text_signals(["ik heb nog nooit met iemand gepraat hierover"])
    assert not returning and not other


@pytest.mark.parametrize("text", [
    "paar maanden terug gechat over mn moeder en die mannen",
    "ik ben het weer van dinsdag",
    "in de winter ook gechat over die schuld",
    "vorig jaar heb ik hier 's nachts gechat",
    "I chatted here before about my boss",
])
def test_a_return_is_said_in_many_ways(text):
    from zichtbaar.cases.features import text_signals

    assert text_signals(["hoi", text])[1]


@pytest.mark.parametrize("text", [
    "ik heb het gisteren aan mijn moeder verteld",
    "hij zei vorige week dat ik moest werken",
    "ik weet het niet meer",
])
def test_ordinary_past_tense_is_no_return(text):
    from zichtbaar.cases.features import text_signals

    assert not text_signals(["hoi", text])[1]


def test_the_visitors_own_name_town_and_school_are_told_apart_from_names_they_mention():
    from zichtbaar.cases.features import own_keys

    rows = [("[naam-1]", "naam", "k-lisa"), ("[naam-2]", "naam", "k-dex"), ("[plaats-1]", "plaats", "k-ede"),
            ("[school-1]", "school", "k-lyceum"), ("[plaats-2]", "plaats", "k-utrecht")]
    texts = ["hoi ik heet [naam-1]", "mijn vriend [naam-2] laat me werken in [plaats-2]",
             "ik woon in [plaats-1] en ik zit op het [school-1]"]
    assert own_keys(texts, rows) == {("naam", "k-lisa"), ("plaats", "k-ede"), ("school", "k-lyceum")}
    assert own_keys(["[naam-2] zegt dat ik moet werken"], rows) == frozenset()
    assert own_keys(["[naam-2], zo heet ik"], rows) == {("naam", "k-dex")}
    # with surrogate names the placeholder is a made-up name, not "[naam-1]"
    assert own_keys(["hoi, mijn naam is Sanne"], [("Sanne", "naam", "k-x"), ("Ruben", "naam", "k-y")]) == {("naam", "k-x")}
    # an introduction that ends in the town: "ik ben jayden, 17, uit almere" (but not "ik ben bang uit ...")
    assert own_keys(["ik ben [naam-1], 17, uit [plaats-1]"], rows) == {("naam", "k-lisa"), ("plaats", "k-ede")}
    assert own_keys(["ik ben bang uit [plaats-2] weg te gaan"], rows) == frozenset()


def test_a_shared_own_name_weighs_more_than_a_shared_mentioned_name():
    a = features("c1", "2021-03-01T20:00:00", keys=[("naam", "Lisa")])
    b = features("c2", "2021-03-20T21:00:00", keys=[("naam", "Lisa")])
    own = {("naam", __import__("cases_fakes").keyed("Lisa"))}
    a_own, b_own = (
        linking.ChatFeatures(**{**vars(chat), "self_keys": frozenset(own)}) for chat in (a, b)
    )
    key_df = {k: 40 for k in a.keys}

    def key_weight(x, y):
        return sum(e.weight for e in linking._score(x, y, key_df, 1000, 0.0) if e.kind == "sleutel")

    assert key_weight(a_own, b_own) > key_weight(a, b) + 1.0


def test_the_stated_age_stands_in_for_an_empty_profile_age_only_for_the_victim_themself():
    victim = features("c1", "2021-03-01T20:00:00", achtergrond_chatter="slachtoffer", leeftijd_slachtoffer=15)
    mother = features("c2", "2021-03-01T20:00:00", achtergrond_chatter="familielid", leeftijd_slachtoffer=15)
    profiled = features("c3", "2021-03-01T20:00:00", age=17, achtergrond_chatter="slachtoffer",
                        leeftijd_slachtoffer=15)
    assert linking.visitor_age(victim) == 15
    assert linking.visitor_age(mother) is None
    assert linking.visitor_age(profiled) == 17
    later = features("c4", "2023-06-01T20:00:00", achtergrond_chatter="slachtoffer", leeftijd_slachtoffer=15)
    [age] = [e for e in linking._score(victim, later, {}, 100, 0.0) if e.kind == "leeftijd"]
    assert age.weight < 0  # two years on and still 15: not the same girl


def test_a_coded_age_copied_from_the_pre_2021_default_profile_is_no_statement():
    # Before 2021 an empty profile age was stored as 16; a coder copying it says nothing.
    copied = features("c1", "2019-04-01T20:00:00", achtergrond_chatter="slachtoffer", leeftijd_slachtoffer=16)
    stated = features("c2", "2019-05-01T20:00:00", achtergrond_chatter="slachtoffer", leeftijd_slachtoffer=34)
    assert linking.visitor_age(copied) is None
    assert not [e for e in linking._score(copied, stated, {}, 100, 0.0) if e.kind == "leeftijd"]
    assert linking.visitor_age(features("c3", "2021-04-01T20:00:00", achtergrond_chatter="slachtoffer",
                                        leeftijd_slachtoffer=16)) == 16


def test_a_birthday_between_two_chats_does_not_keep_them_out_of_one_block():
    # Many 14-year-old girls in between: the sorted neighbourhood of (14, v)
    # alone would never pair the first chat with the later one at 15.
    crowd = [features(f"f{i:02d}", f"2021-03-{1 + i % 28:02d}T1{i % 10}:00:00", age=14, gender="v",
                      text=f"iets anders {i}") for i in range(40)]
    first = features("a1", "2021-02-27T20:00:00", age=14, gender="v")
    later = features("a2", "2021-04-02T20:00:00", age=15, gender="v")
    ordered = sorted(crowd + [first, later], key=lambda c: (c.started_at, c.chat_id))
    from collections import Counter

    model = linking._TextModel(ordered)
    candidates = linking._candidates(ordered, Counter(k for c in ordered for k in c.keys), model)
    ids = {(ordered[i].chat_id, ordered[j].chat_id) for i, j in candidates}
    assert ("a1", "a2") in ids


def test_rival_earlier_chats_share_the_odds_of_being_the_one_continued():
    def story(chat_id, started, name, place, age, gender="v"):
        return features(chat_id, started, age=age, gender=gender, keys=[("naam", name), ("plaats", place)],
                        vorm="seksueel", pleger_relatie="partner")

    filler = [features(f"f{i}", f"2021-0{1 + i % 9}-1{i % 9}T10:00:00", age=30 + i % 20) for i in range(200)]
    alone = [story("a1", "2021-03-01T20:00:00", "Dex", "Ede", 15), story("a2", "2021-03-05T20:00:00", "Dex", "Ede", 15)]
    # a girl of 16 and a boy of 19 on nearly the same day, and a later chat without age or gender that fits both
    rivals = [story("b0", "2021-03-01T20:00:00", "Sem", "Epe", 16),
              story("b1", "2021-03-02T20:00:00", "Sem", "Epe", 19, gender="m"),
              story("b2", "2021-03-05T20:00:00", "Sem", "Epe", None, gender=None)]
    links = {(l.a, l.b): l for l in propose_links(filler + alone + rivals, threshold=-100)}
    # a1/a2 have no real rival (at most a faint one: the 16-year-old of the same day might have had a birthday)
    assert sum(e.weight for e in links[("a1", "a2")].evidence if e.kind == "concurrentie") > -0.1
    penalties = [e for e in links[("b1", "b2")].evidence if e.kind == "concurrentie"]
    assert penalties and penalties[0].weight < 0
    assert links[("b1", "b2")].score < links[("a1", "a2")].score


def test_a_third_chat_of_one_person_has_two_predecessors_not_rivals():
    def story(chat_id, started, age):
        return features(chat_id, started, age=age, gender="v", keys=[("naam", "Sem"), ("plaats", "Epe")],
                        vorm="seksueel", pleger_relatie="partner")

    filler = [features(f"f{i}", f"2021-0{1 + i % 9}-1{i % 9}T10:00:00", age=30 + i % 20) for i in range(200)]
    person = [story("p1", "2021-03-01T20:00:00", 16), story("p2", "2021-03-08T20:00:00", 16),
              story("p3", "2021-03-15T20:00:00", 16)]
    links = {(l.a, l.b): l for l in propose_links(filler + person, threshold=-100)}
    for pair in (("p1", "p3"), ("p2", "p3")):
        assert not any(e.kind == "concurrentie" for e in links[pair].evidence)
        assert links[pair].likely
