"""Synthetic name, place and school lists for the demo corpus, and how often each is drawn.

The lists are long and skewed on purpose. Real chatters carry thousands of first
names of every origin and live in hundreds of places, a few of them common and
most of them rare; with short uniform lists every name recurs in dozens of chats
and a shared name says nothing about whether two chats are one person's. So each
list is ordered from common to rare and drawn with a Zipf-Mandelbrot weight by
position, 1 / (rank + q): the larger q, the flatter the head. Towns are drawn by
population instead.

Names include ordinary Dutch words ('roos', 'storm', 'bas', 'mark', 'jade',
'rik', 'merel', 'mees', 'angel', 'long') on purpose: a pseudonymiser that only
looks names up in a dictionary of capitalised names misses exactly these in chat
Dutch. They sit at the rank they have among real names, not at the top.

The lists were written for the generator by hand and must stay independent of
the detector's own lists (zichtbaar/privacy/data), or the demo corpus would only
test what the detector already knows.
"""

from __future__ import annotations

import random
from bisect import bisect
from dataclasses import dataclass
from itertools import accumulate


@dataclass(frozen=True, slots=True)
class Pool:
    """Items with fixed draw weights, summed once so that a draw costs one bisect."""

    items: tuple[str, ...]
    cum_weights: tuple[float, ...]

    @classmethod
    def zipf(cls, items: tuple[str, ...], q: float) -> Pool:
        """Weight 1 / (rank + q): the list order is the popularity order."""
        return cls(items, tuple(accumulate(1.0 / (rank + q) for rank in range(len(items)))))

    @classmethod
    def weighted(cls, pairs: tuple[tuple[str, float], ...]) -> Pool:
        items, weights = zip(*pairs)
        return cls(tuple(items), tuple(accumulate(weights)))

    def draw(self, rng: random.Random) -> str:
        """Same draw as ``rng.choices(items, cum_weights=...)[0]`` (one ``rng.random()``), without its per-call overhead."""
        cum = self.cum_weights
        return self.items[bisect(cum, rng.random() * cum[-1], 0, len(cum) - 1)]

    def share(self, item: str) -> float:
        """The probability of drawing `item` (for tests and documentation)."""
        i = self.items.index(item)
        return (self.cum_weights[i] - (self.cum_weights[i - 1] if i else 0.0)) / self.cum_weights[-1]


