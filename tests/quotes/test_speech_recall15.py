"""Reported speech with a speech verb in shapes the rules missed on 1 Dec 2026 (issue 13, speech
recall): a second proportion of respondents joined by a bare "and" ("... and one in four said
..."); a post-posed frame closing the clause before a semicolon ("..., he said; his agents
..."); a question put by an unnamed asker opened by "whom"; a question word after a setting or
addressee ("questioned in recent days whether ...", "explained to CBS why ...").

Texts written for these tests in wire, poll-report and newspaper styles.
"""
from .helpers import indirect


def test_a_second_proportion_joined_by_and_speaks_its_own_clause():
    rows = indirect("One in three said the party does not care about them and one in four said "
                    "the party was openly hostile.")
    assert rows == [("the party does not care about them", "One in three", "say"),
                    ("the party was openly hostile", "one in four", "say")]
    rows = indirect("In the Marist survey, about 40 percent said they would vote in the primary and "
                    "12 percent said they would stay home.")
    assert [(q, s) for q, s, _ in rows] == [("they would vote in the primary", "40 percent"),
                                            ("they would stay home", "12 percent")]



def test_a_frame_before_a_semicolon_owns_the_sentence():
    text = ("Ms. Alvarez did receive several emails with classified markings, Director Ruth Kagame said; "
            "his agents found them during the review.")
    assert indirect(text) == [(text[:-1], "Ruth Kagame", "say")]
    text = "The pipeline deal is not dead, Mr. Okonkwo insisted; talks will resume in Abuja next week."
    assert indirect(text) == [(text[:-1], "Okonkwo", "insist")]


def test_a_clause_after_the_semicolon_with_its_own_act_stays_out():
    rows = indirect("The ferries will resume on Tuesday, the harbour master said; the mayor agreed.")
    assert rows[0] == ("The ferries will resume on Tuesday", "the harbour master", "say")


def test_no_frame_before_the_semicolon_gives_no_row_over_it():
    assert indirect("Prices rose 3 percent in March; imports fell for a second month.") == []
    rows = indirect("Prices rose 3 percent in March; the bank said inflation would ease by summer.")
    assert rows == [("inflation would ease by summer", "the bank", "say")]


def test_a_question_put_by_an_unnamed_asker_with_whom():
    rows = indirect("When asked whom she supported, Ms. Sherry smiled and said she was still waiting.")
    assert rows[0] == ("whom she supported", "", "ask")
    rows = indirect("Asked whom he would pick as a running mate, the governor declined to say.")
    assert rows[0] == ("whom he would pick as a running mate", "", "ask")


def test_a_question_after_a_setting_or_addressee():
    assert indirect("Ms. Varga has questioned in recent days whether the coalition can survive "
                    "the budget vote.") == [
        ("whether the coalition can survive the budget vote", "Varga", "question")]
    assert indirect("The minister explained on Tuesday why the pipeline would be delayed.") == [
        ("why the pipeline would be delayed", "The minister", "explain")]
    rows = indirect("Sam Okoro, the network's political editor, explained to listeners how the "
                    "runoff would work.")
    assert rows == [("how the runoff would work", "Sam Okoro", "explain")]
    # a plain object with no question word stays no content of "explain"
    assert indirect("The mayor explained the delay to reporters on Friday.") == []
