"""§3.1 and §3.2 of the seed: victims of sexual and of criminal exploitation.

§3.1 counts only `seksueel` (the seed: "geen sprake van een combinatie");
§3.2 counts `crimineel` and `seksueel_en_crimineel` together.

The codebook has no variable for the time since the exploitation ended
(seed Figuur 9 "Tijd sinds seksuele uitbuiting"); its nearest variable,
`acuut_onveilig` (still ongoing at the time of the chat), stands in and the
figure's title says so.
"""

from __future__ import annotations

from zichtbaar.analysis.crosstab import Group, crosstab, value_pairs
from zichtbaar.analysis.descriptives import frequencies, summarize_numeric
from zichtbaar.report.blocks import Numbering, age_sentence, count_pct, crosstab_chart, frequency_chart, test_note, where
from zichtbaar.report.dataset import YearData
from zichtbaar.report.model import Section, pct

SHORT = Group("korter", "Korter dan twee jaar", ("<1 jaar", "1-2 jaar"))
LONG = Group("langer", "Twee jaar of langer", (">2 jaar",))


def sexual_section(data: YearData, numbering: Numbering) -> Section:
    cb = data.codebook
    cases = where(data.records, "vorm_uitbuiting", "seksueel")
    values = lambda variable: [r.get(variable) for r in cases]  # noqa: E731
    victims = where(cases, "achtergrond_chatter", "slachtoffer")
    gender = frequencies(values("geslacht_slachtoffer"), cb.variable("geslacht_slachtoffer"))
    age = summarize_numeric(values("leeftijd_slachtoffer"), cb.variable("leeftijd_slachtoffer"))
    acute = frequencies(values("acuut_onveilig"), cb.variable("acuut_onveilig"))
    duration = frequencies(values("duur"), cb.variable("duur"))
    relation = frequencies(values("pleger_relatie"), cb.variable("pleger_relatie"))
    family = frequencies(values("pleger_familie_detail"), cb.variable("pleger_familie_detail"))
    several = frequencies(values("meerdere_plegers"), cb.variable("meerdere_plegers"))
    both = sum(1 for r in cases if r.get("meerdere_plegers") == "ja" and r.get("meerdere_slachtoffers") == "ja")
    longer_than_year = duration.count("1-2 jaar") + duration.count(">2 jaar")
    paragraphs = [
        f"In {data.year} kwamen in totaal {len(cases)} bezoekers op de chat om te praten over seksuele uitbuiting "
        f"(zonder criminele uitbuiting). Van hen waren er {len(victims)} zelf slachtoffer.",
        f"De slachtoffers van seksuele uitbuiting zijn voornamelijk vrouwen of meisjes: "
        f"{count_pct(gender.count('vrouw'), gender.n)}; {gender.count('man')} slachtoffers waren man (n = {gender.n}).",
        age_sentence(age, "slachtoffers van seksuele uitbuiting"),
        f"In {count_pct(acute.count('ja'), acute.n)} van de chats waarin het bekend is, bevond het slachtoffer zich bij "
        f"het eerste contact in een acuut onveilige situatie (n = {acute.n}).",
        f"De duur van de uitbuiting was bij {count_pct(longer_than_year, duration.n)} een jaar of langer en bij "
        f"{count_pct(duration.count('>2 jaar'), duration.n)} twee jaar of langer (n = {duration.n}).",
        f"Wanneer een pleger werd genoemd, ging het bij {count_pct(relation.count('partner'), relation.n)} om de "
        f"(ex-)partner, bij {count_pct(relation.count('sociale_omgeving'), relation.n)} om iemand uit de sociale "
        f"omgeving en bij {count_pct(relation.count('familie'), relation.n)} om een familielid (n = {relation.n}).",
    ]
    if family.n:
        parts = ", ".join(f"{c.label.lower()} ({c.count})" for c in family.categories if c.count)
        paragraphs.append(f"Kwam de pleger uit de familie, dan ging het om: {parts} (n = {family.n}).")
    paragraphs.append(
        f"In {count_pct(several.count('ja'), len(cases))} van de chats over seksuele uitbuiting gaf de bezoeker aan dat "
        f"meerdere plegers bij de uitbuiting betrokken waren; in {both} gesprekken waren er zowel meerdere plegers als "
        f"meerdere slachtoffers."
    )
    by_duration = crosstab(value_pairs(cases, "pleger_relatie", "duur"), cb.variable("pleger_relatie"), cb.variable("duur"),
                           cols=[SHORT, LONG])
    if by_duration.n:
        short, long_ = (by_duration.col_n(0), by_duration.col_n(1))
        paragraphs.append(
            f"Bij uitbuiting korter dan twee jaar was de pleger in {pct(by_duration.col_percent(0, 0))} een (ex-)partner "
            f"(n = {short}); bij uitbuiting van twee jaar of langer in {pct(by_duration.col_percent(0, 1))} (n = {long_}). "
            f"Het aandeel familieleden als pleger was {pct(by_duration.col_percent(1, 0))} tegen "
            f"{pct(by_duration.col_percent(1, 1))}. {test_note(by_duration)}"
        )
    noun = "chats"
    blocks = (
        numbering.figure("Uitbuiting nog gaande bij seksuele uitbuiting (acuut onveilig)", acute.n,
                         frequency_chart(acute, "Acuut onveilig", f"Aantal {noun}", keep_empty=True),
                         "Het codeboek kent geen variabele 'tijd sinds de uitbuiting'; deze figuur toont of de uitbuiting "
                         "ten tijde van de chat nog gaande was."),
        numbering.figure("Duur seksuele uitbuiting", duration.n, frequency_chart(duration, "Duur", f"Aantal {noun}", keep_empty=True)),
        numbering.figure("Slachtoffer-daderrelatie bij seksuele uitbuiting", relation.n,
                         frequency_chart(relation, "Relatie pleger", f"Aantal {noun}", keep_empty=True)),
        numbering.figure("Slachtoffer-daderrelatie bij korter en langer dan twee jaar durende seksuele uitbuiting",
                         by_duration.n, crosstab_chart(by_duration, "Relatie pleger"), test_note(by_duration)),
    )
    return Section("seksueel", "3.1 Slachtoffers van seksuele uitbuiting", tuple(paragraphs), blocks, level=2)


