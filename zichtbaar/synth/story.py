"""The facts behind a person's chats, drawn before any text is written.

A person keeps one story over all their chats (same boyfriend, same town, one
birth date), so linked chats agree. Which facts a chat reveals is decided per
chat by the dialogue; the truth is derived from what was revealed, not from
these facts.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from zichtbaar.synth import lexicon, pii
from zichtbaar.synth.builder import Style

YEARS = (2019, 2020, 2021, 2022, 2023)
YEAR_WEIGHTS = (295, 283, 314, 330, 345)
# Share of trafficking victims that are male / in criminal exploitation (seed 001:
# 6, 19, 24 men and 7, 23, 36 criminal cases in 2019-2021; trend continued).
MALE_SHARE = {2019: 0.025, 2020: 0.075, 2021: 0.10, 2022: 0.12, 2023: 0.14}
CRIME_SHARE = {2019: 0.03, 2020: 0.08, 2021: 0.115, 2022: 0.14, 2023: 0.17}
CRIME_MALE = 0.4
NOT_TRAFFICKING = 0.20

SEXUAL_SCENARIOS = (
    ("loverboy", 44), ("ouders_klanten", 17), ("kennis", 9), ("online_onbekend", 8), ("webcam", 8),
    ("buurman_beelden", 6), ("pro_ana", 4), ("familie_overig", 3),
)
NON_TRAFFICKING = (("geen_sextortion", 40), ("geen_misbruik", 30), ("geen_geldproblemen", 18), ("geen_relatie", 12))
THIRD_PARTY = (
    # (kind, achtergrond, weight)
    ("moeder", "familielid", 22), ("vader", "familielid", 6), ("zus", "familielid", 5), ("tante", "familielid", 3),
    ("vriendin", "sociale_omgeving", 14), ("vriend", "sociale_omgeving", 5), ("docent", "sociale_omgeving", 6),
    ("buurvrouw", "sociale_omgeving", 3), ("hulpverlener", "hulpverlener", 10), ("klant", "klant", 6),
    ("pleger", "pleger", 3), ("partner", "partner", 5), ("anders", "anders", 3),
)
PLATFORMS = {  # canonical -> surface forms in chat
    "instagram": ("instagram", "insta", "ig"), "snapchat": ("snapchat", "snap", "sc"), "tiktok": ("tiktok", "tik tok"),
    "telegram": ("telegram",), "discord": ("discord",), "tinder": ("tinder",), "grindr": ("grindr",),
    "chatsite": ("een chatsite", "zo'n chatsite", "een chatsite voor jongeren"), "facebook": ("facebook", "fb"),
}
ONLINE_PLATFORM_WEIGHTS = (("snapchat", 32), ("instagram", 30), ("tiktok", 8), ("chatsite", 10), ("telegram", 3), ("discord", 4), ("tinder", 5), ("facebook", 3), (None, 15))


def _pick(rng: random.Random, pairs) -> object:
    items, weights = zip(*pairs)
    return rng.choices(items, weights)[0]


@dataclass
class Person:
    """The chatter. When they are the victim, `gender` and `birth` are the victim's."""

    person_id: str
    first: str
    surname: str
    gender: str  # v, m
    birth: date
    town: str
    neighbourhood: str | None
    school: str
    address: str
    postcode: str
    phone: str
    email: str
    handle: str
    iban: str
    style: Style
    fills_gender: bool
    fills_age: bool
    neutral_gender: bool

    def age_at(self, when: datetime) -> int:
        b = self.birth
        return when.year - b.year - ((when.month, when.day) < (b.month, b.day))


@dataclass
class Story:
    scenario: str
    about_trafficking: bool
    visitor_kind: str  # zelf, moeder, vriendin, ...
    achtergrond: str
    victim: Person  # the chatter when visitor_kind == "zelf"
    chatter: Person
    vorm: str
    pleger_relatie: str
    familie_detail: str | None
    perp_noun: str  # how the victim refers to the main exploiter
    perp_name: str
    perp_gender: str
    perp_age: int
    perp2: str | None  # second organiser (name or noun) when several
    met: str | None  # online, offline, None for family
    platform: str | None
    met_place: str | None
    dwang: frozenset[str]
    crim: tuple[str, ...]
    months_at_first: float
    ended_months_ago: float | None
    told_before: str | None
    other_victims: bool
    digital: frozenset[str]
    perp_phone: str
    perp_handle: str
    plate: str
    car: str
    ad_url: str
    first_chat: datetime
    extra: dict = field(default_factory=dict)


