"""Pseudonymise whole chats: detect, resolve, propagate, replace, key.

One deduce call per chat (messages joined by blank lines; deduce never joins
tokens across them), then zichtbaar's chat patterns and case-insensitive
lookups per message. A name or handle found once is then looked for in every
message of the chat, so "Lisa" in message 2 also hides "lisa" in message 30.
Within a chat the same person keeps the same placeholder (``[naam-1]``); across
the store a keyed hash of the normalised form links chats without the name.
"""

from __future__ import annotations

import bisect
import re
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from zichtbaar.privacy.answers import answer_spans
from zichtbaar.privacy.engine import DISABLED_PROCESSORS, get_deduce
from zichtbaar.privacy.keys import keyed, normalise
from zichtbaar.privacy.learned import TokenModel, load_model
from zichtbaar.privacy.lexicon import INTERFIXES, Lexicon, load_lexicon
from zichtbaar.privacy.names import (
    FUNCTION_WORDS, SURNAME_AFTER, context_spans, extend_surname, interfix_names, lookup_spans, sentence_start,
)
from zichtbaar.privacy.places import neighbourhoods_after, place_spans
from zichtbaar.privacy.unknown import unknown_spans
from zichtbaar.privacy.patterns import POSTCODE, Span, structured
from zichtbaar.transcript import Chat, Message

SEPARATOR = "\n\n"
NUMBERED = ("naam", "plaats", "school", "account")
LINKED = frozenset({"naam", "plaats", "school", "account", "telefoonnummer", "e-mail", "adres", "kenteken", "iban", "url"})
LEARNED = frozenset({"naam", "plaats", "school", "account"})
_SCHOOL_WORDS = frozenset({
    "college", "lyceum", "gymnasium", "scholengemeenschap", "atheneum", "academie", "campus", "mavo",
    "havo", "vwo", "basisschool", "school", "obs", "cbs", "pcbs", "rkbs", "ikc", "sbo", "roc", "mbo",
    "hogeschool", "kindcentrum", "de", "het", "'t", "van",
})


@dataclass(frozen=True)
class Pseudonym:
    """A store-wide link without the name: ``key`` is the hex HMAC of the normalised surface."""

    placeholder: str
    type: str
    key: str


@dataclass(frozen=True)
class PseudonymisedChat:
    chat: Chat
    pseudonyms: tuple[Pseudonym, ...]


class PseudonymisationError(RuntimeError):
    """Pseudonymisation of one chat failed; the message names the chat and
    message index and the kind of failure, never the text."""


