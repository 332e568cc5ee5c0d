"""A speech act in a fronted adverbial gerund ("After blasting X, Y ...", "In describing the plan
as ..., the critics ..."): its object or clause up to the comma, spoken by the main clause's
subject (analysis/quotes/reported_fronted.py, _GERUND).

Sentences written for these tests in the styles of AP, Reuters and a British paper.
"""
from .helpers import indirect


def test_a_fronted_gerund_reports_its_object_for_the_main_subject():
    # AP
    assert ("the governor's budget as reckless", "Mary Okafor", "criticize") in indirect(
        "After criticizing the governor's budget as reckless, Sen. Mary Okafor left the chamber.")
    # Reuters: a time phrase before "since"
    assert ("her bid for the leadership", "Ana Diaz", "announce") in indirect(
        "In the three weeks since announcing her bid for the leadership, Ana Diaz has toured "
        "every region.")
    # Guardian: "by" and a discourse opener
    assert ("the plan as a stealth tax", "the shadow chancellor", "describe") in indirect(
        "But by describing the plan as a stealth tax, the shadow chancellor handed ministers an "
        "easy reply.")


def test_the_topic_after_its_preposition_and_the_clause_after_that():
    assert ("the court's ruling", "the company", "comment") in indirect(
        "While commenting on the court's ruling, the company declined to discuss an appeal.")
    assert ("the talks had collapsed", "the minister", "tell") in indirect(
        "Before telling reporters that the talks had collapsed, the minister met the strikers.")


def test_no_row_for_a_gerund_that_reports_nothing_or_an_act_not_done():
    assert indirect("After meeting the governor on Tuesday, Senator Ann Hale left for Boston.") == []
    assert indirect("After thinking it over for a week, the mayor agreed to the terms.") == []
    # "without mentioning": the speech act did not happen
    rows = indirect("Without mentioning the senator by name, Ms. Diaz criticized the bill.")
    assert ("the senator by name", "Diaz", "mention") not in rows


def test_a_question_left_to_the_object_of_a_causative_verb():
    # AP
    assert ("whether the fire was set deliberately", "investigators", "question") in indirect(
        "No group has come forward, leading investigators to question whether the fire was set "
        "deliberately.")
    # Reuters: "wonder", a belief, with "if"
    assert ("if the merger will go ahead", "analysts", "wonder") in indirect(
        "The delay has caused analysts to wonder if the merger will go ahead.")
    # a clause after "that" is no question left to anyone: no row from this shape
    assert [r for r in indirect("The vote led analysts to question that plan.") if r[2] == "question"] == []


def test_despite_and_a_setting_before_the_gerund():
    # AP: "despite"
    assert ("the fairness of the primary calendar", "Ana Diaz", "challenge") in indirect(
        "Despite challenging the fairness of the primary calendar, Ana Diaz said she would stay "
        "in the race.")
    # a setting opens the sentence, then the gerund (a TV programme's name in marks)
    assert ("the strike", "Mary Okafor", "comment") in indirect(
        'On Sunday, on BBC One\'s "Politics Live," while commenting on the strike, Mary Okafor '
        "said talks would resume.")
    # a verb before the gerund: the subject came first, not the one after the comma
    rows = indirect("The mayor resigned, after praising the deal, and the council met.")
    assert [r[1] for r in rows if r[2] == "praise"] == ["The mayor"]
