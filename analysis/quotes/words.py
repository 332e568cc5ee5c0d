"""The closed-class words the attribution rules look at (pronouns, prepositions, role and title words).

Why one list each: references, verb frames and reported clauses must agree on what a pronoun, a
preposition or a role word is (the rules follow news attribution style guides, e.g. the AP
Stylebook's "said" conventions, and Krestel et al. 2008 on reported-speech recognition).
"""
from __future__ import annotations

import re


PRONOUNS = {"he": "m", "she": "f", "it": "body", "they": "any", "him": "m", "her": "f",
            "them": "any"}
OBJECT_PRONOUNS = {"him", "her", "them"}  # never subjects; used in "according to him"
# never governed by a preposition: "on his mind as he called on": he is the clause's subject
SUBJECT_PRONOUNS = {"he", "she", "they"}
#: Possessive determiners ("his campaign", "told his Democratic audience").
POSSESSIVE_PRONOUNS = ("his", "her", "their", "its", "our", "my", "your")
PREPOSITIONS = {"in", "of", "for", "to", "with", "from", "on", "at", "about", "against", "over",
                "by", "between", "among", "toward", "towards", "into", "than", "like", "including",
                "via", "under", "after", "before", "behind", "amid", "despite", "through",
                "within", "without", "during", "upon", "across", "near", "as"}
DETERMINERS = {"a", "an", "the", "this", "these", "those", "his", "her", "its", "their", "our",
               "my", "your", "such", "no", "any", "some", "every", "each", "first", "new",
               "press", "news", "of", "in", "for", "with", "whose", "latest", "recent", "earlier"}
SUBORDINATORS = {"when", "while", "as", "and", "but", "which", "who", "that", "though",
                 "although", "because", "if", "where", "after", "before", "since", "or", "so",
                 "until", "whereas", "whether", "to", "in", "of", "for", "on", "at", "with", "by"}
# Words that can open a reported clause right after "said"/"claimed" (zero "that").
NOT_CLAUSE_START = PREPOSITIONS | {"following", "that", "when", "while", "as", "and", "but", "after", "before",
                                   "later", "also", "earlier", "yesterday", "today", "tonight",
                                   "then", "so", "not", "no", "again", "repeatedly", "publicly",
                                   "separately", "previously", "recently", "last", "this", "next",
                                   "monday", "tuesday", "wednesday", "thursday", "friday",
                                   "saturday", "sunday", "to", "goodbye", "hello", "yes", "nothing",
                                   "something", "little", "much", "more", "less", "it's",
                                   "is", "was", "are", "were", "be", "has", "had", "have",
                                   "would", "will", "could", "should", "can", "may", "might"}
# Finite auxiliaries and copulas: after "X said" they show a clause of X's own follows.
FINITE_AUX = {"is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could",
              "may", "might", "must", "should", "shall", "does", "did", "do", "won't", "won’t"}
ZERO_THAT = {"say", "claim", "insist", "believe", "think", "argue", "add", "warn", "tell",
             "announce", "suggest", "contend", "maintain", "deny", "allege", "report",
             "show", "fear", "feel", "hope", "expect", "worry", "doubt",   # beliefs, evidence
             # verbs whose object is seldom a noun phrase before a finite verb ("agreed they had
             # no recourse", "conceded he had fallen short"); "admit", "write", "confirm",
             # "acknowledge", "reiterate" were tried and left out (their objects: "admit refugees",
             # "wrote an op-ed", "confirm nominees": on PolNeAR train more false rows than found)
             "agree", "concede", "complain", "recall"}
DOCUMENT_WORDS = {"statement", "statements", "report", "communique", "communiqué", "website",
                  "document", "text", "declaration", "note", "letter", "release", "readout",
                  "transcript", "post", "tweet", "message"}
UNNAMED_ROLES = {"official", "officials", "diplomat", "diplomats", "source", "sources",
                 "spokesperson", "spokeswoman", "spokesman", "representative", "envoy"}