class Pseudonymiser:
    def __init__(self, key: bytes, surrogates: bool = False, model: TokenModel | bool = True) -> None:
        """``model``: True for the shipped learned token model (see ``learned``),
        False for the rules alone, or a ``TokenModel`` of one's own."""
        if not isinstance(key, bytes | bytearray) or len(key) < 16:
            raise ValueError("key must be at least 16 random bytes (see load_or_create_key)")
        self._key = bytes(key)
        self._surrogates = surrogates
        self._lex: Lexicon | None = None
        self._model: TokenModel | None = load_model() if model is True else (model or None)

    # --- public -------------------------------------------------------------
    def visitor_pseudonym(self, visitor: str) -> str:
        return "bezoeker-" + keyed(self._key, normalise(visitor))[:12]

    def pseudonymise(self, chat: Chat) -> PseudonymisedChat:
        try:
            texts, pseudonyms = self._pseudonymise_texts(
                [m.text for m in chat.messages], chat.visitor, [m.role for m in chat.messages]
            )
        except Exception as error:  # noqa: BLE001 - the cause may quote text; report its type only
            raise PseudonymisationError(
                f"pseudonymisation failed for chat {chat.chat_id!r} ({type(error).__name__})"
            ) from None
        messages = [
            Message(t=m.t, role=m.role, text=text) for m, text in zip(chat.messages, texts, strict=True)
        ]
        new = chat.model_copy(update={"messages": messages, "visitor": self.visitor_pseudonym(chat.visitor)})
        return PseudonymisedChat(chat=new, pseudonyms=pseudonyms)

    def pseudonymise_texts(
        self, texts: list[str], visitor: str | None = None, roles: list[str] | None = None
    ) -> tuple[list[str], tuple[Pseudonym, ...]]:
        """The texts of one conversation, pseudonymised together (``roles``:
        "visitor"/"counselor" per text, when known)."""
        return self._pseudonymise_texts(list(texts), visitor, roles)

    def detect(self, texts: list[str], visitor: str | None = None, roles: list[str] | None = None) -> list[list[Span]]:
        """The PII spans per message (resolved, propagated), sorted by start."""
        lex = self._lexicon()
        resolved = self.rule_spans(texts)
        if roles is not None:
            resolved = answer_spans(texts, roles, resolved, lex)
        if self._model is not None:
            learned = self._model.spans(texts, roles, resolved, lex)
            resolved = [_resolve(spans + extra, len(t)) if extra else spans
                        for spans, extra, t in zip(resolved, learned, texts)]
        propagated = _propagate(texts, resolved, lex, visitor)
        return [_with_house_numbers(t, _with_school_names(t, spans, lex)) for t, spans in zip(texts, propagated)]

    def pseudonymise_many(self, chats: Iterable[Chat], workers: int = 2) -> Iterator[PseudonymisedChat]:
        """Streaming and order-preserving; at most ``2 * workers`` batches of 32
        chats in flight. ``workers > 1`` forks after loading deduce once, so the
        children share its 1 GB of lookups; call it from the main thread (a
        fork of a process with busy threads can deadlock)."""
        if workers <= 1:
            for chat in chats:
                yield self.pseudonymise(chat)
            return
        yield from _parallel(self, chats, workers)

    def rule_spans(self, texts: list[str]) -> list[list[Span]]:
        """What the rules and deduce find per message, before the learned model
        and before propagation (the training script learns from what is left)."""
        lex = self._lexicon()
        per_message = [self._candidates(t, lex) for t in texts]
        for index, spans in self._deduce_spans(texts, lex).items():
            per_message[index].extend(spans)
        resolved = [_resolve(spans, len(t)) for spans, t in zip(per_message, texts)]
        return [_resolve(spans + neighbourhoods_after(t, spans, lex), len(t)) if spans else spans
                for spans, t in zip(resolved, texts)]

    # --- internals ------------------------------------------------------------
    def _lexicon(self) -> Lexicon:
        if self._lex is None:
            self._lex = load_lexicon()
        return self._lex

    def _candidates(self, text: str, lex: Lexicon) -> list[Span]:
        if not text:
            return []
        spans = structured(text, lex.is_word, lex.first_names.__contains__, lex.is_typo,
                           lex.schools.__contains__, lex.not_a_school, lex.stoplist.__contains__)
        spans = [_as_place(text, s, lex) if s.type == "adres" else s for s in spans]
        spans += [extend_surname(text, s, lex) if s.type == "naam" else s for s in lookup_spans(text, lex)]
        spans += context_spans(text, lex)
        spans += place_spans(text, lex)
        spans += [extend_surname(text, s, lex) if s.type == "naam" else s for s in unknown_spans(text, lex)]
        spans += interfix_names(text, lex)
        return spans

    def _deduce_spans(self, texts: list[str], lex: Lexicon) -> dict[int, list[Span]]:
        # deduce's name patterns and lookups that stay on are case-sensitive: a
        # message without a capital gives it nothing (none of 8,748 lowercase
        # messages on the hand-written sets and the demo did), and most teenage
        # messages are lowercase. Nor does a capital that only opens a sentence:
        # on 14 hand-written sets and the demo, all deduce found there was
        # "Oei" and "meneer". Four in five capitalised messages have no other,
        # so deduce now reads a fifth of the messages it used to.
        indices = [i for i, text in enumerate(texts) if _capital_inside(text)]
        starts, position = [], 0
        for i in indices:
            starts.append(position)
            position += len(texts[i]) + len(SEPARATOR)
        joined = SEPARATOR.join(texts[i] for i in indices)
        if not joined.strip():
            return {}
        doc = get_deduce().deidentify(joined, disabled=set(DISABLED_PROCESSORS))
        found: dict[int, list[Span]] = {}
        for ann in doc.annotations:
            slot = bisect.bisect_right(starts, ann.start_char) - 1
            index, offset = indices[slot], starts[slot]
            start = ann.start_char - offset
            end = min(ann.end_char - offset, len(texts[index]))
            if end <= start:
                continue
            kind = _deduce_type(ann.tag, texts[index][start:end], lex)
            if kind == "naam":
                end = start + _trim_name(texts[index][start:end], lex)
                start += _title_length(texts[index][start:end])
            if kind is not None and end > start:
                span = Span(start, end, kind, 1)
                if kind == "naam":
                    span = extend_surname(texts[index], span, lex)
                found.setdefault(index, []).append(span)
        return found

    def _pseudonymise_texts(
        self, texts: list[str], visitor: str | None, roles: list[str] | None = None
    ) -> tuple[list[str], tuple[Pseudonym, ...]]:
        spans = self.detect(texts, visitor, roles)
        namer = _Namer(self._key, self._surrogates, self._lexicon())
        out = []
        for text, message_spans in zip(texts, spans):
            pieces, last = [], 0
            for span in message_spans:
                pieces.append(text[last:span.start])
                pieces.append(namer.placeholder(span.type, text[span.start:span.end]))
                last = span.end
            pieces.append(text[last:])
            out.append("".join(pieces))
        return out, namer.pseudonyms()


