"""Cues of beliefs, intentions, stances and topics added on 2 Dec 2026 (ninth session):
an adverb between a verb and its particle (analysis/quotes/content.py).

Texts written for these tests in wire, newspaper and broadcast styles; expected holders and spans
are what a reader would say.
"""
from .helpers import extract, one


def test_an_adverb_before_the_particle_keeps_the_cue():
    row = one("The mayor talked glowingly about the new stadium deal.", "the new")
    assert (row.speaker, row.verb, row.verb_class, row.quote) == \
        ("The mayor", "talk about", "topic", "the new stadium deal")
    row = one("In 2014 the Liberal Democrats campaigned hard against the tuition rise.", "the tuition")
    assert (row.speaker, row.verb, row.verb_class, row.quote) == \
        ("the Liberal Democrats", "campaign against", "stance", "the tuition rise")
    row = one("Ms. Okafor, 52, focused mainly on health care.", "health")
    assert (row.speaker, row.verb, row.quote) == ("Okafor", "focus on", "health care")
    row = one("Farmers in the valley care deeply about water rights.", "water")
    assert (row.verb, row.quote) == ("care about", "water rights")


def test_an_adverb_alone_is_no_cue():
    out = extract("The committee voted early on Tuesday. She talked quietly with her aides.")
    assert out.empty, out[["quote", "verb"]]


def test_looking_to_act_is_an_aim():
    row = one("Republican leaders in the Senate looked to stop the bleeding on Tuesday.", "to stop")
    assert (row.speaker, row.verb, row.verb_class) == \
        ("Republican leaders in the Senate", "look", "intention")
    row = one("If Ms. Ortega looks to build on her lead, she will need the suburbs.", "to build")
    assert (row.speaker, row.quote) == ("Ortega", "to build on her lead")
    row = one("The opposition is looking to force an early vote before the recess.", "to force")
    assert row.verb == "look"


def test_looking_to_someone_is_no_aim():
    for text in ("Voters look to the president for leadership in a crisis.",
                 "Many look to Brussels for answers.",
                 "The race looks to be tightening in Ohio.",
                 "How does the election look to you?"):
        assert "look" not in set(extract(text)["verb"]), text


def test_hoping_for_something():
    row = one("Gov. Kasich, who hopes for a miracle at the convention, stayed in the race.",
              "a miracle")
    assert (row.speaker, row.verb, row.verb_class, row.quote) == \
        ("Kasich", "hope for", "intention", "a miracle at the convention")
    row = one("Labour had hoped for a swing of five points in the marginals.", "a swing")
    assert (row.speaker, row.verb) == ("Labour", "hope for")
    assert "hope for" not in set(extract("The data fell short of hopes for a rate cut.")["verb"])


def test_reminding_someone_is_speech():
    row = one("Mr. Alvarez reminded reporters that the budget had been balanced twice.", "the budget")
    assert (row.speaker, row.verb, row.verb_class) == ("Alvarez", "remind", "neutral")
    row = one("In Leeds, the shadow chancellor repeatedly reminded the crowd of the 2008 crash.",
              "the 2008")
    assert (row.speaker, row.verb, row.quote) == ("the shadow chancellor", "remind", "the 2008 crash")
    row = one("The agency's director, Ruth Mbeki, reminded staff about the new disclosure rules.",
              "the new")
    assert (row.speaker, row.verb) == ("Ruth Mbeki", "remind")


def test_a_likeness_is_no_speech():
    for text in ("The rally reminds me of the 1992 campaign.",
                 "Its empty streets reminded him of \u201ca ghost town,\u201d the mayor said later."):
        assert "remind" not in set(extract(text)["verb"]), text


def test_learned_with_no_that():
    row = one("It was only when he applied for a passport that Mr. Dube learned he had never been "
              "a citizen.", "he had")
    assert (row.speaker, row.verb, row.quote) == ("Dube", "learn", "he had never been a citizen")
    row = one("The crowd cheered as the volunteers learned their candidate had won the county.",
              "their")
    assert (row.speaker, row.verb) == ("the volunteers", "learn")
    for text in ("Labour learned a great deal about campaigning in one week.",
                 "Maybe the bully will learn the lesson and leave us alone."):
        assert "learn" not in set(extract(text)["verb"]), text


def test_no_auxiliary_in_a_holder():
    row = one("And Democrats haven\u2019t decided which plan they prefer.", "which")
    assert (row.speaker, row.speaker_mention, row.verb) == ("Democrats", "Democrats", "decide")
    row = one("Yet they've offered no details about the cost of the scheme.", "no details")
    assert (row.speaker, row.speaker_mention) == ("", "they")
    row = one("As prime minister, she\u2019d try to cut the deficit within two years.", "to cut")
    assert (row.speaker, row.speaker_mention) == ("", "she")


def test_declining_a_request_to_speak():
    row = one("A spokesman for Tesco declined comment on the talks.", "comment")
    assert (row.speaker, row.verb, row.verb_class) == \
        ("A spokesman for Tesco", "decline", "intention")
    row = one("Earlier on Sunday, Ms. Varga declined an interview request from the BBC.", "an interview")
    assert (row.speaker, row.quote) == ("Varga", "an interview request from the BBC")
    row = one("The club refused requests to release the figures.", "requests")
    assert (row.speaker, row.verb) == ("The club", "refuse")
    for text in ("He declined the nomination in 1968.", "Sales declined sharply in May.",
                 "The board refused the offer of a merger."):
        assert not {"decline", "refuse"} & set(extract(text)["verb"]), text


def test_an_attitude_right_after_its_holder():
    row = one("The deal gives cover to lawmakers nervous about the vote in November.", "the vote")
    assert (row.speaker, row.verb, row.verb_class) == ("lawmakers", "nervous", "belief")
    row = one("The veterans of the movement are tired of a party with so few achievements.", "a party")
    assert (row.verb, row.quote) == ("tired", "a party with so few achievements")
    row = one("Mr. Osei was not willing to name a date for the vote.", "to name")
    assert (row.speaker, row.verb, row.verb_class, row.quote) == \
        ("Osei", "willing", "intention", "to name a date for the vote")
    assert extract("In Ohio, turnout was low among voters in rural counties.").empty