ROLE_WORDS = {"source", "sources", "diplomats", "ministry", "department", "spokesperson", "spokeswoman", "spokesman", "minister",
              "president", "government", "agency", "embassy", "envoy", "ambassador",
              "administration", "military", "army", "opposition", "leader", "secretary",
              "diplomat", "official", "officials", "chancellor", "premier", "kremlin",
              "parliament", "assembly", "foreign minister", "prime minister", "leadership",
              "authorities", "representative", "counterpart", "adviser", "advisor", "chief",
              "latter", "former", "organization", "union", "group", "bloc", "alliance", "party",
              "mission", "delegation", "office", "cabinet", "council", "authority",
              # an ad's speaker ('"...," a voice-over in the ad states'; "a narrator says")
              "voice-over", "voiceover", "voice over", "narrator", "announcer"} | DOCUMENT_WORDS
UNRESOLVED_PLURALS = {"officials", "sources", "diplomats", "analysts", "experts", "witnesses",
                      "residents", "observers", "critics", "lawmakers", "protesters", "reporters"}
# Words a subject rule may take that never name a speaker: pronouns (personal, possessive,
# contracted), indefinite pronouns and quantifiers ("I think", "Many believe", "Nobody asked",
# "his writing"): the row keeps them in speaker_mention and leaves speaker empty, never guessed.
_NOT_NAME_WORDS = """i me my we us our you your he him his she her hers it its they them their
i'm i've we're we've he's she's they're they've it's none nobody anyone anybody someone somebody
everyone everybody no-one others many most some few several both all each either neither always
percent""".split()
NOT_NAMES = set(_NOT_NAME_WORDS) | {w.replace("'", "’") for w in _NOT_NAME_WORDS}
# words of time that end an adverbial ("on Tuesday", "this week"), never a subject's head nor
# the noun a preposition before a name governs ("On Thursday Mr Blair said")
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"}
TIME_NOUNS = WEEKDAYS | {"week", "weekend", "month", "year", "day", "night", "morning", "afternoon",
                         "evening", "today", "yesterday", "tonight", "time"}
# Words of time that may stand between a reporting verb and what follows it ("said on Monday",
# "told him earlier"): no role, no clause of their own
TIME_WORDS = WEEKDAYS | {"today", "yesterday", "tonight", "earlier", "later", "last", "this", "on",
                         "late", "early", "again", "also", "too", "recently", "then"}
TITLE_WORDS = {"President", "Vice", "Prime", "Minister", "Deputy", "Foreign", "Secretary",
               "Spokesperson", "Spokesman", "Spokeswoman", "Ambassador", "Envoy", "Special",
               "Senator", "Sen.", "Rep.", "General", "Gen.", "Defense", "Defence", "Chief",
               "Director", "Head", "Chairman", "Mr.", "Mrs.", "Ms.", "Dr.", "Interior", "Economy",
               "Finance", "State", "of", "the", "The", "Representative", "Adviser", "Advisor",
               "National", "Security", "Affairs", "Opposition", "Leader", "Lawmaker", "Senior",
               "Official", "Former", "Acting", "Interim", "Self-Proclaimed", "U.S.", "US", "UN",
               "Commander", "Colonel", "Major", "Captain", "Admiral", "Lt.", "Col.", "Gov.",
               "Governor", "Mayor", "Sources", "Officials", "Said", "But", "And", "However"}
# Police and military ranks, written out or cut with or without a stop as British and Caribbean
# papers print them ("Supt Peters", "Det Sgt Mary Jones", "Miami-Dade Police Detective Alvaro
# Zabaleta"): titles a surname may follow alone, and heads of a title phrase (the force or unit
# before them is the office, no part of the name).
RANKS = {w + dot for w in ("Supt", "Insp", "Det", "Sgt", "Cpl", "Cmdr", "Capt", "Lt", "Col",
                           "Maj", "Brig", "Pvt", "Const", "Ch") for dot in ("", ".")} | {
    "Superintendent", "Inspector", "Detective", "Sergeant", "Corporal", "Commander", "Captain",
    "Lieutenant", "Colonel", "Major", "Brigadier", "Constable", "Trooper", "Officer", "DCI",
    "DCS", "Premier", "Attorney"}
