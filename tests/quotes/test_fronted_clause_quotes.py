"""A quotation inside a fronted subordinate clause ("While X calls it "...," Y ...") is no
quotation that the main clause after its comma attributes: "Y fixates" is the main clause, not an
unlisted speech verb (analysis/quotes/unlisted.py _in_fronted_clause). Texts written for these
tests in several styles."""
from .helpers import one


def test_while_clause_politics_newsletter():
    text = ("While Jake Hale proclaims the report a “terrific piece and well worth the read,” "
            "Laura Kent fixates on its opening line.")
    assert one(text, "terrific piece").speaker == "Jake Hale"


def test_although_clause_wire():
    text = ('Although Mayor Ann Lee has praised the budget as "balanced and fair," council members '
            "walked out of the chamber.")
    assert one(text, "balanced and fair").speaker == "Ann Lee"


def test_whereas_clause_nyt_marks():
    text = ("Whereas Mr. Ortiz calls the plan ''a lifeline for small farms,'' Ms. Grant frets over "
            "its cost.")
    assert "Ortiz" in one(text, "a lifeline").speaker


def test_a_quotation_opening_its_sentence_keeps_its_unlisted_verb_tabloid():
    text = 'Reporters waited for hours.\n\n"That is a lie," Kent fumed.'
    assert one(text, "That is a lie").speaker == "Kent"


def test_while_clause_then_a_reporting_main_clause_wire():
    text = 'While Tom Smith called the plan "a disaster," Ann Jones said it would work.'
    assert one(text, "a disaster").speaker == "Tom Smith"


def test_and_as_clause_before_the_main_clause_feature():
    text = ("She was tired, and as Governor Hale went on about “how the system is rigged,” Melanie "
            "said yes, over and over again.")
    assert "Hale" in one(text, "how the system").speaker


def test_if_clause_irrealis_main_clause_column():
    text = 'If Tom Smith calls the plan "a disaster," Ann Jones will say nothing.'
    assert one(text, "a disaster").speaker == "Tom Smith"


def test_a_while_clause_after_a_comma_keeps_the_tail_attribution_ap():
    text = ("The first states hold few delegates, while the March states hold more and “better "
            "reflect the party,” campaign manager Robby Cook wrote.")
    assert "Cook" in one(text, "better").speaker


def test_a_clause_ended_before_the_quotation_keeps_its_frame_nyt():
    text = "When asked, ''We will fight this,'' Mr. Smith vowed."
    assert "Smith" in one(text, "We will fight").speaker