def _as_place(text: str, span: Span, lex: Lexicon) -> Span:
    """"ik woon in rotterdam": a bare street-like word that is a town is a place;
    "paul krugerlaan": a street named after someone starts at the first name."""
    word = text[span.start:span.end].lower()
    if word in lex.all_places or word in lex.keep_places:
        return Span(span.start, span.end, "plaats", span.priority)
    before = _FIRST_NAME_BEFORE.search(text, 0, span.start)
    name = before.group(1).lower() if before else ""
    if name in lex.all_first_names and name not in FUNCTION_WORDS and name not in INTERFIXES:
        return Span(before.start(1), span.end, span.type, span.priority)
    return span


_FIRST_NAME_BEFORE = re.compile(r"\b(?:op|aan|in|bij|naar|vanaf|de|on|at)\s+([^\W\d_]+)\s+$", re.I)


def _trim_name(surface: str, lex: Lexicon) -> int:
    """The length of a deduce name without trailing ordinary words: "Ilse van
    Chat" is "Ilse" (deduce joins "van X" to any capitalised name)."""
    tokens = list(re.finditer(r"\S+", surface))
    while len(tokens) > 1:
        last = tokens[-1].group(0).lower().strip(".,")
        if last in INTERFIXES or last in lex.stoplist or (
            lex.is_word(last) and last not in lex.first_names and last not in lex.all_surnames
        ):
            tokens.pop()
            continue
        break
    return tokens[-1].end() if tokens else 0


_TITLE = re.compile(
    r"(?:(?:de\s+)?heer|meneer|mevrouw|mevr|mw|dhr|mr|mrs|ms|juf|juffrouw|meester|dokter|dr|prof|agent|coach"
    r"|tante|oom|opa|oma|goedemorgen|goedemiddag|goedenavond|hoi|hallo|hey|hee|beste|lieve|dag)\.?,?\s+",
    re.I,
)


def _title_length(surface: str) -> int:
    """"meneer Jansen", "de heer Bakker": deduce includes the title, which is no
    PII and which the reader needs ("meneer [naam-1]")."""
    m = _TITLE.match(surface)
    return m.end() if m and m.end() < len(surface) else 0


def _deduce_type(tag: str, surface: str, lex: Lexicon) -> str | None:
    """deduce's tag, in zichtbaar's types; capitalised ordinary words dropped."""
    lowered = " ".join(surface.lower().split())
    if lowered in lex.stoplist:
        return None
    words = lowered.split()
    if "persoon" in tag or "naam" in tag:
        if len(words) == 1:
            word = words[0].strip(".")
            if word in lex.keep_names:
                return "naam"
            if word in lex.common or word in lex.eval_common or word in lex.stoplist or len(word) < 2:
                return None
        elif all(lex.is_word(w) or w in INTERFIXES for w in words) and not any(w in lex.first_names for w in words):
            return None
        return "naam"
    if "locatie" in tag:
        if POSTCODE.fullmatch(surface.strip()):
            return "postcode"
        if any(c.isdigit() for c in surface):
            return "adres"
        if len(words) == 1 and words[0] not in lex.keep_places and (
            words[0] in lex.common or words[0] in lex.eval_common or words[0] in lex.stoplist
        ):
            return None
        return "plaats"
    return None


