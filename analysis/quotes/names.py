"""Names the text itself gives, codebook or not: people and bodies as capitalised word sequences,
linked inside an article to their first full form ("Karl Rove" ... "Rove" ... "Mr. Rove").

Why: a researcher's own story names people the actor codebook has never heard of; a quotation
"...," Mr. Rove said must still get a speaker. Rules (after the capitalised-sequence heuristics of
rule-based news NER, e.g. Mikheev 1999 on sentence-initial capitals, and the "first mention in
full, then surname" convention of the AP Stylebook):

- a name is a run of capitalised words (with particles ``de``, ``van der``, ``al-``, initials,
  hyphens) less the titles, honorifics and demonyms before it ("Deputy Foreign Minister",
  "Venezuelan"), the office a title phrase names before its last title ("Homeland Security
  Secretary", "Texas Governor", "Labour MP"), the letters after it ("Frank Field MP") and the
  sentence-opening words that are not names ("But", "The"), and the place or firm a title names
  before a given name ("Governor of New York Andrew Cuomo": PolNeAR train, 11 rows read better);
- two or more words make a name anywhere; ONE word only after an honorific or title ("Mr. Rove",
  "Sen. Graham"), when it ends an earlier full name of the article ("Rove" after "Karl Rove"),
  or when a reporting verb or an apposition is next to it ("Hassan said", "said Hassan",
  "Beruff, a Scott ally, said"), or a past verb after "also", "later", "then" ("Obama also
  addressed": PolNeAR train 1 "he" right, none worse); a lone capitalised word elsewhere is
  left alone (it may be a place, a month or an ordinary word opening a sentence);
- a body's name runs over "of"/"for" after an organisation word ("Massachusetts Institute of
  Technology", "Bank of America", "Center for American Progress"); after any other word "of"
  ends a name ("Feinstein of California");
- a later mention whose words end like an earlier full name is that name: of no other gender
  than the mention's honorific or role ("Mrs. Clinton" is not Bill Clinton), and of several,
  the one mentioned most so far, then the latest ("Trump" after twelve "Donald Trump" and one
  "Ivanka Trump" is Donald: reporters call the lesser namesake by the given name); a lone word's
  given-name gender counts only when it links to nobody ("Henry" after "Mary Kay Henry"); the
  entity's id is the codebook id when the codebook knows the full name, else ``name:`` + the
  folded full name (stable across articles);
- a plural party word before a name is no part of it ("Republicans Jolly of Indian Shores and
  DeSantis"); a name ending in a place word ("Broad Street", "Ponte Vedra Beach") or listed as a
  place is a place, after a title too ("Former Pennsylvania governor Ed Rendell").

Each entity gets a type guess (person, body, place or unknown) and a gender: person from a title,
honorific or role noun (``codebooks/role_nouns.csv``: "campaign manager Robby Mook", "Sandy
Phillips, a mother,"), gender from an honorific (Mr./Mrs./Ms), a gendered role noun
("spokeswoman", "businessman") or the first word of a name of two or more words
(``codebooks/given_names.csv``, a hand-written list of given names that nearly always mark one
gender); :mod:`.coreference` uses them to resolve pronouns. A possessor before a name ("Media
Research Center's Bozell"), a party word or demonym before a given name ("fellow Kentuckian Rand
Paul") and the capitalised function words of a title-case subhead ("Gina Rodriguez Questioned
What It Means") are no part of a name. Where it fails: a name opening a sentence and followed by
a capitalised word ("Analysts Smith") is joined; an organisation without an organisation word
("Fox Business", "Breitbart") counts as of unknown type; given names of other languages are thin
in the list and unisex names are left out, so such a name has no gender from its first word; a
title-case subhead of three words or fewer ("Ted Cruz Apologizes") is taken as one name; the most
mentioned namesake is wrong when a text turns to the other for a while ("Bill Clinton ... Clinton
said" in a passage about him after many "Hillary Clinton"); an unknown acronym before a title is
kept in the name ("SEIU President Mary Kay Henry"); a sentence-opening participle is joined to
the name after it when a comma follows the name ("Following Sanders, Clinton said": see
:mod:`.name_openers`); a lone plural opening a sentence before a past tense is
taken as a name ("Crowds gathered") unless the article also writes it in lower case.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..codebooks import cached_by_file, load_countries, load_given_names, load_role_nouns
from ..text import fold
from .name_links import SUFFIXES, Entities, link_name
from .name_openers import common_plural, verb_opener
from .name_runs import adjective_run, compound_modifier, nickname_joined, unheadlined
from .words import (MONTHS, NAME_OPENERS, PLACE_NAMES, PRONOUNS, RANKS, THING_WORDS,
                    TITLE_WORDS, WEEKDAYS)

NAME_ID_PREFIX = "name:"
HONORIFIC_GENDER = {"Mr.": "m", "Mr": "m", "Mrs.": "f", "Mrs": "f", "Ms.": "f", "Ms": "f",
                    "Miss": "f", "Sir": "m", "Lady": "f", "Lord": "m", "Madam": "f",
                    "Baroness": "f", "Dame": "f",
                    "Congressman": "m", "Congresswoman": "f", "Chairman": "m",
                    "Chairwoman": "f", "Spokesman": "m", "Spokeswoman": "f"}
# Titles that may stand before a surname alone ("Sen. Graham", "Gov. Scott", "President Obama").
TITLES = set(TITLE_WORDS) | set(HONORIFIC_GENDER) | {
    "Rep", "Sen", "Gov", "Dr", "Prof.", "Prof", "Taoiseach", "Tánaiste", "Tanaiste", "Del.", "Reps.", "Sens.", "Rev", "Atty.", "Gov.", "Lt.", "Professor", "Rev.", "Gen", "Judge", "Justice",
    "Attorney", "Speaker", "Leader", "Candidate", "Nominee", "Chair", "Commissioner", "Sheriff",
    "Councilman", "Councilwoman", "Councillor", "Assemblyman", "Assemblywoman", "Delegate",
    "Pope", "King", "Queen", "Prince", "Princess", "Sgt.", "Cpl.", "Pvt.", "Capt.", "Maj.",
    "Adm.", "Lt", "Insp.", "Supt.", "Minority", "Majority", "Whip", "Democratic", "Republican",
    "GOP", "Chief", "Executive", "CEO", "Founder", "Co-founder", "Filmmaker", "Author",
    "Economist", "Analyst", "Pollster", "Strategist", "Columnist", "Host", "Anchor", "Coach",
    "Mayor-elect", "President-elect", "Presidential", "Presumptive", "Vice-President",
    "Frontrunner",
    "Front-runner", "Businessman", "Businesswoman", "Billionaire", "Comrade", "Retired",
    "Then-", "Then-President", "Then-Secretary", "Sens", "Reps", "Democrat", "Ranking",
    "Member", "Chancellor", "Shadow", "Backbencher", "MP", "MEP", "MSP", "Peer", "Senators",
    "Governors", "Editor", "Editor-in-Chief", "Secretary-Treasurer", "Staff", "Supervisor",
    "Secretary-General", "Director-General", "U.N."} | RANKS
# Titles that end a title phrase, whatever names the office before them ("Homeland Security
# Secretary Jeh Johnson", "Texas Governor Greg Abbott", "Nottingham City Councillor Brian
# Parbutt"): the name is what follows the last of them.
HEAD_TITLES = {"Secretary", "Minister", "Chancellor", "President", "Vice-President", "Governor",
               "Mayor", "Senator", "Leader", "Chairman", "Chairwoman", "Chair", "Director",
               "Spokesman", "Spokeswoman", "Spokesperson", "Ambassador", "Envoy", "Commissioner",
               "Councillor", "Councilman", "Councilwoman", "Adviser", "Advisor", "General",
               "Chief", "Judge", "Justice", "Sheriff", "Speaker", "Whip", "MP", "MEP", "MSP",
               "Backbencher", "Representative", "Coach", "Founder", "CEO", "Executive",
               "Economist", "Analyst", "Pollster", "Strategist", "Columnist", "Host", "Anchor",
               "Sen.", "Sen", "Sens.", "Gov.", "Gov", "Rep.", "Rep", "Reps.", "Gen.", "Gen",
               "Senators", "Governors", "Editor", "Editor-in-Chief", "Secretary-Treasurer"} | RANKS
# A possessor's ending, singular or plural ("Center's Bozell", "Liberal Democrats' President").
_POSSESSIVE = ("'s", "’s", "s'", "s’")
# Letters after a name that are no part of it ("Frank Field MP", "Michael Mansfield QC").
_POST_NOMINALS = {"MP", "MEP", "MSP", "MLA", "QC", "KC"}
_OPENERS = NAME_OPENERS   # capitalised words opening sentences or clauses (words.py)
#: Openers that are surnames too, after a given name ("George Will", "Al From", "Theresa May"),
#: and alone once the article named them so, before a verb ("Will wrote", "From agreed").
SURNAME_OPENERS = {"Will", "From", "May"}
# Days and months: never a surname a name lends its words to ("Super Tuesday ... Tuesday said")
_CALENDAR = {w.capitalize() for w in MONTHS | WEEKDAYS} - SURNAME_OPENERS
# A month, or its abbreviation, before a day's number is a date ("said Sept. 11 widow X")
_MONTH_WORDS = ({w.capitalize() for w in MONTHS} | {w[:3].capitalize() for w in MONTHS} | {"Sept"}) - \
    SURNAME_OPENERS
_DAY_AFTER = re.compile(r"\.?\s+\d{1,2}\b")
# Openers a mention keeps before its title ("The Wisconsin Republican", "Mr Blair"); the others
# join clauses and are no part of it ("But Mr Maduro said", "As House Speaker Paul Ryan").
_KEPT_OPENERS = {"The", "A", "An", "Mr", "Ms", "Mrs"}
# Words that make a capitalised sequence a body, not a person.
ORG_WORDS = {"News", "Times", "Post", "Journal", "Herald", "Tribune", "Gazette", "Press",
             "Party", "Committee", "Department", "Ministry", "University", "College", "School",
             "Institute", "Association", "Council", "Campaign", "Center", "Centre", "Foundation",
             "Group", "Inc.", "Inc", "Corp.", "Corp", "Company", "Co.", "Agency", "Administration",
             "Senate", "House", "Congress", "Court", "Bureau", "Office", "Network", "Commission",
             "Service", "Union", "Club", "Coalition", "Fund", "Bank", "Board", "Authority",
             "Organization", "Organisation", "Federation", "Alliance", "Society", "Caucus",
             "Project", "Initiative", "Trust", "Forum", "Council", "Government", "Embassy",
             "Police", "Army", "Navy", "Force", "Guard", "Agency", "Magazine", "Radio", "TV",
             "Television", "Channel", "Media", "Review", "Monitor", "Report",
             "Hall", "Hospital", "Church", "Movement", "Front", "Corporation", "Group", "PAC",
             "Republicans", "Democrats", "Conservatives", "Liberals", "Labour", "Secretariat",
             "Parliament", "Assembly", "Cabinet", "Kremlin", "Pentagon", "Blaze", "Examiner",
             "Caller", "Beast", "Hill", "Politico", "Breitbart", "Reuters", "Bloomberg"}
# Last words that make a capitalised sequence a place ("Broad Street", "Ponte Vedra Beach").
_PLACE_WORDS = {"Street", "Avenue", "Road", "Boulevard", "Square", "County", "River", "Lake",
                "Island", "Islands", "Beach", "Valley", "Bay", "Mountains", "Coast", "Heights"}
PLURAL_BODIES = {"Republicans", "Democrats", "Conservatives", "Liberals", "Americans",
                 "Democratic", "Officials", "Voters", "Supporters", "Critics", "Analysts"}

_PARTICLES = r"(?:de|des|da|del|della|der|den|ter|ten|van|von|van\s+der|van\s+den|von\s+der|zu|al|bin|ibn|" \
             r"le|la|du|di|dos|das|y|St\.)"
_WORD = r"(?:[A-Z][\w’'.\-]*|(?:al|el)-[A-Z][\w’'\-]*|Mc[A-Z]\w*|O['’][A-Z]\w*)"
# A run's first word is read from a class of its first characters, with the look-behind after
# it (as text.after_non_word): a pattern opening with a look-behind is tried at every position
# of the text. Same matches as (?<![\w.’'-])_WORD...: 0.14 -> 0.07 s over PolNeAR's 924 masked
# articles, 0.09 -> 0.05 s over the synthetic 1k.
_FIRST_WORD = (r"[A-Zae](?<![\w.’'-].)(?:(?<=[A-Z])[\w’'.\-]*|(?<=[ae])l-[A-Z][\w’'\-]*|"
               r"(?<=M)c[A-Z]\w*|(?<=O)['’][A-Z]\w*)")
NAME_RUN = re.compile(_FIRST_WORD + r"(?:[ \t]+(?:" + _PARTICLES + r"[ \t]+){0,2}" + _WORD + r")*")
_TRAILING_PUNCT = re.compile(r"[.’'\-]+$")
_INITIALS_ONLY = re.compile(r"(?:[A-Z]\.)+")
_ID_WORD = re.compile(r"[a-z0-9]+")


@dataclass
class Entity:
    """One person or body of an article: its fullest name, id, type guess and gender."""
    name: str
    id: str
    kind: str = "unknown"    # person | body | place | thing | group (a plural noun) | unknown
    gender: str = ""         # m | f | "" (from honorifics only)
    plural: bool = False
    mentions: int = 0        # mentions linked so far (salience: which "Clinton" a surname is)
    roles: set = field(default_factory=set)   # role nouns and titles seen with it ("senator")


def name_id(name: str) -> str:
    """The stable id of a name the codebook does not know: ``name:`` + folded lower-case words."""
    return NAME_ID_PREFIX + "_".join(_ID_WORD.findall(fold(name).lower()))


def is_name_id(speaker_id: str) -> bool:
    """Was ``speaker_id`` made from a name (not a codebook id)?"""
    return str(speaker_id).startswith(NAME_ID_PREFIX)


def _strip(words, given):
    """Split the leading titles / honorifics / openers off a run: (titles, name words). A body's
    name keeps its titles and demonyms ("Democratic National Committee"); a possessor before the
    name is no part of it ("Media Research Center's Bozell": Bozell). A demonym or "Democrat"
    before a given name is a description ("fellow Kentuckian Rand Paul": Rand Paul).
    ``given``: :func:`~analysis.codebooks.load_given_names`."""
    k = next((p + 1 for p in range(len(words) - 2, -1, -1) if words[p].endswith(_POSSESSIVE)), 0)
    if len(words) - k >= 2 and words[k] in _PLURAL_PARTIES and not _body(words[k + 1:]):
        k += 1   # "Republicans Jolly of Indian Shores and DeSantis": a plural is no first name
    body = _body(words[k:])
    if k and body:
        k = 0
    if body:   # "Air Force Gen. Norman Ham", "House Speaker Paul Ryan": the body is the title's
        t = next((i for i in range(len(words) - 2, k - 1, -1) if words[i] in TITLES and
                  words[i] not in ("of", "the", "The") and words[i] not in ORG_WORDS), None)
        if t is not None and 1 <= len(words) - t - 1 <= 4 and not _body(words[t + 1:]):
            k, body = t + 1, False
    if len(words) - k >= 3 and (_DEMONYM.fullmatch(words[k]) or words[k] in _PARTY_WORDS) and \
            words[k + 1] in given:
        k += 1
    while k < len(words) and (words[k] in _OPENERS or not body and (
            words[k] in TITLES or words[k].endswith(("'s", "’s")) and k + 1 < len(words) or
            k + 1 < len(words) and words[k + 1] in TITLES
            and _DEMONYM.fullmatch(words[k]))):
        k += 1   # a demonym only before a title: "Russian Foreign Minister", not "Alan Cole"
    if not body:   # "Texas Governor Greg Abbott", "Liberal Democrats' President Simon Hughes"
        t = next((i for i in range(len(words) - 2, k - 1, -1) if words[i] in HEAD_TITLES), None)
        if t is not None and len(words) - t - 1 <= 4 and not _body(words[t + 1:]) and \
                any(w not in TITLES for w in words[t + 1:]):
            k = t + 1
            while k < len(words) - 1 and words[k] in TITLES:
                k += 1   # "Education Officer Dr Ramona Archer-Bradshaw": the honorific too
    name = words[k:]
    # "Jeb Bush's" never reaches here (possessives end runs); drop a trailing stop
    while name and (name[-1] in _OPENERS and not (
            name[-1] in SURNAME_OPENERS and len(name) > 1 and name[-2] in given)
            or len(name) > 1 and name[-1] in _POST_NOMINALS):
        if name[-1] in _POST_NOMINALS and all(w in _PARTY_WORDS or _DEMONYM.fullmatch(w)
                                              for w in name[:-1]):
            return words, []   # "the Labour MP", "a Scottish MP": a description, no name
        name = name[:-1]
    p = _person_after_place(name, given) if k and not body else 0
    return words[:k + p], name[p:]


def _person_after_place(name, given) -> int:
    """Where a name starts after a title's place or firm ("Governor of New York Andrew Cuomo"): at
    a given name with one or two words after it and none before it; else 0."""
    p = next((i for i in range(1, len(name) - 1) if name[i] in given), 0)
    return p if p and len(name) - p <= 3 and not any(w in given for w in name[:p]) else 0


_PLURAL_PARTIES = {"Republicans", "Democrats", "Conservatives", "Liberals", "Tories"}
_PARTY_WORDS = {"Democrat", "Democratic", "Republican", "GOP", "Libertarian", "Independent",
                "Conservative", "Labour", "Tory", "Liberal"}
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:an|ian|ese|ish|ean|i)|U\.S\.|US|UN|U\.N\.|EU|GOP")


def _body(words):
    return not ORG_WORDS.isdisjoint(words) or (len(words) == 1 and words[0].isupper()
                                               and len(words[0]) > 1)


_DEMONYM_WORD = re.compile(r"[a-z ]+(?:an|ese|ish|i|ch)")
_TITLE_OF_BEFORE = re.compile(r"[A-Z][\w.]*\s+(?:of|for|in\s+the)\s+$")


@cached_by_file
def _demonyms(path="countries.csv") -> frozenset:
    """The demonyms of the country codebook ("german", "south korean"; not "paris", "tehran"),
    once per file version (they had been picked out per article: 0.02 ms of CPU each)."""
    return frozenset(w for w in load_countries(path) if _DEMONYM_WORD.fullmatch(w) and
                     w.title() not in PLACE_NAMES)


def find_names(text, masked, verb_regex, taken, lookup, starts=frozenset()):
    """Name mentions of one article outside quotations: (start, end, mention, Entity) in text
    order. ``taken(s, e)``: are these characters already another reference's (codebook names);
    ``verb_regex``: the reporting-verb matcher; ``lookup(name)``: codebook id or "";
    ``starts``: where sentences start (no name runs on over one: "in May. Mr Blair")."""
    entities = Entities()
    out = []
    given, roles = load_given_names(), load_role_nouns()   # once per article, not per run
    demonyms = _demonyms()
    runs = nickname_joined(text, _of_joined(masked, _runs(masked, starts)))
    for toks in [part for run in runs for part in unheadlined(run)]:
        if len(toks) >= 2 and all(t[2].isupper() and len(t[2]) > 2 for t in toks) or \
                adjective_run(toks, masked, demonyms) and not entities.by_word.get(toks[-1][2]):
            continue   # "FULL TEXT": a heading in capitals; "South Korean thriller": no name
        if len(toks) >= 2 and verb_opener(masked, toks, given, verb_regex, starts):
            toks = toks[1:]   # "Entrusting Donald Trump with ...", "Stated Stone: ..."
        if toks[-1][2].endswith(("'s", "’s")) and _CONTRACTED.match(masked, toks[-1][1]):
            toks = toks[:-1] + [(toks[-1][0], toks[-1][1] - 2, toks[-1][2][:-2])]   # "X's been"
        titles, name = _strip([t[2] for t in toks], given)
        if not titles and _TITLE_OF_BEFORE.search(masked, max(0, toks[0][0] - 40), toks[0][0]):
            p = _person_after_place(name, given)   # "Attorney for | Massachusetts Joshua Levy",
            if not _body(name[p:]):                # "Minister in the | Ministry of Trade X"
                titles, name = name[:p], name[p:]
        if not name and titles[-1] not in HONORIFIC_GENDER and \
                entities.by_word.get(titles[-1]) and (
                    titles[-1] not in SURNAME_OPENERS | _CALENDAR or len(titles) == 1 and
                    titles[-1] in SURNAME_OPENERS and
                    _context_says_name(masked, toks[0][0], toks[0][1], verb_regex)):
            # "John Major ... Major said", "George Will ... Will wrote": a surname
            titles, name = titles[:-1], titles[-1:]
        k = len(titles)
        spans = toks[k:k + len(name)]
        if not spans:
            continue
        s, e = spans[0][0], spans[-1][1]
        if name[-1].endswith(("'s", "’s")) and len(name[-1]) > 3:
            name[-1] = name[-1][:-2]
            e -= 2
        last = name[-1]
        if last not in SUFFIXES and len(last) > 2 and not _INITIALS_ONLY.fullmatch(last):
            cut = _TRAILING_PUNCT.search(last)
            if cut:
                e -= len(last) - cut.start()
                name[-1] = last[:cut.start()]
        if not name[-1] or (len(name) == 1 and name[0].lower() in PRONOUNS):
            continue
        if len(name) == 1 and not titles and name[0] in _MONTH_WORDS and _DAY_AFTER.match(masked, e):
            continue
        if taken(s, e):
            continue
        j = k
        phrase = bool(titles) and titles[-1] in HEAD_TITLES   # "Transport Minister Ada Sorel"
        while j > 0 and (titles[j - 1] in _KEPT_OPENERS or titles[j - 1] not in _OPENERS) and (
                titles[j - 1] in TITLES or _DEMONYM.fullmatch(titles[j - 1]) or phrase
                and not titles[j - 1].endswith(_POSSESSIVE)):
            j -= 1   # "But Mr Maduro": the mention is "Mr Maduro"
        j = k if j < k and titles[j].islower() else j   # "Minister in the Ministry | of Finance X"
        title_s = toks[j][0] if j < k else s
        titles = titles[j:]
        gender = next((HONORIFIC_GENDER[t] for t in titles if t in HONORIFIC_GENDER), "")
        body = _body(name)
        noun = None if body else _role(masked, title_s, e, roles)
        role = None if noun is None else roles[noun]
        if not gender and role:
            gender = role   # "spokeswoman Jen Psaki"
        # the mention's own gender (honorific, role) decides which namesake it is; a lone
        # word's given-name gender only once it links to nobody ("Henry said" after "Mary Kay
        # Henry" is her)
        ent = link_name(entities, name, titled=bool(titles), gender=gender)
        if not gender and not body and (len(name) >= 2 or not titles and ent is None):
            # "Hillary Clinton", "Melanie said": f; not "Sen. Murray", a surname after a title
            gender = given.get(name[0], "")
        if ent is None and len(name) == 1 and not titles and not _context_says_name(
                masked, s, e, verb_regex):
            continue
        if ent is None:
            full = " ".join(name)
            aid = lookup(full)
            kind = "body" if body else ("person" if titles or role is not None
                                               else "unknown")
            if gender:
                kind = "person"
            elif full in PLACE_NAMES or not titles and (name[-1] in _PLACE_WORDS or
                                                        _before_place(masked, e, roles)):
                kind = "place"   # "New Hampshire", "Salem, N.H.", "Nashua, New Hampshire"
            elif name[-1] in THING_WORDS:
                kind = "thing"   # "Paris Agreement", "Super Tuesday": nobody speaks
            elif len(name) == 1 and not titles and common_plural(masked, s, name[0]):
                kind = "group"   # "Netizens said", "Aides said": a plural noun, no name
            ent = Entity(full, aid or name_id(full), kind, gender,
                         plural=name[-1] in PLURAL_BODIES or kind == "group")
            entities.add(ent)
        elif (gender or titles or role is not None) and ent.kind == "unknown" or \
                gender and not ent.gender:
            ent.gender = ent.gender or gender
            ent.kind = "person"   # "Cornel West ... Mr. West": a person after all
        ent.mentions += 1
        ent.roles.update(_TITLE_ROLES.get(t, t.lower()) for t in titles)
        if noun:
            ent.roles.add(noun)
        out.append((title_s, e, text[title_s:e], ent))
    return out


# After these "X's" is "X has/is", the clause's subject ("Christie's been making the case")
CONTRACTED_WORDS = r"(?:been|got|gotten|gone|not|never|going|done|said|told|already|always|still)\b"
_CONTRACTED = re.compile(r"\s+" + CONTRACTED_WORDS)


# The lower-case word ending where the spaces before a name start, read on the reversed text
# from its end: the same group as a search for ([a-z][a-z\-]*)\s+$ in the 30 characters before
# the name, which tried every lower-case letter there (1.8 -> 0.5 us a name, 0.06 ms an article).
_WORD_BEFORE_REVERSED = re.compile(r"\s+([a-z\-]*[a-z])")
_APPOSED_ROLE = re.compile(r",\s+(?:\d+,\s+)?(?:a|an|the|his|her|their)\s+((?:[\w\-'’.]+\s+){0,5}?)"
                           r"([a-z][a-z\-]*)(?=\s*(?:[,;.()]|\s(?:of|for|at|in|from|who|to|with)\b))")


def _role(masked, s, e, roles):
    """A role noun right before the name ("campaign manager Robby Mook") or ending an
    apposition after it ("Sandy Phillips, a mother of two,"); None without one. The role nouns
    (and the gender each marks) are ``codebooks/role_nouns.csv``."""
    m = _WORD_BEFORE_REVERSED.match(masked[max(0, s - 30):s][::-1])
    before = m.group(1)[::-1] if m else None
    if before in roles:
        return before
    m = _APPOSED_ROLE.match(masked, e)
    if m and m.group(2) in roles:
        return m.group(2)
    return None


# Titles as the role nouns a later description uses ("Sen. Marco Rubio ... the senator").
_TITLE_ROLES = {"Sen.": "senator", "Sen": "senator", "Sens.": "senator", "Gov.": "governor",
                "Gov": "governor", "Rep.": "congressman", "Rep": "congressman",
                "Dr.": "doctor", "Gen.": "general", "Prof.": "professor", "Rev.": "pastor",
                "Atty.": "attorney", "Front-runner": "front-runner"}


_BEFORE_PLACE = re.compile(r",\s+(?:" + "|".join(sorted(PLACE_NAMES - {"Georgia", "Virginia"}, key=len,
                                                           reverse=True)) +
                           r"|[A-Z][a-z]?\.[A-Z]\.|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|"
                           r"Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Va|"
                           r"Vt|Wash|Wis|Wyo)\b")
_LOWER_WORDS = re.compile(r"\s+([a-z]+)(?:\s+([a-z]+))?")


def _before_place(masked, e, roles) -> bool:
    """", <state>" after a name as after a town ("Salem, N.H."), unless a role noun follows it
    ("Chris Covert, South Carolina director for Sanders,": PolNeAR train, a "he" right)."""
    m = _BEFORE_PLACE.match(masked, e)
    w = m and _LOWER_WORDS.match(masked, m.end())
    return bool(m) and not (w and {*w.groups()} & roles.keys() - {"resident", "native"})


_INITIALS = re.compile(r"(?:[A-Z]\.)+|[A-Z][a-z]{0,2}\.")   # J., U.S., Jr., St., Mr.


def _runs(masked, starts=frozenset()) -> list:
    """Capitalised runs as lists of (start, end, word), split after a word that ends a sentence
    ("Russia. Le Maire" is two runs; "George W. Bush" and "Mr. Rove" are one), and where one of
    ``starts`` says a sentence begins ("in May. Mr Blair": "May." looks like "Gen."), with no
    compound modifier (:func:`~.name_runs.compound_modifier`) or a word before one. A run's words
    are its match split at spaces, each found from the end of the one before (no word holds a
    space, so the first find is the word); runs and joined runs are lists, not generators: the
    name finder 1.09 -> 0.88 ms an article (PolNeAR's 924, CPU), same runs."""
    runs = []
    for m in NAME_RUN.finditer(masked):
        run, end = [], m.start()
        for word in m.group().split():
            start = masked.find(word, end)
            end = start + len(word)
            if run and start in starts:
                runs.append(run)
                run = []
            if compound_modifier(word):   # "New York-based", "U.S.-led"
                run = []
                continue
            run.append((start, end, word))
            if word.endswith(".") and not _INITIALS.fullmatch(word) and word not in TITLES:
                runs.append(run)
                run = []
        if run:
            runs.append(run)
    return runs


_OF_LINK = re.compile(r"[ \t]+(of|for)[ \t]+(?:(the)[ \t]+)?")


def _of_joined(masked, runs) -> list:
    """Runs with a body's name joined over "of"/"for" after an organisation word ("Massachusetts
    Institute of Technology", "Bank of America", "Center for American Progress"): the name does
    not stop at the preposition. After any other word "of" ends the name ("Feinstein of
    California", "Secretary of State" is a title either way)."""
    joined = []
    for run in runs:
        last = joined[-1][-1] if joined else None
        m = last and last[2] in ORG_WORDS and _OF_LINK.match(masked, last[1])
        if m and m.end() == run[0][0]:
            links = [(m.start(g), m.end(g), m.group(g)) for g in (1, 2) if m.group(g)]
            joined[-1] = joined[-1] + links + run
        else:
            joined.append(run)
    return joined


_APPOSITION = re.compile(r",\s+(?:a|an|the|who|whose|its|his|her|one|[a-z][\w\-]*\s+(?:of|at|for)"
                         r"|[A-Z][\w\-]*['’]s)\b")
_ADVERB = re.compile(r"\s+(?:also|has|have|had|later|then|again|once|previously|recently|"
                     r"[a-z]+ly|would|will|could|did|does|has\s+long|had\s+previously|"
                     r"is|was|were|has\s+been|today|yesterday|earlier|on\s+(?:Mon|Tues|Wednes|"
                     r"Thurs|Fri|Satur|Sun)day)?\s*")   # ("China on Wednesday called on ...")
_WHICH = re.compile(r",\s+which\b")
_PAST_VERB = re.compile(r"\s+(?:[a-z]+ed|met|made|gave|took|went|came|won|lost|ran|sent|left|"
                        r"kept|held|led|began|saw|knew|thought|felt|stood|sat|spoke|found|"
                        r"wrote|told|said)\b(?!-)")
_PAST_AFTER_ADVERB = re.compile(r"\s+(?:also|later|then|again|once|previously|recently|repeatedly|"
                                r"quickly)" + _PAST_VERB.pattern)   # "Obama also addressed"
# "Cost estimates, he added, were ...": a frame set off after the would-be verb makes it a noun
# (train: "Cost" had been a name, then the speaker of "he"; 2 rows)
_FRAME_SET_OFF = re.compile(r",\s+(?:he|she|they|it|(?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w\-]+)\s+"
                            r"(?:[a-z]+ly\s+)?(?:[a-z]+ed|said|says|told|wrote)\b")
_ADVERB_ENDS = ("ently", "antly", "ically", "ately", "ously", "ively", "ingly", "edly", "owly", "ckly",
                "denly", "ually", "nally", "fully", "ibly", "ably", "rtly", "ctly", "stly", "arly")
# (not every -ly: Kelly, Sally, Beverly, Emily, Holly are names)
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|added|asked|according\s+to|wrote)\s+$")


def _context_says_name(masked, s, e, verb_regex):
    """Does a lone capitalised word at [s, e) act as a speaker or subject: a reporting verb right
    after it (an adverb or auxiliary between allowed), a past-tense verb right after it ("Biden
    rubbished"), "said X" before it, or an apposition after it?"""
    if masked[s:e].endswith(_ADVERB_ENDS):
        return False   # "Currently, the head of ...": an adverb set off, no apposition
    gap = _ADVERB.match(masked, e)
    at = gap.end() if gap else e
    verb = gap and gap.end() > e and verb_regex.match(masked, at)
    if verb and not _FRAME_SET_OFF.match(masked, verb.end()):
        return True
    if _APPOSITION.match(masked, e) or _PAST_VERB.match(masked, e) or \
            _PAST_AFTER_ADVERB.match(masked, e) and not _DEMONYM.fullmatch(masked[s:e].rstrip("s")):
        return True   # ("Many Americans then saw": a demonym's plural names nobody)
    if _WHICH.match(masked, e) and masked[s:e] in set(load_countries().values()):
        return True   # "India, which buys Venezuelan crude, said": a country speaks
    return _SAID_BEFORE.search(masked[max(0, s - 20):s]) is not None
