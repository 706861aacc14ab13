"""Paraphrases of causes found on the development sets in session 6. Every
sentence is new, written for this test; each group is one general cause of a
trafficking chat coded "geen":

- drug work said verb first ("ik verkoop coke voor zijn neef"), an address
  the visitor is sent to ("hij appt me een adres waar ik het moet afleveren"),
  "ritjes" that must be made, "lopen voor iemand", "rondjes doen voor", and a
  bag that must be kept ("die sporttas moet ik van hem nog een week bewaren");
- labour exploitation in English ("working without money", "kept our
  passports", "I still owe");
- a bank card or account handed over ("mn pas en code gegeven aan een gast",
  "geld doorheen gehaald");
- camming for someone ("mijn ex liet me cammen");
- the visitor's own word for it, said and not asked ("vroeger had ik een
  loverboy", "zij was in handen van een pooier");
- a counselor's question that only names what the visitor's message before it
  meant ("ik moet dingen pakken" — "Pakken, bedoel je stelen?" — "ja").

And for dwangmiddelen: a made-up debt with its amount, papers kept, a parent's
authority ("anders"; guilt is no debt); the exploiter's age said in more ways
(an age gap); "Hoe oud is je vriend?" — "23" — "En jij?" — "14" gives the
visitor's age as 14, not 23. And for meerdere_plegers: "voor de oudere jongens
van ...", "samen met nog twee anderen", "een vriend van hem die haar ophaalde",
"hij en die neef van hem", "zijn broer X, die haalt het geld op". And for
pleger_relatie: "mijn ex uit de stad die mij ...", "de vader van mijn
dochtertje", "mijn toenmalige vriend", "ik woon bij mn vriend ... en hij",
"een soort van vriend", a bare "mn vriend" with the story a few lines on; a
confidant named in answer to "aan wie kun je het vertellen?" is not the
exploiter. And for duur: "sinds" a month or a holiday (pinksteren,
meivakantie) in a sentence that mentions school, an answer naming when it
began ("krokusvakantie"), "I was 6 weeks with them", "5 maanden nu", "van de
herfstvakantie tot de zomer"; time at a school and a working week are no
duration. And for ontmoeting: "in de winter leren kennen via snap" (a time is
no place), "die jongen van tiktok", "een soort vriend via discord", "via insta
zag ik een story", "benaderd op instagram"; in person at places the rules did
not list (the tram, a snackbar, "mn bario", the beach). And for
first_disclosure: an earlier chat "hier ... gechat", "ik heb t half verteld",
"alleen mn oudste nicht X weet een beetje", a friend who says to go to the
police. And for acuut_onveilig: messages, calls and debt claims after it ended
("het is uit", "opgepakt", "I left") do not make it ongoing; while nothing says
it ended they still count. A relative who only owns a thing in the story ("de
pinpas van mn vader"), comes home, calls or is threatened is not the exploiter.
And for achtergrond_chatter: "schoolmaatschappelijk werker", "ik begeleid een
jongen", a school paper (anders), a date booked through an ad (klant), a return
about someone one worries for ("gechat over mijn zusje"; a victim returning
about the exploiter stays the victim), "mijn vriend zit in iets". And for
meerdere_slachtoffers: "X uit mijn klas moet het ook doen", "zij zit ook bij
hem", "er zouden meerdere meisjes zijn", "er werkt ook een neefje", a sibling
who "moet het nu doen"; girls who gossip are no other victims. And for
criminele_activiteiten: running drugs as "runt voor", "zakken naar X brengen",
"pakketjes van X naar Y", "ritjes", "moet het wegbrengen", "zoveel gelopen";
groceries for a grandmother are no drug running. And for geweld: threats
against the victim's family ("ze weten waar mn broertje op school zit", "hij
doet mn moeder iets", "een ongelukje"), "ze gaan me vinden". And sexual
exploitation told back: "heeft me een jaar laten werken voor hem", "moest voor
hem werken ... met mannen", "dat cam gedoe", "op een sekssite stond". A
threat of the street ("dan sta ik op straat", "mag ik eruit", "sleep on street")
means the victim lives in ("inwonend"). Sextortion: "dat ie ze naar iedereen
van mijn oude school stuurt", "het in de klassengroep zet", "anders post hij
hem overal", "al mijn content", "naar mn vader gaat met de fotos". How long
in English: "I came here 6 weeks ago", "4 months now", "around 9 months",
"since March". Someone "van de gym" or "van een jaar of 23 uit de buurt" is
the social environment.

Counter-cases: selling one's own things, running away from someone, walking
rounds in a park, a question about loverboys, having none, feeling guilty, an
adult just older than a young adult, boys from one's class.
"""

