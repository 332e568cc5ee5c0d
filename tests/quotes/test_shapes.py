"""Every attribution shape of issue 13, on news about other stories (speakers the actor codebook
does not know), written for these tests in several wire and newspaper styles: Reuters, AP, the New
York Times (Mr./Ms. on later mentions, ''...'' archive quotes), the Guardian, TASS / Xinhua.

Expected speakers, cues and contents are what a reader would mark (gold/README.md's rules).
"""
import pytest

from analysis.quotes.names import is_name_id, name_id

from .helpers import extract, one


def rows(text):
    return [(r.kind, r.speaker, r.verb, r.quote) for r in extract(text).itertuples()]


# --- speakers found in the text -----------------------------------------------------------------

def test_nyt_later_mentions_link_to_the_first_full_name():
    text = ("Karl Rove, the Republican strategist, spoke on Monday.\n\n"
            '"I don\'t see it happening," Mr. Rove said.\n\n'
            '"Not this year," Rove added.')
    out = extract(text)
    assert list(out["speaker"]) == ["Karl Rove", "Karl Rove"]
    assert list(out["speaker_id"]) == ["name:karl_rove"] * 2
    assert list(out["speaker_mention"]) == ["Mr. Rove", "Rove"]
    assert list(out["camp"]) == ["", ""]   # the codebook adds camp; it knows no Rove


def test_a_surname_alone_next_to_a_reporting_verb_is_a_speaker():
    row = one('"We will be back in Michigan," Clinton said.', "We will")
    assert (row.speaker, row.speaker_id, row.verb) == ("Clinton", "name:clinton", "say")


def test_titles_particles_and_initials_belong_to_the_name():
    assert one('"It is over," said Sen. Lindsey Graham.', "It is").speaker == "Lindsey Graham"
    assert one('"We wait," said Deputy Foreign Minister Ana de la Vega.', "We").speaker == \
        "Ana de la Vega"
    assert one('"No comment," George W. Bush said.', "No").speaker == "George W. Bush"
    assert one('"Too early," said Gov. Abdel al-Hassan.', "Too").speaker == "Abdel al-Hassan"


def test_stable_id_made_from_the_fullest_name():
    assert name_id("José Pérez-Díaz") == "name:jose_perez_diaz"
    assert is_name_id("name:karl_rove") and not is_name_id("lavrov")


def test_apposition_does_not_steal_the_speaker():
    # AP: "X, a ... of Y, said"
    row = one('James Zogby, a Sanders superdelegate from the District, said: "I just don\'t think '
              'it\'s possible."', "I just")
    assert row.speaker == "James Zogby"
    row = one('"We\'re vetting candidates!" said Arturo Vargas, the head of the National '
              'Association of Latino Elected Officials, at its meeting.', "We")
    assert row.speaker == "Arturo Vargas"


def test_parenthetical_party_and_state_after_a_name():
    row = one('"There\'s tremendous energy," Rep. Earl Blumenauer (D-Ore.) said.', "There")
    assert (row.speaker, row.speaker_mention) == ("Earl Blumenauer", "Rep. Earl Blumenauer")
    row = one('"This is a waste of time," said Del. Stacey Plaskett of the Virgin Islands.', "This")
    assert row.speaker == "Stacey Plaskett"


def test_role_nouns_and_groups_speak_as_described():
    # Reuters: unnamed groups are speakers too, with no id
    assert rows("Farm groups said they feared a trade war.") == [
        ("indirect", "Farm groups", "say", "they feared a trade war")]
    assert rows("Analysts said the EU could retaliate.")[0][1] == "Analysts"
    row = one('"We are ready," said a senior administration official.', "We are")
    assert (row.speaker, row.speaker_id) == ("a senior administration official", "")


