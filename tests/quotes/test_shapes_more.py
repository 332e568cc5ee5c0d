"""More attribution shapes (issue 13, second pass), written for these tests in wire (AP,
Reuters), newspaper (New York Times, Washington Post) and pollster-report styles: reported
clauses that end where the reporter's own words take over, zero-"that" clauses after a time
adverb, "-s" verbs after an apposition, places that are no speakers, fronted phrases, beliefs
and what polls show (verb classes ``belief`` and ``evidence``, told apart from speech)."""
from .helpers import extract


def indirect(text):
    out = extract(text)
    return [(r.speaker, r.verb, r.verb_class, r.quote) for r in out.itertuples() if r.kind == "indirect"]


def test_ap_says_after_an_apposition_that_closes_with_a_comma():
    assert indirect("Chris Cox, who runs the lobbying arm of the gun group, says the measures "
                    "would not have stopped any of the shootings.") == [
        ("Chris Cox", "say", "neutral", "the measures would not have stopped any of the shootings")]


def test_zero_that_clause_after_a_time_adverb():
    assert indirect("Officials said Monday the bridge would reopen in June.") == [
        ("Officials", "say", "neutral", "the bridge would reopen in June")]
    assert indirect("He says tonight he's a step closer to the nomination.")[0][3] == \
        "he's a step closer to the nomination"


def test_reported_clause_ends_before_the_reporters_comment():
    # pollster copy: the comparison is the reporter's, not the respondents'
    assert indirect("About 47 percent said they would vote for the mayor, compared with 35 "
                    "percent a year ago.")[0][3] == "they would vote for the mayor"
    assert indirect("Most voters said the economy was improving, however few expected a raise."
                    )[0][3] == "the economy was improving"


def test_a_second_finite_speech_verb_after_a_comma_starts_its_own_row():
    # AP profile: "X, who said ..., said ..."; a participle with its own clause ("adding that")
    # is a statement of its own (as in PolNeAR's annotation), one told by its object is not
    assert indirect("Barkley, who said he usually votes for Democrats, said one candidate he "
                    "likes is the governor.") == [
        ("Barkley", "say", "neutral", "he usually votes for Democrats"),
        ("Barkley", "say", "neutral", "one candidate he likes is the governor")]
    assert [r[1:] for r in indirect("The minister said the talks had stalled, adding that a deal "
                                    "was still possible.")] == [
        ("say", "neutral", "the talks had stalled"), ("add", "neutral", "a deal was still possible")]


def test_parenthetical_attribution_gives_the_whole_sentence():
    # NYT: "In any case, Mr. X said, ..." is not an apposition after the speaker
    rows = indirect("Paul DiPietro runs a club.\n\nIn any case, Mr. DiPietro said, the golf "
                    "industry was vastly over-supplied with courses.")
    assert rows == [("Paul DiPietro", "say", "neutral",
                     "In any case, Mr. DiPietro said, the golf industry was vastly over-supplied "
                     "with courses.")]


def test_a_missed_sentence_break_after_an_abbreviation_ends_the_clause():
    assert indirect("Cox says Obama is trying to distract from attacks in the U.S. He says the "
                    "plan will fail.")[0][3] == "Obama is trying to distract from attacks in the U.S"


def test_places_are_no_antecedents_and_fronted_phrases_no_subjects():
    # Washington Post campaign copy
    out = extract('Speaking at a town hall in Salem, New Hampshire, Mark Dole went after his '
                  'rival, calling him "a total stiff."\n\n'
                  'He says, "Here is a guy you would not hire to do anything."')
    assert list(out["speaker"]) == ["Mark Dole"] * len(out)
    # the quotations and the stance "went after his rival" (content cue "go after")
    assert list(out["verb"]).count("go after") == 1 and list(out["kind"]).count("indirect") == 1


def test_beliefs_are_their_own_verb_class():
    assert indirect("Democrats don't think the senator can win in New Hampshire.") == [
        ("Democrats", "think", "belief", "the senator can win in New Hampshire")]
    # a quantifier is no name: the row has no speaker ("few" stays in speaker_mention)
    assert indirect("But few believe the truce can last.") == [
        ("", "believe", "belief", "the truce can last")]
    assert extract("But few believe the truce can last.")["speaker_mention"].tolist() == ["few"]


def test_what_polls_show_is_evidence_only_after_a_poll_word():
    assert indirect("A new Marist poll shows the governor leading by five points.") == [
        ("A new Marist poll", "show", "evidence", "the governor leading by five points")]
    assert indirect("He showed the crowd his hands and left.") == []