from __future__ import annotations

import pytest

CRIME = [
    ("ik verkoop coke voor zijn neef in de buurt",),
    ("hij appt me elke avond een adres waar ik het moet afleveren",),
    ("vorige week moest ik drie ritjes maken naar den bosch",),
    ("ik loop voor die jongens sinds de zomer", "ze zeggen dat ik schuld heb"),
    ("die sporttas moet ik van hem nog een week bewaren", "anders komen ze langs"),
    ("hij sloeg me omdat ik niet meer wilde bewaren",),
    ("ik heb mn pas en code gegeven aan een gast op het station", "nu willen ze het nog een keer"),
    ("ik heb mijn rekening gegeven aan een jongen van school en hij heeft er duizenden euro doorheen gehaald",),
    ("mijn neefje loopt nog steeds voor ze bij het winkelcentrum",),
    ("in de zomer moest ik zijn zwarte tas bewaren onder mijn bed",),
    ("hij doet 's avonds rondjes voor die gasten van het plein",),
    ("ze zeiden dat ik geld moest opnemen met de pas van mijn vader en het bij de brievenbus moest neerleggen",),
]


@pytest.mark.parametrize("texts", CRIME)
def test_made_to_crime_in_more_phrasings(code, texts):
    assert code(*texts).values["vorm_uitbuiting"] == "crimineel"


@pytest.mark.parametrize("texts", [
    ("ik verkoop mijn oude spullen op marktplaats want ik heb geld nodig",),
    ("ik liep voor hem weg toen hij boos werd",),
    ("we liepen rondjes door het park met de hond",),
])
def test_selling_ones_own_things_or_running_away_is_no_crime(code, texts):
    assert code(*texts).values["vorm_uitbuiting"] == "geen"


SEX = [
    ("mijn ex liet me elke avond cammen en hij hield het geld",),
    ("vroeger had ik een loverboy, nu gaat het beter",),
    ("mijn zusje heeft een loverboy en ze is nu al drie dagen weg",),
    ("ze was een jaar in handen van een pooier in arnhem",),
]


@pytest.mark.parametrize("texts", SEX)
def test_sexual_exploitation_in_the_visitors_own_words(code, texts):
    assert code(*texts).values["vorm_uitbuiting"] == "seksueel"


@pytest.mark.parametrize("texts", [
    ("heeft mijn dochter een loverboy? hoe weet ik dat",),
    ("ik heb geen loverboy hoor, ik wil alleen iets vragen",),
])
def test_asking_about_a_loverboy_or_having_none_is_not_it(code, texts):
    assert code(*texts).values["vorm_uitbuiting"] == "geen"


@pytest.mark.parametrize("texts", [
    ("I was working without money for a family in Den Haag, cleaning every day",),
    ("The man from the agency kept our passports and we sleep ten in one room",),
    ("he never gave back my passport and now he says I still owe him 2000",),
])
def test_labour_exploitation_in_english(code, texts):
    assert code(*texts).values["vorm_uitbuiting"] == "arbeid"


def test_a_question_naming_what_the_visitor_meant_counts_with_a_yes(code):
    coding = code("er zijn oudere jongens die zeggen dat ik dingen moet meenemen uit de winkel",
                  "C:Meenemen, bedoel je stelen?", "ja", "C:Wat gebeurt er als je nee zegt?", "dan slaan ze me")
    assert coding.values["vorm_uitbuiting"] == "crimineel"
    assert "diefstal" in coding.values["criminele_activiteiten"]


