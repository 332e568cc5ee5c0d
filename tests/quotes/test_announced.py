"""Speakers announced outside a reporting verb's reach (issue 13, direct quotations): a name and
a colon before the quotation, a paragraph ending in a colon with no reporting verb, a quotation
standing alone after a sentence that reported someone's words. Texts written for these tests in
HuffPost-roundup, Guardian live-blog, AP, Reuters, NYT and Xinhua styles."""
from .helpers import speakers


def test_roundup_name_and_colon_after_a_dash():
    text = ('Polls missed the late swing - Carl Bialik: "One of the biggest lessons was a simple '
            'one: keep calm and wait for the count." [538.]')
    assert speakers(text) == [("Carl Bialik", "One of the biggest lessons was a simple one: keep "
                                              "calm and wait for the count.")]


def test_live_blog_name_and_colon_opening_the_paragraph():
    text = ('The prime minister left Downing Street at noon.\n\n'
            'Keir Starmer: "This budget is a betrayal of working families, and we will vote '
            'against it."')
    assert speakers(text)[0][0] == "Keir Starmer"


def test_two_names_before_the_colon_take_the_first():
    text = ('Voters value inspiration - Frank Newport and Jim Harter: "We found that the '
            'leadership qualities matter more than electability."')
    assert speakers(text)[0][0] == "Frank Newport"


def test_a_colon_after_a_clause_is_no_headed_quotation():
    # the name is an object inside a clause: the verb's subject speaks
    text = 'The senator answered Maria Lopez: "We will hold hearings in the spring."'
    assert speakers(text)[0][0] != "Maria Lopez"


def test_ap_statement_announced_by_the_paragraph_before():
    text = ('When the former governor died in 1998, President Bill Clinton released the '
            'following statement:\n\n'
            '"Hillary and I offer our condolences to his family and friends."\n\n'
            'The statement was brief.')
    assert speakers(text) == [("Bill Clinton",
                               "Hillary and I offer our condolences to his family and friends.")]


def test_xinhua_body_announcing_a_statement():
    text = ('The Foreign Ministry of Kenya issued a statement on Monday:\n\n'
            '"Kenya supports the ceasefire and calls on all parties to return to talks."')
    assert speakers(text)[0][0].endswith("Foreign Ministry of Kenya")


def test_a_thing_announcing_words_is_no_speaker():
    text = ('The banner over the stage carried the slogan:\n\n'
            '"Build bridges, not walls."')
    assert speakers(text)[0][0] == ""


def test_reuters_quotation_alone_after_a_reported_view():
    text = ('"Major changes now are dangerous," Ryder wrote.\n\n'
            'If anything, Ash argued in his email, the incident shows why the party needs new '
            'rules.\n\n'
            '"In light of this serious breach, is it prudent to continue as before?"')
    assert [s for s, _ in speakers(text)] == ["Ryder", "Ash"]


def test_nyt_quotation_alone_continues_the_quoted_speaker():
    text = ("''We will win this state,'' Mr. Ortega said.\n\n"
            "''And then we will win the next one.''")
    assert [s for s, _ in speakers(text)] == ["Ortega", "Ortega"]
