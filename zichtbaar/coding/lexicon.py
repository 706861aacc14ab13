"""Dutch word lists shared by several rules: people (relations to the victim),
platforms, possessives. Written as a research coder reads chat Dutch:
spelling variants, diminutives and chat abbreviations included.
"""

from __future__ import annotations

import re

MY = r"(?:mijn|mn|m'n|me|mijne|min|myn|onze|ons|my)"
HER = r"(?:haar|d'r|der|z'n|zn|zijn|his|her)"
POSS = rf"(?:{MY}|{HER})"

# Relation nouns → (group, gender of that person, family detail).
# group: familie / partner / sociale_omgeving; gender: vrouw / man / None.
FAMILY = {
    "vader": ("man", "vader"), "papa": ("man", "vader"), "pa": ("man", "vader"), "pap": ("man", "vader"),
    "moeder": ("vrouw", "moeder"), "mama": ("vrouw", "moeder"), "ma": ("vrouw", "moeder"), "mam": ("vrouw", "moeder"),
    "ouders": (None, "beide_ouders"), "ouwelui": (None, "beide_ouders"),
    "stiefvader": ("man", "stiefouder"), "stiefmoeder": ("vrouw", "stiefouder"), "stiefpa": ("man", "stiefouder"),
    "stiefma": ("vrouw", "stiefouder"), "stiefpapa": ("man", "stiefouder"), "stiefmama": ("vrouw", "stiefouder"),
    "stiefouder": (None, "stiefouder"), "stiefouders": (None, "stiefouder"),
    "broer": ("man", "broer"), "broertje": ("man", "broer"), "broers": ("man", "broer"), "grote broer": ("man", "broer"),
    "halfbroer": ("man", "broer"), "stiefbroer": ("man", "broer"),
    "zus": ("vrouw", "andere_familie"), "zusje": ("vrouw", "andere_familie"), "zussie": ("vrouw", "andere_familie"),
    "zuster": ("vrouw", "andere_familie"), "halfzus": ("vrouw", "andere_familie"), "stiefzus": ("vrouw", "andere_familie"),
    "oom": ("man", "andere_familie"), "ome": ("man", "andere_familie"), "tante": ("vrouw", "andere_familie"),
    "opa": ("man", "andere_familie"), "oma": ("vrouw", "andere_familie"), "grootvader": ("man", "andere_familie"),
    "grootmoeder": ("vrouw", "andere_familie"), "neef": ("man", "andere_familie"), "neefje": ("man", "andere_familie"),
    "nicht": ("vrouw", "andere_familie"), "nichtje": ("vrouw", "andere_familie"),
    "dochter": ("vrouw", "andere_familie"), "dochtertje": ("vrouw", "andere_familie"), "zoon": ("man", "andere_familie"),
    "zoontje": ("man", "andere_familie"), "kleindochter": ("vrouw", "andere_familie"), "kleinzoon": ("man", "andere_familie"),
    "stiefdochter": ("vrouw", "andere_familie"), "stiefzoon": ("man", "andere_familie"),
    "pleegdochter": ("vrouw", "andere_familie"), "pleegzoon": ("man", "andere_familie"), "kind": (None, "andere_familie"),
    "schoonzus": ("vrouw", "andere_familie"), "zwager": ("man", "andere_familie"), "schoonvader": ("man", "andere_familie"),
    "familie": (None, "andere_familie"), "familielid": (None, "andere_familie"),
    # English mixed in, and Flemish
    "dad": ("man", "vader"), "father": ("man", "vader"), "mom": ("vrouw", "moeder"), "mum": ("vrouw", "moeder"),
    "mother": ("vrouw", "moeder"), "parents": (None, "beide_ouders"), "stepdad": ("man", "stiefouder"),
    "stepfather": ("man", "stiefouder"), "stepmom": ("vrouw", "stiefouder"), "brother": ("man", "broer"),
    "bro": ("man", "broer"), "sister": ("vrouw", "andere_familie"), "uncle": ("man", "andere_familie"),
    "aunt": ("vrouw", "andere_familie"), "cousin": (None, "andere_familie"), "nonkel": ("man", "andere_familie"),
    "meme": ("vrouw", "andere_familie"), "pepe": ("man", "andere_familie"), "vake": ("man", "vader"),
    "moeke": ("vrouw", "moeder"), "stiefpapa's": (None, "stiefouder"), "stiefbroertje": ("man", "broer"),
}
PARTNER = {
    "vriend": "man", "vriendje": "man", "vriendin": "vrouw", "partner": None, "ex": None, "ex-vriend": "man",
    "exvriend": "man", "ex-vriendin": "vrouw", "exvriendin": "vrouw", "ex vriend": "man", "ex vriendin": "vrouw",
    "loverboy": "man", "lover": None, "man": "man", "vrouw": "vrouw", "echtgenoot": "man", "echtgenote": "vrouw",
    "verloofde": None, "scharrel": None, "date": None, "bf": "man", "boyfriend": "man", "gf": "vrouw",
    "girlfriend": "vrouw", "liefde": None, "lief": None, "schatje": None,
}
SOCIAL = {
    "beste vriendin": "vrouw", "beste vriend": "man", "vriendinnetje": "vrouw", "vriendinnen": "vrouw",
    "buurman": "man", "buurvrouw": "vrouw", "buurjongen": "man", "buurmeisje": "vrouw", "buren": None,
    "klasgenoot": None, "klasgenote": "vrouw", "klasgenootje": None, "klasgenoten": None, "leerling": None,
    "leerlinge": "vrouw", "collega": None, "kennis": None, "kennissen": None, "baas": "man", "bazin": "vrouw",
    "werkgever": None, "docent": None, "leraar": "man", "lerares": "vrouw", "juf": "vrouw", "meester": "man",
    "mentor": None, "trainer": None, "coach": None, "teamgenoot": None, "huisgenoot": None, "kamergenoot": None,
    "groepsgenoot": None, "groepsgenote": "vrouw", "oppas": None, "vriendengroep": None, "vrienden": None,
    # Work: who hires, places or pays someone is known in person.
    "bemiddelaar": None, "tussenpersoon": None, "eigenaar": None, "chef": None, "leidinggevende": None,
    "manager": None, "uitzendbureau": None, "boer": "man", "maat": "man", "maten": None, "matties": None,
    "mattie": "man", "buurjongens": None, "kameraad": None, "vriendje van school": None,
}