def test_the_same_question_answered_no_is_not_it(code):
    coding = code("er zijn oudere jongens die zeggen dat ik dingen moet meenemen uit de winkel",
                  "C:Meenemen, bedoel je stelen?", "nee ze willen dat ik boodschappen voor ze doe")
    assert coding.values["vorm_uitbuiting"] == "geen"


# -- dwangmiddelen -------------------------------------------------------------
EXPLOITED = "mijn vriend laat me met andere mannen slapen en hij houdt het geld"


@pytest.mark.parametrize("said", [
    "en nu zegt hij dat mijn schuld al 4k is",
    "er was een tas weg en nu moet ik 1500 euro terug",
    "ik moet nog 600 wegwerken zegt hij",
    "hij heeft ook nog steeds mijn paspoort",
    "my boss kept my id card since I came",
    "ze zegt dat het moet want zij is mijn moeder en ik moet luisteren",
    "hij zegt dat ik het hem verschuldigd ben",
])
def test_made_up_debts_kept_papers_and_a_parents_authority_are_other_coercion(code, said):
    assert "anders" in code(EXPLOITED, said).values["dwangmiddelen"]


def test_feeling_guilty_is_no_debt(code):
    assert "anders" not in code(EXPLOITED, "ik voel me zo schuldig tegenover mijn moeder").values["dwangmiddelen"]


@pytest.mark.parametrize("said", [
    "ik ben 15 en hij is zo 26",
    "ik ben 16, hij 23",
    "ik ben 14. mijn vriend jordy, 22 jaar, haalt me op",
    "ik ben 15. hij heet kevin en zegt dat hij 24 is",
    "ik ben 14. die man is rond de dertig",
])
def test_the_exploiters_age_in_more_phrasings_makes_an_age_gap(code, said):
    assert "leeftijdsverschil" in code(EXPLOITED, said).values["dwangmiddelen"]


def test_an_adult_just_older_than_a_young_adult_is_no_age_gap(code):
    assert "leeftijdsverschil" not in code(EXPLOITED, "ik ben 19 en hij is rond de twintig").values["dwangmiddelen"]


def test_the_exploiters_age_asked_first_is_not_the_visitors(code):
    coding = code(EXPLOITED, "C:Hoe oud is je vriend?", "23", "C:En jij?", "14", gender="v")
    assert coding.values["leeftijd_slachtoffer"] == 14
    assert "leeftijdsverschil" in coding.values["dwangmiddelen"]


# -- meerdere_plegers ----------------------------------------------------------
@pytest.mark.parametrize("said", [
    "ik moet telefoons jatten voor de oudere jongens van het plein",
    "volgens de politie werkt hij samen met nog drie anderen",
    "er was ook een vriend van hem die haar elke keer ophaalde",
    "hij en die broer van hem zijn altijd samen",
    "soms komt zijn neef ricky, die haalt dan het geld op",
])
def test_a_second_exploiter_in_more_phrasings(code, said):
    assert code(EXPLOITED, said).values["meerdere_plegers"] == "ja"


def test_boys_from_ones_class_are_no_second_exploiter(code):
    assert code(EXPLOITED, "ik zit bij de jongens van mijn klas voor wiskunde").values["meerdere_plegers"] != "ja"


# -- pleger_relatie ------------------------------------------------------------
@pytest.mark.parametrize("texts", [
    ("ik heb hier vorige maand gechat. over mijn ex uit de stad die mij met zijn vrienden liet slapen voor geld",),
    ("ik ben weg bij de vader van mijn dochtertje. hij liet mij met mannen naar bed gaan en hield het geld",),
    ("het gaat over mijn toenmalige vriend, hij liet me op een site werken",),
    ("ik woon bij mn vriend in de flat en hij zet mij op een site. dan komen er mannen",),
    ("ik heb een soort van vriend. hij laat me met zijn maten slapen voor geld",),
    ("mn vriend", "ik weet niet hoe ik het moet zeggen", "we kennen elkaar al een jaar", "hij laat me elke avond cammen voor geld"),
])
def test_the_boyfriend_or_ex_in_more_phrasings(code, texts):
    assert code(*texts).values["pleger_relatie"] == "partner"


