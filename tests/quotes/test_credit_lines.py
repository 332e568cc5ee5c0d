"""A quotation closing its paragraph, then a paragraph that is only a name and its affiliation:
the credit line of a pull quote or an expert round-up names the speaker (helper session 17,
issue 13). Texts written for these tests in web-magazine, newsletter and newspaper styles."""
from .helpers import one


def test_a_pull_quote_left_open_until_its_credit_line_web_magazine():
    # web magazine: the pull quote's marks close after the credit line
    text = ("The senator spoke about the budget on Monday.\n\n"
            '"I worry that deficits will return as the main story in the fall.\n\n'
            'Anna Reyes, Center for Budget Studies."\n\n'
            "But the debate moved on quickly.")
    assert one(text, "I worry that deficits").speaker == "Anna Reyes"


def test_an_expert_round_up_with_closed_marks_newsletter():
    # newsletter: each expert's words, then "Name, Institution." on a line of its own
    text = ("We asked economists about the plan.\n\n"
            '"The tax cut pays for itself only in a spreadsheet."\n\n'
            "Tom Marsh, Institute for Fiscal Research.\n\n"
            '"It is a gamble with the pension fund."\n\n'
            "Rita Ortiz, an economist at the state university.")
    assert one(text, "The tax cut pays").speaker == "Tom Marsh"
    assert one(text, "It is a gamble").speaker == "Rita Ortiz"


def test_a_name_heading_the_next_quotation_is_no_credit_line_live_blog():
    # live blog: a name alone introduces the NEXT speaker's words
    text = ("Here is what the two candidates said.\n\nTom Reyes\n\n"
            '"Deficits will return as the main story in the fall."\n\n'
            'Rita Ortiz\n\n"We will balance the budget by the end of the year."')
    assert one(text, "Deficits will return").speaker != "Rita Ortiz"


def test_a_sentence_with_a_verb_after_the_quotation_is_no_credit_line_nyt():
    # NYT: "Dean Marsh, an economist, disagreed" is a sentence of its own, not a signature
    text = ("Senator Tom Reyes spoke about the budget on Monday.\n\n"
            "''Deficits will return as the main story in the fall,'' he said.\n\n"
            "Dean Marsh, an economist, disagreed with him.")
    assert one(text, "Deficits will return").speaker == "Tom Reyes"