def _resolve(spans: list[Span], length: int) -> list[Span]:
    """Non-overlapping spans: longer first, then higher priority."""
    if not spans:
        return []
    taken = bytearray(length + 1)
    kept = []
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), -s.priority, s.start)):
        if span.end <= span.start or any(taken[span.start:span.end]):
            continue
        taken[span.start:span.end] = b"\x01" * (span.end - span.start)
        kept.append(span)
    kept.sort(key=lambda s: s.start)
    return kept


_STREET_LEAD = re.compile(r"\b(?:op|aan)\s+(?:de|het|'t)?\s*$|\b(?:woon|woont|wonen|woonde|adres|in)\s+$", re.I)
_POSTCODE_NEXT = re.compile(r",?\s*" + POSTCODE.pattern, re.I)  # "Uilenstede 104, 1183 AJ"
_HOUSE_AFTER = re.compile(r"[ \t]+(\d{1,4}(?:[ -]?[a-zA-Z](?![a-zA-Z]))?)(?![\d.,:/]\d)(?!\s*(?:jaar|jr|euro|eur|uur|u\b|km|min|keer|x\b|%))")


def _with_house_numbers(text: str, spans: list[Span]) -> list[Span]:
    """"op de Kikkenstein 2231", "in Hoefkade 214", "Uilenstede 104, 1183 AJ": a
    street no list knows, caught as a name or place, takes its house number
    along (as an address)."""
    out = []
    for span in spans:
        m = _HOUSE_AFTER.match(text, span.end) if span.type in ("adres", "naam", "plaats", "school") else None
        if m and (span.type == "adres" or _STREET_LEAD.search(text, max(0, span.start - 16), span.start)
                  or _POSTCODE_NEXT.match(text, m.end(1))):
            span = Span(span.start, m.end(1), "adres", span.priority)
        out.append(span)
    return out


def _with_school_names(text: str, spans: list[Span], lex: Lexicon) -> list[Span]:
    """"op het [blaise] pascal", "het [johan] de witt": a school named after a
    person keeps its surname (with "de", "van der") inside the span."""
    out = []
    for span in spans:
        if span.type == "school":
            m = SURNAME_AFTER.match(text, span.end)
            if m and _name_word(m.group(2).lower(), lex) and not any(o.start < m.end(2) and m.start(2) < o.end
                                                                      for o in spans):
                span = Span(span.start, m.end(2), "school", span.priority)  # a word no other span holds
        out.append(span)
    return out


def _name_word(word: str, lex: Lexicon) -> bool:
    """No everyday Dutch word: "witt", "pascal", not "stad" or "waar"."""
    return len(word) > 1 and word not in FUNCTION_WORDS and word not in lex.eval_common and word not in lex.stoplist


