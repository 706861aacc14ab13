"""Reading chat Dutch for rules: one lowercased view of the visitor's messages,
hits that map back to exact message offsets, and the context a coder weighs
around a phrase (negation, fear or hypothesis, hearsay, who is speaking).

All visitor messages are joined into one string so a rule is one regex scan
per chat (speed: 25,000 chats must code in under a minute). Lowercasing keeps
every character at its offset, so a hit's span is also a span of the original
text. Counselor messages are never evidence on their own; they only give
meaning to a visitor's short answer ('ja', 'nee klopt niet').
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property

from zichtbaar.coding.model import Evidence
from zichtbaar.transcript import Chat

SEP = "\n"
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'", "\t": " ", "\r": " "})


def lower_same_length(text: str) -> str:
    """Lowercase without moving offsets (a few Unicode letters grow when lowered)."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low.translate(_QUOTES)


def rx(*alternatives: str) -> re.Pattern[str]:
    """A word-bounded alternation; a space in a pattern matches any run of
    spaces (chat text is full of double spaces), never a message break, and an
    optional space (" ?": "car ?wash", "sinds mei") any run or none."""
    body = _spaces("|".join(f"(?:{a})" for a in alternatives))
    return re.compile(rf"(?<![\w@/.-])(?:{body})(?!\w)")


def _spaces(pattern: str) -> str:
    """" " -> "[ ]+" and " ?" -> "[ ]*", outside character classes."""
    out, i, in_class = [], 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if in_class:
            in_class = c != "]"
            out.append(c)
        elif c == "[":
            in_class = True
            out.append(c)
            if pattern[i + 1:i + 2] == "^":
                out.append("^")
                i += 1
            if pattern[i + 1:i + 2] == "]":  # "[]...]": a literal bracket first
                out.append("]")
                i += 1
        elif c == " ":
            optional = pattern[i + 1:i + 2] == "?" and pattern[i + 2:i + 3] not in ("?", "+")
            out.append("[ ]*" if optional else "[ ]+")
            i += 1 if optional else 0
        else:
            out.append(c)
        i += 1
    return "".join(out)


@dataclass(frozen=True, slots=True)
class Guarded:
    """A pattern that can only match when one of ``needles`` occurs in the
    text: a substring test is far cheaper than a regex scan, and most rules
    find nothing in most chats (speed target: ≥ 500 chats/s on one core)."""

    pattern: re.Pattern[str]
    needles: tuple[str, ...]

    def search(self, text: str, *args) -> re.Match[str] | None:
        return self.pattern.search(text, *args)


def guarded(pattern: re.Pattern[str], *needles: str) -> Guarded:
    return Guarded(pattern, needles)


# Words that negate what follows within a few words ('hij slaat me niet meer').
NEGATION = re.compile(r"(?<!\w)(?:niet|nie|ni|nt|nooit|geen|gn|niks|niets|nix|niemand|nergens|nimmer)(?!\w)")
# Fear, wish or supposition: what follows has not (knowingly) happened.
HYPOTHETICAL = re.compile(
    r"(?<!\w)(?:bang dat|bang om|bang als|bang voor wat|angst dat|vrees dat|vreest dat|vrees ik|stel dat|wat als|wat nou als|misschien|zou (?:hij|ze|het) (?:ooit )?|"
    r"kan het zijn dat|kunnen ze|is het mogelijk|ik weet niet of|weet niet of|vraag me af|voorkomen dat|wil niet dat|het liefst|zou (?:ik )?(?:hem|haar) (?:wel )?willen|"
    r"je kan toch|je kunt toch|kan je niet|kun je niet|je zou (?:ook )?kunnen|je kan (?:ook |gewoon |makkelijk )|als je (?:wil|wilt)|"
    r"makkelijk geld (?:kan|kunt) verdienen als)(?!\w)"
)
# Second-hand report: counts as evidence, but a coder weighs it lower.
HEARSAY = re.compile(
    r"(?<!\w)(?:ze zegt|ze zei|ze vertelde|ze heeft verteld|hij zegt dat|ik heb gehoord|ik hoorde|men zegt|"
    r"ik denk dat|ik vermoed|volgens mij|geloof ik|denk ik|ik heb het idee|het schijnt)(?!\w)"
)
# Where a clause ends: punctuation, a message break, or a conjunction that
# starts a new clause (negation does not cross these).
_CLAUSE_BREAK = re.compile(r"[.!?;,:()\n]|(?<!\w)(?:maar|als|anders|omdat|want|en|dus|tenzij|terwijl|toen|of)(?!\w)")
_CONJUNCTION = re.compile(r"als|omdat|want|anders|en|maar|dat|zodat|wanneer|toen|tenzij|of|terwijl")
_RESET = re.compile(r"(?<!\w)(?:maar|want|omdat|en nu|nu )(?!\w)")
_TOKEN = re.compile(r"[\w']+")

