"""The learned token model: catches names where no rule looks, keeps ordinary words.

The chats here are written for this test and are in none of the training sets
(tests/data/dev*, check), so they test generalisation, not memory.
"""

from __future__ import annotations

import io
from importlib import resources

import numpy as np
import pytest

from tests.privacy.conftest import KEY, assert_pseudonymised, make_chat, present
from zichtbaar.privacy.learned import CLASSES, MODEL_FILE, TokenModel, candidates, load_model


@pytest.fixture(scope="module")
def rules_only(pseudonymiser):
    from zichtbaar.privacy import Pseudonymiser

    return Pseudonymiser(KEY, model=False)


def _out(p, *texts: str) -> list[str]:
    return [m.text for m in p.pseudonymise(make_chat(list(texts))).chat.messages]


@pytest.mark.parametrize(("texts", "gone", "kept"), [
    # initials where a contact or a tattoo names someone
    (["in zijn telefoon staat hij als T, met een hartje erbij"], ["T"], ["telefoon", "hartje"]),
    (["de tatoeage in haar nek heeft de letters MK erop"], ["MK"], ["tatoeage", "letters"]),
    (["Het meisje, laat ik haar B. noemen, loopt steeds weg uit de groep"], ["B"], ["meisje", "noemen"]),
    # a name that is also an English word, introduced without capital
    (["hey ik ben hazel, 15", "Hoi Hazel, fijn dat je er bent.", "ja. hazel is mijn echte naam"],
     ["hazel"], ["fijn", "echte"]),
])
def test_model_catches_names_the_rules_leave(pseudonymiser, texts, gone, kept):
    out = _out(pseudonymiser, *texts)
    for text in out:
        for surface in gone:
            assert not present(surface, text), f"{surface!r} left in {text!r}"
    for word in kept:
        assert any(present(word, text) for text in out), f"{word!r} removed"


@pytest.mark.parametrize(("text", "name"), [
    ("in zijn telefoon staat hij als T, met een hartje erbij", "T"),
    ("hey ik ben hazel, 15", "hazel"),
])
def test_the_catch_is_the_model_s(pseudonymiser, rules_only, text, name):
    """Without the model these leak: the cases above measure the model, not the rules."""
    assert present(name, _out(rules_only, text)[0])
    assert not present(name, _out(pseudonymiser, text)[0])


@pytest.mark.parametrize("text", [
    "mijn moeder snapt nix van gamen en ze vindt het stom",
    "we gingen naar de markt en daarna naar de bioscoop, het was gezellig",
    "ik ben echt moe, ik weet niet wat ik moet doen",
    "hij werkt bij een garage en soms in de haven",
    "HALLO IS HIER IEMAND. IK WEET NIET OF DIT HIER HOORT MAAR IK BEN BANG",
    "ik heb mn huiswerk niet af want ik moest de hele avond oppassen",
    "je kunt ook aangifte doen bij de politie of het OM, dat kan anoniem",
])
def test_ordinary_words_stay(pseudonymiser, text):
    words = [w for w in text.replace(",", " ").replace(".", " ").split() if len(w) >= 2]
    assert_pseudonymised(_out(pseudonymiser, text)[0], [], words)


def test_candidates_skip_frequent_words_and_rule_spans(pseudonymiser):
    from zichtbaar.privacy.lexicon import load_lexicon

    lex = load_lexicon()
    texts = ["hey ik ben hazel, 15", "ik woon in zwolle en mijn vriendin zit op de kermis"]
    spans = pseudonymiser.rule_spans(texts)
    words = {texts[c.message][c.start:c.end] for c in candidates(texts, ["visitor", "visitor"], spans, lex)}
    assert "hazel" in words
    assert not words & {"ik", "woon", "in", "en", "ben", "mijn", "op", "de", "zwolle", "15"}


def test_shipped_model_is_plain_arrays_and_round_trips():
    resource = resources.files("zichtbaar.privacy").joinpath("data").joinpath(MODEL_FILE)
    with resource.open("rb") as handle, np.load(handle, allow_pickle=False) as data:  # no pickled objects
        assert tuple(data["classes"].tolist()) == CLASSES
        assert 0.0 < float(data["threshold"]) < 1.0
        assert data["weights"].shape == (len(data["features"]), len(CLASSES))
    model = load_model()
    buffer = io.BytesIO()
    model.save(buffer)
    buffer.seek(0)
    again = TokenModel.read(buffer)
    from zichtbaar.privacy.lexicon import load_lexicon

    texts = ["in zijn telefoon staat hij als T", "hey ik ben hazel, 15"]
    found = candidates(texts, ["visitor", "visitor"], [[], []], load_lexicon(), model.skip)
    assert found
    np.testing.assert_allclose(model.probabilities(found), again.probabilities(found), atol=1e-5)
    assert again.threshold == pytest.approx(model.threshold) and again.skip == model.skip


@pytest.mark.slow
def test_the_shipped_model_is_what_the_training_script_makes(tmp_path):
    """The model file must come from the sets' sources as they are committed:
    an edited set or a changed rule without retraining would ship a stale model."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    out = tmp_path / "model.npz"
    subprocess.run([sys.executable, str(root / "scripts" / "train_privacy_model.py"), "-o", str(out)],
                   check=True, capture_output=True, cwd=root)
    fresh = np.load(out, allow_pickle=False)
    with resources.files("zichtbaar.privacy").joinpath("data", MODEL_FILE).open("rb") as handle:
        shipped = np.load(io.BytesIO(handle.read()), allow_pickle=False)
    assert sorted(fresh.files) == sorted(shipped.files)
    for name in fresh.files:
        if fresh[name].dtype.kind == "f":  # another numpy/BLAS may move the optimum in the last digits
            assert np.allclose(fresh[name], shipped[name], rtol=1e-2, atol=1e-3), name
        else:
            assert np.array_equal(fresh[name], shipped[name]), name
