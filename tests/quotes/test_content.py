"""Reported content that is not speech: beliefs, evidence, intentions (analysis/quotes/content.py).

Texts written for these tests in wire, newspaper and magazine styles; expected sources and spans
are what a reader would say.
"""
from .helpers import extract, one


def test_beliefs_with_and_without_that():
    row = one("Economists believe the tariff will raise prices for farmers.", "the tariff")
    assert (row.kind, row.speaker, row.verb, row.verb_class) == \
        ("indirect", "Economists", "believe", "belief")
    assert row.quote == "the tariff will raise prices for farmers"
    row = one("Senator Maria Ortiz has long feared that the mill would close before winter.",
              "the mill")
    assert (row.speaker, row.verb, row.verb_class) == ("Maria Ortiz", "fear", "belief")
    row = one("Greg Lindqvist, the president of the county farm bureau, thinks Mr. Ortiz will "
              "win the runoff easily.", "Mr. Ortiz")
    assert (row.speaker, row.verb) == ("Greg Lindqvist", "think")


def test_knowledge_and_a_short_phrase_after_the_subject():
    row = one("Officials in both capitals know the ceasefire is fragile.", "the ceasefire")
    assert (row.speaker, row.verb, row.verb_class) == ("Officials in both capitals", "know", "belief")
    row = one("Many officials on and off the island believe meaningful debt relief is possible "
              "only in court.", "meaningful")
    assert row.verb == "believe" and row.speaker.endswith("officials")


def test_intentions_take_the_infinitive():
    row = one("The ministry declined to comment.", "to comment")
    assert (row.kind, row.speaker, row.verb, row.verb_class) == \
        ("indirect", "The ministry", "decline", "intention")
    row = one("Mayor Jane Okafor does not want to raise property taxes this year.", "to raise")
    assert (row.speaker, row.verb, row.quote) == ("Jane Okafor", "want",
                                                  "to raise property taxes this year")
    row = one("The union plans to strike on Monday, while the company hopes to settle.",
              "to strike")
    assert (row.verb, row.quote) == ("plan", "to strike on Monday")


def test_an_infinitive_ends_before_a_second_predicate_after_a_comma():
    # wire: a refusal then a negated participle or a finite verb of the same subject
    row = one("Several council members declined to comment, not wanting to upset donors.",
              "to comment")
    assert row.quote == "to comment"
    row = one("The firm declined to comment, didn't return calls or sent brief statements.",
              "to comment")
    assert row.quote == "to comment"
    # a contrast after the comma stays in the content
    row = one("Young graduates want to work at large banks, not payday lenders.", "to work")
    assert row.quote == "to work at large banks, not payday lenders"


def test_evidence_needs_a_poll_or_record_as_source():
    row = one("A Quinnipiac University poll found that Ortiz leads by six points.", "Ortiz leads")
    assert (row.speaker, row.speaker_id, row.verb, row.verb_class) == \
        ("A Quinnipiac University poll", "", "find", "evidence")
    # people who "found" something are not a poll; voters inside the survey are not its source
    assert extract("Voters in the survey found the debate dull.").empty
    assert extract("Investigators found the wreckage on Tuesday.").empty


def test_no_source_no_row():
    """Nouns and questions name no one who holds the content (a passive such as "is expected
    to" is a hedged content with no speaker: test_hedged.py)."""
    for text in ("Do you think the bill should pass?",):
        assert extract(text).empty, text


def test_a_noun_gives_its_owner_as_written():
    """A noun of intention has no subject; its owner holds it (nominal.py, as written)."""
    row = one("The governor's plans to close the plant drew protests.", "to close")
    assert (row.speaker, row.verb, row.verb_class, row.quote) == \
        ("The governor", "plan", "intention", "to close the plant")


def test_speech_comes_first():
    """A clause a speech verb reports stays the speech verb's; its own beliefs are inside it."""
    out = extract("Mr. Diallo said he believes the vote was fair.")
    assert list(out["verb"]) == ["say"]
    out = extract("The minister told Reuters that officials hope to finish the talks by June.")
    assert list(out["verb"]) == ["tell"]


