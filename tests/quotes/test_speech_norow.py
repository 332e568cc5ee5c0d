"""Reported speech with a speech verb that had no row at all on 2 Dec 2026 (issue 13, speech
recall): a verb that closes a quotation and goes on to report a clause of its own ('"...," one
of the prosecutors said the two cases were different'); contracted pronouns as subjects ("He's
comparing ... and says", "She's expected to argue"); a person's pronoun as a stance's target
("agree with him"); a concession fronted in the clause ("says despite X, she plans ...").

Texts written for these tests in wire, poll-report and newspaper styles.
"""
from .helpers import extract, indirect


def test_a_frame_after_a_quotation_also_reports_the_clause_after_it():
    text = ('"We could have been charged for far less," one of the former prosecutors said the two '
            'cases were quite different.')
    assert indirect(text) == [("the two cases were quite different", "one of the former prosecutors",
                               "say")]
    rows = extract(text)
    assert rows[rows.kind == "direct"].quote.tolist() == ["We could have been charged for far less"]
    text = ('Although Mr. Haddad admitted that the two men had "spoken a few times," he claimed they had '
            'never met in person.')
    assert ("they had never met in person", "Haddad", "claim") in indirect(text)


def test_a_poll_answer_after_the_quoted_question():
    text = '"Is the governor fit to serve?" 61 percent of Labour voters said yes.'
    assert indirect(text) == [("yes", "61 percent of Labour voters", "say")]


def test_a_setting_after_a_quotation_frame_is_no_content():
    assert indirect('"It was a clear win," she said outside the building.') == []
    assert indirect('"I cannot believe how civil it has been," Mr. Dlamini said 30 minutes into '
                    'the debate.') == []
    assert indirect('"We will appeal," the lawyer said happily on Tuesday.') == []
    assert indirect('"We will appeal," said Ana Ruiz, the lawyer for the family.') == []


def test_a_contracted_pronoun_is_the_subject_of_its_speech_verbs():
    text = ("Paul Okafor spoke in Lagos on Tuesday. He’s comparing the levy to last year's fuel tax "
            "and says the ministry is flouting the budget process.")
    assert indirect(text) == [("the ministry is flouting the budget process", "Paul Okafor", "say")]
    text = ("Senator Maria Lund met farmers in Skive. She's predicting that the subsidy will survive "
            "the vote.")
    assert indirect(text) == [("the subsidy will survive the vote", "Maria Lund", "predict")]
    text = "Governor Ken Adeyemi toured the port. He'd said the strike would end by Friday."
    assert indirect(text) == [("the strike would end by Friday", "Ken Adeyemi", "say")]


def test_a_contracted_pronoun_is_never_a_name_or_an_owner():
    rows = extract("The minister's aide, Tom Berg, spoke first. They're saying the talks will resume "
                   "in May.")
    assert rows.speaker_mention.tolist() == ["They"]
    assert rows.quote.tolist() == ["the talks will resume in May"]


def test_a_contracted_copula_before_expected_is_a_passive_not_a_belief():
    text = ("Patty Lund is running for the seat. She’s expected to argue that the senator has "
            "lost touch with farmers.")
    assert indirect(text) == [("the senator has lost touch with farmers", "Patty Lund", "argue")]
    text = "Ana Ruiz leads the union. She's vowed to show that the contract was broken."
    assert indirect(text)[0][1:] == ("Ana Ruiz", "vow")


def test_a_person_s_pronoun_is_the_whole_target_of_a_stance():
    assert indirect("Voters are angry, and I agree with them.") == [("them", "", "agree")]
    assert indirect("Mr. Rubio later agreed with her.") == [("her", "Rubio", "agree")]
    assert indirect("Only a quarter of Britons agree with him.") == [("him", "a quarter of Britons", "agree")]
    rows = indirect("Ms. Okoro spoke last. The two men were at opposite poles, one of them "
                    "blasting me, the other defending me.")
    assert ("me", "blast") in [(q, v) for q, _, v in rows]


def test_the_one_addressed_is_no_content():
    assert indirect("The minister phoned the envoys and asked them.") == []
    assert indirect("That is what the senator is promising them.") == []


def test_a_concession_fronted_in_the_reported_clause_is_its_start():
    text = "One hopeful, Maria Lund, says despite being a Uppsala alumna, she plans to root for Lund."
    assert indirect(text) == [("despite being a Uppsala alumna, she plans to root for Lund",
                               "Maria Lund", "say")]
    text = "The minister said despite the cuts, he would keep every rural clinic open."
    assert indirect(text) == [("despite the cuts, he would keep every rural clinic open",
                               "The minister", "say")]
    assert indirect("The mayor said despite the rain on Tuesday.") == []


def test_a_share_opening_with_its_number_speaks_before_an_earlier_name():
    text = ('Asked whether Ms. Lund "has the integrity to serve," 68 percent of Labour voters said '
            'yes, but 41 percent of all voters say she does not.')
    assert indirect(text)[-2:] == [("yes", "68 percent of Labour voters", "say"),
                                   ("she does not", "41 percent of all voters", "say")]
    text = ("In a Herald/Ipsos survey, nearly three in five said they are less likely to back "
            "the coalition.")
    assert indirect(text)[-1][1] == "nearly three in five"


def test_a_noun_before_a_year_is_no_share():
    text = ("Mr. Okafor invoked the party's polling deficit in 1998 to claim the slump was not "
            "permanent.")
    assert indirect(text)[-1][1:] == ("Okafor", "claim")
