from __future__ import annotations

from pathlib import Path


def test_cache_dir_follows_environment(monkeypatch, tmp_path):
    from zichtbaar.privacy.engine import cache_dir

    monkeypatch.setenv("ZICHTBAAR_CACHE_DIR", str(tmp_path / "c"))
    assert cache_dir() == tmp_path / "c"
    monkeypatch.delenv("ZICHTBAAR_CACHE_DIR")
    assert cache_dir() == Path.home() / ".cache" / "zichtbaar" / "deduce"


def test_one_shared_deduce_and_disabled_processors_exist(pseudonymiser):
    from zichtbaar.privacy.engine import DISABLED_PROCESSORS, get_deduce

    deduce = get_deduce()
    assert get_deduce() is deduce
    # a deduce upgrade that renames processors would silently re-enable them
    assert DISABLED_PROCESSORS <= set(deduce.processors.get_names(recursive=True))


def test_word_lists_hold_what_the_filters_rely_on(pseudonymiser):
    from zichtbaar.privacy.lexicon import load_lexicon

    lex = load_lexicon()
    assert {"lisa", "mo", "daan", "emma"} <= lex.first_names
    assert {"storm", "bos"}.isdisjoint(lex.first_names)
    assert {"zwolle", "almere", "amsterdam"} <= lex.places and "leiden" not in lex.places
    assert ("den", "haag") in lex.multi_places["den"]
    assert lex.is_word("seks") and not lex.is_word("bouzid")
    assert lex.is_typo("nogg") and lex.is_typo("regetl") and not lex.is_typo("bouzid")
