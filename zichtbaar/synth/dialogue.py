"""Writes one chat from a story and derives its truth from what it reveals.

Every fact is revealed (or negated, or asked and answered) through `_mark`, so
the ground truth is exactly what a careful coder could code from this chat's
text and profile, never the hidden story.
"""

from __future__ import annotations

import random
from datetime import datetime

from zichtbaar.synth import phrases as ph
from zichtbaar.synth import pii as piigen
from zichtbaar.synth.builder import ChatBuilder
from zichtbaar.synth.grammar import Pii, expand, render
from zichtbaar.synth.lexicon import COUNSELORS
from zichtbaar.synth.story import PLATFORMS, Story

NUMBER_WORDS = {10: "tien", 11: "elf", 12: "twaalf", 13: "dertien", 14: "veertien", 15: "vijftien", 16: "zestien",
                17: "zeventien", 18: "achttien", 19: "negentien", 20: "twintig"}
DETAIL_TO_DUUR = {
    "korter_dan_7_dagen": "<1 jaar", "korter_dan_3_maanden": "<1 jaar", "3_tot_12_maanden": "<1 jaar",
    "1_tot_2_jaar": "1-2 jaar", "2_tot_5_jaar": ">2 jaar", "5_tot_10_jaar": ">2 jaar", "10_jaar_of_langer": ">2 jaar",
    "meerdere_jaren": ">2 jaar", "onbekend": "onbekend",
}
SMALL = {"het", "de", "van", "der", "den", "op", "aan", "in"}
FAMILY = ("ouders_klanten", "familie_overig")


def neutral_variables(achtergrond: str, vorm: str) -> dict:
    return {
        "achtergrond_chatter": achtergrond, "vorm_uitbuiting": vorm, "geslacht_slachtoffer": "onbekend",
        "leeftijd_slachtoffer": "onbekend", "pleger_relatie": "onbekend", "pleger_familie_detail": None,
        "dwangmiddelen": [], "acuut_onveilig": "onbekend", "first_disclosure": "onbekend", "duur": "onbekend",
        "duur_detail": "onbekend", "ontmoeting": "onbekend", "platform": None, "meerdere_plegers": "onbekend",
        "meerdere_slachtoffers": "onbekend", "digitaal_aspect": "nee", "criminele_activiteiten": [],
    }


def _proper(text: str) -> str:
    return " ".join(w if w in SMALL else w[:1].upper() + w[1:] for w in text.split(" "))


def duration_phrase(months: float, rng: random.Random, age: int | None, meerdere: bool, family: bool, month: int = 0) -> tuple[str, str]:
    """A chat-Dutch duration and the seed-002 category that phrase denotes.

    `month` is the calendar month of the chat: 'sinds vorige zomer' is only
    said when it pins the duration down. `age` is the age the chat states, for
    'sinds mijn 12e'.
    """
    phrase, detail = _duration_template(months, rng, age, meerdere, family, month)
    return render(expand(phrase, rng)), detail


def _duration_template(months: float, rng: random.Random, age: int | None, meerdere: bool, family: bool, month: int) -> tuple[str, str]:
    if meerdere:
        opts = ["al jaren", "al een paar jaar", "heel lang al, jaren", "jarenlang", "al best wel wat jaren"]
        if family:
            opts += ["sinds ik klein ben", "zolang ik me kan herinneren"]
        return rng.choice(opts), "meerdere_jaren"
    if months < 0.25:
        return rng.choice(("een paar dagen", "pas [3|4|5] dagen", "sinds eergisteren", "sinds een paar dagen", "[pas|] sinds deze week")), "korter_dan_7_dagen"
    if months < 3:
        w = max(2, min(10, round(months * 4.3)))
        return rng.choice((f"{w} weken", "een paar weken", "een maand", "sinds vorige maand", f"{w} [weken|wk]", "ruim een maand")), "korter_dan_3_maanden"
    if months < 12:
        m = max(4, min(10, round(months)))
        opts = [f"{m} maanden", "een half jaar", f"ongeveer {m} maanden", f"{m} mnd", "een paar maanden, [4|5|6] ofzo"]
        if month in (1, 2, 3, 4, 5):
            opts += ["sinds vorige zomer", "sinds de zomervakantie"]
        if month in (10, 11, 12):
            opts += ["sinds de zomer", "sinds de zomervakantie"]
        return rng.choice(opts), "3_tot_12_maanden"
    if months < 24:
        return rng.choice(("een jaar", "ruim een jaar", "anderhalf jaar", "meer dan een jaar", "1,5 jaar", "een jaar ofzo")), "1_tot_2_jaar"
    years = months / 12
    if months < 60:
        n = 3 if years < 3.5 else 4
        detail = "2_tot_5_jaar"
    elif months < 120:
        n = max(6, min(9, round(years)))
        detail = "5_tot_10_jaar"
    else:
        n = max(11, min(16, round(years)))
        detail = "10_jaar_of_langer"
    opts = [f"{n} jaar", f"{n} jr", f"{n} jaar", f"ruim {n} jaar" if n not in (4, 9) else f"{n} jaar"]
    if age is not None and age - n >= 4:
        opts += [f"sinds mijn {age - n}e", f"sinds ik {age - n} ben", f"sinds mijn {age - n}de"]
    if age in (15, 16) and detail == "2_tot_5_jaar":
        opts += ["sinds de brugklas"]
    return rng.choice(opts), detail


def ago_phrase(months: float, rng: random.Random) -> str:
    """How long ago something ended: never a duration of the exploitation."""
    if months < 3:
        return rng.choice(("een paar weken", "een maand", "twee maanden"))
    if months < 12:
        return rng.choice((f"{round(months)} maanden", "een half jaar", "een paar maanden"))
    if months < 24:
        return rng.choice(("een jaar", "ruim een jaar", "anderhalf jaar"))
    return rng.choice((f"{int(months // 12)} jaar", "een paar jaar", "jaren"))


# A returning visitor restates a name, town, school or handle of an earlier chat
# this often (the hand-written return visits nearly always do: it is how they are found).
RETURN_ANCHOR_P = 0.85


