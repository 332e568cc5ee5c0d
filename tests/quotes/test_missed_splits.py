"""A sentence break the splitter missed (a lost full stop before "The <Name> said") ends the
reported clause; a title after a preposition ("with The Washington Post") does not."""
from tests.quotes.helpers import indirect


def test_missing_stop_before_the_name_and_speech_verb():
    rows = indirect("The agency said it would tighten the vetting of applicants at its regional "
                    "offices The F.D.A. said it would review the rules as well.")
    assert rows[0] == ("it would tighten the vetting of applicants at its regional offices",
                       "The agency", "say")
    assert rows[1][0] == "it would review the rules as well"   # the next sentence's speech act


def test_missing_stop_in_a_wire_brief():
    rows = indirect("Police said the driver fled the scene on foot The Times reported that he was "
                    "arrested hours later.")
    assert rows[0][:2] == ("the driver fled the scene on foot", "Police")


def test_title_after_a_preposition_is_no_break():
    rows = indirect("She said a reporter with The Washington Post said it first.")
    assert rows[0][0] == "a reporter with The Washington Post said it first"
