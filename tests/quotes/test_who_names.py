"""A relative clause that names something ("..., who called their son "..."") between a
reporting verb and the quotation: the one the relative clause is about speaks, not the subject
of the earlier reporting verb (helper session 17, issue 13). Texts written for these tests in
wire, newspaper and broadcast styles."""
from .helpers import one


def test_who_called_after_an_earlier_reporting_verb_is_the_relative_antecedent_ap():
    # AP: the leaders "rebuked" someone; the label is the governor's, named by "who called"
    text = ("The Republican leaders who rebuked the nominee on Monday included his running mate, "
            'Indiana Gov. Tom Marsh, who called the soldier "an American hero."')
    assert one(text, "an American hero").speaker == "Tom Marsh"


def test_who_has_dubbed_after_a_speech_verb_nyt():
    # NYT: "criticized" frames the first clause; "who has dubbed" gives the nickname to Ms. Ortiz
    text = ("Senator Dale Evans criticized the plan on Tuesday alongside Mayor Rita Ortiz, who "
            "has dubbed it ''the billion-dollar bridge to nowhere.''")
    assert one(text, "the billion-dollar bridge").speaker == "Rita Ortiz"


def test_a_relative_clause_with_a_speech_verb_is_no_naming_bbc():
    # BBC: "who declared" is a reporting verb of its own, read as before
    text = ("The minister won the backing of Alan Price, who declared on Friday, \"It is time for "
            'the party to unite behind her."')
    assert one(text, "It is time").speaker == "Alan Price"
