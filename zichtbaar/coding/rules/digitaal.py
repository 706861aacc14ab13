"""digitaal_aspect: anything in the chat that links to technology (social
media, phones, images, webcams, online ads, location tracking), said by the
visitor. 'snap je?' is Dutch for 'you see?', not Snapchat."""

from __future__ import annotations

import re

from zichtbaar.coding.model import Finding
from zichtbaar.coding.rules.base import Context, from_hits
from zichtbaar.coding.text import rx

DIGITAAL = rx(
    r"online|internet|insta|instagram|ig|snapmap|snap ?map|snapchat|beelden|ftoos|fotso|foots|webcam|snap(?! (?:je|jij|het|t|'t|ik|niet|er|dat|wat|jullie|u|ze|hem|haar|\?))|sc|tiktok|tik tok|"
    r"whatsapp|whatsap|app|appen|appt|appte|appje|ge-?appt|facebook|fb|messenger|telegram|discord|tinder|grindr|badoo|twitter|"
    r"phone|site|website|sites|webcam\w*|cam|livestream\w*|stream\w*|advertentie\w*|dm|dms|dm'?s|dm'?etje|pm|telefoon|mobiel|gsm|"
    r"locatie|gps|volg-?app|life360|find my|foto|fotos|foto'?s|fotootje|filmpje\w*|video'?s?|videos|nudes?|naaktfoto\w*|"
    r"gefilmd|filmt|filmen|opgenomen|screenshot\w*|chatsite|chatten|berichtjes?|berichten|sms\w*|onlyfans|camera|laptop|"
    r"computer|account\w*|profiel|wachtwoord|e-?mail|mail|youtube|roblox|fortnite|discord|pro[- ]?ana|forum|dating\w*|"
    r"[\w.-]+\.(?:nl|com|net|org|be|io)(?:/\S*)?|www\.\S+|https?://\S+|@[\w.]+",
)


# A visitor's own contact details, or the account they chat from, say nothing
# about the case: 'mail me op ...', 'mijn snap is ...', 'toen met een ander account'.
CONTACT = re.compile(
    r"^\W*(?:(?:mijn|mn|m'n)\s+)?(?:snap|snapchat|insta|instagram|ig|tiktok|mail|e-?mail|nummer|telefoonnummer|tel|account|discord)\b\s*(?:is\b|:)"
    r"|je kan me (?:\w+ )?(?:vinden|mailen|bereiken|appen|bellen)|(?:mailen|appen) naar|bel me|kan je me (?:bellen|mailen|appen)"
    r"|(?:ander|nieuw|ander) account|mijn (?:nummer|mail|e-?mail)|mag ik je mijn|ik heet op|^\W*(?:insta|snap|ig|sc|tiktok)\s*:"
)


# Chatting here, with the helpline, is no part of the case.
THIS_CHAT = re.compile(r"(?:met jullie|hier|deze chat|bij jullie|met fier|op deze|de chat van)")


# Taking a phone away isolates; it is not control through technology.
PHONE_TAKEN = re.compile(r"(?:telefoon|mobiel|gsm) (?:\w+ )?(?:af|afgepakt|afgenomen|ingenomen|weg|kwijt)(?!\w)")


def code_digitaal(ctx: Context) -> Finding:
    doc = ctx.doc
    hits = [h for h in doc.find(DIGITAAL) if not h.negated and not h.hypothetical and not CONTACT.search(doc.lowered[h.message])
            and not (h.quote.lower().startswith("chat") and THIS_CHAT.search(doc.lowered[h.message]))
            and not (h.quote.lower() in ("telefoon", "mobiel", "gsm") and PHONE_TAKEN.search(doc.lowered[h.message]))]
    if hits:
        return from_hits("ja", hits, 0.85 if len(hits) > 1 else 0.75)
    return Finding("nee", 0.75, (), source="standaard")
