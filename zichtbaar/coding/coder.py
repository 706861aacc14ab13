"""RuleCoder: every variable of the codebook for one chat, each with evidence.

Rules run in dependency order (who is chatting → what form → who is the
victim → who exploits → how ...), then the codebook's own cross-variable rules
are applied: a chat that is not about trafficking gets the neutral value for
its exploitation variables, and a variable that only applies under another
value (pleger_familie_detail only for familie) is neutral otherwise. So a
coding always passes ``codebook.validate_values``.
"""

from __future__ import annotations

import re
from typing import Any

from zichtbaar.codebooks import Codebook, available_codebooks, load_codebook
from zichtbaar.coding.calibration import cell
from zichtbaar.coding.model import ChatCoding, Finding, Suggestion
from zichtbaar.coding.rules.base import Context
from zichtbaar.coding.rules.chatter import code_chatter
from zichtbaar.coding.rules.digitaal import code_digitaal
from zichtbaar.coding.rules.dwang import code_dwang
from zichtbaar.coding.rules.ontmoeting import code_ontmoeting
from zichtbaar.coding.rules.pleger import code_meerdere_plegers, code_meerdere_slachtoffers, code_pleger
from zichtbaar.coding.rules.situatie import code_acuut, code_duur, code_first_disclosure
from zichtbaar.coding.rules.victim import code_age, code_gender
from zichtbaar.coding.rules.vorm import code_vorm
from zichtbaar.coding.text import Doc, dutch_share
from zichtbaar.errors import NotBuiltYet
from zichtbaar.transcript import Chat

SUPPORTED = ("ckm-2021",)
# Places where people know each other in person (not a stranger met in town or at a station).
KNOWN_PLACE = re.compile(r"school|klas|buurt|straat|wijk|flat|club|sport|voetbal|kerk|moskee|werk|dagbesteding|instelling|groep|"
                         r"park|plein|feest|buren|verderop|naast ons|om de hoek|middelbare|\d+e(?!\w)|bus(?!\w)|kennis")
RULES_VERSION = 3  # 3: rules rewritten to generalise over authors (paraphrase lists, concepts, tense, defaults)
# How sure a neutral value is when the codebook forces it (not a guess).
FORCED = 0.95