# Last words that make a capitalised sequence a thing or an event, never a speaker.
THING_WORDS = {"Agreement", "Act", "Treaty", "Accord", "Accords", "Plan", "Law", "Bill",
               "Amendment", "Day", "Tuesday", "Games", "Olympics", "Bowl", "Series", "Cup",
               "Award", "Awards", "Prize", "War", "Crisis", "Summit", "Convention", "Conference",
               "Debate", "Primary", "Caucuses", "Program", "Programme", "Deal", "Doctrine",
               "Care", "Security", "Reform", "Initiative", "Festival", "Parade", "Election",
               "Debates", "Transcript"}   # ("Presidential Debates", "Video Transcript:")
# Capitalised words that open sentences or clauses without being names.
NAME_OPENERS = {w.capitalize() for w in """a an the this that these those there here it its he she
they we i you his her their our my your but and or so yet if when while after before as
because since although though however meanwhile still also then now thus instead indeed even
just only not no yes in on at by for from with without about against of to into over under
between among during through after before until despite amid like unlike according asked
what who whom whose which where why how both either neither each every all some many most
several few more less other another such one two three four five six seven ten last next first
across along around beyond inside outside throughout within upon toward towards behind near
second third many much some any nor once sources officials critics analysts experts reporters
speaking today tonight yesterday tomorrow earlier later asked said says told according
dear please thank thanks well oh ok okay mr ms mrs should would could will can may might must
did does do has have had is was are were be been being worse moreover furthermore besides
otherwise nevertheless nonetheless likewise similarly finally ultimately overall separately elsewhere
again perhaps anyway additionally consequently hence therefore accordingly notably importantly
specifically alongside beside beneath via per regarding concerning following including""".split()} | {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
    "Saturday", "Sunday", "I", "I'm", "I've", "I'd", "I'll", "It's", "That's", "There's",
    "Let's", "Don't", "Isn't", "Can't", "Won't"} | {   # a pronoun's contraction ("He’d said")
    p + a + c for p in ("He", "She", "They", "We", "It", "I", "You", "That", "There") for a in "'’"
    for c in ("s", "d", "ll", "re", "ve", "m")}
# Places a capitalised run names that are never a person (US states, large cities and countries
# of the news): a name the text gives that is one of these is no antecedent of he/she/they.
PLACE_NAMES = set("""Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|
Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|
Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|
New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|
South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia|Wisconsin|
Wyoming|Puerto Rico|New York City|Los Angeles|San Francisco|Chicago|Philadelphia|Boston|
Miami|Atlanta|Houston|Dallas|Detroit|Cleveland|Denver|Seattle|Las Vegas|New Orleans|
Wall Street|Silicon Valley|Capitol Hill|Manhattan|Brooklyn|Iowa City|Des Moines|
Germany|France|Britain|Great Britain|United Kingdom|China|Japan|India|Iran|Iraq|Syria|Israel|
Mexico|Canada|Russia|Ukraine|Turkey|Egypt|Libya|Afghanistan|Pakistan|North Korea|South Korea|
Saudi Arabia|Cuba|Venezuela|Brazil|Europe|Asia|Africa|Middle East|Latin America|
London|Paris|Berlin|Moscow|Beijing|Tokyo|Brussels|Jerusalem|Tehran|Baghdad|Damascus|
United States|America|United States of America|Scotland|England|Wales|Ireland|Northern Ireland|
Australia|Italy|Spain|Greece|Poland|Sweden|Norway|Denmark|Netherlands|Belgium|Switzerland|Austria|
Nigeria|Kenya|South Africa|Indonesia|Philippines|Vietnam|Thailand|Argentina|Colombia|Chile|Peru|
Washington, D.C.|Baltimore|Phoenix|San Diego|San Antonio|Austin|Nashville|Louisville|Milwaukee|
Minneapolis|St. Louis|Kansas City|Pittsburgh|Cincinnati|Orlando|Tampa|Charlotte|Raleigh|Columbus""".replace(
    "\n", "").split("|"))