def test_a_confidant_named_in_an_answer_is_not_the_exploiter(code):
    coding = code("iemand op snap die ik niet ken laat me fotos verkopen aan mannen",
                  "C:Is er iemand die je vertrouwt, aan wie je het kunt vertellen?", "mn oom mss")
    assert coding.values["pleger_relatie"] != "familie"


# -- duur ----------------------------------------------------------------------
@pytest.mark.parametrize("texts, detail", [
    (("sinds september ongeveer zit ik hierin",), None),
    (("sinds de meivakantie geeft hij mij pakjes die ik op school moet verkopen",), None),
    (("C:Sinds wanneer gaat dit zo?", "krokusvakantie"), None),
    (("sinds de pinksteren moet ik dit",), None),
    (("I was 6 weeks with them in that house",), "korter_dan_3_maanden"),
    (("5 maanden nu",), "3_tot_12_maanden"),
    (("het heeft geduurd van de herfstvakantie tot de zomer",), "3_tot_12_maanden"),
    (("het ging van april vorig jaar tot augustus",), "1_tot_2_jaar"),
])
def test_how_long_in_more_phrasings(code, texts, detail):
    coding = code(EXPLOITED, *texts)
    assert coding.values["duur"] in ("<1 jaar", "1-2 jaar")
    if detail:
        assert coding.values["duur_detail"] == detail


@pytest.mark.parametrize("said", ["ik zit sinds 2 jaar op deze school", "ik werk van maandag tot vrijdag"])
def test_time_at_school_or_a_working_week_is_no_duration(code, said):
    assert code(EXPLOITED, said).values["duur"] == "onbekend"


# -- ontmoeting ----------------------------------------------------------------
@pytest.mark.parametrize("said", [
    "ik heb hem in de winter leren kennen via snap, hij woont in een ander dorp",
    "het gaat over die jongen van tiktok",
    "ik heb een soort vriend via discord",
    "via insta zag ik een story van een account dat geld beloofde",
    "ik werd benaderd op instagram door een modellenbureau",
])
def test_met_online_in_more_phrasings(code, said):
    assert code(EXPLOITED, said).values["ontmoeting"] == "online"


@pytest.mark.parametrize("said", [
    "ik ken hem van de tram naar school",
    "ik heb hem leren kennen bij de snackbar in het dorp",
    "er is een gast uit mn bario, die regelt het",
    "ik heb hem in de zomer leren kennen op het strand",
])
def test_met_in_person_in_more_phrasings(code, said):
    assert code(EXPLOITED, said).values["ontmoeting"] == "offline"


# -- first_disclosure -----------------------------------------------------------
@pytest.mark.parametrize("said", [
    "ik heb hier in de zomer ook gechat maar toen durfde ik niks",
    "mijn oom zag het en ik heb t half verteld",
    "alleen mn oudste nicht sanne weet een beetje",
    "toen heb ik alles verteld aan de juf",
    "mijn beste vriend zegt dat ik naar de politie moet",
])
def test_told_someone_before_in_more_phrasings(code, said):
    assert code(EXPLOITED, said).values["first_disclosure"] == "nee"


# -- acuut_onveilig ------------------------------------------------------------
PAST_STORY = "mijn ex liet me vorig jaar met zijn vrienden slapen voor geld"


@pytest.mark.parametrize("said", [
    "het is uit sinds de zomer. maar hij stuurt me nog steeds berichten",
    "hij is in maart opgepakt en nu belt zijn neef me nog steeds over een schuld",
    "I left in january. he still sends me voice messages that I owe him",
])
def test_messages_after_it_ended_do_not_make_it_ongoing(code, said):
    assert code(PAST_STORY, said).values["acuut_onveilig"] == "nee"


