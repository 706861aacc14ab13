"""Classes of errors the coder made on chats written by other hands than the
generator's, each on small sentences written for this test (not taken from
any corpus): who the main exploiter is, family details, answers to counselor
questions and confirmed summaries, threats versus fears, other people's ages,
present versus past, several exploiters and other victims."""

from __future__ import annotations

from zichtbaar.coding.calibration import Cell, cell, fit


def v(coding, name):
    return coding.values[name]


# -- who exploits -----------------------------------------------------------
def test_a_boyfriend_introduced_with_ik_heb_een_vriend_is_partner(code):
    c = code("ik heb sinds vorig jaar een vriendje en hij is 24", "nu moet ik van hem met andere mannen slapen voor geld")
    assert v(c, "pleger_relatie") == "partner"


def test_someone_she_calls_her_boyfriend_is_partner(code):
    c = code("ik maak me zorgen om mijn nichtje", "ze heeft een vriend die ze via insta heeft leren kennen",
             "hij laat haar seks hebben met zijn vrienden en die geven hem geld")
    assert v(c, "pleger_relatie") == "partner"
    assert (v(c, "ontmoeting"), v(c, "platform")) == ("online", "instagram")


def test_relation_named_in_the_opening_then_the_exploitation(code):
    c = code("hoi", "het gaat over mijn oom", "hij laat me pakketjes met wiet rondbrengen en hij slaat me als ik weiger")
    assert v(c, "achtergrond_chatter") == "slachtoffer"
    assert (v(c, "pleger_relatie"), v(c, "pleger_familie_detail")) == ("familie", "andere_familie")


def test_english_relation_words(code):
    c = code("my older brother laat me drugs verkopen bij het station", "en hij pakt al het geld")
    assert (v(c, "pleger_relatie"), v(c, "pleger_familie_detail")) == ("familie", "broer")


def test_someone_from_the_neighbourhood_is_social_and_met_offline(code):
    c = code("er is een gast van 25 uit mijn straat", "ik moet voor hem zakjes wegbrengen naar klanten")
    assert v(c, "pleger_relatie") == "sociale_omgeving"
    assert v(c, "ontmoeting") == "offline"


def test_labour_exploiter_is_the_employer(code):
    c = code("ik werk 13 uur per dag in een restaurant", "ik krijg geen loon, de rest houdt hij voor de reis")
    assert v(c, "vorm_uitbuiting") == "arbeid"
    assert v(c, "pleger_relatie") == "sociale_omgeving"


def test_unpaid_work_confirmed_by_a_no(code):
    c = code("ik poets elke dag het huis van mijn tante en ik pas op de kinderen", "C:Krijg je daar betaald voor?", "nee")
    assert v(c, "vorm_uitbuiting") == "arbeid"


# -- the victim -------------------------------------------------------------
def test_victims_age_named_again_later(code):
    c = code("ik maak me zorgen om mijn dochter", "C:Vertel maar.", "mijn dochter lotte is 15 en haar vriend verkoopt haar aan mannen")
    assert v(c, "achtergrond_chatter") == "familielid"
    assert v(c, "leeftijd_slachtoffer") == 15


def test_chatters_own_answer_is_not_the_victims_age(code):
    c = code("ik maak me zorgen om mijn zusje", "haar vriend laat haar tippelen", "C:Hoe oud ben jij zelf?", "31")
    assert v(c, "leeftijd_slachtoffer") == "onbekend"


def test_a_man_of_45_is_not_the_chatters_age(code):
    c = code("ik had iets met een man van 45", "hij liet me met zijn vrienden naar bed gaan voor geld", age=17)
    assert v(c, "leeftijd_slachtoffer") == 17


def test_client_who_booked_through_an_ad(code):
    c = code("ik heb gisteren via een advertentie op een sekssite een afspraak gemaakt met een meisje",
             "er stond een man buiten die het geld kreeg")
    assert v(c, "achtergrond_chatter") == "klant"


# -- means of control ---------------------------------------------------------
def test_threat_against_family_is_geweld(code):
    c = code("ik moet voor ze drugs rondbrengen", "ze zeggen dat ze weten waar mijn moeder woont")
    assert "geweld" in v(c, "dwangmiddelen")


def test_blow_next_to_image_threat_keeps_both(code):
    c = code("mijn vriend laat me met mannen slapen voor geld",
             "hij heeft me een keer geslagen en hij zegt dat hij mijn naaktfoto's naar mijn klas stuurt als ik stop")
    assert {"geweld", "sextortion"} <= set(v(c, "dwangmiddelen"))


def test_image_threat_with_verb_last(code):
    c = code("mijn ex laat me met zijn vrienden slapen voor geld", "hij zei dat hij die filmpjes op insta zet als ik nee zeg")
    assert "sextortion" in v(c, "dwangmiddelen")


def test_counselor_summary_confirmed_by_the_visitor(code):
    c = code("ik werk in de keuken van een restaurant zonder loon", "C:Dus de eigenaar heeft je paspoort in zijn kluis?", "klopt")
    assert "anders" in v(c, "dwangmiddelen")
    c = code("ik werk in de keuken van een restaurant zonder loon", "C:Dus de eigenaar heeft je paspoort in zijn kluis?", "nee hoor")
    assert "anders" not in v(c, "dwangmiddelen")


def test_drugs_withheld_as_a_threat(code):
    c = code("hij laat me met mannen naar bed", "als ik weiger krijg ik geen coke meer van hem")
    assert "middelenafhankelijkheid" in v(c, "dwangmiddelen")


def test_someone_elses_debt_is_not_a_means(code):
    c = code("ik moet drugs dealen voor hem", "en een keer moest ik een jongen slaan die geld schuldig was")
    assert "anders" not in v(c, "dwangmiddelen")
    assert "mishandeling" in v(c, "criminele_activiteiten")