def _propagate(texts: list[str], spans: list[list[Span]], lex: Lexicon, visitor: str | None) -> list[list[Span]]:
    """Mentions of names, places, schools and handles found anywhere in the chat."""
    learned: dict[str, str] = {}
    for text, message_spans in zip(texts, spans):
        for span in message_spans:
            if span.type not in LEARNED:
                continue
            surface = normalise(text[span.start:span.end])
            if len(surface) >= 2 and not (span.type == "school" and surface in _SCHOOL_WORDS):
                learned.setdefault(surface, span.type)
            words = surface.split()
            if span.type == "naam" and len(words) > 1 and words[0] not in INTERFIXES and not lex.is_word(words[0]):
                learned.setdefault(words[0], "naam")
            if span.type == "school":
                for word in words:
                    if word not in _SCHOOL_WORDS and word not in lex.eval_common and word not in lex.vocabulary and len(word) >= 3:
                        learned.setdefault(word, "school")
    if visitor:
        handle = normalise(visitor)
        if len(handle) >= 3 and not lex.is_word(handle):
            learned.setdefault(handle, "account")
    # A stoplist word only spreads as a name once a context said so ("ik ben sky trouwens").
    learned = {k: v for k, v in learned.items() if k not in lex.stoplist or (v == "naam" and k in lex.all_first_names)}
    # "op het Van Lodenstein": a function word found once is never spread through the chat
    learned = {k: v for k, v in learned.items() if k not in FUNCTION_WORDS and k not in INTERFIXES}
    if not learned:
        return spans
    single = {k: v for k, v in learned.items() if " " not in k}
    multi = [k for k in learned if " " in k]
    result = []
    for text, message_spans in zip(texts, spans):
        extra = []
        if single:
            for m in _MENTION.finditer(text):
                word = m.group(1).lower()
                kind = single.get(word)
                if kind is None:
                    word = word.strip(".-")
                    kind = single.get(word)
                if kind is not None:
                    start = m.start(1) - (1 if m.start(1) > 0 and text[m.start(1) - 1] == "@" else 0)
                    extra.append(Span(start, m.start(1) + len(word), kind, 0))
        if multi:
            low = text.lower()
            for key in multi:
                at = low.find(key)
                while at >= 0:
                    end = at + len(key)
                    if (at == 0 or not low[at - 1].isalnum()) and (end == len(low) or not low[end].isalnum()):
                        extra.append(Span(at, end, learned[key], 0))
                    at = low.find(key, end)
        result.append(_resolve(message_spans + extra, len(text)) if extra else message_spans)
    return result


_MENTION = re.compile(r"(?<![\w@])@?([\w][\w.\-]*[\w]|[\w])")


_PLAIN = {
    "telefoonnummer": "[telefoonnummer]", "e-mail": "[e-mail]", "adres": "[adres]", "postcode": "[postcode]",
    "datum": "[datum]", "url": "[url]", "iban": "[iban]", "bsn": "[bsn]", "kenteken": "[kenteken]",
}


def _link_form(kind: str, surface: str) -> str:
    """The normalised form that is hashed; phone numbers as national digits."""
    if kind == "telefoonnummer":
        digits = re.sub(r"\D", "", surface)
        if digits.startswith("00"):
            digits = digits[2:]
        elif not surface.strip().startswith("+"):
            return digits
        if digits.startswith(("31", "32")):
            rest = digits[2:]
            return ("0" if digits.startswith("31") else "0032") + rest.removeprefix("0")
        return digits
    if kind == "e-mail":
        text = normalise(surface).replace(" ", "")
        return text.replace("(at)", "@").replace("[at]", "@").replace("(dot)", ".").replace("[dot]", ".")
    if kind == "account":  # "sophie.vdm_04" and "@sophie.vdm04" are one handle retyped
        return re.sub(r"[._\-\s]", "", normalise(surface))
    if kind == "school":  # "Sint-Maartenscollege" and "st maartens"; "het Wolfert" and "wolfert"
        words = normalise(surface).replace("-", " ").split()
        words = [w for w in words if w not in _SCHOOL_FILLER]
        return _SCHOOL_KIND.sub("", "".join(words)) or normalise(surface)
    if kind in ("kenteken", "iban"):  # "GH-123-K" and "gh 123 k" are one plate
        return re.sub(r"[\W_]", "", surface).lower()
    if kind == "url":  # "https://www.site.nl/x/" and "site.nl/x" are one page
        return re.sub(r"^(?:https?://)?(?:www\.)?", "", normalise(surface)).rstrip("/")
    if kind == "adres":  # the street, not the house: "Zuidweg 41" and "zuidweg"
        return _HOUSE_NUMBER.sub("", normalise(surface)).strip() or normalise(surface)
    return normalise(surface)


_SCHOOL_FILLER = frozenset({"sint", "st", "st.", "het", "de", "'t", "t"})
_SCHOOL_KIND = re.compile(r"(?:scholengemeenschap|college|lyceum|school|gymnasium|mavo)$")
_HOUSE_NUMBER = re.compile(r"[\s,]*\d.*$")