# Words in -ing that are no participle (nouns, prepositions)
NOT_PARTICIPLE = {"thing", "nothing", "something", "everything", "anything", "during", "king",
                  "spring", "morning", "evening", "building", "meeting", "hearing", "funding",
                  "spending", "housing", "training", "polling", "bring", "ring", "sing", "string",
                  "wing", "ceiling", "sibling", "shooting", "bombing", "killing", "wedding",
                  "shipping", "voting", "being", "including",
                  "depending",   # ("could be lost, depending on ...": the speaker's condition; PolNeAR train: 1 row)
                  # adjectives in a list ("a kind, loving and admirable person")
                  "loving", "caring", "amazing", "interesting", "outstanding", "compelling",
                  "disturbing", "troubling", "shocking", "damning", "alarming", "stunning",
                  "devastating", "frustrating", "embarrassing", "misleading", "surprising",
                  "exciting", "insulting", "disgusting", "appalling", "humiliating"}
# Irregular simple pasts (a finite verb without -ed)
IRREGULAR_PAST = set("""be went made came took got gave knew saw thought told left kept won lost ran began
became felt held brought found met paid put sent spent stood understood wrote sold bought built
meant led fell grew drew threw broke chose spoke rose hit cut let set""".split())

# A subject that is a quantity ("said more than 1 million donors gave", "said about half of
# the rise reflected", "said at least six planes"): these words open no clause otherwise, and
# after "X said" they are no setting ("said at the rally") but the reported clause's subject
_AMOUNT = (r"(?:\$?\d|(?:two|three|four|five|six|seven|eight|nine|ten|twenty|a\s+dozen|dozens|"
           r"hundreds|thousands|half|a\s+(?:third|quarter|half))\b)")
QUANTITY_START = re.compile(r"(?:(?:[Nn]o\s+)?(?:[Mm]ore|[Ff]ewer|[Ll]ess)\s+than|[Aa]bout|[Nn]early|[Aa]lmost|[Rr]oughly|"
                            r"[Oo]nly|[Aa]t\s+least)\s+" + _AMOUNT + r"|[Mm]uch\s+of\b")

# Words after which an -s word is a plural noun, never a verb ("told senior officials", "two
# reporters", "many voters", "fellow Republicans")
NOUN_MODIFIERS = {"senior", "top", "fellow", "key", "former", "other", "many", "several", "few",
                  "both", "all", "most", "numerous", "two", "three", "four", "five", "six", "seven",
                  "eight", "nine", "ten", "dozens", "hundreds", "thousands", "millions"}
# Capitalised words opening a clause as its subject: an -s form after them is a verb ("This
# includes", "It seems"), not a plural noun after a name ("Kennedy records")
SENTENCE_SUBJECTS = {"This", "That", "It", "He", "She"}
NOUN_BEFORE = DETERMINERS | NOUN_MODIFIERS   # (one set: has_finite_verb asks it per word)

#: Sentence adverbs and connectives that open a clause before a comma ("However, ...", "Still,
#: many voters fear"): never a name or a holder
SENTENCE_ADVERBS = {"however", "meanwhile", "still", "instead", "indeed", "moreover", "finally",
                    "again", "separately", "nevertheless", "nonetheless", "afterward",
                    "afterwards", "ultimately", "thus", "hence", "besides", "overall",
                    "sometimes", "often", "furthermore", "therefore", "otherwise", "rather",
                    "likewise", "similarly", "consequently", "accordingly", "regardless"}

#: What a telephone call is made to do: "called to congratulate him", "called to say she was
#: sorry" -- no demand told by its infinitive (objects.py, "call to")
PHONED_TO = {"say", "congratulate", "thank", "apologize", "apologise", "offer", "ask", "tell",
             "check", "wish", "express", "discuss", "talk", "speak", "inform", "invite", "let",
             "see", "find", "complain", "report", "confirm", "chat", "share", "update", "warn",
             "console", "welcome", "urge", "request", "give", "get", "make", "arrange"}
#: ... nor the nouns of "call to mind", "called to account", "called to jury duty"
CALLED_TO_NOUNS = {"mind", "account", "order", "arms", "task", "jury", "duty", "service", "action",
                   "attention", "question", "witness", "battle", "prayer", "court"}
