"""The sections of the annual report, in the order of seed 001 §2–§3.

Each section computes its numbers with `zichtbaar.analysis` over the year's
cases and says over how many cases each number is known (its own n). The
words are the seed's; the numbers are never typed in, always counted.
"""

from __future__ import annotations

from collections.abc import Mapping

from zichtbaar.analysis.crosstab import crosstab, groups_of, value_pairs
from zichtbaar.analysis.descriptives import Bin, binned, frequencies, percent, summarize_numeric
from zichtbaar.analysis.trends import Indicator, compare_years
from zichtbaar.cases import Basis
from zichtbaar.report.blocks import Numbering, age_sentence, p_text, count_pct, crosstab_chart, frequency_chart, test_note, where
from zichtbaar.report.dataset import YearData
from zichtbaar.report.figures import Chart, Series, nl
from zichtbaar.report.model import Report, Section, TableBlock, pct
from zichtbaar.report.subgroups import criminal_section, sexual_section

MONTHS = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
AGE_BINS = (
    Bin("Jonger dan 12", None, 12), Bin("12–13", 12, 14), Bin("14–15", 14, 16), Bin("16–17", 16, 18),
    Bin("18–20", 18, 21), Bin("21–24", 21, 25), Bin("25–29", 25, 30), Bin("30–39", 30, 40), Bin("40 en ouder", 40, None),
)
STARS_NOTE = "* p < 0,05; ** p ≤ 0,01; *** p ≤ 0,001."


def build_report(data: YearData, earlier: Mapping[int, YearData] | None = None) -> Report:
    """The whole report for `data.year`; `earlier` years feed the comparison."""
    numbering = Numbering()
    noun = "unieke bezoekers"
    sections = [
        _method(data),
        _background(data, numbering, noun),
        _situations(data, numbering, noun),
        _years(data, earlier or {}, numbering),
        sexual_section(data, numbering),
        criminal_section(data, numbering),
    ]
    return Report(
        year=data.year,
        title=f"Onzichtbare slachtoffers van mensenhandel in {data.year}",
        codebook=data.codebook.id,
        basis=data.basis.value,
        funnel=data.funnel,
        sections=tuple(sections),
        quotes=data.quotes,
        notes=data.notes,
    )


def _method(data: YearData) -> Section:
    rows = tuple((step.label, step.count if step.kind != "minus" else -step.count) for step in data.funnel)
    funnel = TableBlock("Tabel 1. Van chats naar casussen", ("Stap", "Aantal"), rows)
    paragraphs = [
        f"Geanalyseerd zijn de gesprekken uit de periode van 1 januari {data.year} tot en met 31 december "
        f"{data.year}. De tabel hieronder laat zien hoe de chats in de database tot de casussen "
        f"van dit rapport leiden.",
        "Een casus is een persoon: een unieke bezoeker. Chats van dezelfde persoon zijn aan elkaar gekoppeld "
        "(dubbelingen) en tellen samen als één casus. Een persoon hoort bij het jaar van zijn of haar eerste chat; "
        "wie al eerder chatte, telt niet opnieuw mee. Van de chats in het jaar tellen alleen de gesprekken over "
        "mensenhandel. Heeft een persoon meerdere chats, dan telt per kenmerk de eerste bekende waarde.",
        f"De tellingen rusten op {data.basis.value}"
        + (": alleen koppelingen die een onderzoeker heeft bevestigd, en chats met dezelfde gebruikersnaam."
           if data.basis is Basis.BEVESTIGD else
           ": naast de bevestigde koppelingen ook koppelingen die de machine voorstelt en die een onderzoeker "
           "nog niet heeft beoordeeld (mits hun score boven de drempel ligt). Afgewezen koppelingen tellen nooit."),
        f"De chats zijn gecodeerd met het codeboek '{data.codebook.name}' ({data.codebook.id}). Wanneer een "
        "onderzoeker een code heeft bevestigd of aangepast, telt die; anders telt de suggestie van de machinale codeur.",
        "Niet in elk gesprek is elk kenmerk bekend. Daarom wordt bij elk resultaat alleen gerapporteerd over de "
        "casussen van wie het kenmerk bekend is; het aantal (n) verschilt daardoor per figuur. De resultaten zijn "
        "een ondergrens: de hulpverleners vragen niet standaard naar de informatie uit het codeboek.",
        *data.notes,
    ]
    return Section("verantwoording", "Onderzoeksverantwoording", tuple(paragraphs), (funnel,))


