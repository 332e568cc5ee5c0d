"""Quotation marks that hold no statement (kind ``mention``): a name given after a common noun
(a work, an account, a nickname), one quoted word modifying the noun after it, a term that opens
its sentence and is defined there. Texts written for these tests in wire (AP, Reuters), US
newspaper (NYT, Washington Post) and British (BBC, Guardian) styles; the real partial quotations
next to them stay statements of their speakers."""
from .helpers import extract


def kinds(text):
    return {r.quote: (r.kind, r.speaker) for r in extract(text).itertuples() if r.kind != "indirect"}


def test_a_name_given_after_a_common_noun_is_a_mention():
    rows = kinds('An interior renovation made the network\'s "Super Lives of the Super Rich" in a '
                 'segment entitled "Pimp My Chopper."')
    assert rows["Pimp My Chopper."][0] == "mention"
    rows = kinds("MEXICO CITY (Reuters) - A group of comedians is staging a popular play called "
                 "''Los Hijos de Trump'' in the capital's Aldama theatre.")
    assert rows["Los Hijos de Trump"][0] == "mention"
    rows = kinds('The Romanian hacker known as "Guccifer" told NBC News he had read the emails.')
    assert rows["Guccifer"][0] == "mention"
    # a show the speaker talks to (Guardian style: no comma inside the marks)
    rows = kinds('"He is a danger to us all", the senator said in an interview with "Fox News '
                 'Sunday".')
    assert rows["Fox News Sunday"][0] == "mention"
    assert rows["He is a danger to us all"][0] == "direct"


def test_a_speaker_naming_someone_still_quotes_them():
    # the subject names the person: an epithet is that speaker's words
    assert kinds('Mr. Trump called Mr. Rubio "Little Marco" again on Tuesday.')[
        "Little Marco"] == ("partial", "Donald Trump")
    assert kinds('Labour MP Jess Phillips dubbed the scheme "Operation Fig Leaf" on Monday.')[
        "Operation Fig Leaf"][0] == "partial"
    # an adverb between the subject and the naming verb, a count of times after the epithet
    assert kinds("Ms. Okafor also called the council's budget “reckless” at the hearing.")[
        "reckless"] == ("partial", "Okafor")
    assert kinds('During the debate, the governor called his rival "Sleepy Sam" several times.')[
        "Sleepy Sam"][0] == "partial"
    # a second name after a comma stays a name: nobody holds it
    assert kinds('The militia, also called "the Watchmen," disbanded in 2019.')[
        "the Watchmen"][0] == "mention"


def test_one_quoted_word_modifying_the_noun_after_it_is_a_mention():
    rows = kinds('The senator then joined the Republican National Committee for a "unity" '
                 'lunch in Cleveland.')
    assert rows["unity"][0] == "mention"
    rows = kinds("He won just 19 percent among moderates and a mere 9 percent of the "
                 "''conservative'' vote in Iowa.")
    assert rows["conservative"][0] == "mention"


def test_a_quoted_word_someone_is_said_to_use_stays_a_statement():
    # a verb of naming before it: the word is theirs
    rows = kinds('Protesters are planning rallies against what they call the "fraudulent" '
                 'nomination of the former secretary of state.')
    assert rows["fraudulent"][0] == "partial"
    # the comma of the quoted word inside the marks: an apposition follows, no modified noun
    rows = kinds('Cruz knocked Rubio on trade and called him a "moderate," a subtle dig at a '
                 'candidate who came to the Senate with Tea Party support.')
    assert rows["moderate"][0] == "partial"


def test_a_term_opening_its_sentence_and_defined_there_is_a_mention():
    rows = kinds('The department has classified 22 emails as "top secret." "Top secret" is the '
                 'highest level of classification, reserved for material whose release could '
                 'cause grave damage.')
    assert rows["Top secret"][0] == "mention"
    # a short quotation opening its sentence with its own frame stays a statement
    assert kinds('"Not now," the minister said, when asked about the vote.')["Not now"][0] \
        == "direct"


def test_a_nickname_inside_a_name_is_a_mention():
    rows = kinds('The physicist George "Jay" Keyworth left the board in 2006, the company said.')
    assert rows["Jay"][0] == "mention"
    rows = kinds("Retired sergeant Maria “Pepa” Ortiz told the council: “We waited ten years.”")
    assert rows["Pepa"][0] == "mention"
    assert rows["We waited ten years."][0] == "direct"
    # a capitalised word quoted between two capitalised words that are no given name and surname
    rows = kinds('Asked about the deal, the minister told Reuters "Never" Monday.')
    assert rows["Never"][0] != "mention"