def sample_person(rng: random.Random, pid: str, gender: str, age: int, when: datetime) -> Person:
    first = lexicon.first_name(rng, gender)
    surname = lexicon.SURNAME_POOL.draw(rng)
    born = when.date() - timedelta(days=int(age * 365.25) + rng.randint(1, 360))
    town = lexicon.TOWN_POOL.draw(rng)
    hoods = lexicon.TOWNS[town]
    return Person(
        person_id=pid, first=first, surname=surname, gender=gender, birth=born, town=town,
        neighbourhood=rng.choice(hoods) if hoods else None,
        school=(lexicon.BASIS_POOL if age < 12 else lexicon.SCHOOL_POOL if age < 18 else lexicon.MBO_POOL).draw(rng),
        address=pii.address(rng), postcode=pii.postcode(rng), phone=pii.phone(rng),
        email=pii.email(rng, first, surname, born.year), handle=pii.handle(rng, first, surname, born.year),
        iban=pii.iban(rng), style=Style.sample(rng, age), fills_gender=rng.random() < 0.85,
        fills_age=rng.random() < 0.55, neutral_gender=rng.random() < 0.02,
    )


def _victim_age(rng: random.Random, scenario: str) -> int:
    if scenario in ("ouders_klanten", "familie_overig"):
        return rng.randint(10, 17) if rng.random() < 0.78 else rng.randint(18, 42)
    if scenario in ("crimineel_drugs", "instelling"):
        return max(12, min(30, int(rng.gauss(18, 3))))
    if scenario == "pro_ana":
        return rng.randint(13, 22)
    r = rng.random()
    if r < 0.10:
        return rng.randint(12, 14)
    if r < 0.48:
        return rng.randint(15, 17)
    if r < 0.80:
        return rng.randint(18, 25)
    return rng.randint(26, 52)


def _perp_age(rng: random.Random, victim_age: int, scenario: str) -> int:
    if scenario in ("ouders_klanten", "familie_overig"):
        return victim_age + rng.randint(20, 35)
    if rng.random() < 0.45:
        return max(14, victim_age + rng.randint(-1, 3))
    return victim_age + rng.randint(6, 25)