class RuleCoder:
    """Transparent Dutch rules for the quantitative ckm codebooks.

    Stateless between chats: ``code`` builds a fresh context each call.
    """

    def __init__(self, codebook_id: str = "ckm-2021", calibrate: bool = True) -> None:
        if codebook_id not in SUPPORTED:
            if codebook_id not in available_codebooks() and codebook_id != "fier-ouders-2025":
                load_codebook(codebook_id)  # raises UnknownCodebook, naming the shipped ones
            if codebook_id == "fier-ouders-2025":
                raise NotBuiltYet("the qualitative codebook fier-ouders-2025 (segment codes) is not built yet; use --codebook ckm-2021")
            raise NotBuiltYet(f"no machine coder for codebook {codebook_id!r}; supported: {', '.join(SUPPORTED)}")
        self.codebook: Codebook = load_codebook(codebook_id)
        self.codebook_id = codebook_id
        self.name = f"regels-{codebook_id}/{RULES_VERSION}"
        self._variables = self.codebook.ids
        self.calibrate = calibrate

    def code(self, chat: Chat) -> ChatCoding:
        return self.code_with(chat, {})

    def code_with(self, chat: Chat, force: dict[str, Finding]) -> ChatCoding:
        """Code with some decisions fixed in advance (a learned model's
        confident override of who is chatting or which form); the rules still
        code everything that depends on them, with their own evidence."""
        ctx = Context(Doc(chat))
        found = ctx.found
        if ctx.doc.visitor_count() == 0:
            return self._finish(chat, ctx, only_counselor=True)
        found["achtergrond_chatter"] = force.get("achtergrond_chatter") or code_chatter(ctx)
        if "achtergrond_chatter" in force:
            ctx.self_victim = force["achtergrond_chatter"].value == "slachtoffer"
        found["vorm_uitbuiting"], found["criminele_activiteiten"] = code_vorm(ctx)
        if "vorm_uitbuiting" in force:
            found["vorm_uitbuiting"] = force["vorm_uitbuiting"]
        chatter = found["achtergrond_chatter"]
        if chatter.source == "standaard" and found["vorm_uitbuiting"].evidence:
            # The victim speaks for themself: the phrases that show the exploitation show that too.
            found["achtergrond_chatter"] = Finding(chatter.value, chatter.confidence, found["vorm_uitbuiting"].evidence[:2], "standaard")
        found["geslacht_slachtoffer"] = code_gender(ctx)
        found["leeftijd_slachtoffer"] = code_age(ctx)
        if isinstance(found["leeftijd_slachtoffer"].value, int):
            ctx.victim_age = found["leeftijd_slachtoffer"].value
        found["digitaal_aspect"] = code_digitaal(ctx)
        if found["vorm_uitbuiting"].value != "geen":
            found["pleger_relatie"], found["pleger_familie_detail"] = code_pleger(ctx)
            values, conf, evidence = code_dwang(ctx)
            found["dwangmiddelen"] = Finding(values, conf, evidence, source="regel" if values else "geen_bewijs")
            found["acuut_onveilig"] = code_acuut(ctx)
            if found["achtergrond_chatter"].value == "slachtoffer":
                found["first_disclosure"] = code_first_disclosure(ctx)
            found["duur"], found["duur_detail"] = code_duur(ctx)
            found["ontmoeting"], found["platform"] = code_ontmoeting(ctx)
            relation, meeting = found["pleger_relatie"], found["ontmoeting"]
            if relation.value == "onbekend" and not relation.evidence and meeting.value == "offline" and meeting.evidence \
                    and KNOWN_PLACE.search(meeting.evidence[0].quote.lower()):
                # Known in person (school, street, club) and neither partner nor family: sociale omgeving.
                found["pleger_relatie"] = Finding("sociale_omgeving", 0.6, meeting.evidence[:1], source="afgeleid")
            found["meerdere_plegers"] = code_meerdere_plegers(ctx)
            found["meerdere_slachtoffers"] = code_meerdere_slachtoffers(ctx)
        words, share = dutch_share(ctx.doc.joined)
        if words >= 8 and share < 0.2:
            # Not Dutch (or not language): the rules cannot read it; say so.
            for name, f in found.items():
                found[name] = Finding(f.value, min(f.confidence, 0.3), f.evidence, "niet_nederlands")
        return self._finish(chat, ctx)

    # -- codebook consistency ------------------------------------------------
    def _finish(self, chat: Chat, ctx: Context, only_counselor: bool = False) -> ChatCoding:
        book = self.codebook
        found = ctx.found
        if only_counselor:
            found["achtergrond_chatter"] = Finding("anders", 0.3, (), source="geen_tekst")
            found["vorm_uitbuiting"] = Finding("geen", 0.5, (), source="geen_tekst")
            found["digitaal_aspect"] = Finding("nee", 0.5, (), source="geen_tekst")
            ctx.exclusion_reason = "geen mensenhandel (overig)"
        values: dict[str, Any] = {}
        suggestions: dict[str, Suggestion] = {}
        tf = book.trafficking_filter
        not_trafficking = tf is not None and found.get(tf.variable) is not None and found[tf.variable].value == tf.not_trafficking
        for var in book.variables:
            finding = found.get(var.id)
            neutral = var.missing.value if var.missing is not None else None
            if finding is None or (not_trafficking and var.only_trafficking):
                finding = Finding(neutral, FORCED if not_trafficking else 0.6, (), source="neutraal")
            for other, allowed in var.applies_when.items():
                if values.get(other) not in allowed and not var.is_missing(finding.value):
                    finding = Finding(neutral, FORCED, (), source="neutraal")
            if var.check(finding.value):  # a value the codebook does not allow: never hand it out
                finding = Finding(neutral, 0.3, (), source="ongeldig")
            confidence = finding.confidence
            if self.calibrate and finding.source != "niet_nederlands":
                fitted = cell(var.id, finding.source, var.is_missing(finding.value), confidence)
                confidence = fitted.confidence
                if fitted.abstain and var.type != "multi" and var.missing is not None and (
                        var.id != "duur_detail" or values.get("duur") == neutral):
                    # On chats by other hands this kind of evidence was wrong more often than
                    # 'onbekend' was: say onbekend rather than guess with a confident face.
                    finding = Finding(neutral, fitted.abstain_confidence or confidence, (), source="zwak_bewijs")
                    confidence = finding.confidence
                elif var.id == "duur_detail" and values.get("duur") == neutral and not var.is_missing(finding.value):
                    finding = Finding(neutral, confidence, (), source="zwak_bewijs")
            values[var.id] = finding.value
            evidence = () if var.is_missing(finding.value) and not finding.evidence else finding.evidence
            if var.is_missing(finding.value) and var.type != "multi" and finding.source in ("neutraal",):
                evidence = ()
            suggestions[var.id] = Suggestion(var.id, finding.value, float(min(max(confidence, 0.0), 1.0)),
                                             tuple(evidence), finding.source)
        # duur_detail maps onto duur: keep them consistent (duur wins when detail is unknown).
        if "duur_detail" in values and "duur" in values:
            detail = book.variable("duur_detail")
            if detail.maps_onto and values["duur_detail"] in detail.maps_onto.mapping:
                expected = detail.maps_onto.mapping[values["duur_detail"]]
                if values["duur"] != expected:
                    s = suggestions["duur"]
                    suggestions["duur"] = Suggestion("duur", expected, s.confidence, s.evidence, s.source)
        reason = ctx.exclusion_reason if values.get("vorm_uitbuiting") == "geen" else None
        if values.get("vorm_uitbuiting") == "geen" and reason is None:
            reason = "geen mensenhandel (overig)"
        return ChatCoding(chat.chat_id, self.codebook_id, suggestions, reason)