def test_pronouns_take_the_nearest_compatible_speaker():
    # NYT: the honorifics give gender; an unknown gender fits either pronoun (nearest wins)
    text = ("Elizabeth Warren met the bankers on Tuesday. Ms. Warren was angry; Mr. Ryan stayed "
            'away.\n\n"They have to answer," she said.')
    assert one(text, "They have").speaker == "Elizabeth Warren"
    text = ('Biden rubbished Trump\'s claim to understand the middle class.\n\n'
            '"It\'s a bunch of malarkey," he said.')
    assert one(text, "It's").speaker == "Biden"   # the subject, not the possessive
    text = "Ms. Lee met Paul Ryan on Monday.\n\n\"We disagree,\" he said."
    assert one(text, "We").speaker == "Paul Ryan"   # not Ms. Lee


def test_organisations_and_acronyms():
    row = one("The Justice Department and FBI say they will review the emails.", "they will")
    assert (row.speaker, row.verb) == ("FBI", "say")
    row = one("Even China, Pyongyang's only ally, said it was opposed to the test.", "it was")
    assert row.speaker == "China"


# --- attribution shapes -------------------------------------------------------------------------

def test_quote_then_said_x_and_x_said_colon():
    assert rows('"Prices will rise," said Olaf Becker, an economist at Commerzbank.')[0][:3] == \
        ("direct", "Olaf Becker", "say")
    assert rows('Olaf Becker said: "Prices will rise."')[0][:3] == ("direct", "Olaf Becker", "say")


def test_said_adding_a_second_quotation():
    out = extract('"We are not worried," Helen Park said, adding "the market will adjust."')
    assert list(out["speaker"]) == ["Helen Park", "Helen Park"]


def test_quotation_running_over_paragraphs():
    text = ('"The first part of the answer is simple.\n\n'
            '"The second part is not," Maria Lopes said.')
    out = extract(text)
    assert list(out["speaker"]) == ["Maria Lopes", "Maria Lopes"]


def test_told_y_that_and_said_that_and_zero_that():
    assert rows("Sefcovic told reporters that the bloc would respond in kind.") == [
        ("indirect", "Sefcovic", "tell", "the bloc would respond in kind")]
    assert rows("Obama said that positive attributes were on display.")[0][3] == \
        "positive attributes were on display"
    assert rows("Scholz warned the economy would slow next year.")[0][1:] == (
        "Scholz", "warn", "the economy would slow next year")


def test_according_to_x():
    out = extract("The plant will close in May, according to Jan Novak, the union's chairman.")
    assert (out.iloc[0]["speaker"], out.iloc[0]["verb"]) == ("Jan Novak", "according to")


def test_post_posed_and_mid_sentence_attribution():
    # Reuters ", X said." at the end; Guardian ", he said," inside the sentence
    assert rows("Growth will slow sharply next year, Jane Doe said.")[0][1] == "Jane Doe"
    out = extract("Trump's climate views have hurt him with young voters, Graham said, since most "
                  "of them accept the science.")
    assert out.iloc[0]["speaker"] == "Graham"
    out = extract("Kadzik's answer did not go over well, and the meeting deteriorated from there, "
                  "said one GOP source in the room.")
    assert out.iloc[0]["speaker"] == "one GOP source"


@pytest.mark.parametrize("text, speaker, verb, content", [
    ("Maduro blasted the move as a coup staged by Washington.", "Nicolás Maduro", "blast",
     "the move as a coup staged by Washington"),
    ("The UN Secretary-General called for dialogue between the parties.", "António Guterres",
     "call for", "dialogue between the parties"),
    ("Pompeo called on NATO allies to stand together against Russia.", "Mike Pompeo", "call on",
     "NATO allies to stand together against Russia"),
    ("Le Maire accused Washington of economic protectionism.", "Le Maire", "accuse",
     "Washington of economic protectionism"),
    ("Ms. Ardern promised to cut taxes for the middle class.", "Ardern", "promise",
     "to cut taxes for the middle class"),
    ("The ministry warned of a looming food crisis in the region.", "The ministry", "warn",
     "a looming food crisis in the region"),
    ("Farmers urged the government to lift the export ban.", "Farmers", "urge",
     "the government to lift the export ban"),
    ("Senator Ruiz asked the agency to release the full report.", "Ruiz", "ask",
     "the agency to release the full report"),
    ("Zakharova rejected claims that Moscow had sent troops.", "Maria Zakharova", "reject",
     "claims that Moscow had sent troops"),
])
def test_speech_acts_told_by_their_object(text, speaker, verb, content):
    got = rows(text)
    assert ("indirect", speaker, verb, content) in got, got


