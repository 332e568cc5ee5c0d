"""An "it" after a document that opens its sentence ("A report by ... said ... It added") speaks
for that document, not for a body named as an object before it. Texts written for these tests
in Reuters, Xinhua, BBC and NYT styles (analysis/quotes/coreference.py)."""
from .helpers import one


def test_it_after_a_report_is_the_report_not_the_fined_company_reuters():
    text = ("LONDON (Reuters) - Britain's energy regulator fined the company on Tuesday. A report "
            "by the National Audit Office, published on Monday, criticised the scheme. It said: "
            '"The department did not know what the scheme would cost."')
    row = one(text, "The department did not know")
    assert row.speaker_mention == "It"
    assert row.speaker == "A report" or "National Audit Office" in row.speaker


def test_it_after_a_statement_opening_the_sentence_xinhua():
    text = ("BEIJING, March 3 (Xinhua) -- The city government closed the old port on Friday. "
            "A statement posted on the website of the port authority gave no date for reopening. "
            'It added that "safety checks will take several weeks."')
    row = one(text, "safety checks")
    assert row.speaker == "A statement" or "port authority" in row.speaker


def test_a_statement_that_is_only_an_object_leaves_the_subject_bbc():
    # BBC: "X's campaign ... putting out a statement": the campaign is the subject, not the statement
    text = ("Mr Hale's campaign quickly backtracked, putting out a statement on Tuesday. In "
            'cases of hardship, it said, "the family comes first."')
    assert one(text, "the family comes first").speaker != "a statement"


def test_a_person_subject_keeps_it_for_a_body_nyt():
    # NYT: no document opens the sentence before: "it" keeps its usual antecedent, the company
    text = ("The Acme Corporation said on Monday that it would close two plants. "
            "''We regret the decision,'' it said in a filing.")
    assert one(text, "We regret").speaker == "Acme Corporation"