# Ordered roughly by how common the name is among people born 1975-2012 in the
# Netherlands (the chatters, their partners, parents and exploiters), old Dutch
# names lower because the chatters are mostly young.
GIRLS = (
    "emma", "lisa", "julia", "sanne", "sophie", "anna", "lotte", "eva", "fleur", "iris", "sara", "tess",
    "fatima", "lieke", "noa", "isa", "anouk", "femke", "laura", "britt", "demi", "lynn", "esmee", "romy",
    "nina", "zoë", "mila", "roos", "jade", "noor", "yara", "maud", "amy", "kim", "sarah", "lara",
    "sophia", "lina", "saar", "milou", "evi", "elin", "liv", "luna", "nora", "olivia", "sofie", "hannah",
    "amber", "chantal", "kelly", "naomi", "daphne", "merel", "ilse", "manon", "marloes", "kimberley", "denise", "melissa",
    "nikki", "joyce", "stephanie", "jessica", "jasmijn", "vera", "floor", "rosa", "jill", "kiki", "puck", "lieve",
    "fenna", "ella", "nova", "aya", "salma", "nour", "hiba", "yasmina", "imane", "malak", "amira", "ikram",
    "mirthe", "pleun", "tamara", "anne", "elif", "zeynep", "esra", "ecrin", "maryam", "meryem", "khadija", "sena",
    "bo", "isabel", "isabella", "veerle", "marit", "linde", "hanne", "lisanne", "danique", "kyra", "evy", "lauren",
    "elise", "lois", "nienke", "feline", "fenne", "sterre", "norah", "yfke", "suze", "lize", "juul", "pien",
    "wendy", "sharon", "bianca", "linda", "sandra", "monique", "esther", "marieke", "mariska", "miranda", "angela", "yvonne",
    "shanice", "chelsea", "priya", "samira", "hanan", "dewi", "naima", "nadia", "hafsa", "chaimae", "oumaima", "douae",
    "merve", "selin", "irem", "dilara", "busra", "kubra", "ilayda", "defne", "hatice", "ayse", "fatma", "ayla",
    "tessa", "rianne", "suzanne", "mandy", "samantha", "larissa", "cynthia", "sabrina", "danielle", "nicole", "carmen", "natasja",
    "petra", "ingrid", "karin", "annemiek", "sabine", "kirsten", "inge", "saskia", "judith", "marion", "jolanda", "simone",
    "sky", "storm", "hazel", "ivy", "ruby", "julie", "charlotte", "emily", "lily", "maya", "mia", "zara",
    "ilona", "tanja", "debby", "jacqueline", "jolien", "marleen", "esmeralda", "wilma", "anita", "mirjam", "ellen", "marjolein",
    "anjali", "sunita", "shanti", "kavita", "reshma", "nisha", "shivani", "sharmila", "ashna", "anisha", "asha", "varsha",
    "sharona", "naomie", "latisha", "rochelle", "shakira", "tyra", "kayla", "jaylinn", "sharde", "shirley", "roxanne", "chanel",
    "kasia", "magda", "zuzanna", "natalia", "weronika", "wiktoria", "karolina", "paulina", "aleksandra", "dominika", "oliwia", "kinga",
    "ioana", "andreea", "elena", "alexandra", "roxana", "denisa", "cristina", "larisa", "raluca", "mihaela", "georgiana", "florentina",
    "rahaf", "lana", "rama", "sidra", "jana", "hala", "alaa", "ranim", "shahd", "joud", "reem", "raghad",
    "soumaya", "rania", "ghizlane", "houda", "ilham", "latifa", "safae", "wiam", "aicha", "loubna", "najat", "siham",
    "selam", "helen", "senait", "yodit", "luwam", "saba", "rahel", "meron", "winta", "feven", "semhar", "delina",
    "lief", "lot", "pip", "jip", "famke", "fiene", "fay", "indy", "madelief", "guusje", "lente", "bloem",
    "hodan", "faduma", "ayaan", "hibaq", "sahra", "ifrah", "nimco", "ladan", "hamdi", "sagal", "idil", "deeqa",
    "mariam", "zahra", "parwana", "nilofar", "sahar", "zainab", "shabnam", "madina", "mursal", "fereshta", "roya", "yalda",
    "jet", "myrthe", "liza", "loes", "mieke", "ymke", "rosalie", "annabel", "celine", "chloë", "noëlle", "dana",
    "desislava", "gergana", "iva", "yoana", "tsvetelina", "petya", "galina", "nikol", "radostina", "mariya", "viktoria", "teodora",
    "akosua", "abena", "ama", "efua", "adwoa", "afua", "yaa", "akua", "gifty", "mercy", "priscilla", "abigail",
    "mei", "ling", "xin", "ying", "jing", "wen", "yan", "cindy", "jenny", "vicky", "winnie", "vivian",
    "linh", "thao", "trang", "mai", "putri", "sari", "ayu", "indah", "wulan", "nathalie", "patricia", "femmy",
    "sjoukje", "tjitske", "wietske", "baukje", "hiske", "jildou", "janneke", "froukje", "marrit", "sietske", "rixt", "aukje",
    "lucia", "carla", "elisa", "edna", "sonia", "nelsa", "ana", "maria", "jaqueline", "dina", "yolanda", "gisela",
    "shania", "kaylee", "destiny", "genesis", "precious", "blessing", "comfort", "charity", "faith", "joy", "grace", "hope",
    "eline", "renske", "hester", "tineke", "joke", "els", "riet", "annelies", "marlies", "gerda", "henny", "corrie",
)
BOYS = (
    "daan", "sem", "thomas", "lucas", "tim", "mohamed", "lars", "jesse", "milan", "ruben", "bram", "thijs",
    "luuk", "stijn", "kevin", "niels", "jeroen", "noah", "finn", "levi", "sven", "max", "tom", "rick",
    "dennis", "mark", "bas", "nick", "koen", "joris", "wouter", "mike", "jordy", "youssef", "jasper", "gijs",
    "liam", "sam", "dylan", "jayden", "hugo", "teun", "jens", "rik", "robin", "mees", "siem", "julian",
    "adam", "ayoub", "bilal", "hamza", "ilias", "amine", "anas", "yassine", "ismail", "rayan", "mehdi", "zakaria",
    "mehmet", "emre", "burak", "yusuf", "mert", "kerem", "arda", "ahmet", "ali", "murat", "hakan", "can",
    "patrick", "michael", "martijn", "vincent", "sander", "bart", "maarten", "stefan", "roy", "ricardo", "jeffrey", "danny",
    "peter", "erik", "frank", "jan", "rob", "marco", "richard", "martin", "john", "edwin", "arjan", "remco",
    "gino", "romano", "quincy", "jerrel", "marvin", "orlando", "sergio", "giovanni", "jermaine", "glenn", "delano", "dwight",
    "olivier", "stan", "cas", "thijmen", "niek", "pim", "dex", "morris", "senn", "roan", "vince", "benjamin",
    "anil", "ravi", "rishi", "sunil", "vikash", "ajay", "rakesh", "navin", "ashwin", "rajesh", "kiran", "vishal",
    "owen", "ryan", "sil", "jack", "dean", "joep", "rens", "floris", "wessel", "quinn", "mick", "kai",
    "said", "rachid", "khalid", "karim", "nordin", "mustafa", "hassan", "hicham", "jamal", "redouan", "mounir", "nabil",
    "melvin", "wesley", "jordi", "mitchell", "jamie", "justin", "damian", "joey", "rico", "dion", "xander", "brian",
    "tygo", "fedde", "melle", "luca", "duuk", "tobias", "elias", "joshua", "vigo", "jort", "boaz", "mats",
    "henk", "gerrit", "hans", "kees", "ronald", "wim", "paul", "rene", "marcel", "ruud", "harry", "theo",
    "guus", "ties", "tijn", "sep", "jurre", "job", "storm", "pepijn", "quinten", "ivo", "boris", "hidde",
    "tarik", "younes", "yahya", "ibrahim", "ilyas", "marouan", "achraf", "anouar", "badr", "faysal", "samir", "soufiane",
    "furkan", "enes", "kaan", "berat", "emir", "omer", "osman", "kemal", "ferhat", "ozan", "tolga", "baran",
    "gert", "bert", "ton", "fred", "johan", "andre", "erwin", "roel", "raymond", "leon", "ferry", "mario",
    "ahmad", "mohammad", "omar", "khaled", "abdullah", "mahmoud", "ammar", "yazan", "ahmed", "rami", "majd", "firas",
    "kacper", "jakub", "mateusz", "piotr", "bartek", "kamil", "michal", "pawel", "tomasz", "lukasz", "szymon", "dawid",
    "andrei", "alexandru", "ionut", "mihai", "bogdan", "florin", "cristian", "razvan", "vlad", "gabriel", "marius", "sorin",
    "chris", "ray", "jim", "twan", "arjen", "bob", "jeremy", "anthony", "dominic", "sebastiaan", "alexander", "christiaan",
    "eren", "volkan", "erdem", "batuhan", "onur", "huseyin", "selim", "umut", "deniz", "yigit", "alperen", "serkan",
    "dirk", "joost", "willem", "gerard", "piet", "klaas", "jaap", "cor", "arie", "dick", "berend", "rudi",
    "yonas", "daniel", "filmon", "robel", "samuel", "biniam", "yohannes", "merhawi", "semere", "henok", "amanuel", "dawit",
    "abdi", "mohamud", "abdirahman", "liban", "farah", "guled", "mahad", "abdullahi", "khadar", "ayanle", "warsame", "jama",
    "farid", "jawad", "hamid", "shafiq", "zaki", "nasir", "wahid", "rahim", "sohail", "milad", "navid", "parwiz",
    "sjoerd", "tjeerd", "jelle", "wietse", "jelmer", "sytse", "auke", "bauke", "jorrit", "douwe", "hylke", "gerben",
    "georgi", "ivan", "dimitar", "nikolay", "stoyan", "petar", "kaloyan", "hristo", "todor", "ivaylo", "yordan", "angel",
    "kwame", "kofi", "kwabena", "kwaku", "yaw", "kojo", "kwesi", "emmanuel", "isaac", "prince", "gift", "ebenezer",
    "nelson", "carlos", "joao", "paulo", "manuel", "edmilson", "helder", "adilson", "kelvin", "jair", "jurickson", "shurandy",
    "wei", "jun", "hao", "ming", "jimmy", "tony", "kenny", "ricky", "long", "minh", "tuan", "nam",
    "johnny", "ronny", "freddy", "rudy", "tommy", "yoram", "donny", "stanley", "kenneth", "clarence", "lucien", "virgil",
    "wolf", "bo", "lev", "ole", "jip", "lenn", "noud", "thom", "mart", "gijsbert", "maurits", "diederik",
)
COUNSELORS = ("anouk", "marloes", "sanne", "ilse", "esther", "ruth", "jolien", "karin", "miriam", "noor", "femke", "wietske")
# Ordered by how many people in the Netherlands carry the name, with tussenvoegsels.
SURNAMES = (
    "de jong", "jansen", "de vries", "van den berg", "van dijk", "bakker", "janssen", "visser", "smit", "meijer", "de boer", "mulder",
    "de groot", "bos", "vos", "peters", "hendriks", "van leeuwen", "dekker", "brouwer", "de wit", "dijkstra", "smits", "de graaf",
    "van der meer", "van der linden", "kok", "jacobs", "de haan", "vermeulen", "van den heuvel", "van der veen", "van den broek", "de bruijn", "de bruin", "van der heijden",
    "schouten", "van beek", "willems", "van vliet", "van de ven", "hoekstra", "maas", "verhoeven", "koster", "van dam", "van der wal", "prins",
    "blom", "huisman", "peeters", "de koning", "van wijk", "postma", "kuipers", "kramer", "van den bosch", "van der laan", "bosman", "de lange",
    "yilmaz", "hermans", "wouters", "gerritsen", "veenstra", "martens", "timmermans", "groen", "koopman", "van dongen", "scholten", "willemsen",
    "sanders", "evers", "jonker", "van der ploeg", "vink", "kuijpers", "van loon", "hofman", "vonk", "de ruiter", "van rijn", "van der zee",
    "kaya", "de kok", "verbeek", "molenaar", "van es", "hoogendoorn", "van der horst", "roos", "zwart", "van gils", "de jonge", "van der sluis",
    "klein", "de wolf", "pronk", "wolters", "van rooij", "kooistra", "de leeuw", "huizinga", "bosch", "van der molen", "faber", "post",
    "hoek", "tromp", "de ridder", "van os", "stam", "terpstra", "zijlstra", "bouma", "de vos", "van den akker", "van der pol", "aarts",
    "demir", "sahin", "celik", "yildiz", "el amrani", "bouzid", "benali", "nguyen", "claassen", "storm", "van der meulen", "wiersma",
    "knol", "ter haar", "ten brink", "in 't veld", "van 't hof", "van de kamp", "kamphuis", "ten cate", "van der steen", "de rooij", "op den kamp", "van de water",
    "jellema", "sikkema", "hofstra", "bosma", "haagsma", "sijtsma", "algra", "yntema", "smeets", "hendrikx", "vossen", "wijnen",
    "coenen", "lemmens", "van de laar", "verhagen", "van gestel", "de bont", "van wijngaarden", "ouwehand", "biesheuvel", "bruins", "vermeer", "schipper",
    "yildirim", "ozturk", "aydin", "ozdemir", "arslan", "dogan", "kilic", "aslan", "cetin", "kara", "koc", "kurt",
    "el idrissi", "el haddaoui", "el ouali", "azzouzi", "el hamdaoui", "el ouazzani", "bakkali", "el mokhtari", "tahiri", "amrani", "bouali", "ziani",
    "van der velde", "hoogland", "kerkhof", "heijmans", "van der werf", "van der vlist", "rietveld", "de winter", "zomer", "lammers", "mol", "veldman",
    "ramdin", "ramsaran", "mohan", "sewdien", "ramautar", "jagesar", "bhagwandin", "ramlal", "sital", "lachman", "kalloe", "mahabier",
    "el kaddouri", "boukhari", "ouali", "mansouri", "el hajji", "aouragh", "el khayari", "bennani", "el yaakoubi", "tahri", "haddou", "chaara",
    "pinas", "wijngaarde", "sedney", "esajas", "vriesde", "doelwijt", "zeefuik", "ritfeld", "brunings", "tjon a fat", "lie a ling", "kromodimedjo",
    "bijl", "boersma", "van zanten", "de heer", "van hout", "slot", "sluiter", "westerhof", "hulshof", "nijhuis", "oosterhuis", "wessels",
    "martina", "isenia", "maduro", "cijntje", "rosaria", "janga", "leito", "winklaar", "de windt", "koeiman", "girigorie", "gijsbertha",
    "soekhai", "jankie", "kanhai", "autar", "sewnath", "ramkisoen", "baldew", "ganga", "ramdas", "bisessar", "doekhie", "karijo",
    "fernandes", "lopes", "tavares", "gomes", "da silva", "monteiro", "semedo", "dos santos", "correia", "rodrigues", "pires", "andrade",
    "kowalski", "nowak", "wisniewski", "wojcik", "kaminski", "lewandowski", "zielinski", "szymanski", "wozniak", "dabrowski", "kowalczyk", "mazur",
    "ten hove", "van der vegt", "tuinstra", "kort", "van ommen", "schuurman", "koning", "koek", "vis", "baas", "hak", "boon",
    "popescu", "ionescu", "popa", "dumitru", "constantin", "munteanu", "radu", "stoica", "ivanov", "georgiev", "dimitrov", "petrov",
    "nikolov", "hristov", "stoyanov", "todorov", "alhassan", "al ahmad", "hamdan", "khalil", "haddad", "al khatib", "darwish", "hussein",
    "tesfay", "haile", "tekle", "berhane", "kidane", "gebremedhin", "mehari", "woldu", "abdi", "farah", "warsame", "osman",
    "ahmadi", "rahimi", "hashimi", "karimi", "sultani", "hosseini", "nazari", "amiri", "safi", "popal", "noori", "sadat",
    "mensah", "owusu", "boateng", "asante", "osei", "appiah", "agyeman", "darko", "amoah", "acheampong", "ofori", "danso",
    "chen", "wong", "li", "zhang", "lin", "huang", "wang", "liu", "cheung", "lam", "chan", "tran",
    "le", "pham", "latumahina", "tahapary", "sahetapy", "manuputty", "wattimena", "sarmo", "van der kolk", "van den hoek", "brink", "de haas",
)