def test_messages_while_nothing_says_it_ended_still_count(code):
    assert code(EXPLOITED, "hij stuurt me nog steeds berichten waar ik moet zijn").values["acuut_onveilig"] == "ja"


@pytest.mark.parametrize("said", [
    "nu willen ze dat ik het weer doe met de pinpas van mn vader",
    "ik moet stoppen mn moeder komt thuis",
    "de bewaker hield me vast en belde mn tante",
    "hij zegt dat mijn broertje een ongelukje krijgt als ik stop",
])
def test_a_relative_in_the_story_is_not_the_exploiter(code, said):
    coding = code(said, "een gast uit de buurt laat me pakketjes met coke rondbrengen en hij houdt het geld")
    assert coding.values["pleger_relatie"] != "familie"


# -- achtergrond_chatter -------------------------------------------------------
@pytest.mark.parametrize("texts, chatter", [
    (("Goedemiddag, ik ben schoolmaatschappelijk werker op een mavo.", "Een leerling van 14 moet pakketjes rondbrengen."), "hulpverlener"),
    (("Ik begeleid een jongen van 16 die voor een groep oudere jongens moet dealen.",), "hulpverlener"),
    (("hoi, ik maak een werkstuk over loverboys voor biologie", "hoe vaak komt het voor?"), "anders"),
    (("Ik heb via een advertentie op internet een afspraak gemaakt met een dame.", "Ze leek me heel jong en bang."), "klant"),
    (("hoi ik heb vorige maand gechat over mijn zusje", "het is erger, ze is weer bij hem"), "familielid"),
    (("mijn vriend zit in iets en ik weet niet wat ik moet", "hij moet voor een gast pakketjes wegbrengen"), "partner"),
])
def test_who_is_chatting_in_more_phrasings(code, texts, chatter):
    assert code(*texts, gender="v").values["achtergrond_chatter"] == chatter


def test_a_victim_returning_about_the_exploiter_is_still_the_victim(code):
    assert code("hoi ik heb eerder gechat over mn ex", "hij laat me nog steeds met mannen slapen").values["achtergrond_chatter"] == "slachtoffer"


# -- meerdere_slachtoffers -----------------------------------------------------
@pytest.mark.parametrize("said", [
    "daan uit mijn klas moet het ook doen, die is pas 13",
    "ik en roos. zij zit ook bij hem",
    "volgens de politie zouden er meerdere meisjes zijn",
    "er zijn ook andere jonge jongens uit de flat die het moeten doen",
    "er werkt ook een neefje van 14 in de keuken",
    "ik ben weg maar mn zusje woont er nog en die moet het nu doen",
])
def test_other_victims_in_more_phrasings(code, said):
    assert code(EXPLOITED, said).values["meerdere_slachtoffers"] == "ja"


def test_other_girls_gossiping_are_no_other_victims(code):
    assert code(EXPLOITED, "de andere meiden op school roddelen over mij").values["meerdere_slachtoffers"] != "ja"


# -- criminele_activiteiten -----------------------------------------------------
@pytest.mark.parametrize("said", [
    "hij zegt dat hij runt voor een gast uit zuid",
    "ik moest drie zakken naar lelystad brengen met de bus",
    "pakketjes van de bijlmer naar almere, vaak s nachts",
    "ik deed ritjes naar den bosch voor ze",
    "soms moet ik het ook wegbrengen",
    "ik heb al zoveel gelopen en de schuld wordt alleen meer",
])
def test_drug_running_in_more_phrasings(code, said):
    assert "drugs_vervoeren_verhandelen" in code(said).values["criminele_activiteiten"]


def test_bringing_groceries_is_no_drug_running(code):
    assert code("ik moet de boodschappen naar mijn oma brengen").values["criminele_activiteiten"] == []


# -- geweld: threats against family, said in more ways -------------------------
@pytest.mark.parametrize("said", [
    "ze weten waar mn broertje op school zit",
    "hij weet precies waar mijn zus [naam-2] werkt",
    "hij zegt hij doet mn moeder iets",
    "hij zei dat hij mn zusje ilse gaat pakken als ik stop",
    "hij zegt dat mijn vader een ongelukje krijgt",
    "ze zeggen dat ze me gaan vinden",
])
def test_threats_against_the_victim_or_family_are_violence(code, said):
    assert "geweld" in code(EXPLOITED, said).values["dwangmiddelen"]