def _background(data: YearData, numbering: Numbering, noun: str) -> Section:
    cb, records, total = data.codebook, data.records, len(data.cases)
    paragraphs = [f"In {data.year} zijn in totaal {total} {noun} met een hulpvraag over mensenhandel in beeld gekomen."]
    blocks = []
    months = [0] * 12
    for case in data.cases:
        months[case.started_at.month - 1] += 1
    blocks.append(numbering.figure(
        "Datum eerste gesprek chatter", total,
        Chart("columns", MONTHS, (Series("Aantal", tuple(months)),), value_axis=f"Aantal {noun}", category_axis=f"Maand ({data.year})"),
    ))
    forms = frequencies(data.values("vorm_uitbuiting"), cb.variable("vorm_uitbuiting"))
    if total:
        paragraphs.append(
            f"Het ging om seksuele uitbuiting in {count_pct(forms.count('seksueel'), forms.n)} van de casussen, om "
            f"uitsluitend criminele uitbuiting in {forms.count('crimineel')}, om zowel seksuele als criminele uitbuiting "
            f"in {forms.count('seksueel_en_crimineel')} en om arbeidsuitbuiting in {forms.count('arbeid')} (n = {forms.n})."
        )
    blocks.append(numbering.figure("Vormen van uitbuiting", forms.n, frequency_chart(forms, "Vorm van uitbuiting", f"Aantal {noun}")))

    background = frequencies(data.values("achtergrond_chatter"), cb.variable("achtergrond_chatter"))
    if background.n:
        paragraphs.append(
            f"De meeste bezoekers waren zelf slachtoffer: {count_pct(background.count('slachtoffer'), background.n)} "
            f"(n = {background.n}). {background.count('sociale_omgeving')} kwamen uit de sociale omgeving van het "
            f"slachtoffer, {background.count('familielid')} waren familielid, {background.count('hulpverlener')} "
            f"hulpverlener, {background.count('klant')} klant en {background.count('pleger')} pleger."
        )
    blocks.append(numbering.figure("Achtergrond bezoeker", background.n, frequency_chart(background, "Achtergrond bezoeker", f"Aantal {noun}")))

    gender = frequencies(data.values("geslacht_slachtoffer"), cb.variable("geslacht_slachtoffer"))
    if gender.n:
        paragraphs.append(
            f"De slachtoffers waren voornamelijk vrouwen of meisjes: {count_pct(gender.count('vrouw'), gender.n)}; "
            f"{count_pct(gender.count('man'), gender.n)} was man en {gender.count('neutraal')} hadden als geslacht "
            f"'neutraal' ingevuld (n = {gender.n}; bij {gender.unknown} is het geslacht onbekend)."
        )
    by_gender = crosstab(value_pairs(records, "vorm_uitbuiting", "geslacht_slachtoffer"),
                         cb.variable("vorm_uitbuiting"), cb.variable("geslacht_slachtoffer"),
                         rows=[g for g in groups_of(cb.variable("vorm_uitbuiting")) if g.id != "geen"])
    blocks.append(numbering.figure("Vorm van mensenhandel per geslacht", by_gender.n,
                                   crosstab_chart(by_gender, "Vorm van uitbuiting"), test_note(by_gender)))

    age = summarize_numeric(data.values("leeftijd_slachtoffer"), cb.variable("leeftijd_slachtoffer"))
    paragraphs.append(age_sentence(age, "slachtoffers"))
    ages = binned(data.values("leeftijd_slachtoffer"), cb.variable("leeftijd_slachtoffer"), AGE_BINS)
    blocks.append(numbering.figure("Leeftijd slachtoffers", ages.n, frequency_chart(ages, "Leeftijd (jaren)", f"Aantal {noun}", keep_empty=True)))

    digital = frequencies(data.values("digitaal_aspect"), cb.variable("digitaal_aspect")) if "digitaal_aspect" in cb.ids else None
    if digital is not None and digital.n:
        paragraphs.append(f"In {count_pct(digital.count('ja'), digital.n)} van de casussen was er een digitaal aspect (n = {digital.n}).")
    return Section("achtergrond", f"Achtergrondkenmerken bezoekers {data.year}", tuple(paragraphs), tuple(blocks))