def _service_number(kind: str, form: str) -> bool:
    """0800-2000 (Veilig Thuis), 0900-...: every chat may hear it from a
    counselor, so it links nobody to anybody."""
    return kind == "telefoonnummer" and form.startswith(("0800", "0900", "0909", "0906"))


class _Namer:
    """Placeholders of one chat: one number per person (case and surname ignored)."""

    def __init__(self, key: bytes, surrogates: bool, lex: Lexicon) -> None:
        self._key = key
        self._surrogates = surrogates
        self._lex = lex
        self._numbers: dict[tuple[str, str], int] = {}
        self._counts: dict[str, int] = {}
        self._seen: dict[tuple[str, str], Pseudonym] = {}
        self._fakes: dict[tuple[str, int], str] = {}

    def placeholder(self, kind: str, surface: str) -> str:
        form = _link_form(kind, surface)
        if kind in NUMBERED:
            number = self._number(kind, form)
            text = f"[{kind}-{number}]"
            if self._surrogates and kind in ("naam", "plaats"):
                text = self._fake(kind, number, form)
        else:
            text = _PLAIN[kind]
        if kind in LINKED and (kind, form) not in self._seen and not _service_number(kind, form):
            self._seen[(kind, form)] = Pseudonym(placeholder=text, type=kind, key=keyed(self._key, form))
        return text

    def _number(self, kind: str, form: str) -> int:
        known = self._numbers.get((kind, form))
        if known is not None:
            return known
        if kind == "naam":
            first = form.split()[0] if form.split() else form
            known = self._numbers.get(("naam", first)) or self._numbers.get(("naam-first", first))
        if known is None:
            known = self._counts[kind] = self._counts.get(kind, 0) + 1
        self._numbers[(kind, form)] = known
        if kind == "naam" and form.split():
            self._numbers.setdefault(("naam-first", form.split()[0]), known)
        return known

    def _fake(self, kind: str, number: int, form: str) -> str:
        """A realistic stand-in chosen from the keyed hash, distinct within the chat."""
        if (kind, number) in self._fakes:
            return self._fakes[(kind, number)]
        pool = sorted(self._lex.keep_names if kind == "naam" else self._lex.keep_places)
        used = set(self._fakes.values())
        index = int(keyed(self._key, "surrogaat:" + form)[:8], 16)
        for step in range(len(pool)):
            candidate = pool[(index + step) % len(pool)].title()
            if candidate.lower() != form and candidate not in used:
                break
        self._fakes[(kind, number)] = candidate
        return candidate

    def pseudonyms(self) -> tuple[Pseudonym, ...]:
        return tuple(self._seen.values())


# --- parallel ----------------------------------------------------------------------
_worker: Pseudonymiser | None = None
BATCH = 32


def _init_worker(key: bytes, surrogates: bool) -> None:
    global _worker
    _worker = Pseudonymiser(key, surrogates)


def _run_batch(chats: list[Chat]) -> list[PseudonymisedChat]:
    assert _worker is not None
    return [_worker.pseudonymise(chat) for chat in chats]


def _batches(chats: Iterable[Chat]) -> Iterator[list[Chat]]:
    batch: list[Chat] = []
    for chat in chats:
        batch.append(chat)
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _parallel(owner: Pseudonymiser, chats: Iterable[Chat], workers: int) -> Iterator[PseudonymisedChat]:
    import multiprocessing  # noqa: PLC0415

    # Load deduce and the lists before forking: the children share the pages.
    get_deduce()
    owner._lexicon()
    context = multiprocessing.get_context("fork")
    with context.Pool(workers, initializer=_init_worker, initargs=(owner._key, owner._surrogates)) as pool:
        pending: deque = deque()
        for batch in _batches(chats):
            pending.append(pool.apply_async(_run_batch, (batch,)))
            if len(pending) >= workers * 2:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()


_WORD_START = re.compile(r"(?<![^\W\d_])[^\W\d_a-z]")  # a word's first letter, unless a-z


def _capital_inside(text: str) -> bool:
    """A word with a capital that is not the first of its sentence: the only
    place deduce's case-sensitive patterns tell a name from a word."""
    return any(m.group(0).isupper() and not sentence_start(text, m.start()) for m in _WORD_START.finditer(text))
