"""Quotation units on news copy: names of works and markup kept apart from statements, and
frames found beyond the quotation's own sentence. Texts written for these tests, in several wire
and newspaper styles."""
from analysis.quotes.marks import is_title, not_statement

from .helpers import extract, one


def kinds(text):
    out = extract(text)
    return dict(zip(out["quote"], out["kind"]))


def test_titles_of_shows_and_books_after_a_possessive_or_preposition_are_mentions():
    # AP style: the show's name after the network's possessive, with a speaker and a verb
    out = kinds('"We will carry the state," Sen. Ana Ruiz told ABC\'s "Good Morning America" '
                'on Sunday.')
    assert out == {"We will carry the state": "direct", "Good Morning America": "mention"}
    # NYT archive marks (''...''), a book title after "author of"
    out = kinds("''The bill is dead,'' said Lena Park, the author of ''The Quiet Senate,'' "
                "in an interview.")
    assert out["The bill is dead"] == "direct" and out["The Quiet Senate"] == "mention"
    # British single quotes and a programme's name after "on"
    out = kinds("Mr Hale appeared on ‘Question Time’ and said the party was ‘finished’.")
    assert out["Question Time"] == "mention"
    # guillemets: a film after the noun that names the work
    assert kinds("Le ministre a cité le film «La Haine» devant les députés.") == {
        "La Haine": "mention"}


def test_a_cry_in_title_case_or_a_slogan_introduced_as_speech_stays_a_quotation():
    out = kinds('Supporters broke into chants of "Lock Her Up!" as the governor spoke.')
    assert out["Lock Her Up!"] != "mention"
    row = one('„Wir schaffen das“, sagte die Kanzlerin. Minister Karl Weber said: "Never Again."',
              "Never Again")
    assert row.kind != "mention" and row.speaker == "Karl Weber"


def test_markup_attribute_values_are_mentions():
    text = ('<tweet id="7479700" author="@newsdesk" datetime="2016-06-29">The vote is '
            'tomorrow</tweet>. Ms. Ruiz said, "We are ready for it."')
    out = kinds(text)
    assert out["2016-06-29"] == "mention" and out["We are ready for it."] == "direct"


def test_not_statement_reads_the_words_before_the_marks():
    assert not_statement("Meet the Press", "Ana Ruiz", "say", 'she said on NBC\'s "')
    assert not_statement("2016-06-29", "", "", 'datetime="')
    assert not not_statement("Meet the Press", "Ana Ruiz", "say", "she said: ")
    assert is_title("Tales From the Crypt") and not is_title("We will win the state")


def test_a_quotation_closed_without_a_comma_framed_by_the_next_sentence():
    # Politico style: the sentence ends inside the quotation, "X tweeted." follows
    row = one('"The idea is absurd. No, Mr. Vance." Clinton tweeted on Wednesday.', "The idea")
    assert (row.speaker, row.verb) == ("Clinton", "tweet")
    # not when the next sentence says more than "X said"
    row = one('"We won." Clinton said nothing else about the count.', "We won")
    assert row.verb == ""


def test_nested_quotation_before_the_frame():
    # US style: single marks inside double, both closing before "he said"
    row = one("“We are like ‘Ebony and Ivory,’” Tom Bell explained with a smile.", "We are")
    assert (row.speaker, row.verb) == ("Tom Bell", "explain")
    row = one('"Call it \'the deal of the century,\'" Sen. Mark Olsen said.', "Call it")
    assert row.speaker == "Mark Olsen"


def test_a_frame_whose_verb_the_table_lacks_still_names_the_speaker():
    # Reuters: subject first, a verb of manner, nothing after it but adverbials
    row = one("“France will always be France,” an angry Hollande retaliated on Thursday.",
              "France will")
    assert (row.speaker, row.verb) == ("Hollande", "")
    # NYT archive marks, inverted: verb, then the speaker and a description
    row = one("''Silly boys acting like that,'' scoffed Arianna Gil, 22, a founder of the group.",
              "Silly boys")
    assert row.speaker == "Arianna Gil"
    # a subject no name covers, in the Guardian's curly quotes
    row = one("“Are we talking about the same Nikki Haley?” the editorial board writes.", "Are we")
    assert row.speaker == "the editorial board"


def test_a_clause_that_goes_on_after_the_verb_is_no_frame():
    # "voted ... to adjourn" is the board's own act, not a frame of the quotation
    row = one('"Fine," the board members voted unanimously to adjourn.', "Fine")
    assert row.speaker == ""
    row = one('"We are ready for them now," the protesters waved banners all night.', "We are")
    assert row.speaker == ""


def test_who_names_holds_a_scare_quote_not_who_is_named():
    # AP: a bare subject before "called", the named person after it
    row = one('One lawmaker called Sen. Dan Price "the orange prince of self-publicity."',
              "the orange")
    assert row.speaker == "One lawmaker"
    row = one("Kasich had a strong night, when many commentators called him “the grownup on "
              "the stage” amid the fight.", "the grownup")
    assert row.speaker == "many commentators"
    # Guardian: "calling" after the sentence subject
    row = one("Sen. Ted Cruz weighed in on the allegations, calling the behaviour a ‘fireable "
              "offence’.", "fireable")
    assert row.speaker == "Ted Cruz"
    # a passive naming has no namer in the sentence
    row = one('Ironically, the new president, Rodrigo Duterte, has been called the "Trump of '
              'the East" for his remarks.', "Trump of")
    assert row.speaker == ""


def test_unlisted_verb_with_an_object_or_a_title_in_the_frame():
    row = one('"Your record is amazing," Alex Trumbo assured Mr. Jones, after the show.', "Your")
    assert row.speaker == "Alex Trumbo"
    row = one('"Enough," the board voted. Mr. Ames left.', "Enough")
    assert row.speaker == "the board"
    row = one("«Nooooo!» the crowd cried out, booing.", "Nooooo")
    assert row.speaker == "the crowd"


def test_a_connective_before_a_quotation_standing_alone_continues_the_speaker():
    row = one('"He is a cheerleader," Sen. Tom Bell said. Instead, "he acts like a defeated '
              'man."', "he acts")
    assert row.speaker == "Tom Bell"
    row = one("''It was close,'' Gov. Ana Ruiz said on Monday.\n\nThen, ''we counted again.''",
              "we counted")
    assert row.speaker == "Ana Ruiz"


def test_an_opening_curly_mark_typed_where_a_closing_one_belongs_closes_the_quotation():
    row = one("“It's unusual,“ said Larry Nobel, an attorney. “It is a hard thing to do.”",
              "It's unusual")
    assert (row.speaker, row.kind) == ("Larry Nobel", "direct")
    assert list(extract("He called it “bold“ and “new” in one breath.")["quote"]) == ["bold", "new"]


def test_a_verb_inside_the_reported_clause_does_not_hide_the_frame_before_it():
    row = one("Rival Hillary Clinton had mocked the complaint, saying anybody who complains "
              "about a microphone “is not having a good night.”", "is not")
    assert row.verb == "say" and row.speaker.endswith("Hillary Clinton")