def test_not_hitting_said_with_ook_niet(code):
    c = code("mijn vader laat mannen bij ons thuis komen en die betalen hem", "hij slaat me ook niet hoor")
    assert "geweld" not in v(c, "dwangmiddelen")


def test_an_offer_is_not_exploitation(code):
    c = code("ik heb veel schulden", "een vriend zei je kan toch pakketjes rondbrengen voor die jongens")
    assert v(c, "vorm_uitbuiting") == "geen"


# -- now or then --------------------------------------------------------------
def test_lasting_feelings_are_not_ongoing_exploitation(code):
    c = code("mijn ex liet me met mannen slapen voor geld", "ik ben nog steeds bang")
    assert v(c, "acuut_onveilig") != "ja"


def test_it_happened_again_yesterday(code):
    c = code("hij laat me met mannen slapen voor geld", "gisteren nog")
    assert v(c, "acuut_onveilig") == "ja"


def test_question_about_still_going_answered_no(code):
    c = code("hij liet me met mannen slapen voor geld", "C:Moet je nog naar hem toe?", "nee sinds de zomer niet meer")
    assert v(c, "acuut_onveilig") == "nee"


# -- how many -----------------------------------------------------------------
def test_alone_question_answered_no_means_more(code):
    c = code("mijn vriend laat me met mannen slapen voor geld", "C:Doet hij dit alleen?", "nee")
    assert v(c, "meerdere_plegers") == "ja"
    c = code("mijn vriend laat me met mannen slapen voor geld", "C:Zijn er anderen bij betrokken?", "nee")
    assert v(c, "meerdere_plegers") == "nee"


def test_a_second_person_sharing_the_money(code):
    c = code("mijn vriend laat me met mannen slapen voor geld", "zijn neef regelt de afspraken en krijgt ook een deel")
    assert v(c, "meerdere_plegers") == "ja"


def test_other_victims_by_count_and_denial(code):
    c = code("mijn vriend laat me met mannen slapen voor geld", "C:Zijn er meer meisjes die dit moeten doen?", "ja nog twee meisjes")
    assert v(c, "meerdere_slachtoffers") == "ja"
    c = code("mijn stiefvader laat mannen bij ons thuis komen en ik moet met ze naar bed", "mijn zusje is 8 maar hij doet haar niks")
    assert v(c, "meerdere_slachtoffers") == "nee"


def test_question_about_helpers_is_not_about_victims(code):
    c = code("mijn vriend laat me met mannen slapen voor geld", "C:Waren er nog andere mensen die hem hielpen?", "nee alleen hij")
    assert v(c, "meerdere_slachtoffers") == "onbekend"
    assert v(c, "meerdere_plegers") == "nee"


# -- honest confidence --------------------------------------------------------
def test_fit_smooths_and_abstains_where_guesses_lose_to_onbekend():
    rows = []
    for i in range(6):  # a kind of evidence that was wrong 5 of 6 times, where 'onbekend' was right
        rows.append((f"c{i}", "acuut_onveilig", "acuut_onveilig|afgeleid|value", i == 0, i != 0))
    for i in range(20):
        rows.append((f"d{i}", "acuut_onveilig", "acuut_onveilig|regel|value", i % 10 != 0, False))
    table = fit(rows)
    weak, strong = table["confidence"]["acuut_onveilig|afgeleid|value"], table["confidence"]["acuut_onveilig|regel|value"]
    assert weak < 0.5 < strong < 0.9  # smoothed towards the variable, never the raw 1/6 or 18/20
    assert "acuut_onveilig|afgeleid|value" in table["abstain"] and "acuut_onveilig|regel|value" not in table["abstain"]


def test_unseen_kind_is_never_surer_than_the_rule():
    assert cell("vorm_uitbuiting", "een_bron_die_niet_bestaat", False, 0.3).confidence <= 0.3
    assert isinstance(cell("vorm_uitbuiting", "regel", False, 0.8), Cell)


def test_shipped_table_is_fitted_on_hand_written_chats():
    from zichtbaar.coding.calibration import _data

    data = _data()
    assert data["corpus"]["dev_chats"] >= 80  # two hand-written sets, four authors
    # In-sample the tuned rules beat the table, which is discounted by the tuning gain that did not
    # carry over to unseen authors (TRANSFER, measured): the leave-one-out error is that discount, not more.
    discount = sum(data["optimism"].values()) / len(data["optimism"])
    assert 0.0 <= data["leave_one_chat_out_ece"] < discount + 0.1
    assert all(0.0 < c < 1.0 for c in data["confidence"].values())
    # Rules tuned on the dev chats: their in-sample gain is discounted, so no variable claims
    # more than its dev accuracy before tuning plus half the gain.
    for var, before in data["accuracy_before_tuning"].items():
        assert data["variable"][var] <= before + (1 - before) * 0.5 + 0.05


# -- who is chatting, who was told ----------------------------------------------
def test_care_worker_introduction_is_hulpverlener(code):
    c = code("goedemiddag, ik ben groepsmedewerker in een instelling voor jongeren",
             "een meisje van onze groep moet van haar vriend met mannen mee voor geld")
    assert v(c, "achtergrond_chatter") == "hulpverlener"


def test_answer_naming_who_knows_is_not_a_first_disclosure(code):
    c = code("mijn vriend laat me met mannen slapen voor geld", "C:Heb je dit al aan iemand verteld?", "mijn tante in gent weet het")
    assert v(c, "first_disclosure") == "nee"
    c = code("mijn vriend laat me met mannen slapen voor geld", "C:Heb je dit al aan iemand verteld?", "nee, jij bent de eerste")
    assert v(c, "first_disclosure") == "ja"
