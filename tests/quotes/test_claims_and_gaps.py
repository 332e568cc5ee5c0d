"""A claim told by its infinitive ("claimed to have shot down ..."), and relative clauses whose gap
is the reported clause's subject in shapes the gap rule missed: a bare present verb after a plural
speaker ("rules that critics say favour ..."), a dotted name in the speaker ("which U.N.
investigators say is ..."), a second relative joined after it, and a content too short to carry the
frame ("which it had earlier said || were unworkable").

Sentences written for these tests in wire (AP, Reuters), British and US newspaper styles; the
expected spans are what PolNeAR's coders take as the content.
"""
from .helpers import indirect


def _of(text, verb):
    return [q for q, _, v in indirect(text) if v == verb]


def test_a_claim_told_by_its_infinitive():
    # Reuters: what the group claims is the act in the infinitive
    assert indirect("The militia claimed to have shot down two drones.") == [
        ("to have shot down two drones", "The militia", "claim")]
    # AP: a relative clause on an object; the claimed state
    assert _of("The coalition includes activists who claim to represent farmers in six "
               "states.", "claim") == ["to represent farmers in six states"]
    assert _of("The governor knelt beside a pensioner who claimed to be undecided.", "claim") == [
        "to be undecided"]


def test_no_claim_without_its_own_infinitive():
    # an elided complement ("as wealthy as he claims to be") before another infinitive, and the
    # noun "claim"
    assert _of("Mr. Lee is not as wealthy as he claims to be to afford the yacht.", "claim") == []
    assert _of("Her claim to the estate was settled out of court.", "claim") == []


def test_a_bare_verb_after_a_plural_speaker_fills_the_gap():
    # Guardian: "rules that critics say favour ..."
    assert _of("Ministers backed planning rules that critics say favour large landlords.",
               "say") == ["that critics say favour large landlords"]
    # NYT: "programs, which they argue spur demand ..."
    assert _of("Democrats prefer spending on roads and schools, which they argue create jobs "
               "faster than tax cuts.", "argue") == [
        "which they argue create jobs faster than tax cuts"]
    # not without a relative word: "they could say goodbye" says nothing reported
    assert _of("With the verdict in, the families could say goodbye to the long trial.", "say") == []


def test_a_dotted_speaker_and_a_second_relative():
    # AP: "U.S." / "U.N." in the speaker; the relative joined by "and which" is the reporter's
    assert _of("The convoy was stopped by a militia which U.N. investigators say is armed by the "
               "army and which controls the border crossings.", "say") == [
        "which U.N. investigators say is armed by the army"]


def test_a_short_gap_content_keeps_its_frame_out():
    # Washington Post: "which it had earlier said were unworkable" (two words after the verb):
    # PolNeAR's content leaves the frame out, so the row starts after the verb
    assert _of("The council offered two dates, which it had earlier said were unworkable.",
               "say") == ["were unworkable"]


def test_arguing_for_or_against_a_noun_phrase():
    # Reuters: the position argued for or against is the content
    assert _of("The former attorney general publicly argued for the release of the memos.",
               "argue") == ["the release of the memos"]
    assert _of("The envoy argued against sanctions on the grain trade.", "argue") == [
        "sanctions on the grain trade"]
    # a duration after "for" is no position: the clause after it is the content
    assert _of("Ms. Okafor has argued for years that the board cannot bind its members.",
               "argue") == ["the board cannot bind its members"]
