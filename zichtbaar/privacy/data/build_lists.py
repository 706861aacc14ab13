"""Rebuilds the generated word lists beside this file (a developer's tool).

Not used at run time. ``wordfreq`` (CC-BY-SA 4.0 frequency data) is needed only
here: ``pip install --target /tmp/wf wordfreq`` then
``PYTHONPATH=/tmp/wf python -m zichtbaar.privacy.data.build_lists``.

- ``common_words.txt``: entries of deduce's first-name, surname and place lists
  that are also ordinary Dutch (or chat-English) words, so that a lowercase
  "storm", "bos" or "leiden" is not redacted without a context that says it is
  a name or a place. Names and places in ``keep_*.txt`` are left out.
- ``eval_common_words.txt``: frequent Dutch words; the evaluation does not count
  them as a leak when a PII span's token happens to be one (``den`` of "den
  haag").
"""

from __future__ import annotations

from pathlib import Path

import wordfreq
from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

import deduce

from zichtbaar.privacy.data import write_list

HERE = Path(__file__).parent
SCRIPT = Path(__file__).name
SRC = Path(deduce.__file__).parent / "data" / "lookup" / "src"


def _read(path: Path) -> set[str]:
    return {line.strip().lower() for line in path.open(encoding="utf-8") if line.strip() and not line.startswith("#")}


def main() -> None:
    vocab = DefaultDictionaryFactory().get_dictionary("nl")
    keep = _read(HERE / "keep_names.txt") | _read(HERE / "keep_places.txt")
    listed = (
        _read(SRC / "names" / "lst_first_name" / "items.txt")
        | _read(SRC / "names" / "lst_surname" / "items.txt")
        | _read(SRC / "locations" / "lst_placename" / "lst_residence" / "items.txt")
        | _read(SRC / "locations" / "lst_placename" / "lst_municipality" / "items.txt")
        | _read(SRC / "locations" / "lst_placename" / "lst_region" / "items.txt")
    )
    common = set()
    for word in listed:
        if " " in word or word in keep:
            continue
        nl = wordfreq.zipf_frequency(word, "nl")
        en = wordfreq.zipf_frequency(word, "en")
        if (word in vocab and nl >= 3.0) or nl >= 4.6 or en >= 5.0:
            common.add(word)
    write_list(HERE / "common_words.txt", common, "listed names/places that are also ordinary words", SCRIPT)

    frequent = {
        w for w in wordfreq.top_n_list("nl", 4000)
        if len(w) >= 3 and w.isalpha() and w in vocab and w not in keep
    }
    write_list(HERE / "eval_common_words.txt", frequent, "frequent Dutch words (evaluation)", SCRIPT)

    # Chat vocabulary beyond the dictionary ("seks", "appen", "gwn"), without the
    # names and places that frequency lists also hold (unless a dictionary word).
    everything = {
        w for w in wordfreq.top_n_list("nl", 50000)
        if len(w) >= 2 and w.isalpha() and (w in vocab or w not in listed) and w not in keep
    }
    write_list(HERE / "dutch_frequent.txt", everything, "the 50,000 most frequent Dutch words (wordfreq, CC-BY-SA 4.0), names and places removed", SCRIPT)


if __name__ == "__main__":
    main()
