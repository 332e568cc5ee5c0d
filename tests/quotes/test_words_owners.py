"""Speakers of quotations in shapes written for these tests in wire, New York Times (``''``
marks, "Mr."), tabloid and blog styles: "in X's words" / "in the words of X", an editorial's
"opined" and a front page's "blared", the holder of "Aides to X said", an excerpt left open
in straight marks followed by a curly quotation of its own, and a subordinate clause opened
after "But" or "And" ("But even as X claimed that "..."," Y said)."""
from .helpers import extract


def speakers(text):
    return [(r.quote, r.speaker) for r in extract(text).itertuples() if r.kind != "indirect"]


def test_in_the_words_of_someone_gives_the_speaker():
    assert speakers("The summit moved to Lisbon because, in Forbes' words, \"it is the most "
                    "open city on the continent.\"") == [
        ("it is the most open city on the continent.", "Forbes")]
    assert speakers("Mrs. Lane was, in the words of a senior adviser, ''the steady hand'' of "
                    "the campaign.") == [("the steady hand", "a senior adviser")]
    assert speakers('The budget, in Mayor Ana Reyes\'s words, is "dead on arrival."') == [
        ("dead on arrival.", "Ana Reyes")]
    # an unresolved possessive pronoun names nobody: no speaker is guessed from it
    assert speakers('Nobody expected it. In his own words, "it was the speech of my life."') == [
        ("it was the speech of my life.", "")]


def test_an_editorial_opines_and_a_front_page_blares():
    assert speakers('"Gun owners should leave their weapons at home," opined the Plain '
                    'Dealer.') == [("Gun owners should leave their weapons at home", "Plain Dealer")]
    rows = extract("''Collapse!'' blared the front page of The Daily Ledger.")
    assert (rows.iloc[0].speaker, rows.iloc[0].verb) == ("the front page", "blare")
    # a song blaring from speakers says nothing
    assert speakers('The band played and the hit "Let It Ride" blared from the speakers.') == \
        [("Let It Ride", "")]
    # "opined on" with no quotation reports nothing
    assert extract("Robert Lane, the former Treasury secretary, opined on the state of the "
                   "world.").empty


def test_aides_to_someone_speak_not_the_one_they_serve():
    out = extract('Aides to the governor said he was "deeply offended" by the remarks.')
    assert set(out.speaker) == {"Aides to the governor"}
    out = extract("Advisers to Mr. Hale said the ruling was ''a travesty.''")
    assert set(out.speaker) == {"Advisers to Mr. Hale"}
    assert speakers('"It is over," aides to the mayor said on Tuesday.') == [
        ("It is over", "aides to the mayor")]
    # a name with its honorific after no preposition stays the name
    assert set(extract('Mr. Hale said the ruling was "a travesty."').speaker) == {"Hale"}


def test_an_excerpt_left_open_is_not_continued_by_a_curly_quotation():
    text = ('Reporters pressed the White House, as the Tribune reported:\n\n'
            '"The administration is still reluctant to call the attack terrorism.\n\n'
            '"At the briefing today, reporters questioned spokesman Josh Elder about the case.\n\n'
            '“I do not want to talk about it while there is an ongoing investigation,” Elder '
            'said."\n\nWe have seen this before.')
    assert speakers(text) == [
        ("The administration is still reluctant to call the attack terrorism.", "Tribune"),
        ("At the briefing today, reporters questioned spokesman Josh Elder about the case.",
         "Tribune"),
        ("I do not want to talk about it while there is an ongoing investigation", "Elder")]
    # a quotation continued in the same marks still takes the later paragraph's speaker
    text = ('"We will not stop until the plant reopens.\n\n'
            '"Our members have waited long enough," said Dana Ruiz, the union\'s president.')
    assert [s for _, s in speakers(text)] == ["Dana Ruiz", "Dana Ruiz"]


def test_a_subordinate_clause_after_but_or_and_keeps_its_quotation():
    assert speakers("But even as Hale claimed on Tuesday that “the general got in trouble for "
                    "far less,” one of the former prosecutors said the two cases differed.") == [
        ("the general got in trouble for far less", "Hale")]
    assert speakers("And although Senator Ana Reyes lamented the mayor's tendency to misspeak - "
                    '"does he have to keep doing this?" - voters who watched said they were '
                    "unfazed.") == [("does he have to keep doing this?", "Ana Reyes")]


def test_a_verb_after_and_shares_the_subject_not_the_object():
    out = extract("She greeted 2,000 supporters at a rally in Houston and told them that "
                  "together they would ''build ladders of opportunity.''")
    assert set(out.speaker_mention) == {"She"}
    out = extract('The mayor met the protesters on Friday and told them the plan was "dead."')
    assert set(out.speaker) == {"The mayor"}


def test_a_long_aside_before_argue_that_leaves_the_verb_its_subject():
    out = extract("His critics, many of them conservative voters, argue that the pope is too "
                  "political.")
    assert list(zip(out.kind, out.speaker, out.verb)) == [("indirect", "His critics", "argue")]
    # the plural subject is a reference itself, and a name inside the aside is known earlier
    out = extract("Many Roman Catholics admire the pope. His critics in the United States, many "
                  "of them conservative Catholics, argue that Francis is a ''political pope.''")
    assert set(out[out.verb == "argue"].speaker) == {"His critics in the United States"}
    # a base form after a comma with no "that" stays no verb ("a city like, say, Boston")
    assert extract("A city like, say, Boston would do.").empty