def sample_story(rng: random.Random, pid: str, when: datetime) -> Story:
    year = when.year
    about = rng.random() >= NOT_TRAFFICKING
    if not about:
        scenario = _pick(rng, NON_TRAFFICKING)
        vorm = "geen"
    else:
        crime = rng.random() < CRIME_SHARE[year]
        if crime:
            r = rng.random()
            scenario = "crimineel_drugs" if r < 0.45 else ("instelling" if r < 0.52 else "seksueel_en_crimineel")
            vorm = "crimineel" if scenario == "crimineel_drugs" else "seksueel_en_crimineel"
        elif rng.random() < 0.012:
            scenario, vorm = "arbeid", "arbeid"
        else:
            scenario, vorm = _pick(rng, SEXUAL_SCENARIOS), "seksueel"
    # who is chatting
    if about and rng.random() < 0.10 and scenario not in ("instelling",):
        kind, achtergrond = _pick(rng, [((k, a), w) for k, a, w in THIRD_PARTY])
    elif not about and rng.random() < 0.08:
        kind, achtergrond = rng.choice((("moeder", "familielid"), ("vriendin", "sociale_omgeving")))
    else:
        kind, achtergrond = "zelf", "slachtoffer"
    if kind in ("moeder", "vader") and scenario in ("ouders_klanten", "familie_overig"):
        kind = "tante"  # a parent who exploits is not the worried parent chatting
    if kind in ("klant", "pleger", "partner") and scenario not in ("loverboy", "kennis", "online_onbekend"):
        scenario, vorm = "loverboy", "seksueel"
    # victim gender (year trend, more men in criminal exploitation)
    if scenario in ("crimineel_drugs", "instelling", "seksueel_en_crimineel"):
        male_p = CRIME_MALE if scenario != "instelling" else 0.0
    elif about:
        c = CRIME_SHARE[year]
        male_p = max(0.0, (MALE_SHARE[year] - CRIME_MALE * c) / (1 - c))
    else:
        male_p = 0.12
    if kind == "klant":
        male_p = 0.0
    gender = "m" if rng.random() < male_p else "v"
    age = _victim_age(rng, scenario)
    victim = sample_person(rng, pid, gender, age, when)
    chatter = victim
    if kind != "zelf":
        own_age = {"moeder": (age + 19, age + 38), "vader": (age + 20, age + 42), "tante": (age + 15, age + 40), "docent": (25, 62), "hulpverlener": (23, 60),
                   "klant": (25, 65), "anders": (20, 60)}.get(kind, (max(12, age - 3), age + 4))
        own_gender = "v" if kind in ("moeder", "zus", "tante", "vriendin", "buurvrouw") else (
            "m" if kind in ("vader", "vriend", "klant", "pleger") else ("m" if kind == "partner" and gender == "v" else rng.choice("vm")))
        chatter = sample_person(rng, pid, own_gender, rng.randint(*own_age), when)
    perp_age = _perp_age(rng, age, scenario)
    perp_gender = "m"
    familie_detail = None
    met = platform = met_place = None
    perp2 = None
    if scenario in ("ouders_klanten", "familie_overig"):
        relatie = "familie"
        if scenario == "ouders_klanten":
            familie_detail = _pick(rng, (("vader", 40), ("moeder", 15), ("beide_ouders", 27), ("stiefouder", 18)))
        else:
            familie_detail = _pick(rng, (("broer", 50), ("andere_familie", 50)))
        noun = {"vader": "vader", "moeder": "moeder", "beide_ouders": "ouders", "stiefouder": "stiefvader",
                "broer": "broer", "andere_familie": rng.choice(("oom", "neef", "opa"))}[familie_detail]
        perp_gender = "v" if familie_detail == "moeder" else "m"
        if familie_detail == "beide_ouders":
            perp2 = "moeder"
    elif scenario == "arbeid":
        relatie = rng.choice(("familie", "sociale_omgeving"))
        familie_detail = "andere_familie" if relatie == "familie" else None
        noun = "oom" if relatie == "familie" else "baas"
    else:
        if scenario in ("loverboy", "webcam", "seksueel_en_crimineel") and rng.random() < 0.85:
            relatie, noun = "partner", rng.choice(("vriend", "vriend", "vriendje", "ex"))
            if gender == "m" and rng.random() < 0.3:
                noun, perp_gender = "vriendin", "v"
        elif scenario in ("online_onbekend", "pro_ana") or (scenario in ("webcam", "crimineel_drugs") and rng.random() < 0.35):
            relatie, noun = "onbekend", rng.choice(("gast", "jongen", "man"))
        else:
            relatie = "sociale_omgeving"
            noun = {"buurman_beelden": "buurman", "instelling": "jongen"}.get(scenario) or rng.choice(
                ("vriend van mijn broer", "kennis", "jongen uit de buurt", "jongen van school", "vriend van een vriendin", "trainer"))
        if relatie == "onbekend" or scenario == "pro_ana":
            met = "online"
        elif relatie == "partner":
            met = "online" if rng.random() < 0.35 else "offline"
        else:
            met = "offline"
        if met == "online":
            platform = "pro-ana forum" if scenario == "pro_ana" else _pick(rng, ONLINE_PLATFORM_WEIGHTS)
            if gender == "m" and platform in ("tinder",) and rng.random() < 0.5:
                platform = "grindr"
        else:
            met_place = "de buurt" if scenario == "buurman_beelden" else rng.choice(("school", "een feestje", "de sportschool", "het voetbal", "de snackbar", "het station",
                                    "een vriendin", "de buurt", "het werk", "de kermis", "de stad"))
        if scenario in ("crimineel_drugs", "instelling") or rng.random() < 0.25:
            perp2 = lexicon.BOY_POOL.draw(rng)
    perp_name = lexicon.first_name(rng, perp_gender)
    # means of coercion
    probs = {"geweld": 0.6, "sextortion": 0.25, "middelenafhankelijkheid": 0.12, "lvb": 0.05, "inwonend": 0.1,
             "financiele_afhankelijkheid": 0.1, "anders": 0.2}
    if scenario in ("crimineel_drugs", "instelling", "seksueel_en_crimineel"):
        probs.update(geweld=0.85, anders=0.4, middelenafhankelijkheid=0.2)
    if scenario == "buurman_beelden":
        probs.update(sextortion=1.0)
    if scenario in ("ouders_klanten", "familie_overig"):
        probs.update(anders=0.5, sextortion=0.08)
    if scenario == "arbeid":
        probs = {"anders": 1.0, "geweld": 0.3, "financiele_afhankelijkheid": 0.4, "inwonend": 0.3}
    dwang = {k for k, p in probs.items() if rng.random() < p}
    # different life phases (an adult and a teenager), not 17/19 and not two adults
    big_gap = relatie != "familie" and ((age < 18 and perp_age >= 22) or (age < 21 and perp_age >= 30))
    if big_gap and rng.random() < 0.4:
        dwang.add("leeftijdsverschil")
    crim: tuple[str, ...] = ()
    if vorm in ("crimineel", "seksueel_en_crimineel"):
        acts = ["drugs_vervoeren_verhandelen"] if rng.random() < 0.85 else ["drugs_bewaren"]
        for act, p in (("drugs_bewaren", 0.35), ("diefstal", 0.15), ("overval", 0.07), ("witwassen", 0.15), ("mishandeling", 0.08), ("wapenhandel", 0.05)):
            if act not in acts and rng.random() < p:
                acts.append(act)
        crim = tuple(acts)
    # duration of the exploitation when first chatting (months), away from category borders
    if scenario in ("ouders_klanten", "familie_overig"):
        band = _pick(rng, ((0.1, 2), (1.5, 10), (6, 11), (15, 22), (36, 19), (84, 16), (150, 11), (-1, 9)))
    else:
        band = _pick(rng, ((0.1, 8), (1.5, 13), (6, 30), (15, 27), (36, 12), (84, 5), (150, 1), (-1, 4)))
    months = {0.1: rng.uniform(0.05, 0.18), 1.5: rng.uniform(0.5, 2.5), 6: rng.uniform(4, 10), 15: rng.uniform(13, 22),
              36: rng.uniform(27, 56), 84: rng.uniform(63, 110), 150: rng.uniform(125, 200), -1: rng.uniform(30, 80)}[band]
    if months / 12 > age - 4:
        months = max(0.5, (age - 4) * 12.0 * 0.8)
    ongoing = rng.random() < (0.8 if scenario != "ouders_klanten" else 0.85)
    ended = None if ongoing else rng.uniform(2, 40)
    told = None if rng.random() < 0.55 else rng.choice(("vriendin", "mentor", "moeder", "huisarts", "politie", "psycholoog", "zus", "ex"))
    digital = set()
    if met == "online":
        digital.add("online_ontmoet")
    if scenario == "webcam":
        digital.add("webcam")
    if "sextortion" in dwang:
        digital.add("beelden")
    if vorm in ("seksueel", "seksueel_en_crimineel") and rng.random() < 0.3:
        digital.add("advertenties")
    if rng.random() < 0.25:
        digital.add("volgen")
    if rng.random() < 0.3:
        digital.add("berichten")
    extra = {"monthly_first": band == -1, "relationship_extra_months": rng.uniform(1, 20),
             "other_victim_kind": rng.choice(("andere meisjes", "een vriendin van me", "mijn zusje", "meer meiden", "andere jongens")),
             "money": rng.choice((200, 300, 500, 800, 1000, 1500, 2500))}
    if scenario.startswith("geen_"):
        dwang, crim, digital = set(), (), set()
        if scenario == "geen_sextortion":
            digital = {"beelden"}
            platform = _pick(rng, ONLINE_PLATFORM_WEIGHTS)
    return Story(
        scenario=scenario, about_trafficking=about, visitor_kind=kind, achtergrond=achtergrond, victim=victim, chatter=chatter,
        vorm=vorm, pleger_relatie=relatie if about else "onbekend", familie_detail=familie_detail, perp_noun=noun,
        perp_name=perp_name, perp_gender=perp_gender, perp_age=perp_age, perp2=perp2, met=met, platform=platform,
        met_place=met_place, dwang=frozenset(dwang), crim=crim, months_at_first=months, ended_months_ago=ended,
        told_before=told, other_victims=rng.random() < 0.2, digital=frozenset(digital),
        perp_phone=pii.phone(rng), perp_handle=pii.handle(rng, perp_name, lexicon.SURNAME_POOL.draw(rng), when.year - perp_age),
        plate=pii.kenteken(rng), car=rng.choice(lexicon.CAR_MODELS), ad_url=pii.ad_url(rng), first_chat=when, extra=extra,
    )