YES = re.compile(
    r"^\W*(?:ja+h?|jaa+|jep|jup|jw|jawel|ja wel|yes+|yep|ye|klopt|zeker|idd|inderdaad|helaas wel|wel|soms|vaak|"
    r"af en toe|wel eens|weleens|mhm+|uhu|ok[eé]?|tuurlijk|natuurlijk|ja helaas|zeker weten)(?!\w)"
)
_WH_QUESTION = re.compile(r"(?:en |maar |dus )?(?:hoe|wat|wanneer|waar|wie|waarom|welke|welk|hoeveel|hoelang|sinds wanneer|vanaf wanneer)(?!\w)")
_DONT_KNOW = re.compile(r"weet (?:ik )?(?:het |t )?(?:niet|nie|ni)|geen idee|(?<!\w)(?:idk|wtn|weetnie)(?!\w)")
_NO_LONGER = re.compile(r"(?<!\w)(?:meer|sinds|gestopt|niet meer)(?!\w)")
NO = re.compile(r"^\W*(?:nee+|neen|nope|nah|neuh|nein|no|niet|nooit|neej|nee hoor|helemaal niet|niet echt|nog niet|nvt)(?!\w)")


class Hit:
    """A match in one visitor message, with offsets into that message's text.

    Whether it is negated, hypothetical or hearsay is worked out when a rule
    first asks: most matches are never asked, and coding speed matters."""

    __slots__ = ("message", "start", "end", "quote", "groups", "_doc", "_at", "_negated", "_hypothetical", "_hearsay")

    def __init__(self, message: int, start: int, end: int, quote: str, negated: bool | None = None,
                 hypothetical: bool | None = None, hearsay: bool | None = None,
                 groups: tuple[str | None, ...] = (), *, doc: Doc | None = None, at: tuple[int, int] = (0, 0)) -> None:
        self.message, self.start, self.end, self.quote, self.groups = message, start, end, quote, groups
        self._doc, self._at = doc, at  # the Doc and the span in its ``joined`` text, for the lazy flags
        self._negated, self._hypothetical, self._hearsay = negated, hypothetical, hearsay

    def __repr__(self) -> str:
        return f"Hit(message={self.message}, start={self.start}, end={self.end}, quote={self.quote!r})"

    @property
    def negated(self) -> bool:
        if self._negated is None:
            self._negated = self._doc is not None and self._doc.negated(*self._at)
        return self._negated

    @property
    def hypothetical(self) -> bool:
        if self._hypothetical is None:
            self._hypothetical = self._doc is not None and self._doc.hypothetical(self._at[0])
        return self._hypothetical

    @property
    def hearsay(self) -> bool:
        if self._hearsay is None:
            self._hearsay = self._doc is not None and self._doc.hearsay(self._at[0])
        return self._hearsay

    @property
    def evidence(self) -> Evidence:
        return Evidence(self.message, self.start, self.end, self.quote)

    @property
    def asserted(self) -> bool:
        return not self.negated and not self.hypothetical


@dataclass(frozen=True, slots=True)
class ConfirmedQuestion:
    question: str  # the lowercased question sentence
    reply: Evidence  # the visitor's confirming reply
    before: str  # the visitor's message the question follows up on (lowercased), or ""


