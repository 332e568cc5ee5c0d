"""Speakers after a quotation set off with a long description, interrupted quotations and
documents that speak. Texts written for these tests in wire (AP, Reuters, Xinhua), US newspaper
(NYT, Washington Post) and British (BBC, Guardian) styles."""
from .helpers import speakers


def test_a_description_holding_its_own_quotation_before_the_verb():
    text = ('"We\'ve had more successful conventions than this one," Texas delegate Bill '
            'Eastland, wearing a cowboy hat and "Ted Cruz" campaign pins, said matter-of-factly.')
    assert speakers(text)[0] == ("Bill Eastland", "We've had more successful conventions than "
                                                  "this one")
    # a capitalised modifier before the role noun: "Labour lawmaker"
    text = ('"It is a shambles," Labour lawmaker Jess Phillips, who wore a red rosette to the '
            'count, told the BBC on Monday.')
    assert speakers(text) == [("Jess Phillips", "It is a shambles")]


def test_a_long_description_before_a_verb_no_table_holds():
    text = ('"This is the ultimate public health crisis," Howard Dean, the former governor of '
            'Vermont, proclaimed to a cheering crowd on Tuesday.')
    assert speakers(text) == [("Howard Dean", "This is the ultimate public health crisis")]
    text = ("''We will not be moved,'' Li Wei, a spokesman for the provincial government, "
            "bristled at a press briefing in Beijing.")
    assert speakers(text) == [("Li Wei", "We will not be moved")]
    # the verb must follow the description: no verb, no speaker
    text = '"We will not be moved," Li Wei, a spokesman for the government, at the briefing.'
    assert speakers(text) == [("", "We will not be moved")]


def test_an_interrupted_quotation_takes_the_speaker_of_the_aside():
    text = ('"If there had not been that intervention" by the United States, NATO and other '
            'world partners, Clinton said at a town hall on Monday, "we would be looking at '
            'Syria."')
    assert speakers(text) == [("Clinton", "If there had not been that intervention"),
                              ("Clinton", "we would be looking at Syria.")]


def test_documents_speak_through_their_verbs():
    assert speakers('The campaign released a new spot on Tuesday. The ad claims "Jeb is the '
                    'conservative you can trust."') == [
        ("The ad", "Jeb is the conservative you can trust.")]
    assert speakers('The group wrote to members on Monday. The email goes on to say: "Trump '
                    'wants to write racism into our law books."') == [
        ("The email", "Trump wants to write racism into our law books.")]
    assert speakers('A footnote in the report makes that clear: "These assessments do not apply '
                    'to the system used by the Secretary."') == [
        ("A footnote", "These assessments do not apply to the system used by the Secretary.")]
    # a quotation in the middle of the sentence after such a form: its frame is elsewhere
    rows = speakers('The rejection of the treaty signals "the beginning of the end" for the EU, '
                    'said Geert Wilders, founder of the Party for Freedom.')
    assert rows == [("Geert Wilders", "the beginning of the end")]