class Dialogue:
    def __init__(self, story: Story, started_at: datetime, visit_no: int, mentions_previous: bool, rng: random.Random,
                 said_before: tuple[tuple[str, str], ...] = ()):
        self.s = story
        self.said_before = said_before  # (type, surface) the visitor named in this person's earlier chats
        self.rng = rng
        self.when = started_at
        self.visit_no = visit_no
        self.mentions_previous = mentions_previous
        self.me = story.chatter
        self.self_victim = story.visitor_kind == "zelf"
        self.b = ChatBuilder(started_at, rng, self.me.style)
        self.v_age = story.victim.age_at(started_at)
        self.codes = neutral_variables(story.achtergrond, story.vorm)
        self.dwang: set[str] = set()
        self.crim: list[str] = []
        self.age_in_text = rng.random() < (0.55 if self.self_victim else 0.6)
        self.name_said = False
        self.perp_mentioned = False
        f = story.perp_gender == "v"
        self.pron = {"hij": "ze" if f else "hij", "hem": "haar" if f else "hem", "zijn": "haar" if f else "zijn"}
        vf = story.victim.gender == "v"
        self.vpron = {"V": "ze" if vf else "hij", "Vo": "haar" if vf else "hem", "Vz": "haar" if vf else "zijn"}

    # -- low level -------------------------------------------------------------
    def _case(self, text: str) -> str:
        return text if self.me.style.lower or self.rng.random() < 0.3 else _proper(text)

    def _slots(self, extra: dict | None = None) -> dict:
        slots = dict(self.pron)
        slots.update(self.vpron)
        slots["P"] = self.P()
        slots["pa"] = str(self.s.perp_age)
        slots["money"] = str(self.s.extra["money"])
        if extra:
            slots.update(extra)
        return slots

    def v(self, template: str, **extra) -> None:
        self.b.say("visitor", expand(template, self.rng, self._slots(extra)))

    def c(self, template: str, **extra) -> None:
        self.b.say("counselor", expand(template, self.rng, self._slots(extra)))

    def _mark(self, var: str, value) -> None:
        if var == "dwangmiddelen":
            self.dwang.add(value)
        elif var == "criminele_activiteiten":
            if value not in self.crim:
                self.crim.append(value)
        else:
            self.codes[var] = value

    def P(self):
        """A reference to the exploiter that reveals nothing new."""
        r = self.rng.random()
        if self.name_said and r < 0.3:
            return Pii(self._case(self.s.perp_name), "naam")
        return self.pron["hij"]

    def perp_noun(self, reveal: bool) -> str:
        """How the visitor first names the exploiter; revealing nouns code the relation."""
        s = self.s
        own = "mijn" if self.self_victim else self.vpron["Vz"]
        if s.pleger_relatie == "familie":
            reveal = True
        if not reveal:
            return self.rng.choice(("een jongen", "iemand", "een gast", "een man")) if s.perp_gender == "m" else "iemand"
        self._mark("pleger_relatie", s.pleger_relatie)
        if s.pleger_relatie == "familie":
            self._mark("pleger_familie_detail", s.familie_detail)
            if s.familie_detail == "beide_ouders":
                self._mark("meerdere_plegers", "ja")  # two parents who both organise
        n = s.perp_noun
        if s.visitor_kind == "partner" and s.pleger_relatie == "partner":
            n = "ex"  # the chatting partner is the current one
        if s.pleger_relatie in ("partner", "familie"):
            if n == "stiefvader" and self.rng.random() < 0.3:
                return f"{own} stiefvader"
            return f"{own} {n}"
        if s.pleger_relatie == "sociale_omgeving":
            return {"buurman": f"{self.rng.choice(('de', own))} buurman", "trainer": f"{own} trainer", "baas": f"{own} baas",
                    "jongen": "een jongen van de groep"}.get(n, f"een {n}")
        return self.rng.choice(("een gast die ik alleen online ken", "iemand die ik nooit in het echt heb gezien")) if self.self_victim else "iemand die ze alleen online kent"

    def name_block(self) -> None:
        name = Pii(self._case(self.s.perp_name), "naam")
        if self.self_victim:
            self.v(self.rng.choice(("{hij} heet {n}", "{zijn} naam is {n}", "{n}, zo heet {hij}", "ik noem {hem} gewoon {n}", "{hij} heet [trouwens|btw] {n}")), n=name)
        else:
            self.v("{hij} heet {n}", n=name)
        self.name_said = True
        if self.rng.random() < 0.3:
            self.c("Dank je dat je over {n} vertelt. Hoe voel je je daar nu bij?", n=name)
            self.v(self.rng.choice(("slecht", "kut", "ik weet niet", "bang", "raar", "moe van alles", "leeg ofzo")))

    # -- chat ------------------------------------------------------------------
    def write(self) -> tuple[list[dict], list, dict]:
        s, rng = self.s, self.rng
        self.v(rng.choice(ph.GREETING))
        cname = Pii(rng.choice(COUNSELORS).capitalize(), "naam")
        self.c(rng.choice(ph.COUNSELOR_GREET), cname=cname)
        if self.visit_no > 1 and self.mentions_previous:
            self.v("[ik heb hier [vorige week|laatst|een tijdje geleden] [ook al|ook|] gechat|ik heb hier al eens eerder gechat|ik heb al eerder met jullie gechat][| met een andere naam| maar toen met een ander account]")
            if self.self_victim and s.about_trafficking:
                self._mark("first_disclosure", "nee")
            self.c("Fijn dat je terugkomt. Wil je vertellen hoe het nu gaat?")
        if not s.about_trafficking:
            self.non_trafficking()
        else:
            self.opening()
            blocks = [self.duration, self.acuut, self.meeting, self.dwang_blocks, self.multi_perps, self.other_victims,
                      self.digital, self.disclosure, self.crim_more, self.age_block, self.gender_block]
            rng.shuffle(blocks)
            for block in blocks:
                block()
                if rng.random() < 0.25:
                    if self.b.messages[-1]["role"] == "counselor":
                        self.b.say("visitor", [rng.choice(ph.FILLER_VISITOR)])
                    else:
                        self.b.say("counselor", [rng.choice(ph.FILLER_COUNSELOR)])
        self.pii_blocks()
        self.c(rng.choice(ph.CLOSING_COUNSELOR))
        if rng.random() < 0.8:
            self.v(rng.choice(ph.CLOSING_VISITOR))
        return self.b.messages, self.b.spans, self.finish()

    # -- openings --------------------------------------------------------------
    def opening(self) -> None:
        s, rng = self.s, self.rng
        reveal = rng.random() < 0.85
        if not self.self_victim:
            return self.opening_other(reveal)
        sexual = s.vorm in ("seksueel", "seksueel_en_crimineel")
        if s.scenario == "arbeid":
            noun = self.perp_noun(True)
            self.v(f"ik moet elke dag [in de zaak|in het restaurant|in de nagelsalon|op het land] van {noun} werken~ [12 uur per dag|de hele dag|ook 's nachts] en ik krijg [niks|bijna niks] betaald")
        elif s.familie_detail == "beide_ouders":
            self._mark("pleger_relatie", "familie")
            self._mark("pleger_familie_detail", "beide_ouders")
            self._mark("meerdere_plegers", "ja")
            self.v(rng.choice((
                "mijn ouders [laten|regelen] [mannen|klanten] [die bij ons thuis komen|voor mij]~ en dan moet ik [seks met ze hebben|dingen met ze doen]~ [ze krijgen er geld voor|zij krijgen het geld]",
                "mijn vader en moeder verkopen me aan [mannen|vrienden van ze|vreemde mannen]",
                "mijn [pa en ma|ouders] [nemen me mee naar|brengen me naar] [adressen|een huis|hotels] waar mannen zijn~ en [die betalen ze|ze krijgen geld] [als ik met die mannen seks heb|voor mij]",
            )))
        elif s.scenario in FAMILY:
            noun = self.perp_noun(True)
            self.v(rng.choice((
                f"{noun} laat [mannen|vrienden van {{hem}}|klanten] [bij ons thuis|op mijn kamer|naar ons huis] komen~ en dan moet ik [dingen met ze doen|seks met ze hebben]~ [en ze betalen {{hem}}|en {{hij}} krijgt er geld voor]",
                f"{noun} verkoopt me aan [mannen|andere mannen|vrienden van {{hem}}]~ [voor geld|en {{hij}} krijgt daar geld voor]",
                f"{noun} neemt me mee naar [adressen|een huis|hotels] waar [mannen|klanten] zijn~ en daar moet ik [seks hebben|dingen doen]~ en dan krijgt {{hij}} geld",
            )))
        elif s.scenario == "buurman_beelden":
            noun = self.perp_noun(reveal)
            self.v(f"{noun} heeft [me verkracht|seks met me gehad terwijl ik dat niet wilde] en [daar|er] [filmpjes|fotos] van gemaakt~ en nu moet ik met [zijn vrienden|andere mannen] [naar bed|seks hebben] [voor geld|en hij pakt het geld]~ anders [zet hij ze online|stuurt hij ze naar mijn ouders]")
            self._mark("dwangmiddelen", "sextortion")
            self._mark("digitaal_aspect", "ja")
        elif s.scenario == "pro_ana":
            self.v("ik zat op [een pro ana site|zo'n pro-ana forum|een pro ana groep] [om af te vallen|]~ en daar was iemand die me [ging coachen|hielp met afvallen]~ en nu [moet ik|laat hij me] [met mannen afspreken|seks hebben met mannen] [en die betalen hem|voor geld dat hij houdt]")
            self._mark("ontmoeting", "online")
            self._mark("platform", "pro-ana forum")
            self._mark("digitaal_aspect", "ja")
        elif s.scenario == "webcam":
            noun = self.perp_noun(reveal)
            self.v(f"{noun} laat me [voor de webcam|op cam|in livestreams] [dingen doen|shows doen|uitkleden] en [mensen betalen {{hem}} daarvoor|{{hij}} houdt al het geld]")
            self._mark("digitaal_aspect", "ja")
        elif s.scenario == "crimineel_drugs":
            noun = self.perp_noun(reveal)
            self.v(rng.choice((
                f"[ik word gedwongen om dingen te doen voor|ik moet dingen doen voor|ik zit vast aan] {noun}~ [en ik kan er niet meer uit|en ik durf niet te stoppen|en ik weet niet hoe ik eruit kom]",
                f"ik moet van {noun} dingen doen die niet mogen~ [en ik krijg er bijna niks voor|en als ik nee zeg wordt het erger|en ik wil eruit]",
                f"ik [werk|moet werken] voor {noun}~ [en ik mag niet stoppen|en ik kan niet meer weg|en ik word gedwongen]",
            )))
            self.crim_first()
        elif s.scenario == "instelling":
            self._mark("pleger_relatie", "sociale_omgeving")
            self._mark("meerdere_plegers", "ja")
            self.v("ik zit in een [gesloten instelling|gesloten groep|jeugdzorginstelling]~ en daar heb ik jongens leren kennen die [dealen|in de drugs zitten]~ ik wilde eerst zelf geld verdienen maar nu [moet ik van ze|dwingen ze me om] [drugs rond te brengen|dingen te doen]~ en [ook met mannen naar bed te gaan|nu moet ik ook seks hebben met mannen voor ze]")
            self._mark("ontmoeting", "offline")
            self._mark("criminele_activiteiten", "drugs_vervoeren_verhandelen")
        else:
            noun = self.perp_noun(reveal)
            self.v(rng.choice((
                f"{noun} laat me [met andere mannen|met zijn vrienden|met vreemde mannen|met mannen die {{hij}} kent] [seks hebben|naar bed gaan|slapen]~ [voor geld|en {{hij}} houdt het geld|en ik krijg er niks van]",
                f"ik moet van {noun} [seks hebben met|dingen doen met|naar bed met] [andere mannen|mannen die {{hij}} regelt|klanten]~ [en die betalen {{hem}}|en het geld gaat naar {{hem}}]",
                f"ik weet niet of dit hier hoort maar~ {noun} regelt [afspraken|mannen|klanten] voor me~ en dan moet ik [met ze naar bed|seks met ze hebben]~ [{{hij}} krijgt het geld|ik moet het geld aan {{hem}} geven]",
                f"{noun} [zegt|vindt] dat ik [moet werken|geld moet verdienen] [met seks|door met mannen mee te gaan]~ en alles wat ik verdien moet ik aan {{hem}} geven",
                f"ik moet [elke avond|in het weekend|na school|bijna elke dag] van {noun} naar [een hotel|een huis|adressen]~ en daar [wachten mannen|moet ik met mannen mee]~ [{{hij}} krijgt het geld|het geld is voor {{hem}}]",
                f"{noun} heeft me [verkocht|uitgeleend|aangeboden] aan [zijn vrienden|andere mannen|mannen die {{hij}} kent] [voor geld|en {{hij}} vangt het geld]",
                f"ik [werk|moet werken] voor {noun}~ [als escort|in een privehuis|met klanten]~ en ik moet [alles|al mijn geld|het geld] [afgeven|aan {{hem}} geven]",
                f"{noun} zegt dat als ik van {{hem}} hou ik [het voor {{hem}} moet doen|met andere mannen moet slapen]~ [voor geld|zodat we geld hebben|en de mannen betalen {{hem}}]",
            )))
            if s.vorm == "seksueel_en_crimineel":
                self.crim_first()
        self.perp_mentioned = True
        # a person back under another username tends to repeat who it is about
        if s.scenario != "instelling" and s.familie_detail != "beide_ouders" and rng.random() < (0.55 if self.visit_no == 1 else 0.8):
            self.name_block()
        if self.codes["pleger_relatie"] == "partner" and rng.random() < 0.1:
            self.v("in het begin was {hij} [heel lief|zo lief], {hij} gaf me [elke week|altijd] een roos")
        if sexual and rng.random() < 0.3:
            self.v("er komen [steeds andere|verschillende|heel veel] [mannen|klanten] [, ook oude|]")
        if not reveal and self.codes["pleger_relatie"] == "onbekend" and s.pleger_relatie in ("partner", "sociale_omgeving") and rng.random() < 0.4:
            self.c("Wie is dat, als ik mag vragen?")
            self._relation_answer()
        self.c(rng.choice(ph.COUNSELOR_ACK))

    def _relation_answer(self) -> None:
        s = self.s
        self._mark("pleger_relatie", s.pleger_relatie)
        if s.pleger_relatie == "partner":
            self.v("[mijn vriend|we hebben verkering|mijn ex eigenlijk|we zijn samen|{hij} is mijn vriend]" if s.perp_noun != "vriendin" else "mijn vriendin")
        else:
            self.v(f"[gewoon|] een [kennis|jongen uit de buurt|vriend van mijn broer|{s.perp_noun}] [die ik ken|]")

    def opening_other(self, reveal: bool) -> None:
        s, rng = self.s, self.rng
        kind = s.visitor_kind
        vf = s.victim.gender == "v"
        noun = {"moeder": "mijn dochter" if vf else "mijn zoon", "vader": "mijn dochter" if vf else "mijn zoon",
                "zus": "mijn zusje" if vf else "mijn broertje", "tante": "mijn nichtje" if vf else "mijn neefje",
                "vriendin": "mijn beste vriendin" if vf else "een vriend van me", "vriend": "mijn vriendin" if vf else "mijn beste vriend",
                "docent": "een leerling van mij", "buurvrouw": "het meisje van de buren" if vf else "de jongen van de buren",
                "hulpverlener": "een cliënte van mij" if vf else "een cliënt van mij", "klant": "een meisje", "pleger": "mijn vriendin",
                "partner": "mijn vriendin" if vf else "mijn vriend", "anders": "een meisje" if vf else "een jongen"}[kind]
        if kind == "docent":
            noun += ", " + ("een meisje" if vf else "een jongen")
        if kind == "vriend" and vf:
            noun = "een vriendin van me"
        self._mark("geslacht_slachtoffer", "vrouw" if vf else "man")
        vname = Pii(self._case(s.victim.first), "naam")
        age = str(self.v_age) if rng.random() < 0.5 else NUMBER_WORDS.get(self.v_age, str(self.v_age))
        if kind == "klant":
            self.v("ik had via [een site|een advertentie|internet] een afspraak met een meisje~ maar ze [leek heel bang|was helemaal niet blij|huilde]~ en er stond een man buiten [die het geld pakte|te wachten]~ ik denk dat ze gedwongen wordt")
            self._mark("digitaal_aspect", "ja")
            self.v("ze [zag eruit als|leek wel] [15|16|een jaar of 15|minderjarig] [eerlijk gezegd|]")
            self.age_in_text = False
            self.c("Wat goed dat je dit meldt. Weet je waar dit was?")
            return
        if kind == "pleger":
            self._mark("pleger_relatie", "partner")
            self.v("[mijn vriendin werkt voor mij|ik laat mijn vriendin voor mij werken]~ ze heeft seks met mannen en ik regel [de klanten|de afspraken]~ ik weet dat het fout is [, ik wil stoppen maar ik heb schulden|maar ik weet niet hoe ik moet stoppen]")
            self.c("Dank je dat je dit eerlijk vertelt. Wat maakt dat je nu contact zoekt?")
            self.v("ik wil [hulp|weten wat ik moet doen]")
            return
        if kind == "anders":
            self.v("ik ben [taxichauffeur|beveiliger bij een hotel] en ik zie vaak [een meisje|een jongen]~ [die ik naar verschillende adressen breng|die steeds met andere mannen meegaat]~ er is altijd een man bij die het geld regelt~ ik denk dat [ze|hij] gedwongen wordt" if vf else
                   "ik ben [taxichauffeur|beveiliger bij een hotel] en ik zie vaak een jongen~ die steeds met andere mannen meegaat~ er is altijd een man bij die het geld regelt~ ik denk dat hij gedwongen wordt")
            self.c("Goed dat je dit deelt. Wat heb je precies gezien?")
            return
        first = "ik maak me [echt|heel erg|] zorgen om " if kind in ("moeder", "vader", "zus", "tante", "vriendin", "vriend", "partner", "buurvrouw") else \
            "ik ben [docent|mentor] en ik maak me zorgen om " if kind == "docent" else "ik werk als [ambulant hulpverlener|jeugdhulpverlener|begeleider] en ik heb een vraag over "
        with_age = self.age_in_text and rng.random() < 0.5
        self.v(first + noun + (f" van {age}" if with_age else "") + ("[ ({n})|, {n}|]" if kind not in ("docent", "hulpverlener") else ""), n=vname)
        if with_age:
            self._mark("leeftijd_slachtoffer", self.v_age)
        pnoun = self.perp_noun(reveal)
        if s.vorm == "crimineel":
            self.v(f"ik denk dat {pnoun} {{Vo}} [dwingt om|laat] [drugs rond te brengen|dingen te doen voor geld die niet mogen|te dealen]")
            self.crim_first()
        elif s.vorm == "arbeid":
            self.v(f"{{V}} moet [elke dag|de hele dag] werken voor {pnoun} en krijgt niks betaald")
        elif s.familie_detail == "beide_ouders":
            self.v(f"ik denk dat {pnoun} {{Vo}} [laten werken|met mannen laten afspreken|verkopen aan mannen] [voor geld|en het geld houden|]")
        else:
            self.v(rng.choice((
                f"ik denk dat {pnoun} {{Vo}} [laat werken|met mannen laat afspreken|laat tippelen] [voor geld|en het geld houdt]",
                f"{{V}} [heeft verteld|zei] dat {pnoun} {{Vo}} [dwingt om seks te hebben|laat seks hebben] met andere mannen [voor geld|]",
                f"[ik denk dat|ik vermoed dat] {pnoun} {{Vo}} verkoopt aan [mannen|klanten]",
            )))
            if s.vorm == "seksueel_en_crimineel":
                self.crim_first()
        if kind == "docent" and rng.random() < 0.5:
            self.v("ik werk op {sch}", sch=Pii(self._case(s.victim.school), "school"))
        if self.age_in_text and not with_age:
            self.v(f"{{V}} is [pas|] {age}")
            self._mark("leeftijd_slachtoffer", self.v_age)
        if kind == "hulpverlener":
            self.v("kan ik {Vo} naar jullie verwijzen?")
        self.c(rng.choice(ph.COUNSELOR_ACK))

    # -- blocks ------------------------------------------------------------------
    def crim_first(self) -> None:
        act = self.s.crim[0] if self.s.crim else "drugs_vervoeren_verhandelen"
        self._say_crim(act)

    def _say_crim(self, act: str) -> None:
        bank = ph.CRIM_SELF if self.self_victim else ph.CRIM_OTHER
        self.v(self.rng.choice(bank[act]))
        self._mark("criminele_activiteiten", act)

    def crim_more(self) -> None:
        for act in self.s.crim[1:]:
            if act not in self.crim and self.rng.random() < 0.7:
                self._say_crim(act)
                if act == "witwassen" and self.self_victim and self.rng.random() < 0.5:
                    self.v("het is [rekening|deze rekening] {iban}", iban=Pii(self.me.iban, "iban"))

    def duration(self) -> None:
        s, rng = self.s, self.rng
        if s.visitor_kind in ("klant", "pleger", "anders"):
            return
        if rng.random() > 0.6:
            if rng.random() < 0.3:
                self.c(rng.choice(ph.COUNSELOR_DUR_Q))
                self.v(rng.choice(ph.DONT_KNOW))
            return
        elapsed = (self.when - s.first_chat).days / 30.4
        months = s.months_at_first + (elapsed if s.ended_months_ago is None else 0)
        age = self.v_age if (self.age_in_text and self.self_victim) else None
        dur, detail = duration_phrase(months, rng, age, s.extra["monthly_first"], s.scenario in FAMILY, self.when.month)
        asked = rng.random() < 0.5
        if asked:
            self.c(rng.choice(ph.COUNSELOR_DUR_Q))
        if s.pleger_relatie == "partner" and self.self_victim and self.codes["pleger_relatie"] == "partner" and rng.random() < 0.35 and detail != "meerdere_jaren":
            rel, rel_detail = duration_phrase(months + s.extra["relationship_extra_months"] + 6, rng, None, False, False)
            if rel_detail != detail:
                self.v(f"[we zijn [al|] {rel} samen|we hebben [al|] {rel} verkering|we zijn al {rel} bij elkaar] [maar|en] [pas|] sinds {dur} [moet ik dit doen|is het zo|laat {{hij}} me werken]".replace("sinds sinds", "sinds"))
                self._set_duur(detail)
                return
        wraps = ph.DUR_WRAP_SELF if self.self_victim else ph.DUR_WRAP_OTHER
        wrap = rng.choice(wraps if asked or not self.self_victim else wraps[:-1])
        if dur.startswith(("al ", "sinds ", "zolang", "jarenlang", "heel lang")):
            wrap = wrap.replace("[al|] ", "")
        self.v(wrap.replace("{dur}", dur))
        self._set_duur(detail)

    def _set_duur(self, detail: str) -> None:
        self._mark("duur_detail", detail)
        self._mark("duur", DETAIL_TO_DUUR[detail])

    def acuut(self) -> None:
        """The openings tell the exploitation in the present tense, so a coder
        reads it as still going on ("ja") unless the chat says it stopped: a
        story that ended always says so; an ongoing one may leave it at that."""
        s, rng = self.s, self.rng
        if s.visitor_kind in ("pleger", "anders", "klant"):
            return
        ongoing = s.ended_months_ago is None
        if ongoing and rng.random() > 0.7:
            self._mark("acuut_onveilig", "ja")
            return
        ask = rng.random() < 0.4
        if ask:
            self.c(rng.choice(("Gebeurt het nu nog steeds?", "Is het op dit moment nog zo?", "Gebeurt dit nu nog?")))
        if self.self_victim:
            if ongoing:
                again = "er komt [straks|vanavond] weer [iemand|een klant]" if s.vorm != "crimineel" else "[vanavond|morgen] moet ik weer [rijden|iets wegbrengen|voor ze op pad]"
                self.v(rng.choice(("ja het gebeurt nog steeds", "ja nog steeds", "[ja|] [vanavond|morgen|dit weekend] moet ik weer", "ja " + again,
                                   "[ja|] het is nog steeds zo [elke week|bijna elke dag]", "ja ik zit er nog in")) if ask else
                       rng.choice(("het gebeurt nog steeds", "[vanavond|morgen|dit weekend] moet ik weer", again, "ik zit er nog middenin", "het is nog steeds zo [elke week|bijna elke dag]")))
            else:
                elapsed = (self.when - s.first_chat).days / 30.4
                ago = ago_phrase(s.ended_months_ago + elapsed, rng)
                no = "[nee|nee,] " if ask else ""
                self.v(no + rng.choice(("het is [nu|] voorbij", "ik ben al {ago} weg bij {hem}", "ik woon nu ergens anders en {hij} weet niet waar ik ben",
                                        "het is gestopt~ maar ik denk er nog elke dag aan", "het is {ago} geleden gestopt", "ik ben er {ago} geleden uit gekomen")), ago=ago)
        else:
            self.v(rng.choice(("het gebeurt nog steeds [denk ik|volgens mij|]", "{V} is nu weer bij {hem}")) if ongoing else
                   rng.choice(("het is nu gestopt [gelukkig|]", "{V} is nu weg bij {hem}")))
        self._mark("acuut_onveilig", "ja" if ongoing else "nee")

    def meeting(self) -> None:
        s, rng = self.s, self.rng
        if s.met is None or self.codes["ontmoeting"] != "onbekend" or s.visitor_kind in ("klant", "pleger", "anders") or rng.random() > 0.5:
            return
        asked = rng.random() < 0.5
        if asked:
            self.c("Hoe hebben jullie elkaar leren kennen?" if self.self_victim else "Weet je hoe ze elkaar hebben leren kennen?")
        subj = "ik" if self.self_victim else "{V}"
        if s.met == "online":
            if s.platform and s.platform != "pro-ana forum":
                surf = rng.choice(PLATFORMS[s.platform])
                self.v(rng.choice((f"{subj} [heb|heeft] {{hem}} leren kennen [via|op] {surf}".replace("{V} [heb|heeft]", "{V} heeft").replace("ik [heb|heeft]", "ik heb"),
                                   f"{{hij}} stuurde [me|{{Vo}}] [een bericht|een dm|een berichtje] op {surf}" if not self.self_victim else f"{{hij}} stuurde me [een bericht|een dm|een berichtje] op {surf}",
                                   f"[via|op] {surf}" if asked else f"ik ken {{hem}} van {surf}")))
                self._mark("platform", s.platform)
            else:
                self.v("[online|via internet]" if asked and rng.random() < 0.5 else f"{subj} [heb|heeft] {{hem}} online leren kennen".replace("{V} [heb|heeft]", "{V} heeft").replace("ik [heb|heeft]", "ik heb"))
            self._mark("ontmoeting", "online")
            self._mark("digitaal_aspect", "ja")
        else:
            place = s.met_place
            phrase = {"een vriendin": "via een vriendin", "school": "van school", "de buurt": "uit de buurt"}.get(place, f"van {place}")
            self.v(rng.choice((f"[ik ken {{hem}}|we kennen elkaar] {phrase}",) + ((f"{phrase}", f"[gewoon|] {phrase} [eigenlijk|]") if asked else ())) if self.self_victim else f"[ze kennen elkaar|{{V}} kent {{hem}}] {phrase}")
            self._mark("ontmoeting", "offline")
            if rng.random() < 0.25:
                plat = rng.choice(("snapchat", "instagram", "whatsapp"))
                self.v(f"we [praten|appen] nu vooral via {rng.choice(PLATFORMS.get(plat, (plat,)))}")
                self._mark("digitaal_aspect", "ja")

    def dwang_blocks(self) -> None:
        s, rng = self.s, self.rng
        if s.visitor_kind in ("klant", "pleger", "anders"):
            return
        for middel in ("geweld", "sextortion", "middelenafhankelijkheid", "lvb", "leeftijdsverschil", "inwonend", "financiele_afhankelijkheid", "anders"):
            true = middel in s.dwang
            if true and middel not in self.dwang and rng.random() < 0.65:
                self._affirm(middel)
            elif not true and middel in ph.NO_DWANG and rng.random() < 0.1 and not (middel == "inwonend" and s.scenario in FAMILY):
                # 'nooit gedreigd' would deny a threat with images
                keep = (lambda t: "dreig" not in t) if "sextortion" in s.dwang else (lambda t: True)
                if self.self_victim and middel in ph.NEGATION_SELF and rng.random() < 0.5:
                    self.v(rng.choice([t for t in ph.NEGATION_SELF[middel] if keep(t)]))
                elif self.self_victim:
                    self.c(rng.choice([t for t in ph.DWANG_QUESTION[middel] if keep(t)]))
                    self.v(rng.choice([t for t in ph.NO_DWANG[middel] if keep(t)]))
                elif middel in ph.DWANG_QUESTION_OTHER:
                    self.c(ph.DWANG_QUESTION_OTHER[middel])
                    self.v("[nee|nee niet dat ik weet|dat weet ik niet|nee dat denk ik niet]")
        if self.self_victim and rng.random() < 0.12 and s.scenario not in FAMILY:
            if "sextortion" in s.dwang:
                self.v(rng.choice(ph.HYPOTHETICAL_SELF[:2]))
            else:
                self.v(rng.choice(ph.HYPOTHETICAL_SELF))

    def _affirm(self, middel: str) -> None:
        s, rng = self.s, self.rng
        if middel == "leeftijdsverschil" and s.pleger_relatie == "familie":
            return
        if self.self_victim:
            if middel in ph.DWANG_QUESTION and rng.random() < 0.3:
                self.c(rng.choice(ph.DWANG_QUESTION[middel]))
                self.v(rng.choice(ph.YES_DWANG[middel]))
            elif middel == "anders" and s.scenario in FAMILY and rng.random() < 0.6:
                self.v(rng.choice(ph.DWANG_FAMILY_ANDERS))
            else:
                self.v(rng.choice(ph.DWANG_SELF[middel]))
        else:
            self.v(rng.choice(ph.DWANG_OTHER[middel]))
        self._mark("dwangmiddelen", middel)
        if middel == "sextortion":
            self._mark("digitaal_aspect", "ja")

    def multi_perps(self) -> None:
        s, rng = self.s, self.rng
        if self.codes["meerdere_plegers"] != "onbekend" or s.visitor_kind in ("klant", "pleger", "anders"):
            return
        if s.perp2 and s.familie_detail != "beide_ouders" and rng.random() < 0.6:
            if s.scenario in FAMILY:
                return
            p2 = Pii(self._case(s.perp2), "naam")
            self.v(rng.choice(("{hij} en zijn [neef|broer|vriend] [regelen|doen] het samen", "er zijn meer jongens die [het geld krijgen|de afspraken regelen]",
                               "{hij} werkt samen met {p2}~ die [regelt de klanten|haalt het geld op|rijdt {Vme} overal heen]", "[ze zijn|het zijn] [er|] [met zn drieën|met zn vieren|een groepje]")), p2=p2, Vme="me" if self.self_victim else self.vpron["Vo"])
            self._mark("meerdere_plegers", "ja")
        elif not s.perp2 and s.familie_detail != "beide_ouders" and rng.random() < 0.08:
            if rng.random() < 0.5:
                self.c("Is {hij} de enige die dit regelt, of zijn er anderen bij betrokken?")
                self.v("[ja|] alleen {hij}")
            else:
                self.v("{hij} doet het [helemaal|] alleen")
            self._mark("meerdere_plegers", "nee")

    def other_victims(self) -> None:
        s, rng = self.s, self.rng
        if s.visitor_kind in ("klant", "pleger", "anders"):
            return
        if s.other_victims and rng.random() < 0.6:
            if s.scenario in FAMILY:
                self.v("mijn [zusje|broertje] moet het ook [doen|]" if self.self_victim else "ik denk dat {hij} het ook bij [haar zusje|andere kinderen] doet")
            elif self.self_victim:
                self.v(rng.choice(("{hij} doet dit ook bij [andere meisjes|andere jongens|meer mensen]", "mijn vriendin zegt dat {hij} haar ook [laat werken|dit laat doen]",
                                   "ik ben niet de enige, er zijn [meer|andere] [meisjes|jongens|meiden]", "er is nog een meisje dat voor {hem} moet werken")))
            else:
                self.v("er zijn [meer|andere] [meisjes|jongens] die voor {hem} [moeten werken|werken]")
            self._mark("meerdere_slachtoffers", "ja")
        elif not s.other_victims and rng.random() < 0.06:
            if rng.random() < 0.5:
                self.c("Weet je of {hij} dit ook bij anderen doet?")
                self.v("[nee|nee, ] alleen bij [mij|{Vo}]" if not self.self_victim else "[nee|nee, ] alleen bij mij")
            else:
                self.v("er zijn geen anderen [bij {hem}|]" if self.self_victim else "{hij} heeft geen andere [meisjes|mensen] die voor {hem} werken")
            self._mark("meerdere_slachtoffers", "nee")

    def digital(self) -> None:
        s, rng = self.s, self.rng
        if s.visitor_kind in ("klant", "pleger", "anders") or s.vorm == "arbeid":
            return
        said = False
        if "advertenties" in s.digital and s.vorm != "crimineel" and rng.random() < 0.45:
            if rng.random() < 0.5:
                self.v("{hij} heeft een advertentie van me op {url} gezet" if self.self_victim else "er staat een advertentie van {Vo} op {url}", url=Pii(s.ad_url, "url"))
            else:
                self.v("{hij} zet [advertenties|fotos] van [me|{Vo}] [online|op sites] [waar mannen op reageren|]")
            said = True
        if "volgen" in s.digital and rng.random() < 0.45 and self.self_victim:
            self.v("{hij} [kan altijd zien|kan zien|ziet altijd|ziet|checkt] waar ik ben [via snapmap|via mijn locatie|met een app op mn telefoon|via life360]")
            said = True
        if "berichten" in s.digital and rng.random() < 0.45:
            what = "[adressen|afspraken]" if s.vorm != "seksueel" else "[adressen|afspraken|klanten]"
            self.v(f"{{hij}} stuurt {'me' if self.self_victim else '{Vo}'} de {what} via [snap|whatsapp|telegram|insta]")
            said = True
        if said:
            self._mark("digitaal_aspect", "ja")
        if rng.random() < 0.12 and self.self_victim:
            self.v("zijn [snap|insta] is {h}", h=Pii(s.perp_handle if rng.random() < 0.5 else "@" + s.perp_handle, "account"))
            self._mark("digitaal_aspect", "ja")

    def disclosure(self) -> None:
        s, rng = self.s, self.rng
        if not self.self_victim or self.codes["first_disclosure"] != "onbekend" or rng.random() > 0.55:
            return
        told = s.told_before if self.visit_no == 1 else (s.told_before or "chat")
        ask = rng.random() < 0.5
        if ask:
            self.c(rng.choice(("Weet iemand anders hiervan?", "Heb je hier al eerder met iemand over gepraat?", "Is er iemand die hiervan weet?")))
        if told is None:
            self.v(rng.choice(("[nee|] niemand [weet het|]", "nee jij bent de eerste", "[nee|] ik heb dit nog nooit aan iemand verteld")) if ask else
                   rng.choice(("ik heb dit nog nooit aan iemand verteld", "jij bent de eerste die dit weet", "niemand weet het [nog|]", "ik heb het echt nog nooit tegen iemand gezegd")))
            self._mark("first_disclosure", "ja")
        elif told == "chat":
            self.v(("[ja|ja,] " if ask else "") + "ik heb hier [eerder|al eens] over gechat [met iemand van jullie|]")
            self._mark("first_disclosure", "nee")
        else:
            who = {"vriendin": "mijn beste vriendin", "mentor": "mijn mentor", "moeder": "mijn moeder", "huisarts": "de huisarts",
                   "politie": "de politie", "psycholoog": "mijn psycholoog", "zus": "mijn zus", "ex": "mijn ex"}[told]
            yes = "[ja|ja,] " if ask else ""
            self.v(yes + rng.choice((f"{who} weet het [wel|]", f"ik heb het [ooit|een keer|wel] aan {who} verteld~ [maar er gebeurde niks|maar die deed niks|]", f"{who} weet ervan",
                                     f"ik heb het [vorig jaar|een tijd geleden|laatst] tegen {who} gezegd")))
            self._mark("first_disclosure", "nee")
        if rng.random() < 0.15:
            self.v("ik durf het niet aan mijn [moeder|vader|ouders] te vertellen")

    def age_block(self) -> None:
        if not self.self_victim or not self.age_in_text:
            if not self.self_victim and self.s.visitor_kind != "pleger" and self.rng.random() < 0.15:
                self.v("{hij} is [al|] {pa}")
            return
        a = self.v_age
        word = NUMBER_WORDS.get(a, str(a)) if self.rng.random() < 0.2 else str(a)
        if self.rng.random() < 0.4:
            self.c(self.rng.choice(("Mag ik vragen hoe oud je bent?", "Hoe oud ben je, als je dat wilt vertellen?", "Hoe oud ben jij?")))
            self.v(self.rng.choice((f"{word}", f"{word} jaar", f"ik ben {word}", f"{word} [btw|]")))
        else:
            self.v(self.rng.choice((f"ik ben {word}", f"ik ben net {word}", f"bn {word}", f"ik ben {word} jaar [btw|trouwens|]", f"[btw|trouwens] ik ben {word}")))
        self._mark("leeftijd_slachtoffer", a)
        if self.rng.random() < 0.15:
            self.v(f"mijn [zusje|broertje] is [pas|] {max(3, a - self.rng.randint(2, 6))}")

    def gender_block(self) -> None:
        if not self.self_victim:
            return
        male = self.s.victim.gender == "m"
        if self.rng.random() < (0.5 if male else 0.12):
            self.v("ik ben [trouwens|btw|] een [jongen|gast]" if male else "ik ben [trouwens|btw|] een [meisje|meid]")
            if male and self.rng.random() < 0.4:
                self.v("als jongen [schaam ik me extra|denken mensen dat dit niet kan gebeuren]")
            self._mark("geslacht_slachtoffer", "man" if male else "vrouw")

    # -- not about trafficking ----------------------------------------------------------
    def non_trafficking(self) -> None:
        s, rng = self.s, self.rng
        plat = rng.choice(PLATFORMS.get(s.platform or "snapchat", ("snap",)))
        if not self.self_victim:
            vf = s.victim.gender == "v"
            self._mark("geslacht_slachtoffer", "vrouw" if vf else "man")
            noun = ("mijn dochter" if vf else "mijn zoon") if s.visitor_kind == "moeder" else ("mijn vriendin" if vf else "een vriend van me")
            self.v(f"ik maak me zorgen om {noun}~ iemand op {plat} heeft [naaktfotos|filmpjes] van {{Vo}} en wil [geld|{{money}} euro]")
            self._mark("digitaal_aspect", "ja")
            if self.age_in_text:
                self.v(f"{{V}} is {self.v_age}")
                self._mark("leeftijd_slachtoffer", self.v_age)
            self.c("Wat vervelend. Goed dat je hier komt. Weet je of er al aangifte is gedaan?")
            self.v("[nee|nee nog niet|idk]")
            return
        if s.scenario == "geen_sextortion":
            self.v(f"[iemand|een gast|een jongen] op {plat} [heeft|had] [naaktfotos|nudes|een filmpje] van me~ en nu wil {{hij}} [geld|{{money}} euro]~ anders stuurt {{hij}} ze naar [mijn vrienden|iedereen|mijn ouders]")
            self._mark("digitaal_aspect", "ja")
            self.c("Wat naar dat dit gebeurt. Het is niet jouw schuld. Heb je al iets betaald?")
            self.v(rng.choice(("nee nog niet", "ja 50 euro maar {hij} wil meer", "nee", "ja een keer")))
        elif s.scenario == "geen_misbruik":
            self.v("mijn [oom|opa|stiefvader|oude buurman|neef] heeft [vroeger|toen ik klein was|een paar keer] [aan me gezeten|dingen bij me gedaan die niet mochten]~ [ik kan het niet vergeten|ik denk er steeds aan]")
            self.c("Dank je dat je dit vertelt. Dat is heel moedig. Gebeurt het nu nog?")
            self.v(rng.choice(("nee het is gestopt", "nee hij woont nu ver weg", "nee al lang niet meer")))
        elif s.scenario == "geen_geldproblemen":
            self.v(rng.choice(("ik heb [schulden|een schuld van {money} euro]~ en ik weet niet hoe ik het moet betalen",
                               "[een vriend|iemand uit mijn klas] perst me af voor geld~ ik moet {money} euro betalen anders [slaat hij me|vertelt hij iets over mij]")))
            self.c("Wat vervelend dat je hiermee zit. Weet iemand in je omgeving hiervan?")
            self.v(rng.choice(ph.DONT_KNOW))
            if rng.random() < 0.25:
                self.v("ik moet het overmaken naar {iban}", iban=Pii(piigen.iban(rng), "iban"))
            if rng.random() < 0.08:
                self.v("ze wilden ook mijn bsn, {bsn}, moest ik dat geven?", bsn=Pii(piigen.bsn(rng), "bsn"))
        else:
            self.v("mijn vriend [dwingt me soms tot seks|wil altijd seks ook als ik niet wil]~ is dat normaal?")
            self.c("Nee, dat is niet normaal. Je mag altijd nee zeggen. Wil je er meer over vertellen?")
            self.v(rng.choice(("hij zegt dat het hoort in een relatie", "ik weet niet", "hij wordt boos als ik nee zeg")))
        self.age_block()
        self.gender_block()

    # -- identifying details ---------------------------------------------------------------
    def pii_blocks(self) -> None:
        me, rng = self.me, self.rng
        if rng.random() < 0.35:
            n = me.first if rng.random() < 0.75 else f"{me.first} {me.surname}"
            self.v("[ik ben|ik heet|mijn naam is] {n} [btw|trouwens|]", n=Pii(self._case(n), "naam"))
        if rng.random() < (0.4 if self.visit_no == 1 else 0.6):
            town = Pii(self._case(me.town), "plaats")
            if me.neighbourhood and rng.random() < 0.4:
                self.v("ik woon in {t}[, in| in|,] {h}", t=town, h=Pii(self._case(me.neighbourhood), "plaats"))
            else:
                self.v("[ik woon in|ik kom uit|ik woon bij|het is in] {t}", t=town)
        if rng.random() < 0.22 and self.self_victim and self.v_age < 21:
            grade = "[in groep 7|in groep 8|]" if self.v_age < 12 else ("[in 3 havo|in 2 vmbo|in 4 vwo|in de tweede|]" if self.v_age < 17 else "")
            self.v(f"ik zit {grade} op {{sch}}", sch=Pii(self._case(me.school), "school"))
        if rng.random() < 0.07:
            self.v("[ik woon op|mijn adres is|het adres is] {a}[, {pc}|]", a=Pii(me.address, "adres"), pc=Pii(me.postcode, "postcode"))
        elif rng.random() < 0.04:
            self.v("mijn postcode is {pc}", pc=Pii(me.postcode, "postcode"))
        if rng.random() < 0.1:
            if rng.random() < 0.5 or not self.s.about_trafficking:
                self.v("[mag ik je mijn nummer geven?|kan je me bellen?|bel me maar] {p}", p=Pii(me.phone, "telefoonnummer"))
            else:
                self.v("[zijn|het] nummer [is|van {hem} is] {p}", p=Pii(self.s.perp_phone, "telefoonnummer"))
            self.c("We bellen vanuit de chat niet zelf, maar je kunt hier altijd terugkomen.")
        if rng.random() < 0.05:
            self.v("[mijn mail is|je kan mailen naar|mail:] {e}", e=Pii(me.email, "e-mail"))
        if rng.random() < 0.25 and self.codes["digitaal_aspect"] == "ja":
            h = me.handle
            form = rng.randrange(3)
            if form == 0:
                self.v("mijn snap is {h}", h=Pii(h, "account"))
            elif form == 1:
                self.v("insta: {h}", h=Pii("@" + h, "account"))
            else:
                self.v("[je kan me vinden op|ik heet op] [insta|snap|tiktok] {h}", h=Pii(h, "account"))
        if rng.random() < 0.1 and self.self_victim:
            if self.codes["leeftijd_slachtoffer"] != "onbekend" and rng.random() < 0.4:
                self.v("ik ben geboren op {d}", d=Pii(piigen.birth_date(rng, me.birth, True), "datum"))
            else:
                self.v("[ik ben|ik ben trouwens] {d} jarig", d=Pii(piigen.birth_date(rng, me.birth, False), "datum"))
        if rng.random() < 0.05 and self.s.about_trafficking and self.s.pleger_relatie != "familie":
            self.v("{hij} rijdt in een {car}, kenteken {k}", car=self.s.car, k=Pii(self.s.plate, "kenteken"))
        if self.visit_no > 1 and rng.random() < RETURN_ANCHOR_P:
            self.anchor()

    def anchor(self) -> None:
        """A return visit restates something of an earlier one that a reader
        recognises — how counselors and researchers find a dubbeling at all."""
        me, rng = self.me, self.rng
        now = {(sp.type, sp.text.lower()) for sp in self.b.spans}
        earlier = [(k, t) for k, t in self.said_before if (k, t.lower()) not in now]
        if not earlier and self.said_before:
            return  # it is already restated
        kind, text = rng.choice(earlier) if earlier else ("plaats", me.town)
        if kind == "naam" and text.lower() == me.first.lower():
            self.v("[ik ben het weer,|het is weer] {n}", n=Pii(self._case(text), "naam"))
        elif kind == "naam":
            self.v("[het gaat nog steeds over|ik heb nog steeds contact met|] {n}[| weet je nog]", n=Pii(self._case(text), "naam"))
        elif kind == "plaats":
            self.v("[ik woon nog steeds in|nog steeds in|ik ben nog in] {t}", t=Pii(self._case(text), "plaats"))
        elif kind == "school":
            self.v("ik zit nog op {t}", t=Pii(self._case(text), "school"))
        elif kind == "account":
            self.v("mijn account is nog steeds {t}", t=Pii(text, "account"))

    # -- truth -------------------------------------------------------------------------------
    def finish(self) -> dict:
        codes = self.codes
        codes["dwangmiddelen"] = sorted(self.dwang)
        codes["criminele_activiteiten"] = sorted(self.crim)
        if not self.s.about_trafficking:
            keep = {k: codes[k] for k in ("achtergrond_chatter", "geslacht_slachtoffer", "leeftijd_slachtoffer", "digitaal_aspect")}
            codes = neutral_variables(codes["achtergrond_chatter"], "geen")
            codes.update(keep)
        self.codes = codes
        return codes
