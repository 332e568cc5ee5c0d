"""Sources named after a short content: a demonstrative before "according to X" ("That's
according to exit polls."), a news item first reported by a medium ("The meeting was first
reported by Politico."), a subject closed off by a parenthesis before an -s verb, and a focus
adverb between an auxiliary and the base form ("would only say"), what someone "was told that".

Texts written for these tests in wire (AP, Reuters), newspaper (NYT, Washington Post) and
online (Politico) styles.
"""
from .helpers import indirect


def test_a_demonstrative_before_according_to_is_the_content():
    assert indirect("That's according to early results of exit polls conducted for the "
                    "Associated Press.") == [("That", "Associated Press", "according to")]
    rows = indirect("That’s according to members of the Caucus — a panel of strategists, "
                    "activists and operatives in the four early states: Iowa and Nevada.")
    assert [(q, v) for q, _, v in rows] == [("That", "according to")]


def test_a_news_item_first_reported_by_a_medium():
    assert indirect("The meeting was first reported by Politico.") == [
        ("The meeting", "Politico", "report")]
    assert indirect("News of the tour's move was first reported by the Miami Herald.") == [
        ("News of the tour's move", "Miami Herald", "report")]


def test_no_report_by_a_relative_a_clause_or_a_witness():
    assert indirect("The letter, which was first reported by The Associated Press, was signed "
                    "by 40 members.") == []
    assert indirect("The attack was reported by residents in the north.") == []


def test_a_subject_closed_off_by_a_parenthesis_before_its_verb():
    assert indirect("Sen. Chris Murphy (D-Conn.) says he was unfocused in the weeks after the "
                    "election.") == [("he was unfocused in the weeks after the election",
                                      "Chris Murphy", "say")]
    assert indirect("The group (which formed in 2014) says it has 4,000 members.") == [
        ("it has 4,000 members", "The group", "say")]


def test_a_focus_adverb_between_an_auxiliary_and_the_base_form():
    # (NYT) "would only say", (AP) "would not even say": the base form is the verb
    assert indirect("Asked about a tougher approach, the Florida Republican would only say that "
                    "the senator's lack of experience was worrisome.")[-1] == (
        "the senator's lack of experience was worrisome", "Florida Republican", "say")
    assert indirect("The spokesman would not even say whether the talks had started.") == [
        ("whether the talks had started", "The spokesman", "say")]
    # a noun after a determiner and an adjective stays a noun
    assert indirect("The only say he had in the matter was a single vote.") == []


def test_what_someone_was_told_with_or_without_the_teller():
    # (Washington Post) no teller named: left empty; (Reuters) the "by" phrase
    assert indirect("Sanders had been told just before Tuesday's vote that he would probably lose "
                    "narrowly.") == [("he would probably lose narrowly", "", "tell")]
    assert indirect("Reporters were told by a senior official that the talks had stalled.") == [
        ("the talks had stalled", "a senior official", "tell")]
    # an instruction is no reported statement here
    assert indirect("He was told to leave the building.") == []