def test_coordinated_speech_acts_give_two_rows():
    out = extract("Maduro blasted the move as a coup staged by Washington and said he was "
                  "severing diplomatic ties.")
    assert list(out["verb"]) == ["blast", "say"]
    assert list(out["quote"]) == ["the move as a coup staged by Washington", "he was severing diplomatic ties"]


def test_in_a_statement_x_said():
    # TASS / Xinhua style
    out = extract("In a statement, the Foreign Ministry said the sanctions were illegal.")
    assert (out.iloc[0]["speaker"], out.iloc[0]["quote"]) == ("Foreign Ministry",
                                                              "the sanctions were illegal")


def test_a_speech_verb_in_an_infinitive_or_idiom_is_no_speech_act():
    assert extract("Voters needed to confirm their address before the deadline.").empty
    assert extract("It goes without saying that the vote matters.").empty
    assert extract("Having said that, the plan still has flaws in several places.").empty


# --- quotation marks ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    '"We will win," said Ana Costa.',
    "“We will win,” said Ana Costa.",
    "``We will win,'' said Ana Costa.",
    "''We will win,'' said Ana Costa.",
    "«We will win», said Ana Costa.",
    "„We will win“, said Ana Costa.",
])
def test_every_usual_kind_of_quotation_mark(text):
    row = one(text, "We will win")
    assert (row.quote, row.speaker) == ("We will win", "Ana Costa")


def test_nyt_archive_quotes_split_by_an_attribution():
    out = extract("''The more interesting issue,'' Mr. Holtz-Eakin added, ''is whether it lasts.''")
    assert list(out["quote"]) == ["The more interesting issue", "is whether it lasts."]
    assert set(out["speaker"]) == {"Holtz-Eakin"}


def test_not_statements_are_kind_mention():
    out = extract('He follows @pamkeyNEN and the tweet 783491630540001280 went viral. '
                  'The show "Fox News Sunday" aired late. The "sex tape" reference was false.')
    assert list(out["kind"]) == ["mention"] * len(out) and len(out) == 1 + 1
    out = extract('The crowd chanted "Make America Great Again" before she spoke.')
    assert list(out["kind"]) == ["mention"]


def test_quotation_signed_after_a_dash_or_announced_by_a_colon():
    # HuffPost reader lists; Breitbart "X reports:" before a block quotation
    row = one("“He scares me. His words make me afraid.” ― Krystal Correa", "He scares")
    assert row.speaker == "Krystal Correa"
    text = ('The New York Times reports:\n\n"Just 24 percent of the contributors have given $200 '
            'or less, the filings show."')
    row = one(text, "Just 24")
    assert (row.speaker, row.verb) == ("New York Times", "report")


def test_long_apposition_between_quotation_and_verb():
    # Washington Post: name, two descriptions, then the verb
    row = one("“It’s an invasion of the state regulatory domain,” Scott Pruitt, the Republican "
              "attorney general of Oklahoma, one of the states suing the EPA, said on Tuesday.",
              "It’s an")
    assert row.speaker == "Scott Pruitt"
    row = one("“They’d just go get them,” Rep. Jim Jordan (R-Ohio), an oversight panel member, "
              "said in a phone interview.", "They’d")
    assert row.speaker == "Jim Jordan"
    row = one('"I will go," said Venezuelan Deputy Foreign Minister Ivan Gil.', "I will")
    assert row.speaker_id == "gil"
    assert one('"We wait," Alan Cole said.', "We").speaker == "Alan Cole"   # not a demonym
