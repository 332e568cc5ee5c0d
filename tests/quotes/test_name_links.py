"""Names linked to their first full form and lone capitalised words that are no names, on texts
written for these tests (wire, New York Times "Mr.", British and tabloid styles): a family name
written first ("Ban Ki-moon ... Ban said"), a body's name that is not a person's ("Mr. Clinton" is
no foundation, "Washington" no newspaper), a plural noun opening a sentence ("Netizens said") and
"X's been" (has, not a possessive) (analysis/quotes/names.py, mentions.py)."""
from .helpers import extract, one


def test_a_family_name_first_links_to_the_full_name_wire():
    text = ('U.N. Secretary-General Ban Ki-moon arrived in Seoul on Monday for talks.\n\n'
            '"We must act now," Ban said.')
    row = one(text, "We must")
    assert (row.speaker, row.speaker_mention) == ("Ban Ki-moon", "Ban")


def test_a_family_name_first_without_a_title_newspaper():
    text = ("Moon Jae-in met union leaders in Busan on Tuesday.\n\n"
            "Moon told reporters the strike was \"a warning we cannot ignore.\"")
    assert one(text, "a warning").speaker == "Moon Jae-in"


def test_a_place_is_not_the_first_word_of_a_body():
    text = ('The Washington Post reported the deal on Monday.\n\n'
            '"It is done," Washington said.')
    assert one(text, "It is done").speaker != "Washington Post"


def test_an_honorific_never_takes_a_body_name_nyt():
    text = ("The Bill, Hillary & Chelsea Clinton Foundation raised money abroad. Former President "
            "Bill Clinton spoke in Harlem on Monday.\n\n"
            "The foundation said it had been audited.\n\n"
            "''We did nothing wrong,'' Mr. Clinton said.")
    assert one(text, "We did nothing").speaker == "Bill Clinton"


def test_a_plural_noun_opening_a_sentence_is_no_name_tabloid():
    text = ("Chinese users flooded social media on Tuesday, and many netizens posted pictures.\n\n"
            'Netizens said the ban was "absurd and cruel."')
    row = one(text, "absurd")
    assert (row.speaker, row.speaker_id) == ("Netizens", "")


def test_aides_as_in_lower_case_elsewhere_guardian():
    text = ("Sir Keith Ellwood's aides briefed journalists on Friday.\n\n"
            "Aides said the minister was \"deeply frustrated\" by the delay.")
    row = one(text, "deeply")
    assert (row.speaker, row.speaker_id) == ("Aides", "")


def test_a_surname_in_s_stays_a_name_ap():
    text = ("Sen. Bernie Sanders campaigned in Iowa on Monday.\n\n"
            '"We are going to win," Sanders said.')
    row = one(text, "We are going")
    assert row.speaker == "Bernie Sanders" and row.speaker_id


def test_x_has_been_is_a_subject_not_a_possessor():
    text = ("Chris Christie lit into Marco Rubio on Saturday. Christie's been making the case for "
            "weeks that Rubio is not ready.\n\n"
            '"You have not been involved in a consequential decision," he said.')
    assert one(text, "You have not").speaker == "Chris Christie"


def test_a_possessive_still_owns_reuters():
    text = ("Marco Rubio spoke in Miami on Monday. Rubio's aides said the plan was "
            '"a disaster."')
    out = extract(text)
    assert set(out["speaker"]) == {"Rubio's aides"}


def test_a_lone_name_is_not_the_first_word_of_a_thing_column():
    text = ("For those of you not yet on the Trump Train, the pundits have a message.\n\n"
            'Trump told Newsmax that the plan was "very simple."')
    assert one(text, "very simple").speaker != "Trump Train"


def test_a_plural_noun_opening_a_sentence_is_still_they_wire():
    text = ("Many conservatives were hopeful in October.\n\n"
            "Conservatives thought this Supreme Court term would be different. Still reeling "
            'from losses last year, they called the new docket "a betrayal."')
    row = one(text, "a betrayal")
    assert (row.speaker, row.speaker_id) == ("Conservatives", "")