def test_stances_take_the_object():
    row = one("Gov. Ellen Park endorsed Mr. Diallo last week and has campaigned with him.", "Mr.")
    assert (row.speaker, row.verb, row.verb_class, row.quote) == \
        ("Ellen Park", "endorse", "stance", "Mr. Diallo")
    row = one("The farmers' union, which represents 40,000 growers, opposed the trade pact on "
              "Tuesday.", "the trade")
    assert (row.verb, row.quote) == ("oppose", "the trade pact")
    assert extract("The senator backed away from the plan.").empty


def test_beliefs_told_after_their_content():
    row = one("Such a move could alienate his backers, Clinton allies believe.", "Such a move")
    assert (row.speaker, row.verb, row.quote) == \
        ("Clinton allies", "believe", "Such a move could alienate his backers")
    # a first-person holder is no name: the speaker stays empty, the words are kept
    row = one("But I think that is exactly the point.", "that is")
    assert (row.speaker, row.speaker_mention, row.verb, row.quote) == \
        ("", "I", "think", "that is exactly the point")


def test_according_to_and_in_a_poll_without_a_named_source():
    row = one("According to preliminary county figures, turnout fell by a third.", "turnout")
    assert (row.speaker, row.speaker_id, row.verb, row.quote) == \
        ("preliminary county figures", "", "according to", "turnout fell by a third")
    row = one("In a Marist poll released Monday, 48 percent of voters backed the measure.",
              "48 percent")
    assert (row.speaker, row.verb, row.verb_class) == \
        ("a Marist poll released Monday", "in", "evidence")
    assert extract("In a statement, the council listed the new opening hours.").empty


def test_content_rows_are_not_counted_as_statements():
    """quotes.csv keeps beliefs and stances; camp shares count only what someone is quoted saying."""
    from analysis.quotes.summaries import statements
    out = extract("Economists believe the tariff will raise prices. The minister said the "
                  "tariff would stay.")
    assert list(out["verb_class"]) == ["belief", "neutral"]
    assert list(statements(out)["verb"]) == ["say"]


def test_topics_of_speech_acts_run_to_the_clause_end_and_count_as_statements():
    from analysis.quotes.summaries import statements
    out = extract("At a town hall in Reno, Ms. Alvarez talked about rising rents in the valley, "
                  "but she offered no plan.")
    row = out.iloc[0]
    assert (row.speaker, row.verb, row.verb_class, row.quote) == \
        ("Alvarez", "talk about", "topic", "rising rents in the valley")
    assert list(statements(out)["verb"]) == ["talk about"]
    assert extract("Rep. Tom Reyes of Texas, who endorsed Mr. Diallo, spoke first.").empty or \
        "Texas" not in set(extract("Rep. Tom Reyes of Texas, who endorsed Mr. Diallo, spoke "
                                   "first.")["speaker"])


def test_seeing_someone_as_something_is_a_belief():
    row = one("The mayor sees the new stadium as a drain on the city budget.", "the new")
    assert (row.verb, row.verb_class, row.quote) == \
        ("see", "belief", "the new stadium as a drain on the city budget")
    assert extract("The mayor saw the new stadium on Friday.").empty


def test_a_content_in_a_subordinate_clause_after_a_conjunction_ends_at_its_comma():
    """"And after ..., X blamed": the subordinate clause ends at its comma also when a
    conjunction opens the sentence (Washington Post, AP styles)."""
    row = one("And after the Supreme Court refused to reinstate the law, Gov. Pat McCrory "
              "blamed the court for the ruling.", "to reinstate")
    assert row.quote == "to reinstate the law"
    row = one("But if the emails show that he mishandled sensitive information, one of her "
              "closest aides could face further questions.", "he mishandled")
    assert row.quote == "he mishandled sensitive information"
