"""Numbers, ages and durations as Dutch chatters write them: '16', 'zestien',
'sinds mijn 12e', 'al 3 jr', 'anderhalf jaar', 'vorige zomer', 'sinds de
brugklas'. Durations come out in days so the codebook's classes (duur and
duur_detail) are one lookup away.
"""

from __future__ import annotations

from datetime import date

WORDS = {
    "een": 1, "één": 1, "eén": 1, "1": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7,
    "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14,
    "vijftien": 15, "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19, "twintig": 20,
    "eenentwintig": 21, "tweeëntwintig": 22, "tweeentwintig": 22, "drieëntwintig": 23, "dertig": 30,
    "veertig": 40, "vijftig": 50, "zestig": 60, "paar": 2, "enkele": 3, "aantal": 3, "half": 0.5,
    "anderhalf": 1.5, "anderhalve": 1.5, "halve": 0.5, "halfjaar": 0.5,
}
# A group matching a number written in digits or words.
NUMBER = (
    r"\d{1,3}(?:[.,]5)?|een|één|eén|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|"
    r"vijftien|zestien|zeventien|achttien|negentien|twintig|eenentwintig|tweeëntwintig|tweeentwintig|dertig|"
    r"veertig|vijftig|zestig|paar|enkele|anderhalf|anderhalve|half|halve"
)
AGE_WORD = (
    r"\d{1,2}|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig|"
    r"eenentwintig|tweeëntwintig|tweeentwintig|drieëntwintig|dertig|veertig|vijftig"
)


def number(word: str | None) -> float | None:
    if not word:
        return None
    word = word.strip().replace(",", ".")
    try:
        return float(word)
    except ValueError:
        return WORDS.get(word)


def age(word: str | None) -> int | None:
    value = number(word)
    if value is None or value != int(value) or not 6 <= value <= 99:
        return None
    return int(value)


UNIT_DAYS = {
    "dag": 1, "dagen": 1, "dgn": 1, "d": 1,
    "week": 7, "weken": 7, "wk": 7, "wkn": 7, "weekje": 7, "weekjes": 7,
    "maand": 30.4, "maanden": 30.4, "mnd": 30.4, "mndn": 30.4, "maandje": 30.4, "maandjes": 30.4, "m": 30.4,
    "jaar": 365, "jaren": 365, "jr": 365, "j": 365, "jaartje": 365, "jaartjes": 365, "jaars": 365,
}
UNIT = r"dagen|dag|dgn|weken|weekjes|weekje|week|wkn|wk|maandjes|maandje|maanden|maand|mndn|mnd|jaartjes|jaartje|jaren|jaar|jr|j"


def days(amount: str | None, unit: str) -> float | None:
    value = number(amount) if amount else 1.0
    per = UNIT_DAYS.get(unit)
    if value is None or per is None:
        return None
    if amount in ("paar", "enkele", "aantal") and per == 365:
        return None  # 'een paar jaar' is 'meerdere jaren', see detail_class
    return value * per


MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "maart": 3, "april": 4, "apr": 4, "mei": 5, "juni": 6,
    "juli": 7, "augustus": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "oktober": 10, "okt": 10,
    "november": 11, "nov": 11, "december": 12, "dec": 12,
}
SEASON_MONTH = {"zomer": 7, "zomervakantie": 7, "winter": 1, "kerst": 12, "kerstvakantie": 12, "lente": 4,
                "voorjaar": 4, "herfst": 10, "najaar": 10, "herfstvakantie": 10, "meivakantie": 5,
                "krokusvakantie": 2, "carnaval": 2, "oud en nieuw": 1, "oudjaar": 12, "voorjaarsvakantie": 2,
                "pasen": 4, "pinksteren": 6, "sinterklaas": 12, "nieuwjaar": 1}


def days_since_month(month: int, today: date, last_year: bool = False) -> float:
    """Days since the most recent (or, 'vorige', the previous year's) given month."""
    year = today.year if month <= today.month else today.year - 1
    if last_year and year == today.year:
        year -= 1
    return max((today - date(year, month, 1)).days, 1)


def detail_class(days_: float | None, several_years: bool = False) -> str | None:
    """duur_detail class; class boundaries belong to the higher class."""
    if several_years:
        return "meerdere_jaren"
    if days_ is None:
        return None
    if days_ < 7:
        return "korter_dan_7_dagen"
    if days_ < 91:
        return "korter_dan_3_maanden"
    if days_ < 365:
        return "3_tot_12_maanden"
    if days_ < 730:
        return "1_tot_2_jaar"
    if days_ < 5 * 365:
        return "2_tot_5_jaar"
    if days_ < 10 * 365:
        return "5_tot_10_jaar"
    return "10_jaar_of_langer"


DETAIL_TO_DUUR = {
    "korter_dan_7_dagen": "<1 jaar", "korter_dan_3_maanden": "<1 jaar", "3_tot_12_maanden": "<1 jaar",
    "1_tot_2_jaar": "1-2 jaar", "2_tot_5_jaar": ">2 jaar", "5_tot_10_jaar": ">2 jaar",
    "10_jaar_of_langer": ">2 jaar", "meerdere_jaren": ">2 jaar",
}

# School years as Dutch children count them: age at the start of each.
SCHOOL_AGE = {"brugklas": 12, "groep 8": 11, "groep 7": 10, "groep 6": 9, "eerste klas": 12, "tweede klas": 13,
              "derde klas": 14, "middelbare": 12, "basisschool": 8, "onderbouw": 12}