@dataclass(frozen=True, slots=True)
class Answer:
    """A visitor's reply to a counselor question: the reply is the evidence."""

    polarity: str | None  # "ja", "nee" or None (a reply that is neither)
    message: int
    text: str  # lowercased reply
    evidence: Evidence
    question: int = -1  # index of the counselor message it answers


class Doc:
    """One chat as the rules read it."""

    __slots__ = ("chat", "lowered", "roles", "joined", "starts", "indices", "__dict__")

    def __init__(self, chat: Chat) -> None:
        self.chat = chat
        self.lowered = [lower_same_length(m.text) for m in chat.messages]
        self.roles = [m.role for m in chat.messages]
        parts: list[str] = []
        self.starts: list[int] = []
        self.indices: list[int] = []
        pos = 0
        for i, (role, low) in enumerate(zip(self.roles, self.lowered)):
            if role != "visitor":
                continue
            clean = low.replace(SEP, " ")
            self.starts.append(pos)
            self.indices.append(i)
            parts.append(clean)
            pos += len(clean) + 1
        self.joined = SEP.join(parts)

    # -- locating --------------------------------------------------------
    def _locate(self, pos: int) -> tuple[int, int]:
        """Visitor-message slot and its start offset in ``joined``."""
        slot = bisect_right(self.starts, pos) - 1
        return slot, self.starts[slot]

    @cached_property
    def _breaks(self) -> list[tuple[int, int]]:
        return [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(self.joined)]

    @cached_property
    def _break_starts(self) -> list[int]:
        return [b[0] for b in self._breaks]

    def clause(self, start: int, end: int) -> tuple[int, int]:
        """Bounds in ``joined`` of the clause around [start, end)."""
        k = bisect_right(self._break_starts, start) - 1
        left = 0
        while k >= 0:
            bs, be = self._breaks[k]
            if be <= start:
                left = be
                break
            k -= 1
        k = bisect_right(self._break_starts, max(end - 1, start))
        right = self._breaks[k][0] if k < len(self._breaks) else len(self.joined)
        return left, max(right, end)

    def clause_text(self, hit: Hit) -> str:
        """The lowered clause around a hit (for checks on what it is about)."""
        base = self.starts[self.indices.index(hit.message)]
        left, right = self.clause(base + hit.start, base + hit.end)
        return self.joined[left:right]

    def sentence_before(self, start: int) -> str:
        """Text from the start of the sentence (or message) up to ``start``."""
        j = self.joined
        k = max(j.rfind(SEP, 0, start), j.rfind(".", 0, start), j.rfind("!", 0, start), j.rfind("?", 0, start))
        return j[k + 1 : start]

    # -- finding ---------------------------------------------------------
    def find(self, pattern: re.Pattern[str] | Guarded, *, context: bool = True) -> list[Hit]:
        hits = []
        j = self.joined
        if isinstance(pattern, Guarded):
            if not any(n in j for n in pattern.needles):
                return hits
            pattern = pattern.pattern
        for m in pattern.finditer(j):
            s, e = m.span()
            if e <= s:
                continue
            slot, base = self._locate(s)
            msg = self.indices[slot]
            original = self.chat.messages[msg].text
            flags = (None, None, None) if context else (False, False, False)
            hits.append(Hit(msg, s - base, e - base, original[s - base : e - base], *flags, m.groups(), doc=self, at=(s, e)))
        return hits

    def first(self, pattern: re.Pattern[str] | Guarded, *, asserted: bool = True) -> Hit | None:
        for hit in self.find(pattern):
            if not asserted or hit.asserted:
                return hit
        return None

    def negated(self, start: int, end: int) -> bool:
        """A negation word within three words before, or three words after, the
        phrase, in the same clause ('hij heeft me nooit geslagen', 'slaat me niet')."""
        left, right = self.clause(start, end)
        before = _TOKEN.findall(self.joined[left:start])[-3:]
        after = []
        for token in _TOKEN.findall(self.joined[end:right])[:3]:  # 'hij slaat me ook niet\'
            if _CONJUNCTION.fullmatch(token):
                break  # 'hij pakt me als ik niet wil': the negation is the condition's
            after.append(token)
        return any(NEGATION.fullmatch(t) for t in before) or any(NEGATION.fullmatch(t) for t in after)

    def hypothetical(self, start: int) -> bool:
        before = self.sentence_before(start)
        m = None
        for m in HYPOTHETICAL.finditer(before):
            pass
        if m is None:
            return False
        return _RESET.search(before, m.end()) is None

    def hearsay(self, start: int) -> bool:
        return HEARSAY.search(self.sentence_before(start)) is not None

    # -- questions and answers -------------------------------------------
    def answers(self, question: re.Pattern[str], within: int = 2) -> list[Answer]:
        """Visitor replies to counselor messages matching ``question``: the first
        visitor message after the question, if it comes within ``within``
        messages and before the counselor speaks again."""
        out = []
        roles = self.roles
        for i, role in enumerate(roles):
            if role != "counselor" or not question.search(self.lowered[i]):
                continue
            for k in range(i + 1, min(len(roles), i + 1 + within)):
                if roles[k] == "counselor":
                    break
                low = self.lowered[k]
                if not low.strip():
                    continue
                polarity = "ja" if YES.search(low) else "nee" if NO.search(low) else None
                text = self.chat.messages[k].text
                a, b = _strip_span(text)
                out.append(Answer(polarity, k, low, Evidence(k, a, b, text[a:b]), i))
                break
        return out

    def confirmed_questions(self) -> list[ConfirmedQuestion]:
        """Counselor questions the visitor's next reply confirms. A counselor sums up or
        asks on what the visitor said before, in this chat or an earlier one:
        a yes to 'Dus hij laat je met mannen slapen?', any answer to a question
        that takes it as given ('Hoe lang moest je stelen?' — 'anderhalf jaar'),
        and a 'no longer' to 'Moet je nog stelen?' all confirm it. A question
        may also only name what the visitor's message before it meant ('ik moet
        dingen pakken' — 'Pakken, bedoel je stelen?' — 'ja'), so that message
        comes along."""
        out = []
        roles = self.roles
        before = ""
        for i, role in enumerate(roles):
            low = self.lowered[i]
            if role == "visitor":
                before = low
            if role != "counselor" or "?" not in low:
                continue
            end = low.rfind("?")
            question = low[max(low.rfind(".", 0, end), low.rfind("!", 0, end)) + 1:end + 1].strip()
            for k in range(i + 1, min(len(roles), i + 3)):
                if roles[k] == "counselor":
                    break
                reply = self.lowered[k]
                if not reply.strip():
                    continue
                if _WH_QUESTION.match(question):
                    confirmed = not NO.search(reply) and not _DONT_KNOW.search(reply)
                else:
                    confirmed = YES.search(reply) is not None or (
                        NO.search(reply) is not None and " nog " in f" {question} " and _NO_LONGER.search(reply) is not None)
                if confirmed:
                    out.append(ConfirmedQuestion(question, message_evidence(self, k), before))
                break
        return out

    def visitor_count(self) -> int:
        return len(self.indices)


def _strip_span(text: str) -> tuple[int, int]:
    a = len(text) - len(text.lstrip())
    b = len(text.rstrip())
    return (a, b) if b > a else (0, len(text))


def message_evidence(doc: Doc, index: int) -> Evidence:
    text = doc.chat.messages[index].text
    a, b = _strip_span(text)
    return Evidence(index, a, b, text[a:b])


_DUTCH = frozenset(
    "ik je jij u de het een en van mijn mn m'n hij ze zij niet nie ni dat die is ben bent was met op voor er wat hoe "
    "maar ook nog al wel geen naar bij uit om aan te zo dan of als heb heeft hebben moet moeten kan wil weet "
    "hem haar zijn we wij jullie mij me k t 't da nu dit heel echt gewoon iets niks hier daar".split()
)
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def dutch_share(text: str) -> tuple[int, float]:
    """(words, share of common Dutch function words): a cheap language check
    so that a chat in another language gets low confidence, not made-up codes."""
    words = _WORD.findall(text)
    if not words:
        return 0, 0.0
    return len(words), sum(w in _DUTCH for w in words) / len(words)