def _situations(data: YearData, numbering: Numbering, noun: str) -> Section:
    cb, records, total = data.codebook, data.records, len(data.cases)
    paragraphs, blocks = [], []
    meeting = frequencies(data.values("ontmoeting"), cb.variable("ontmoeting"))
    paragraphs.append(
        f"In {meeting.n} gesprekken werd duidelijk hoe pleger en slachtoffer elkaar leerden kennen, wanneer zij geen "
        f"familie waren. In {pct(meeting.percent('offline'))} van deze gesprekken was dat offline, in "
        f"{pct(meeting.percent('online'))} online."
    )
    blocks.append(numbering.figure("Ontmoeting pleger en slachtoffer", meeting.n, frequency_chart(meeting, "Eerste ontmoeting", f"Aantal {noun}", keep_empty=True)))
    online = where(records, "ontmoeting", "online")
    platforms = frequencies([r.get("platform") for r in online], cb.variable("platform"))
    if platforms.n:
        top = ", ".join(f"{c.label} ({c.count})" for c in platforms.categories[:3])
        paragraphs.append(f"Bij online ontmoetingen werden het vaakst genoemd: {top} (n = {platforms.n}).")
    blocks.append(numbering.figure("Platform van de online ontmoeting", platforms.n, frequency_chart(platforms, "Platform", f"Aantal {noun}")))

    victims = where(records, "achtergrond_chatter", "slachtoffer")
    disclosure = frequencies([r.get("first_disclosure") for r in victims], cb.variable("first_disclosure"))
    acute_victims = where(victims, "acuut_onveilig", "ja")
    acute_disclosure = frequencies([r.get("first_disclosure") for r in acute_victims], cb.variable("first_disclosure"))
    paragraphs.append(
        f"In {disclosure.n} van de gesprekken waarin de bezoeker zelf slachtoffer is, werd duidelijk of het slachtoffer "
        f"voor het eerst over de uitbuiting praatte (first disclosure). Dat was zo in {count_pct(disclosure.count('ja'), disclosure.n)}. "
        f"Van de {len(acute_victims)} slachtoffers die bij het eerste contact acuut onveilig waren, was dit bij "
        f"{acute_disclosure.n} bekend; {count_pct(acute_disclosure.count('ja'), acute_disclosure.n)} deed een first disclosure."
    )
    blocks.append(numbering.figure("First disclosure bij bezoekers die zelf slachtoffer zijn", disclosure.n,
                                   frequency_chart(disclosure, "First disclosure", f"Aantal {noun}", keep_empty=True)))

    acute = frequencies(data.values("acuut_onveilig"), cb.variable("acuut_onveilig"))
    blocks.append(numbering.figure("Acuut onveilige situatie bij het eerste contact", acute.n,
                                   frequency_chart(acute, "Acuut onveilig", f"Aantal {noun}", keep_empty=True)))

    others = frequencies(data.values("meerdere_slachtoffers"), cb.variable("meerdere_slachtoffers"))
    several = frequencies(data.values("meerdere_plegers"), cb.variable("meerdere_plegers"))
    paragraphs.append(
        f"{others.count('ja')} bezoekers ({pct(percent(others.count('ja'), total))} van alle {total}) gaven expliciet aan "
        f"dat zij ook andere slachtoffers kennen die bij de uitbuiting betrokken waren; dit is een ondergrens. In "
        f"{several.count('ja')} casussen ({pct(percent(several.count('ja'), total))}) waren meerdere plegers betrokken."
    )
    multi_chart = Chart(
        "grouped", ("Ja", "Nee"),
        tuple(Series(f"{f.label} (n = {f.n})", (f.count("ja"), f.count("nee")), (f.percent("ja"), f.percent("nee")))
              for f in (several, others)),
        value_axis="Percentage van de casussen waarin het bekend is", category_axis="Antwoord",
    )
    blocks.append(numbering.figure("Meerdere plegers en meerdere slachtoffers", max(several.n, others.n), multi_chart,
                                   "Elke reeks heeft haar eigen n (in de legenda)."))

    means = frequencies(data.values("dwangmiddelen"), cb.variable("dwangmiddelen"))
    paragraphs.append(
        f"In {means.n} casussen ({pct(percent(means.n, total))}) werd minimaal één dwangmiddel genoemd; in totaal "
        f"{means.mentions} dwangmiddelen. Een slachtoffer kan met meerdere dwangmiddelen te maken hebben; de "
        f"percentages in de figuur zijn van de {means.n} casussen met minstens één dwangmiddel."
    )
    blocks.append(numbering.figure("Dwangmiddelen", means.n, frequency_chart(means, "Dwangmiddel", f"Aantal {noun}")))
    return Section("uitbuitingssituaties", "Wat opvalt met betrekking tot de uitbuitingssituaties", tuple(paragraphs), tuple(blocks), level=3)


