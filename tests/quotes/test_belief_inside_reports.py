"""A partial quotation framed by a verb of belief ("he hopes", "she thinks", "he feels") inside
what someone says is the words of the one who says it, not of the believer the clause names
(analysis/quotes/rows.py said_by_reporter). Texts written for these tests in several styles."""
from .helpers import one


def test_hopes_inside_said_after_a_relative_clause_naming_a_city_wire():
    text = ("Michael Grant, president of the teachers union, which represents Chicago educators, said "
            'he hopes the rally sends a message that "schools matter."')
    assert one(text, "schools matter").speaker == "Michael Grant"


def test_glad_another_feels_better_newspaper():
    text = ("Party chairwoman Donna Lee said Sunday that she is glad Mayor John Smith appeared to be "
            'feeling better and looks forward to “seeing him back on the trail.”')
    assert one(text, "seeing him back").speaker == "Donna Lee"


def test_believes_of_a_third_party_nyt_marks():
    text = ("Representative Karen Bass said on Tuesday that Mr. Ryan believes the tax bill is "
            "''a gift to the middle class,'' a view she does not share.")
    assert one(text, "a gift to").speaker == "Karen Bass"


def test_meaning_that_he_believes_after_a_quote_column():
    text = ('Hampton student Rita Moss called him "a savage grandpa." "Savage," she said, meaning '
            'that he is "radical enough" and says what he believes "no matter what."')
    assert one(text, "no matter what").speaker == "Rita Moss"


def test_a_belief_reported_by_nobody_stays_the_believers_guardian():
    text = 'Tom Barker thinks the scheme is "a racket."'
    assert one(text, "a racket").speaker == "Tom Barker"
