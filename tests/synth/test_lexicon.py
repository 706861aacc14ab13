"""The identity pools: long, skewed like real names and towns, and drawn deterministically."""

from __future__ import annotations

import random
from collections import Counter

from zichtbaar.synth import lexicon, pii

POOLS = {
    "GIRLS": (lexicon.GIRLS, 400), "BOYS": (lexicon.BOYS, 400), "SURNAMES": (lexicon.SURNAMES, 300),
    "TOWNS": (tuple(lexicon.TOWNS), 150), "SCHOOL_NAMES": (lexicon.SCHOOL_NAMES, 120), "STREETS": (lexicon.STREETS, 120),
}


def test_pools_are_long_lowercase_and_without_duplicates():
    for name, (items, minimum) in POOLS.items():
        assert len(items) >= minimum, name
        assert len(set(items)) == len(items), [i for i, n in Counter(items).items() if n > 1]
        assert all(i == i.strip().lower() and "  " not in i for i in items), name
    assert all(" " not in n for n in lexicon.GIRLS + lexicon.BOYS)  # they go into e-mail addresses and handles
    assert sum(1 for hoods in lexicon.TOWNS.values() if hoods) >= 60


def test_draw_is_the_same_as_random_choices():
    for pool in (lexicon.GIRL_POOL, lexicon.TOWN_POOL, lexicon.STREET_POOL):
        a, b = random.Random(9), random.Random(9)
        assert [pool.draw(a) for _ in range(500)] == [b.choices(pool.items, cum_weights=pool.cum_weights)[0] for _ in range(500)]


def test_common_names_and_big_cities_are_drawn_more_often_than_rare_ones():
    rng = random.Random(3)
    girls = Counter(lexicon.GIRL_POOL.draw(rng) for _ in range(40_000))
    head = sum(girls[n] for n in lexicon.GIRLS[:20])
    tail = sum(girls[n] for n in lexicon.GIRLS[-20:])
    assert head > 8 * tail > 0
    assert 0.005 < girls.most_common(1)[0][1] / 40_000 < 0.03  # like the most common Dutch girls' name
    towns = Counter(lexicon.TOWN_POOL.draw(rng) for _ in range(40_000))
    assert towns.most_common(1)[0][0] == "amsterdam" and 0.03 < towns["amsterdam"] / 40_000 < 0.08
    assert towns["rotterdam"] > 10 * towns["giethoorn"]


def test_names_are_typed_plainly_into_addresses_and_handles():
    rng = random.Random(0)
    for _ in range(50):
        assert pii.email(rng, "zoë", "in 't veld", 2006).split("@")[0].replace(".", "").replace("_", "").isalnum()
        handle = pii.handle(rng, "chloë", "tjon a fat", 2004)
        assert "ë" not in handle and " " not in handle and "'" not in handle


def test_a_shared_first_name_is_rare_in_the_demo_corpus(corpus):
    """Two chats naming the same person should say something: no first name a chatter
    types is in more than a few percent of the chats, and hundreds of names occur."""
    firsts = set(lexicon.GIRLS + lexicon.BOYS)
    per_chat = Counter()
    for chat, truth in corpus:
        names = {s.text.lower().split()[0] for s in truth.pii
                 if s.type == "naam" and chat.messages[s.message].role == "visitor"}
        per_chat.update(names & firsts)
    assert len(per_chat) >= 400
    assert per_chat.most_common(1)[0][1] / len(corpus) < 0.03