# (town, inhabitants in thousands, neighbourhoods). The cities and the larger
# towns with the neighbourhoods their youth name; then towns and villages of
# every province. Two Flemish cities near the border get a small weight.
_TOWN_TABLE: tuple[tuple[str, float, tuple[str, ...]], ...] = (
    ("amsterdam", 930, ("de bijlmer", "zuidoost", "nieuw-west", "osdorp", "de pijp", "noord", "slotervaart", "geuzenveld", "de baarsjes",
                        "bos en lommer", "oost", "de indische buurt", "buikslotermeer", "de jordaan", "gaasperdam", "ijburg")),
    ("rotterdam", 665, ("charlois", "feijenoord", "ijsselmonde", "crooswijk", "het oude noorden", "zuid", "delfshaven", "het nieuwe westen",
                        "bospolder", "tarwewijk", "carnisse", "lombardijen", "ommoord", "prins alexander", "hoogvliet", "overschie",
                        "kralingen", "pendrecht", "zuidwijk", "bloemhof", "hillesluis")),
    ("den haag", 555, ("de schilderswijk", "transvaal", "moerwijk", "escamp", "ypenburg", "laak", "mariahoeve", "bouwlust", "vrederust",
                       "morgenstond", "duindorp", "scheveningen", "het regentessekwartier", "leidschenveen", "wateringse veld")),
    ("utrecht", 365, ("overvecht", "kanaleneiland", "lunetten", "leidsche rijn", "zuilen", "ondiep", "hoograven", "tuinwijk", "lombok",
                      "vleuten", "de meern", "wittevrouwen")),
    ("eindhoven", 240, ("woensel", "strijp", "tongelre", "gestel", "stratum", "meerhoven", "doornakkers")),
    ("groningen", 235, ("vinkhuizen", "beijum", "de wijert", "selwerd", "paddepoel", "lewenborg", "de hoogte", "korrewegwijk", "oosterpark",
                        "de held", "hoogkerk")),
    ("tilburg", 225, ("de reeshof", "noord", "west", "oud-zuid", "groenewoud", "het zand", "stokhasselt", "berkel-enschot", "udenhout")),
    ("almere", 220, ("almere buiten", "almere haven", "almere poort", "almere stad", "almere hout")),
    ("breda", 185, ("de haagse beemden", "princenhage", "heuvel", "de hoge vucht", "tuinzigt", "brabantpark", "ginneken", "belcrum")),
    ("nijmegen", 180, ("dukenburg", "lindenholt", "de hatert", "neerbosch-oost", "de biezen", "bottendaal", "lent", "hees", "heseveld")),
    ("apeldoorn", 165, ("zevenhuizen", "de maten", "zuidbroek", "osseveld", "kerschoten", "orden")),
    ("arnhem", 165, ("presikhaaf", "malburgen", "het broek", "klarendal", "de laar", "geitenkamp", "rijkerswoerd", "elderveld",
                     "het spijkerkwartier")),
    ("haarlem", 163, ("schalkwijk", "de waarderpolder", "het rozenprieel", "delftwijk", "meerwijk", "boerhaavewijk", "haarlem-noord",
                      "de amsterdamse buurt")),
    ("enschede", 160, ("velve-lindenhof", "de magistraat", "wesselerbrink", "twekkelerveld", "deppenbroek", "pathmos", "stroinslanden",
                       "roombeek", "glanerbrug")),
    ("amersfoort", 160, ("vathorst", "kruiskamp", "schothorst", "soesterkwartier", "liendert", "randenbroek", "kattenbroek", "nieuwland",
                         "hoogland")),
    ("den bosch", 157, ("de kruiskamp", "rosmalen", "de muntel", "empel", "maaspoort", "de groote wielen", "boschveld", "hintham")),
    ("zwolle", 130, ("holtenbroek", "stadshagen", "de aa-landen", "diezerpoort", "assendorp", "zwolle-zuid", "westenholte", "kamperpoort")),
    ("zoetermeer", 126, ("meerzicht", "oosterheem", "rokkeveen", "seghwaert", "palenstein", "buytenwegh")),
    ("leeuwarden", 125, ("heechterp", "bilgaard", "vrijheidswijk", "schieringen", "oud-oost", "camminghaburen", "huizum")),
    ("leiden", 125, ("de stevenshof", "de merenwijk", "de kooi", "zuidwest", "de slaaghwijk")),
    ("dordrecht", 120, ("crabbehof", "wielwijk", "sterrenburg", "krispijn", "dubbeldam", "stadspolders")),
    ("maastricht", 120, ("malberg", "pottenberg", "caberg", "wittevrouwenveld", "heer", "wyck", "limmel", "mariaberg")),
    ("ede", 120, ("veldhuizen", "rietkampen", "bennekom", "lunteren")),
    ("alkmaar", 110, ("overdie", "de mare", "oudorp", "huiswaard", "de hoef", "daalmeer")),
    ("emmen", 107, ("angelslo", "bargeres", "emmerhout", "rietlanden", "emmermeer", "noordbarge")),
    ("delft", 105, ("tanthof", "de buitenhof", "voorhof", "wippolder")),
    ("venlo", 102, ("blerick", "tegelen", "venlo-oost")),
    ("deventer", 102, ("de hoven", "keizerslanden", "colmschate", "rivierenwijk", "borgele", "zandweerd")),
    ("helmond", 93, ("brandevoort", "dierdonk", "mierlo-hout", "brouwhuis", "rijpelberg", "stiphout")),
    ("oss", 93, ("ruwaard", "schadewijk", "oss-zuid", "ussen")),
    ("purmerend", 93, ("weidevenne", "overwhere", "de gors", "wheermolen")),
    ("amstelveen", 92, ("westwijk", "bankras", "keizer karelpark", "middenhoven", "elsrijk")),
    ("hilversum", 92, ("hilversum-noord", "de kerkelanden", "liebergen", "de hilversumse meent")),
    ("heerlen", 87, ("heerlerheide", "hoensbroek", "meezenbroek", "heerlerbaan", "vrieheide", "schandelen")),
    ("hengelo", 81, ("berflo es", "groot driene", "slangenbeek", "hasseler es", "wilderinkshoek")),
    ("schiedam", 80, ("nieuwland", "groenoord", "woudhoek", "de gorzen", "kethel")),
    ("lelystad", 80, ("de zuiderzeewijk", "de atolwijk", "boswijk", "waterwijk", "de warande", "kustwijk")),
    ("zaandam", 78, ("poelenburg", "kogerveld", "peldersveld", "rosmolenwijk")),
    ("hoofddorp", 77, ("toolenburg", "overbos", "graan voor visch")),
    ("roosendaal", 77, ("kroeven", "langdonk", "tolberg", "westrand", "kalsdonk")),
    ("vlaardingen", 74, ("de westwijk", "holy", "babberspolder", "ambacht")),
    ("gouda", 74, ("goverwelle", "korte akkeren", "bloemendaal", "plaswijck", "kort haarlem")),
    ("hoorn", 74, ("de kersenboogerd", "grote waal", "risdam", "zwaag")),
    ("almelo", 73, ("de riet", "schelfhorst", "ossenkoppelerhoek", "windmolenbroek", "sluitersveld")),
    ("spijkenisse", 73, ("de akkers", "maaswijk", "groenewoud", "waterland")),
    ("alphen aan den rijn", 75, ("de kerk en zanen", "ridderveld", "de hoorn")),
    ("assen", 69, ("kloosterveen", "marsdijk", "lariks", "pittelo")),
    ("bergen op zoom", 68, ("de gageldonk", "de bergse plaat", "nieuw-borgvliet")),
    ("capelle", 67, ("schollevaar", "oostgaarde", "de middelwatering", "capelle-west")),
    ("veenendaal", 67, ("dragonder", "petenbos", "het franse gat", "dichterswijk")),
    ("zeist", 66, ("vollenhove", "kerckebosch", "crosestein", "hoge dennen")),
    ("nieuwegein", 64, ("batau", "fokkesteeg", "galecop", "jutphaas", "zuilenstein", "doorslag", "vreeswijk")),
    ("sittard", 37, ("overhoven", "ophoven", "limbrichterveld")),
    ("geleen", 32, ("lindenheuvel", "krawinkel")),
    ("roermond", 59, ("de kemp", "donderberg", "roermond-oost")),
    ("doetinchem", 59, ("de huet", "dichteren", "overstegen")),
    ("den helder", 56, ("nieuw den helder", "de schooten", "julianadorp", "tuindorp")),
    ("oosterhout", 56, ("dommelbergen", "vrachelen", "oosterheide")),
    ("rijswijk", 57, ("de strijp", "te werve", "steenvoorde")),
    ("hoogeveen", 56, ("de weide", "krakeel", "erflanden")),
    ("kampen", 55, ("brunnepe", "de maten", "ijsselmuiden")),
    ("terneuzen", 25, ("de triniteit", "zeldenrust")),
    ("woerden", 52, ("schilderskwartier", "snel en polanen")),
    ("heerenveen", 51, ("de greiden", "skoatterwald")),
    ("weert", 50, ("molenakker", "keent", "moesel")),
    ("houten", 50, ("houten-zuid", "de schoneveld")),
    ("middelburg", 49, ("dauwendaele", "magistraatwijk", "de griffioen")),
    ("barendrecht", 49, ("carnisselande", "smitshoek")),
    ("harderwijk", 48, ("drielanden", "stadsweiden", "tweelingstad")),
    ("waalwijk", 48, ("de wachter", "landgoed driessen")),
    ("zutphen", 48, ("de mars", "waterkwartier", "leesten")),
    ("ridderkerk", 47, ("bolnes", "slikkerveer", "het zand")),
    ("soest", 46, ("soesterberg", "soest-zuid")),
    ("veldhoven", 46, ("zilverackers", "d'ekker")),
    ("zwijndrecht", 45, ("heer oudelands ambacht", "walburg")),
    ("kerkrade", 45, ("chevremont", "bleijerheide", "terwinselen")),
    ("vlissingen", 45, ("het lammerenburg", "paauwenburg", "souburg")),
    ("drachten", 45, ("de venen", "de wiken", "drachtstercompagnie")),
    ("venray", 44, ()), ("nijkerk", 44, ()), ("etten-leur", 44, ()), ("uden", 42, ()), ("tiel", 42, ()),
    ("beverwijk", 42, ()), ("huizen", 41, ()), ("wijchen", 41, ()), ("hellevoetsluis", 40, ()), ("voorburg", 40, ()),
    ("wageningen", 40, ()), ("heemskerk", 39, ()), ("goes", 38, ()), ("gorinchem", 38, ()), ("landgraaf", 37, ()),
    ("leidschendam", 35, ()), ("katwijk", 35, ()), ("bussum", 34, ()), ("ijmuiden", 34, ()), ("meppel", 34, ()),
    ("sneek", 34, ()), ("ijsselstein", 34, ()), ("maassluis", 33, ()), ("naaldwijk", 33, ()), ("papendrecht", 32, ()),
    ("oldenzaal", 32, ()), ("boxtel", 32, ()), ("deurne", 32, ()), ("barneveld", 32, ()), ("veghel", 31, ()),
    ("diemen", 31, ()), ("waddinxveen", 31, ()), ("valkenswaard", 31, ()), ("nieuw-vennep", 31, ()), ("culemborg", 30, ()),
    ("uithoorn", 30, ()), ("best", 30, ()), ("stadskanaal", 31, ()), ("emmeloord", 27, ()), ("dronten", 28, ()),
    ("geldrop", 29, ()), ("krimpen aan den ijssel", 29, ()), ("vught", 27, ()), ("brunssum", 27, ()), ("pijnacker", 27, ()),
    ("rijssen", 27, ()), ("zevenaar", 27, ()), ("nijverdal", 25, ()), ("cuijk", 25, ()), ("oud-beijerland", 25, ()),
    ("hardenberg", 20, ()), ("harlingen", 16, ()), ("dokkum", 14, ()), ("franeker", 13, ()), ("joure", 13, ()),
    ("bolsward", 10, ()), ("wolvega", 13, ()), ("lemmer", 10, ()), ("burgum", 11, ()), ("surhuisterveen", 8, ()),
    ("grou", 6, ()), ("workum", 4, ()), ("buitenpost", 6, ()), ("kollum", 5, ()), ("sint annaparochie", 5, ()),
    ("hoogezand", 21, ()), ("veendam", 24, ()), ("winschoten", 18, ()), ("delfzijl", 24, ()), ("appingedam", 11, ()),
    ("leek", 12, ()), ("haren", 19, ()), ("zuidhorn", 8, ()), ("ter apel", 9, ()), ("uithuizen", 5, ()),
    ("musselkanaal", 7, ()), ("oude pekela", 7, ()), ("coevorden", 15, ()), ("roden", 15, ()), ("beilen", 10, ()),
    ("klazienaveen", 12, ()), ("nieuw-amsterdam", 7, ()), ("zuidlaren", 11, ()), ("peize", 4, ()), ("staphorst", 10, ()),
    ("raalte", 21, ()), ("ommen", 11, ()), ("dalfsen", 10, ()), ("steenwijk", 17, ()), ("vriezenveen", 15, ()),
    ("losser", 13, ()), ("haaksbergen", 19, ()), ("goor", 12, ()), ("delden", 7, ()), ("genemuiden", 10, ()),
    ("giethoorn", 3, ()), ("urk", 22, ()), ("zeewolde", 23, ()), ("ermelo", 25, ()), ("putten", 21, ()),
    ("elburg", 13, ()), ("epe", 16, ()), ("winterswijk", 29, ()), ("lichtenvoorde", 13, ()), ("groenlo", 10, ()),
    ("aalten", 13, ()), ("duiven", 16, ()), ("westervoort", 15, ()), ("elst", 22, ()), ("bemmel", 12, ()),
    ("druten", 10, ()), ("beuningen", 14, ()), ("zaltbommel", 18, ()), ("geldermalsen", 11, ()), ("brummen", 10, ()),
    ("twello", 14, ()), ("lochem", 10, ()), ("borculo", 10, ()), ("enkhuizen", 19, ()), ("medemblik", 8, ()),
    ("volendam", 22, ()), ("edam", 8, ()), ("schagen", 19, ()), ("castricum", 24, ()), ("heiloo", 24, ()),
    ("heerhugowaard", 58, ()), ("krommenie", 18, ()), ("wormerveer", 12, ()), ("weesp", 21, ()), ("naarden", 17, ()),
    ("badhoevedorp", 13, ()), ("wassenaar", 27, ()), ("noordwijk", 27, ()), ("lisse", 23, ()), ("hillegom", 22, ()),
    ("sliedrecht", 25, ()), ("leerdam", 21, ()), ("hendrik-ido-ambacht", 31, ()), ("nieuwerkerk aan den ijssel", 24, ()),
    ("bodegraven", 21, ()), ("boskoop", 15, ()), ("middelharnis", 7, ()), ("brielle", 12, ()), ("rozenburg", 12, ()),
    ("wateringen", 14, ()), ("monster", 12, ()), ("berkel en rodenrijs", 28, ()), ("bergschenhoek", 19, ()), ("nootdorp", 21, ()),
    ("maarssen", 39, ()), ("vianen", 20, ()), ("bunnik", 9, ()), ("bilthoven", 22, ()), ("baarn", 25, ()),
    ("driebergen", 20, ()), ("doorn", 10, ()), ("wijk bij duurstede", 18, ()), ("rhenen", 13, ()), ("leusden", 30, ()),
    ("mijdrecht", 17, ()), ("breukelen", 15, ()), ("dongen", 26, ()), ("kaatsheuvel", 17, ()), ("rijen", 18, ()),
    ("made", 12, ()), ("zevenbergen", 15, ()), ("halsteren", 14, ()), ("drunen", 18, ()), ("boxmeer", 13, ()),
    ("schijndel", 24, ()), ("oisterwijk", 26, ()), ("waalre", 17, ()), ("nuenen", 23, ()), ("gemert", 18, ()),
    ("asten", 13, ()), ("someren", 19, ()), ("budel", 10, ()), ("eersel", 7, ()), ("bladel", 12, ()),
    ("stein", 12, ()), ("beek", 10, ()), ("echt", 14, ()), ("susteren", 10, ()), ("panningen", 12, ()),
    ("horst", 13, ()), ("gennep", 13, ()), ("valkenburg", 16, ()), ("meerssen", 10, ()), ("vaals", 7, ()),
    ("hulst", 11, ()), ("zierikzee", 11, ()), ("yerseke", 7, ()), ("kapelle", 8, ()), ("axel", 8, ()),
    ("oost-souburg", 11, ()), ("tholen", 7, ()), ("sluis", 2, ()), ("ouddorp", 6, ()), ("aalsmeer", 27, ()),
    ("antwerpen", 20, ("borgerhout", "deurne")), ("gent", 10, ()),
)
TOWNS: dict[str, tuple[str, ...]] = {town: hoods for town, _, hoods in _TOWN_TABLE}
# A listed town or village under 50,000 inhabitants also stands for the many
# places of its size that are not listed, so its weight is scaled up until the
# list adds up to the Dutch population; the big cities then get their real share.
_NL_POPULATION = 17_900
_CITY = 50
_big = sum(n for _, n, _ in _TOWN_TABLE if n >= _CITY)
_stand_in = (_NL_POPULATION - _big) / sum(n for _, n, _ in _TOWN_TABLE if n < _CITY)
TOWN_POOL = Pool.weighted(tuple((town, n if n >= _CITY else n * _stand_in) for town, n, _ in _TOWN_TABLE))

