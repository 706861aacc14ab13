"""Synthetic name, place and school lists for the demo corpus.

Names include ordinary Dutch words ('roos', 'storm', 'bas', 'mark', 'jade',
'rik') on purpose: a pseudonymiser that only looks names up in a dictionary of
capitalised names misses exactly these in chat Dutch.
"""

from __future__ import annotations

GIRLS = (
    "lisa", "emma", "julia", "sanne", "lotte", "roos", "jade", "fleur", "sterre", "noor", "iris", "eva",
    "anna", "sophie", "tess", "lynn", "mila", "zoë", "sara", "yara", "nina", "lieke", "britt", "demi",
    "kim", "amber", "chantal", "kelly", "naomi", "esmee", "romy", "isa", "femke", "maud", "puck", "lief",
    "daphne", "merel", "ilse", "joy", "shanice", "aya", "amira", "fatima", "nour", "samira", "ayla",
    "dewi", "elif", "priya", "bo", "storm", "hannah", "jasmijn", "vera", "anouk", "floor", "madelief",
    "rosa", "liv", "jill", "sky", "kiki", "melissa", "tamara", "wendy", "sharon", "bianca", "dana",
)
BOYS = (
    "bas", "mark", "rik", "storm", "daan", "sem", "luuk", "thijs", "tim", "jesse", "lars", "milan",
    "noah", "finn", "bram", "stijn", "ruben", "kevin", "dylan", "jayden", "mohamed", "youssef", "bilal",
    "ricardo", "jordy", "jeffrey", "gino", "dennis", "patrick", "sven", "koen", "wouter", "joey", "max",
    "mike", "rico", "omar", "ilias", "mehmet", "anil", "justin", "damian", "levi", "sam", "jim", "twan",
    "roy", "ray", "chris", "nick", "ferhat", "said", "jamal", "gerrit", "henk", "peter", "rob", "hans",
    "kees", "ronald", "erik", "frank", "jan", "wim", "berend", "sjoerd", "arjen", "hugo", "teun",
)
COUNSELORS = ("anouk", "marloes", "sanne", "ilse", "esther", "ruth", "jolien", "karin", "miriam", "noor", "femke", "wietske")
SURNAMES = (
    "de vries", "jansen", "de jong", "bakker", "visser", "smit", "meijer", "van dijk", "mulder", "bos",
    "vos", "peters", "hendriks", "van leeuwen", "dekker", "brouwer", "de wit", "dijkstra", "smits",
    "de graaf", "van der meer", "kok", "jacobs", "de haan", "vermeulen", "van den berg", "van der linden",
    "postma", "kuipers", "veenstra", "schouten", "willems", "hoekstra", "van wijk", "koster", "prins",
    "huisman", "peeters", "el amrani", "yilmaz", "kaya", "bouzid", "martina", "pinas", "nguyen",
    "van der heijden", "claassen", "wouters", "de boer", "van beek", "timmermans", "groen", "storm",
)
# town -> neighbourhoods (may be empty)
TOWNS: dict[str, tuple[str, ...]] = {
    "amsterdam": ("de bijlmer", "zuidoost", "nieuw-west", "osdorp", "de pijp", "noord"),
    "rotterdam": ("charlois", "feijenoord", "ijsselmonde", "crooswijk", "het oude noorden", "zuid"),
    "den haag": ("de schilderswijk", "transvaal", "moerwijk", "escamp", "ypenburg"),
    "utrecht": ("overvecht", "kanaleneiland", "lunetten", "leidsche rijn", "zuilen"),
    "eindhoven": ("woensel", "strijp", "tongelre", "gestel"),
    "groningen": ("vinkhuizen", "beijum", "de wijert", "selwerd", "paddepoel"),
    "tilburg": ("de reeshof", "noord", "west"),
    "almere": ("almere buiten", "almere haven", "almere poort"),
    "breda": ("de haagse beemden", "princenhage", "heuvel"),
    "nijmegen": ("dukenburg", "lindenholt", "de hatert"),
    "arnhem": ("presikhaaf", "malburgen", "het broek"),
    "zwolle": ("holtenbroek", "stadshagen", "de aa-landen"),
    "leeuwarden": ("heechterp", "bilgaard", "vrijheidswijk"),
    "enschede": ("velve-lindenhof", "de magistraat", "wesselerbrink"),
    "emmen": ("angelslo", "bargeres", "emmerhout"),
    "apeldoorn": ("zevenhuizen", "de maten"),
    "haarlem": ("schalkwijk", "de waarderpolder"),
    "amersfoort": ("vathorst", "kruiskamp", "schothorst"),
    "den bosch": ("de kruiskamp", "rosmalen"),
    "assen": (), "deventer": (), "leiden": (), "dordrecht": (), "zoetermeer": (), "delft": (),
    "alkmaar": (), "venlo": (), "heerlen": (), "maastricht": (), "helmond": (), "oss": (), "hoorn": (),
    "capelle": (), "spijkenisse": (), "hoogeveen": (), "kampen": (), "meppel": (), "drachten": (),
    "sneek": (), "den helder": (), "lelystad": (), "ede": (), "gouda": (), "purmerend": (),
    "vlaardingen": (), "schiedam": (), "roosendaal": (), "bergen op zoom": (), "goes": (),
    "middelburg": (), "vlissingen": (), "zaandam": (), "hilversum": (), "veenendaal": (),
    "harderwijk": (), "stadskanaal": (), "winschoten": (), "terneuzen": (), "weert": (),
    "antwerpen": ("borgerhout", "deurne"), "gent": (),
}
SCHOOL_NAMES = (
    "dalton college", "het stedelijk lyceum", "het christelijk college", "het erasmus college",
    "het da vinci college", "het comenius college", "het montessori lyceum", "de nieuwe havo",
    "het vathorst college", "het oranje lyceum", "het ichthus college", "het vakcollege",
    "het kompas college", "de praktijkschool", "het grafisch lyceum", "het hooghuis", "het noorderpoort",
    "het rijnlands lyceum", "het baken", "de vmbo school", "het gomarus college", "het lorentz lyceum",
    "het willem lodewijk gymnasium", "het stedelijk gymnasium", "het atlas college", "het lyceum",
)
BASIS = ("basisschool de regenboog", "de wilgenhof", "obs de springplank", "basisschool het kompas", "de vlinderboom")
MBO = ("het roc", "het mbo", "de hogeschool", "de uni", "de mbo")
STREETS = (
    "kerkstraat", "dorpsstraat", "schoolstraat", "molenweg", "stationsweg", "julianastraat",
    "beatrixlaan", "wilhelminastraat", "nieuwstraat", "marktstraat", "lindelaan", "eikenlaan",
    "parallelweg", "spoorstraat", "kastanjelaan", "rozenstraat", "tulpstraat", "sportlaan",
    "van goghstraat", "rembrandtlaan", "berkenlaan", "prinses irenestraat", "hoofdstraat",
    "zuiderweg", "vondelstraat", "de ruyterstraat", "merelstraat", "esdoornlaan", "industrieweg",
)
EMAIL_DOMAINS = ("gmail.com", "hotmail.com", "outlook.com", "live.nl", "hotmail.nl", "icloud.com", "ziggo.nl", "kpnmail.nl")
CAR_MODELS = ("zwarte golf", "witte audi", "grijze bmw", "zwarte mercedes", "blauwe polo", "scooter", "witte bus")
