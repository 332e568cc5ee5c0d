"""Speakers of a quotation inside a reported clause whose own verb has a he/she subject: the
reporting verb's speaker relays it (helper session 17, issue 13). Short texts written for these
tests in wire (AP, Reuters), newspaper (NYT, Washington Post, Guardian) and tabloid styles."""
from .helpers import one


def test_told_an_addressee_that_he_believes_is_the_subject_not_the_addressee_ap():
    # AP: "The president told <reporter> that he believes he ..." - he is the president
    text = ("President Obama spoke at length about the vote on Tuesday.\n\n"
            'The president also told radio host Jim Dale that he believes he "can still win '
            'this fight."')
    row = one(text, "can still win")
    assert row.speaker == "Obama"
    assert row.speaker_mention == "The president"


def test_another_said_he_hoped_is_the_new_person_not_an_earlier_group_wapo():
    # Washington Post: a roundup of reactions; "Another" is someone new, the "he" after it too
    text = ("Readers flooded the forum with jokes about the race. One called it a circus. "
            'Another said he hoped with his "whole heart" that the governor would lose.')
    assert one(text, "whole heart").speaker == "Another"


def test_an_owner_named_in_the_description_is_not_the_he_of_its_report_nyt():
    # NYT: "Marsh's campaign manager said he expects the senator ..." - he is the manager
    text = ("Senator Tom Marsh won the primary by nine points.\n\n"
            "On Friday, Marsh's campaign manager said he expects the senator to stay ''for the "
            "long haul.''")
    assert one(text, "for the long haul").speaker == "Marsh's campaign manager"


def test_a_definite_description_resolved_elsewhere_keeps_the_pronoun_reuters():
    # Reuters: "The Texas senator told reporters he ..." after two people: the pronoun's person
    # (the man) is kept, not the woman the description may be read as
    text = ("Jim Dale, who is third in the polls, appeared with Sen. Mary Ortiz on Monday.\n\n"
            'The Texas senator told reporters he feels good about the state and "we\'ll see what '
            'the numbers say next week."')
    assert one(text, "we'll see what").speaker == "Jim Dale"


def test_a_pronoun_of_the_other_gender_keeps_its_own_person_guardian():
    # Guardian: "Mr. Price told Ms. Buck that she has promised ..." - she is not Mr. Price;
    # the promise is hers, relayed by him
    text = ("Labour MP Karen Buck visited the market in Leeds. Later, Mr. Tom Price told Karen "
            'Buck that she has promised "rent caps" to every voter in the city.')
    assert one(text, "rent caps").speaker == "Karen Buck"


def test_a_parenthetical_he_said_is_not_a_reported_clause_of_the_verb_before_it_ap():
    # AP: "He sincerely believes, he said, that ..." - the quotation is said, not believed
    text = ("Mr. Lee is a longtime fan of the mayor. He sincerely believes, he said, that "
            '"Tom Price is a really good guy."')
    row = one(text, "Tom Price is")
    assert (row.speaker, row.verb) == ("Lee", "say")