@pytest.mark.parametrize("said", ["ik weet waar mijn school is", "mn moeder vermoordt me als ze het weet"])
def test_ordinary_words_are_no_threat(code, said):
    assert "geweld" not in code(EXPLOITED, said).values["dwangmiddelen"]


@pytest.mark.parametrize("texts", [
    ("mijn ex heeft me een jaar lang laten werken voor hem", "met mannen in hotels"),
    ("ik moest voor hem werken toen ik 15 was, drie maanden lang, met mannen",),
    ("daar moest ik in een appartement werken, met mannen",),
    ("hoi ik ben het weer, van dat cam gedoe vorig jaar",),
    ("de politie zegt dat ze op een sekssite stond met foto's",),
])
def test_sexual_exploitation_told_back_in_more_phrasings(code, texts):
    assert code(*texts).values["vorm_uitbuiting"] == "seksueel"


@pytest.mark.parametrize("said", ["ik werk met oudere mannen in de zorg", "ik moest voor hem werken in zijn garage"])
def test_ordinary_work_is_no_sexual_exploitation(code, said):
    assert code(said).values["vorm_uitbuiting"] == "geen"


@pytest.mark.parametrize("said", [
    "hij zegt als ik nie meewerk dan sta ik op straat",
    "dan zegt hij pak je spullen, slaap maar op straat",
    "als ik nee zeg mag ik eruit",
    "hij zegt als ik stop, ik moet weg uit de kamer",
    "he says if I don't work I can sleep on street",
])
def test_a_threat_of_the_street_means_living_in(code, said):
    assert "inwonend" in code(EXPLOITED, said).values["dwangmiddelen"]


def test_sleeping_at_grandmas_is_no_threat_of_the_street(code):
    assert "inwonend" not in code(EXPLOITED, "ik slaap vannacht bij mijn oma").values["dwangmiddelen"]


@pytest.mark.parametrize("texts", [
    ("hij heeft fotos van me", "hij zegt dat ie ze naar iedereen van mijn oude school stuurt als ik stop"),
    ("er is een filmpje van mij", "hij zegt dat ie het in de klassengroep zet als ik nie kom"),
    ("hij heeft een nep naaktfoto gemaakt", "ik moet doen wat hij zegt anders post hij hem overal"),
    ("hij dreigt om al mijn content naar mijn broers en ouders te sturen",),
    ("hij zegt dat hij dan naar mn vader gaat met de fotos",),
])
def test_sextortion_in_more_phrasings(code, texts):
    assert "sextortion" in code(EXPLOITED, *texts).values["dwangmiddelen"]


@pytest.mark.parametrize("said, detail", [
    ("I came here 6 weeks ago for work on a farm", "korter_dan_3_maanden"),
    ("4 months now", "3_tot_12_maanden"),
    ("I worked there around 9 months", "3_tot_12_maanden"),
    ("I came here with my cousin 8 months ago", "3_tot_12_maanden"),
])
def test_how_long_in_english(code, said, detail):
    coding = code("I must work 14 hours every day and the boss keeps my passport", said)
    assert coding.values["duur_detail"] == detail


@pytest.mark.parametrize("said", [
    "een gast van de gym vroeg of ik mn pas wou uitlenen en nu moet ik geld pinnen voor hem",
    "degene die het regelt is een jongen van een jaar of 23 uit de buurt, hij laat ze stelen",
])
def test_someone_from_the_gym_or_the_neighbourhood_is_the_social_environment(code, said):
    assert code(said).values["pleger_relatie"] == "sociale_omgeving"


def test_how_he_writes_now_is_not_where_they_met(code):
    assert code(EXPLOITED, "die gast appt me elke dag via whatsapp").values["ontmoeting"] == "onbekend"
