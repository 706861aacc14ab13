"""Placeholders stable within a chat; keyed pseudonyms stable across chats."""

from __future__ import annotations

import hashlib
import hmac

from tests.privacy.conftest import KEY, OTHER_KEY, make_chat


def test_same_person_keeps_placeholder_across_case_and_surname(run):
    out = run("ik heet Lisa de Vries", "lisa zegt niks", "LISA is boos", "en Daan ook", "daan niet")
    assert out[0] == "ik heet [naam-1]"
    assert out[1] == "[naam-1] zegt niks"
    assert out[2] == "[naam-1] is boos"
    assert out[3] == "en [naam-2] ook"
    assert out[4] == "[naam-2] niet"


def test_numbering_per_type(run):
    out = run("ik ben sanne uit zwolle, mijn snap is sanne_x1", "mijn vriend kyano woont in deventer")
    assert out[0] == "ik ben [naam-1] uit [plaats-1], mijn snap is [account-1]"
    assert out[1] == "mijn vriend [naam-2] woont in [plaats-2]"


def test_unnumbered_placeholders(run):
    [out] = run("bel 0612345678 of mail a.b@c.nl, ik woon op dorpsstraat 4, 1234 AB, op 3 maart, NL91ABNA0417164300")
    for placeholder in ("[telefoonnummer]", "[e-mail]", "[adres]", "[postcode]", "[datum]", "[iban]"):
        assert placeholder in out


def _pseudonyms(pseudonymiser, texts, chat_id="c1", visitor="lieke123"):
    return pseudonymiser.pseudonymise(make_chat(texts, chat_id=chat_id, visitor=visitor))


def test_keyed_pseudonym_is_hmac_of_normalised_form(pseudonymiser):
    result = _pseudonyms(pseudonymiser, ["ik heet Lisa"])
    [name] = [p for p in result.pseudonyms if p.type == "naam"]
    assert name.placeholder == "[naam-1]"
    assert name.key == hmac.new(KEY, b"lisa", hashlib.sha256).hexdigest()


def test_keys_link_chats_and_differ_per_installation(pseudonymiser):
    from zichtbaar.privacy import Pseudonymiser

    first = _pseudonyms(pseudonymiser, ["ik ben LISA, snap: xx_lisa03, 06-12345678"], chat_id="a")
    second = _pseudonyms(pseudonymiser, ["hoi, mijn snap is @XX_Lisa03", "ik ben lisa", "+31 6 1234 5678"], chat_id="b")
    keys_a = {(p.type, p.key) for p in first.pseudonyms}
    keys_b = {(p.type, p.key) for p in second.pseudonyms}
    assert {"naam", "account", "telefoonnummer"} <= {t for t, _ in keys_a & keys_b}
    other = Pseudonymiser(OTHER_KEY).pseudonymise(make_chat(["ik ben LISA, snap: xx_lisa03, 06-12345678"]))
    assert not ({p.key for p in other.pseudonyms} & {p.key for p in first.pseudonyms})
    assert other.chat.visitor != first.chat.visitor


def test_retyped_handles_schools_and_streets_link(pseudonymiser):
    """One person types the same thing differently in two chats."""
    first = _pseudonyms(pseudonymiser, ["mijn insta is sophie.vdm_04", "ik zit op het Sint-Maartenscollege",
                                        "hij woont op Zuidweg 41"], chat_id="a")
    second = _pseudonyms(pseudonymiser, ["insta: @sophie.vdm04", "ik zit op st maartens college",
                                         "dat huis aan de zuidweg"], chat_id="b")
    shared = {p.type for p in first.pseudonyms} & {p.type for p in second.pseudonyms}
    keys = {(p.type, p.key) for p in first.pseudonyms} & {(p.type, p.key) for p in second.pseudonyms}
    assert {"account", "school", "adres"} <= shared
    assert {"account", "school", "adres"} <= {t for t, _ in keys}


def test_a_car_plate_and_an_ad_link_however_they_are_typed(pseudonymiser):
    """The pimp's car and the girl's ad are one person's story: keys, not just placeholders."""
    first = _pseudonyms(pseudonymiser, ["hij rijdt in een zwarte golf, kenteken GZ-418-K",
                                        "mn advertentie staat op https://www.kinky.nl/escort/jade-22"], chat_id="a")
    second = _pseudonyms(pseudonymiser, ["die golf weer gezien, kenteken gz 418 k",
                                         "kinky.nl/escort/jade-22 staat er nog steeds"], chat_id="b")
    keys = {(p.type, p.key) for p in first.pseudonyms} & {(p.type, p.key) for p in second.pseudonyms}
    assert {"kenteken", "url"} <= {t for t, _ in keys}
    assert "418" not in " ".join(m.text for m in second.chat.messages)


def test_service_numbers_are_hidden_but_link_nobody(pseudonymiser):
    result = _pseudonyms(pseudonymiser, ["Je kunt Veilig Thuis bellen: 0800-2000."])
    assert "2000" not in result.chat.messages[0].text
    assert not [p for p in result.pseudonyms if p.type == "telefoonnummer"]


def test_visitor_pseudonym_matches_returning_visitors(pseudonymiser):
    a = _pseudonyms(pseudonymiser, ["hoi"], visitor="Lieke123").chat
    b = _pseudonyms(pseudonymiser, ["hoi"], visitor=" lieke123 ").chat
    c = _pseudonyms(pseudonymiser, ["hoi"], visitor="anoniem77").chat
    assert a.visitor == b.visitor != c.visitor
    assert a.visitor == "bezoeker-" + hmac.new(KEY, b"lieke123", hashlib.sha256).hexdigest()[:12]


def test_chat_fields_other_than_text_stay(pseudonymiser):
    chat = make_chat(["ik ben lisa", "Hoi"], chat_id="c0042")
    out = pseudonymiser.pseudonymise(chat).chat
    assert (out.chat_id, out.channel, out.started_at, out.profile) == (chat.chat_id, chat.channel, chat.started_at, chat.profile)
    assert [(m.t, m.role) for m in out.messages] == [(m.t, m.role) for m in chat.messages]


def test_surrogates_are_readable_and_stable():
    from zichtbaar.privacy import Pseudonymiser

    p = Pseudonymiser(KEY, surrogates=True)
    texts, _ = p.pseudonymise_texts(["ik heet kyano en woon in zwolle", "kyano is lief"])
    assert "kyano" not in " ".join(texts).lower() and "zwolle" not in texts[0].lower()
    assert "[" not in texts[0]
    name = texts[1].split()[0]
    assert texts[0].startswith(f"ik heet {name} ")