def criminal_section(data: YearData, numbering: Numbering) -> Section:
    cb = data.codebook
    cases = where(data.records, "vorm_uitbuiting", "crimineel", "seksueel_en_crimineel")
    values = lambda variable: [r.get(variable) for r in cases]  # noqa: E731
    combined = where(cases, "vorm_uitbuiting", "seksueel_en_crimineel")
    victims = where(cases, "achtergrond_chatter", "slachtoffer")
    gender = frequencies(values("geslacht_slachtoffer"), cb.variable("geslacht_slachtoffer"))
    age = summarize_numeric(values("leeftijd_slachtoffer"), cb.variable("leeftijd_slachtoffer"))
    activities = frequencies(values("criminele_activiteiten"), cb.variable("criminele_activiteiten"))
    acute = frequencies(values("acuut_onveilig"), cb.variable("acuut_onveilig"))
    duration = frequencies(values("duur"), cb.variable("duur"))
    relation = frequencies(values("pleger_relatie"), cb.variable("pleger_relatie"))
    several = frequencies(values("meerdere_plegers"), cb.variable("meerdere_plegers"))
    paragraphs = [
        f"In {data.year} kwamen in totaal {len(cases)} bezoekers op de chat om te praten over criminele uitbuiting. "
        f"Hiervan waren er {len(victims)} zelf slachtoffer. In {len(combined)} van de {len(cases)} gevallen ging het om "
        f"een combinatie van criminele en seksuele uitbuiting.",
        f"Het ging om {gender.count('man')} mannelijke en {gender.count('vrouw')} vrouwelijke slachtoffers; "
        f"{gender.count('neutraal')} hadden 'neutraal' als geslacht (n = {gender.n}).",
        age_sentence(age, "slachtoffers van criminele uitbuiting"),
        f"In {count_pct(acute.count('ja'), acute.n)} van de chats bevond het slachtoffer zich bij het eerste contact in "
        f"een acuut onveilige situatie (n = {acute.n}). De uitbuiting duurde in {duration.count('<1 jaar')} chats korter "
        f"dan een jaar, in {duration.count('1-2 jaar')} een tot twee jaar en in {duration.count('>2 jaar')} twee jaar of "
        f"langer (n = {duration.n}).",
        f"Wanneer een pleger werd genoemd, ging het {relation.count('sociale_omgeving')} keer om iemand uit de sociale "
        f"omgeving, {relation.count('partner')} keer om een (ex-)partner en {relation.count('familie')} keer om een "
        f"familielid (n = {relation.n}). In {several.count('ja')} van de {len(cases)} chats waren meerdere plegers betrokken.",
    ]
    noun = "chats"
    blocks = (
        numbering.figure("Vormen van criminele uitbuiting", activities.n,
                         frequency_chart(activities, "Criminele activiteit", f"Aantal {noun}"),
                         f"Meerdere activiteiten per slachtoffer mogelijk; in totaal {activities.mentions} genoemd."),
        numbering.figure("Slachtoffer-daderrelatie bij criminele uitbuiting", relation.n,
                         frequency_chart(relation, "Relatie pleger", f"Aantal {noun}", keep_empty=True)),
    )
    return Section("crimineel", "3.2 Slachtoffers van criminele uitbuiting", tuple(paragraphs), blocks, level=2)