def alternation(words) -> str:
    """One regex for a word list, as a trie: the regex engine then branches
    per character instead of trying every word (hundreds of typo variants
    stay fast), and the longest word wins ('beste vriendin' over 'vriendin')."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        branches = [(ch if ch == " " else re.escape(ch)) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        if len(branches) == 1 and not end:
            return branches[0]
        body = "(?:" + "|".join(branches) + ")"
        return body + "?" if end else body

    return build(trie)


# Platforms → the codebook's lowercase name.
PLATFORMS = {
    "instagram": "instagram", "insta": "instagram", "ig": "instagram", "instgram": "instagram",
    "snapchat": "snapchat", "snap": "snapchat", "sc": "snapchat", "snapp": "snapchat",
    "tiktok": "tiktok", "tik tok": "tiktok", "tt": "tiktok",
    "whatsapp": "whatsapp", "whatsap": "whatsapp", "app": "whatsapp", "wa": "whatsapp", "whats app": "whatsapp",
    "facebook": "facebook", "fb": "facebook", "messenger": "facebook",
    "telegram": "telegram", "discord": "discord", "tinder": "tinder", "badoo": "badoo", "grindr": "grindr",
    "twitter": "twitter", "omegle": "omegle", "roblox": "roblox", "fortnite": "fortnite", "twitch": "twitch",
    "youtube": "youtube", "kik": "kik", "wink": "wink", "hyves": "hyves", "lovoo": "lovoo", "bumble": "bumble",
    "chatsite": "chatsite", "chat site": "chatsite", "chatbox": "chatsite", "chatroom": "chatsite",
    "datingapp": "datingapp", "dating app": "datingapp", "datingsite": "datingapp", "dating site": "datingapp",
    "pro ana": "pro-ana forum", "pro-ana": "pro-ana forum", "proana": "pro-ana forum",
    "gamesite": "game", "game": "game", "online game": "game", "xbox": "game", "playstation": "game",
}


def typo_variants(word: str) -> set[str]:
    """Common chat typos of a longer word: two letters swapped, one letter
    dropped or doubled ('vriendej', 'vrend', 'kennsi'). Short words are left
    alone: their typos are real words ('broer' → 'boer')."""
    if len(word) < 6 or " " in word:
        return set()
    out = set()
    for i in range(1, len(word)):
        out.add(word[:i] + word[i + 1 :])  # dropped
        if i < len(word) - 1:
            out.add(word[:i] + word[i + 1] + word[i] + word[i + 2 :])  # swapped
    out.discard(word)
    import simplemma  # offline Dutch word list: a typo that is itself a word is not a typo

    return {v for v in out if not simplemma.is_known(v, lang="nl")}


def with_typos(words: dict) -> dict:
    """The lexicon plus typo variants mapped to the same entry (real words win)."""
    out = dict(words)
    for word, entry in words.items():
        for variant in typo_variants(word):
            out.setdefault(variant, entry)
    return out
