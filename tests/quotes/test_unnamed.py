"""A speech act whose subject no speaker rule names keeps its content with an empty speaker;
idioms, relatives and passives give none; a participle ends no sentence as its attribution.

Texts written for these tests in wire, newspaper and broadcast styles.
"""
from .helpers import indirect


def test_a_that_clause_after_a_subject_no_rule_names():
    # a long subject with an aside (Guardian; set off before "have", it is now the speaker:
    # attribution.before_apposition), a thing as the speaker (AP), a relative (NYT)
    assert indirect("Several fact checkers, including two at regional dailies, have pointed out "
                    "that the minister's figures were out of date.") == [
        ("the minister's figures were out of date", "Several fact checkers", "point out")]
    assert indirect("Beyond the camera footage, the affidavit cited interviews with neighbours "
                    "and said that the officer had seen bruises on her arm.")[-1] == (
        "the officer had seen bruises on her arm", "", "say")


def test_a_pronoun_clause_or_an_embedded_question_without_that():
    assert indirect("State initially said it would take two months to clear the backlog.") == [
        ("it would take two months to clear the backlog", "", "say")]
    assert indirect("As is the custom, the brief order gave no reasons and did not say how the "
                    "justices had voted.") == [("how the justices had voted", "", "say")]


def test_a_participle_after_a_comma_with_that_is_a_second_predicate():
    # (Huffington Post) the subject before no reference covers; the act is the main clause's
    assert indirect("Conservative activists and their allies speak in one voice, arguing that "
                    "the agenda has been a failure.") == [
        ("the agenda has been a failure", "", "argue")]
    # an infinitive after a verb whose subject it shares (Reuters)
    rows = indirect("The mayor, meanwhile, was making a fresh pitch to rural voters, refusing to "
                    "concede that the senator's backers were unlikely to vote for him.")
    assert [(q, v) for q, _, v in rows] == [
        ("the senator's backers were unlikely to vote for him", "concede")]
    # a fronted participle's subject comes after it (:mod:`.reported_fronted`), not here
    assert indirect("After saying that he was nervous, the man took the microphone.") == [
        ("he was nervous", "the man", "say")]


def test_no_speech_act_in_idioms_relatives_and_passives():
    for text in ("All told, the group raised $4 million in February.",
                 "Only time will tell if the ceasefire will hold beyond the weekend.",
                 "The map shows Democratic strongholds in play and states that have been "
                 "firmly Republican for decades.",
                 "Tenant groups are rallying behind the Fair Rent Act, proposed legislation that would "
                 "cap rents in the city."):
        assert indirect(text) == [], text
    # the writer and reader's "we", a result clause after "so"
    assert "agree" not in [v for _, _, v in indirect("I guess we can all agree now that he was joking.")]
    assert indirect("The inquiry remains so politically charged that the senator made it his "
                    "theme.") == []


def test_a_participle_ends_no_sentence_as_its_attribution():
    # (Reuters) the aside ", they said," attributes the whole sentence; "feeling" is a noun
    rows = indirect("The outreach, they said, raised new worries about anti-Mexican feeling.")
    assert [(q, v) for q, _, v in rows] == [
        ("The outreach, they said, raised new worries about anti-Mexican feeling.", "say")]