# Secondary schools, the generic ways of naming one first (several towns have a
# 'stedelijk lyceum'), then names that belong to one school or a few.
SCHOOL_NAMES = (
    "dalton college", "het stedelijk lyceum", "het christelijk college", "het erasmus college",
    "het da vinci college", "het comenius college", "het montessori lyceum", "de nieuwe havo",
    "het vathorst college", "het oranje lyceum", "het ichthus college", "het vakcollege",
    "het kompas college", "de praktijkschool", "het grafisch lyceum", "het hooghuis", "het noorderpoort",
    "het rijnlands lyceum", "het baken", "de vmbo school", "het gomarus college", "het lorentz lyceum",
    "het willem lodewijk gymnasium", "het stedelijk gymnasium", "het atlas college", "het lyceum",
    "het gymnasium", "de mavo", "het vmbo", "de havo", "het vwo", "de isk", "de internationale schakelklas",
    "het christelijk lyceum", "het montessori college", "het stedelijk college", "het dalton lyceum",
    "het speciaal onderwijs", "het augustinus college", "het bonhoeffer college", "het calvijn college",
    "het marnix college", "het spinoza lyceum", "het huygens lyceum", "het christiaan huygens college",
    "het johan de witt college", "het maerlant college", "het rembrandt college", "het vermeer college",
    "het van gogh college", "het jac p thijsse college", "het carmel college", "het canisius college",
    "het sint jans college", "het bisschoppelijk college", "het scala college", "het stella maris college",
    "het fioretti college", "het pius college", "het elde college", "het zwin college", "het walburg college",
    "het ashram college", "het corlaer college", "het veluws college", "het wellant college", "het groenhorst college",
    "het clusius college", "het nova college", "het metis montessori lyceum", "het cygnus gymnasium",
    "het barlaeus gymnasium", "het vossius gymnasium", "het coornhert lyceum", "het kennemer lyceum",
    "het mendel college", "het haarlem college", "het trevianum", "het bernardinus college",
    "het sintermeerten college", "het porta mosana college", "het charlemagne college", "het eijkhagen college",
    "het grotius college", "het veenlanden college", "het minkema college", "het revius lyceum",
    "het sint michael college", "het nassau college", "het maartens college", "het zernike college",
    "het werkman college", "het praedinius gymnasium", "het terra college", "het piter jelles", "het bogerman",
    "het dockinga college", "het stellingwerf college", "het liudger", "het drachtster lyceum", "het singelland",
    "het ubbo emmius", "het roelof van echten college", "het aletta jacobs college", "het twents carmel college",
    "het bataafs lyceum", "het pallas athene college", "het ludger college", "het ulenhof college",
    "het ostrea lyceum", "het calandlyceum", "het hervormd lyceum", "het damstede", "het berlage lyceum",
    "het cartesius lyceum", "het lely lyceum", "het pieter nieuwland college", "het sweelinck college",
    "het fons vitae lyceum", "het ignatius gymnasium", "het amsterdams lyceum", "het ijburg college",
    "het marcanti college", "het montaigne lyceum", "het segbroek college", "het maris college",
    "het zandvliet college", "het hofstad lyceum", "het edith stein college", "het wolfert van borselen",
    "het libanon lyceum", "het melanchthon", "het marnix gymnasium", "het erasmiaans gymnasium",
    "het einstein lyceum", "het wartburg college", "het emmaus college", "het knippenberg college",
    "het jacob roelands lyceum", "het strabrecht college", "het anton van duinkerken college",
    "het varendonck college", "het peelland college", "het pierson college", "het theresia lyceum",
    "het odulphus lyceum", "het beatrix college", "het cambreur college", "het dongemond college",
    "het markland college", "het newman college", "het moller lyceum", "de rsg",
)
BASIS = (
    "basisschool de regenboog", "de wilgenhof", "obs de springplank", "basisschool het kompas", "de vlinderboom",
    "de wegwijzer", "cbs de fontein", "obs de klimop", "de zonnewijzer", "de triangel", "de bron", "het palet",
    "de kameleon", "de schakel", "basisschool de ark", "de horizon", "de kleine prins", "de wereldwijzer",
    "de toermalijn", "de octopus", "de piramide", "de globe", "het anker", "de meander", "de akker",
)
# After secondary school: the generic words first, then the regional colleges.
MBO = (
    "het roc", "het mbo", "de hogeschool", "de uni", "de mbo", "de hbo", "het albeda", "het zadkine",
    "het roc van amsterdam", "het deltion", "het landstede", "het alfa-college", "het friesland college",
    "het firda", "het drenthe college", "het rijn ijssel", "het summa college", "het curio", "het scalda",
    "het vista college", "het horizon college", "het roc tilburg", "het roc midden nederland", "het mbo utrecht",
    "het aventus", "het graafschap college", "het koning willem i college", "het roc de leijgraaf", "het roc ter aa",
)
STREETS = (
    "kerkstraat", "dorpsstraat", "schoolstraat", "molenweg", "stationsweg", "julianastraat",
    "beatrixlaan", "wilhelminastraat", "nieuwstraat", "marktstraat", "lindelaan", "eikenlaan",
    "parallelweg", "spoorstraat", "kastanjelaan", "rozenstraat", "tulpstraat", "sportlaan",
    "van goghstraat", "rembrandtlaan", "berkenlaan", "prinses irenestraat", "hoofdstraat",
    "zuiderweg", "vondelstraat", "de ruyterstraat", "merelstraat", "esdoornlaan", "industrieweg",
    "molenstraat", "kerkweg", "emmastraat", "oranjestraat", "prins bernhardstraat", "prins hendrikstraat",
    "julianalaan", "wilhelminalaan", "beukenlaan", "iepenlaan", "populierenlaan", "acacialaan",
    "vlierstraat", "meidoornstraat", "irisstraat", "lelielaan", "narcissenstraat", "anjerstraat",
    "jasmijnstraat", "dahliastraat", "zonnebloemstraat", "seringenstraat", "hyacintstraat", "vinkenstraat",
    "lijsterstraat", "spechtstraat", "meeuwenlaan", "zwaluwstraat", "kievitstraat", "reigerstraat",
    "valkstraat", "havikstraat", "dorpsweg", "kanaalweg", "dijkstraat", "havenstraat", "brugstraat",
    "veerstraat", "havenkade", "raadhuisstraat", "gasthuisstraat", "kloosterstraat", "hofstraat",
    "hoogstraat", "langestraat", "korte kerkstraat", "lange nieuwstraat", "steenweg", "postweg",
    "rijksweg", "provincialeweg", "dorpsplein", "marktplein", "stationsplein", "ambachtsweg",
    "nijverheidsweg", "energieweg", "koningin julianalaan", "koningsweg", "thorbeckestraat", "bilderdijkstraat",
    "da costastraat", "potgieterstraat", "tollensstraat", "multatulistraat", "hooftstraat", "huygensstraat",
    "spinozastraat", "erasmusweg", "lorentzweg", "edisonstraat", "marconistraat", "mozartlaan",
    "beethovenstraat", "chopinlaan", "bachstraat", "schubertstraat", "vermeerstraat", "jan steenstraat",
    "frans halsstraat", "mondriaanstraat", "breitnerstraat", "ruysdaelstraat", "hobbemastraat", "troelstralaan",
    "willem dreeslaan", "marnixstraat", "piet heinstraat", "tromplaan", "evertsenstraat", "van speijkstraat",
    "kortenaerstraat", "tasmanstraat", "zeemanstraat", "bakkerstraat", "weverstraat", "graaf florisstraat",
    "willem de zwijgerlaan", "prins mauritslaan", "frederik hendriklaan", "stadhouderslaan", "bosweg", "boslaan",
    "heideweg", "veldweg", "akkerstraat", "weidestraat", "zandweg", "zandstraat", "kampstraat", "essenlaan",
    "wilgenlaan", "elzenlaan", "platanenlaan", "dennenlaan", "sparrenlaan", "hazelaarstraat", "kersenlaan",
    "javastraat", "sumatrastraat", "surinamestraat", "curacaostraat", "balistraat", "celebesstraat",
)
EMAIL_DOMAINS = ("gmail.com", "hotmail.com", "outlook.com", "live.nl", "hotmail.nl", "icloud.com", "ziggo.nl", "kpnmail.nl")
CAR_MODELS = ("zwarte golf", "witte audi", "grijze bmw", "zwarte mercedes", "blauwe polo", "scooter", "witte bus")

# q per list: first names and surnames have a long tail (the most common name is
# one or two percent of the list, the rarest some twenty times rarer); schools
# and streets a flatter one because every town has its own.
GIRL_POOL = Pool.zipf(GIRLS, 20)
BOY_POOL = Pool.zipf(BOYS, 20)
SURNAME_POOL = Pool.zipf(SURNAMES, 20)
SCHOOL_POOL = Pool.zipf(SCHOOL_NAMES, 30)
BASIS_POOL = Pool.zipf(BASIS, 10)
MBO_POOL = Pool.zipf(MBO + SCHOOL_NAMES[:3], 8)
STREET_POOL = Pool.zipf(STREETS, 25)


def first_name(rng: random.Random, gender: str) -> str:
    """A first name for gender 'v' (girls' list) or anything else (boys' list)."""
    return (GIRL_POOL if gender == "v" else BOY_POOL).draw(rng)
