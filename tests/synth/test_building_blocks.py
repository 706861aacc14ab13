"""The template language, the span-recording builder and the PII forms."""

from __future__ import annotations

import random
import re
from datetime import datetime

import pytest

from zichtbaar.synth import pii
from zichtbaar.synth.builder import ChatBuilder, Style
from zichtbaar.synth.dialogue import duration_phrase
from zichtbaar.synth.grammar import BREAK, Pii, expand, render


def test_alternatives_nest_and_slots_fill():
    rng = random.Random(1)
    seen = {render(expand("[hij [slaat|schopt]|{p} duwt] me[| soms]", rng, {"p": Pii("mark", "naam")})) for _ in range(300)}
    assert seen == {"hij slaat me", "hij schopt me", "mark duwt me", "hij slaat me soms", "hij schopt me soms", "mark duwt me soms"}


def test_template_errors_are_loud():
    with pytest.raises(ValueError):
        expand("[open", random.Random(0))
    with pytest.raises(KeyError):
        expand("{missing}", random.Random(0))


def test_builder_spans_survive_noise_splits_and_empty_alternatives():
    rng = random.Random(3)
    noisy = Style(lower=True, abbrev_p=1.0, typo_p=0.5, emoji_p=1.0, split_p=1.0)
    for _ in range(200):
        b = ChatBuilder(datetime(2021, 5, 1, 20, 0), rng, noisy)
        parts = expand("  ik woon [in|] {t} [|echt] ~ en mijn nummer is {p} ~ {n} weet het niet", rng,
                       {"t": Pii("Zwolle", "plaats"), "p": Pii(pii.phone(rng), "telefoonnummer"), "n": Pii("roos", "naam")})
        b.say("visitor", parts)
        assert len(b.messages) == 3
        for s in b.spans:
            assert b.messages[s.message]["text"][s.start : s.end] == s.text
        assert all("  " not in m["text"] for m in b.messages)
        assert [m["t"] for m in b.messages] == sorted(m["t"] for m in b.messages)


def test_counselor_text_is_not_made_sloppy():
    rng = random.Random(0)
    b = ChatBuilder(datetime(2021, 5, 1, 20, 0), rng, Style(abbrev_p=1.0, typo_p=1.0, emoji_p=1.0, split_p=1.0))
    b.say("counselor", ["Wat fijn dat je het durft te vertellen.", BREAK, "Hoe lang speelt dit al?"])
    assert [m["text"] for m in b.messages] == ["Wat fijn dat je het durft te vertellen. Hoe lang speelt dit al?"]


def test_iban_and_bsn_carry_valid_checksums():
    rng = random.Random(5)
    for _ in range(200):
        raw = pii.iban(rng).replace(" ", "").upper()
        digits = "".join(str(int(c, 36)) for c in raw[4:] + raw[:4])
        assert int(digits) % 97 == 1
        bsn = pii.bsn(rng)
        assert sum(int(d) * w for d, w in zip(bsn, (9, 8, 7, 6, 5, 4, 3, 2, -1))) % 11 == 0


def test_phone_and_postcode_forms():
    rng = random.Random(2)
    phones = {pii.phone(rng) for _ in range(400)}
    assert all(re.fullmatch(r"[+0-9() -]{10,20}", p) for p in phones)
    assert len({re.sub(r"\d", "9", p) for p in phones}) >= 8
    codes = {pii.postcode(rng) for _ in range(200)}
    assert all(re.fullmatch(r"\d{4} ?[A-Za-z]{2}", c) for c in codes)


@pytest.mark.parametrize("months,detail", [
    (0.1, "korter_dan_7_dagen"), (1.0, "korter_dan_3_maanden"), (7.0, "3_tot_12_maanden"), (18.0, "1_tot_2_jaar"),
    (40.0, "2_tot_5_jaar"), (80.0, "5_tot_10_jaar"), (150.0, "10_jaar_of_langer"),
])
def test_duration_phrase_says_what_its_category_means(months, detail):
    rng = random.Random(int(months * 10))
    for _ in range(50):
        phrase, got = duration_phrase(months, rng, age=17, meerdere=False, family=False, month=rng.randint(1, 12))
        assert got == detail
        assert "[" not in phrase and phrase
        years = re.fullmatch(r"(?:ruim )?(\d+) (?:jaar|jr)", phrase)
        if years:
            n = int(years.group(1))
            assert {"2_tot_5_jaar": 2 < n < 5, "5_tot_10_jaar": 5 < n < 10, "10_jaar_of_langer": n > 10}[detail]
        since = re.fullmatch(r"sinds (?:mijn|ik) (\d+)(?:e|de| ben)", phrase)
        if since:
            assert {"2_tot_5_jaar": 2 < 17 - int(since.group(1)) < 5, "5_tot_10_jaar": 5 < 17 - int(since.group(1)) < 10,
                    "10_jaar_of_langer": 17 - int(since.group(1)) > 10}[detail]
