"""A document speaks for whoever the same clause says issued it (issue 13, named speakers):
"X issued a statement saying ...", "His office put out a statement calling ...", "The museum
released a report this month charging ...", in texts written for these tests in wire (AP,
Reuters), newspaper (New York Times ``''`` marks) and local-paper styles. An earlier speaker of
the article is not the issuer."""
from .helpers import extract


def speakers(text):
    return [(r.quote, r.speaker) for r in extract(text).itertuples() if r.kind != "indirect"]


def test_the_subject_of_issued_released_or_put_out_speaks_through_the_statement():
    earlier = '"We will appeal," said Mayor Tom Hale. '
    assert speakers(earlier + 'Gun Sense Ohio issued a statement saying the bill "puts children '
                    'at risk."')[-1] == ("puts children at risk.", "Gun Sense Ohio")
    assert speakers(earlier + 'Her office put out a statement calling the ruling "a disgrace."'
                    )[-1] == ("a disgrace.", "Her office")
    assert speakers(earlier + "The Holocaust Museum in Boston issued a report this month "
                    "charging the militia with ''crimes against humanity.''")[-1] == (
        "crimes against humanity.", "Holocaust Museum")
    assert speakers(earlier + 'On Saturday, Sen. Dana Reed released a statement saying that the '
                    'judge was "a brilliant jurist."')[-1] == ("a brilliant jurist.", "Dana Reed")


def test_the_name_an_apposition_gives_issues_it():
    text = ("Mayor Dana Reed's spokesman, Tom Hale, released a statement on Friday: \"The mayor "
            "will not resign.\"")
    assert speakers(text) == [("The mayor will not resign.", "Tom Hale")]


def test_a_statement_nobody_is_said_to_issue_keeps_the_earlier_issuer():
    # "The statement added" refers back to the ministry's statement
    text = ('The ministry said in a statement that the talks were "productive." The statement '
            'added that "more work is needed."')
    assert [s for _, s in speakers(text)] == ["The ministry", "The ministry"]


def test_a_name_s_campaign_office_or_aide_opening_the_sentence_speaks():
    # Politico, AP: the possessive description is the subject of the participle's clause
    assert speakers("Ryan's campaign shrugged off the comments, telling reporters, \"The speaker "
                    "never asked for an endorsement.\"") == [
        ("The speaker never asked for an endorsement.", "Ryan's campaign")]
    assert speakers("Hillary Clinton's right-hand woman rallied supporters, saying: \"We have to "
                    "be ready to stop him.\"") == [
        ("We have to be ready to stop him.", "Hillary Clinton's right-hand woman")]
    earlier = "''We will appeal,'' said Mayor Tom Hale. "
    assert speakers(earlier + "Congressman Trey Gowdy's office issued a statement calling the "
                    "lawsuit ''a fabrication.''")[-1] == (
        "a fabrication.", "Congressman Trey Gowdy's office")
