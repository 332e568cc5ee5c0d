"""Three shapes read on saved pages of other stories: a title of four to six words between an
inverted verb and the name ("noted Maryland-based product liability lawyer Jim Dunham"), the
particles "des", "ter", "zu" inside names ("Laurence des Cars"), and a sentence adverb opening
a clause ("However, don't think that ...") that is no holder.

Texts written for these tests in US regional (trade press), French-museum (culture desk), Dutch
business (wire) and lifestyle-magazine styles.
"""
from .helpers import indirect, one, speakers


def test_a_long_title_before_the_name_after_the_verb():
    # US regional paper: place-based modifier, two-word trade and the role noun
    row = one("“The ruling changes everything for online sellers,” noted Maryland-based product "
              "liability lawyer Jim Dunham in an interview with the Globe.", "The ruling")
    assert (row.speaker, row.verb) == ("Jim Dunham", "note")
    # wire: five words of title
    row = one('"We will fight on," said longtime Republican campaign finance strategist Rick '
              'Wilson.', "We will")
    assert row.speaker == "Rick Wilson"


def test_a_clause_between_verb_and_name_is_no_title():
    # the words after "said" are a clause of their own: its subject opens with a determiner
    rows = indirect("The governor said the company hired lawyer Jim Dunham in March.")
    assert rows == [("the company hired lawyer Jim Dunham in March", "The governor", "say")]


def test_particles_des_ter_zu_inside_a_name():
    # culture desk
    assert speakers("“We are fully mobilized,” said Laurence des Cars, the museum’s president, "
                    "in an interview.") == [("Laurence des Cars", "We are fully mobilized")]
    # Dutch business wire
    assert speakers('"No deal yet," said Gerard ter Horst, a banker in Utrecht.') == [
        ("Gerard ter Horst", "No deal yet")]


def test_a_sentence_adverb_is_no_holder():
    # lifestyle magazine: an imperative to the reader has no holder, and "However" is none
    assert indirect("However, don't think that you will cure your allergies with a pill.") == []
    # the noun phrase after the adverb still holds the belief
    assert indirect("Still, many voters fear that the pills are unsafe.") == [
        ("the pills are unsafe", "many voters", "fear")]


def test_a_date_in_the_title_before_the_name_after_the_verb():
    # US daily: a date written 9/11 in the title; the slash opens no clause
    row = one('"The law was a mistake," said 9/11 widow Terry Strada, who leads a families group.',
              "The law")
    assert (row.speaker, row.verb) == ("Terry Strada", "say")
    # wire: the month abbreviated, its day after it, is no name
    row = one('"We were promised answers," said Sept. 11 widow Kristen Breitweiser.', "We were")
    assert row.speaker == "Kristen Breitweiser"
    rows = indirect("The bill will pass, said Sept. 11 widow Kristen Breitweiser on Monday.")
    assert [(q, s) for q, s, _ in rows] == [("The bill will pass", "Kristen Breitweiser")]


def test_fumed_frames_its_quotation():
    # tabloid court report: a verb of anger reports the words in marks before it
    row = one('"This is a travesty," Ms. Kent fumed outside the court.', "This is")
    assert (row.speaker, row.verb) == ("Kent", "fume")
    # and nothing without marks ("fumed over the delay" reports no words)
    assert indirect("The mayor fumed over the delay on Tuesday.") == []


def test_a_quoted_nickname_inside_a_name():
    # US daily: the nickname in marks stands between given name and surname; the name is whole,
    # and a later surname joins it
    text = ('Sen. Edward “Ted” Kennedy said on Monday that the bill would pass. "We have the '
            'votes," Kennedy said.')
    assert indirect(text) == [("the bill would pass", "Edward Kennedy", "say")]
    assert ("Edward Kennedy", "We have the votes") in speakers(text)


def test_a_sentence_adverb_is_no_name_for_a_later_pronoun():
    # fiction-like feature copy: "Slowly," opens a sentence; "she" is the woman, not "Slowly"
    text = ('The woman held the child. Slowly, the crying died down. "My daughter," she said.')
    assert speakers(text) == [("The woman", "My daughter")]
    # a name ending in -ly stays a name (wire)
    assert indirect("Kelly, a spokeswoman, said the deal was off.") == [
        ("the deal was off", "Kelly", "say")]


def test_british_and_irish_titles_before_a_name():
    # UK and Irish papers: "Prof" without a full stop, "Tanaiste"
    assert indirect("Prof Gavin Yamey said the trial was flawed.") == [
        ("the trial was flawed", "Gavin Yamey", "say")]
    assert indirect("Tanaiste Leo Varadkar said the talks would resume.") == [
        ("the talks would resume", "Leo Varadkar", "say")]


def test_a_capitalised_title_named_by_its_apposition():
    # Irish regional: "VFI Chief Executive, Padraig Cribben, said" - the person speaks
    assert indirect("VFI Chief Executive, Padraig Cribben, said the news was grim.") == [
        ("the news was grim", "Padraig Cribben", "say")]