def _years(data: YearData, earlier: Mapping[int, YearData], numbering: Numbering) -> Section:
    cb = data.codebook
    by_year = {y: d.records for y, d in earlier.items()} | {data.year: data.records}
    years = sorted(by_year)
    criminal = ("crimineel", "seksueel_en_crimineel")
    indicators = [
        Indicator("casussen", "Slachtoffers van mensenhandel in beeld", "count", where=lambda r: True),
        Indicator("zelf", "Bezoeker zelf slachtoffer", "count", where=lambda r: r.get("achtergrond_chatter") == "slachtoffer"),
        Indicator("man", "Mannelijke slachtoffers", "count", where=lambda r: r.get("geslacht_slachtoffer") == "man"),
        Indicator("crimineel", "Slachtoffers van criminele uitbuiting (al dan niet met seksuele)", "count",
                  where=lambda r: r.get("vorm_uitbuiting") in criminal),
        Indicator("first", "First disclosure op de chat", "count", where=lambda r: r.get("first_disclosure") == "ja"),
        Indicator("aandeel_man", "Aandeel mannen (van bekend geslacht)", "share", where=lambda r: r.get("geslacht_slachtoffer") == "man",
                  among=lambda r: r.get("geslacht_slachtoffer") in ("vrouw", "man", "neutraal")),
        Indicator("aandeel_crimineel", "Aandeel criminele uitbuiting", "share", where=lambda r: r.get("vorm_uitbuiting") in criminal),
        Indicator("minderjarig", "Aandeel minderjarigen (van bekende leeftijd)", "share",
                  where=lambda r: r.get("leeftijd_slachtoffer") < 18,
                  among=lambda r: isinstance(r.get("leeftijd_slachtoffer"), int)),
        Indicator("leeftijd", "Gemiddelde leeftijd (jaren)", "mean", variable=cb.variable("leeftijd_slachtoffer")),
    ]
    rows = compare_years(by_year, indicators)
    table_rows = []
    for row in rows:
        cells: list[str | int | float | None] = [row.label]
        for y in years:
            value = row.value[y]
            if row.kind == "share":
                cells.append(f"{pct(value)} ({row.count[y]}/{row.n[y]})")
            elif row.kind == "mean":
                cells.append(f"{nl(value)} (n = {row.n[y]})")
            else:
                cells.append(value)
        cells.append(f"p {p_text(row.p)}{(' ' + row.stars) if row.stars else ''}" if row.p is not None else "")
        table_rows.append(tuple(cells))
    table = TableBlock(f"Tabel 2. Vergelijking {years[0]}–{years[-1]}", ("Kenmerk", *map(str, years), "Toets"),
                       tuple(table_rows), note="Aandelen: chi-kwadraattoets (Fisher bij kleine verwachte aantallen); "
                       "gemiddelde leeftijd: variantieanalyse. " + STARS_NOTE)
    count = {r.id: r for r in rows}
    label_years = tuple(map(str, years))
    fig7 = numbering.figure(
        "Slachtoffers van mensenhandel per jaar", sum(count["casussen"].value[y] for y in years),
        Chart("lines", label_years, (Series("Alle slachtoffers", tuple(count["casussen"].value[y] for y in years)),
                                     Series("Bezoeker zelf slachtoffer", tuple(count["zelf"].value[y] for y in years))),
              value_axis="Aantal", category_axis="Jaar"),
        "n = alle casussen van de getoonde jaren samen.",
    )
    fig8 = numbering.figure(
        "Mannelijke slachtoffers en slachtoffers van criminele uitbuiting per jaar", sum(count["casussen"].value[y] for y in years),
        Chart("lines", label_years, (Series("Mannelijke slachtoffers", tuple(count["man"].value[y] for y in years)),
                                     Series("Criminele uitbuiting", tuple(count["crimineel"].value[y] for y in years))),
              value_axis="Aantal", category_axis="Jaar"),
        "n = alle casussen van de getoonde jaren samen.",
    )
    now = count["casussen"].value[data.year]
    before = ", ".join(f"{count['casussen'].value[y]} in {y}" for y in years if y != data.year)
    paragraphs = [
        f"In {data.year} zijn {now} slachtoffers van mensenhandel in beeld gekomen" + (f", tegen {before}." if before else "."),
        "Dit onderzoek is geen cohortstudie: dezelfde situatie kan in meer dan één jaar in beeld komen.",
    ]
    return Section("vergelijking", "Vergelijking met voorgaande jaren", tuple(paragraphs), (table, fig7, fig8), level=3)
