""""former" as an adjective ("a former senior law enforcement official") and as a head ("the
former said"): the noun phrase it opens is the reference (mentions._former_phrase)."""
from analysis.quotes.mentions import find_refs
from analysis.quotes.marks import mask
from analysis.quotes.mentions import actor_index
from analysis.text import quote_spans

from .helpers import extract


def _refs(text):
    masked = mask(text, quote_spans(text))
    return [(r.text, r.kind) for r in find_refs(text, masked, actor_index(), [(0, len(text))])]


def test_a_long_phrase_after_former_is_one_reference():
    out = extract('"The probe was mishandled," said a former senior federal law enforcement '
                  'official.')
    assert list(out.speaker) == ["a former senior federal law enforcement official"]
    # a head no role list knows, with a modifier before it: still the person who speaks
    out = extract("The files were shredded in 1989, according to a former East German spymaster "
                  "who asked not to be named.")
    assert out.speaker.iloc[0] == "a former East German spymaster"


def test_a_doer_noun_alone_after_former_speaks_for_itself():
    out = extract("Ms. Walsh was a demanding boss - a former speechwriter said she rewrote every "
                  "draft twice - and her staff knew it.")
    assert "a former speechwriter" in set(out.speaker)
    assert "Walsh" not in " ".join(out.speaker.dropna())


def test_a_definite_former_description_is_the_person_named_before():
    text = ("Former Ohio Gov. Martin Keane endorsed the senator on Monday. The former three-term "
            "governor said the party needed a fresh start.")
    said = extract(text).query("verb == 'say'")
    assert list(said.speaker) == ["Martin Keane"]
    assert list(said.speaker_mention) == ["The former three-term governor"]


def test_the_former_alone_still_points_back():
    assert ("the former", "nominal") in _refs("Keane and Ruiz met in Dayton; the former said "
                                              "little.")


def test_no_reference_where_former_is_a_title_or_an_adjective():
    refs = _refs("Voters backed former Secretary of State Ann Duval, and critics called her a "
                 "former liberal who changed sides.")
    assert not [t for t, _ in refs if "former" in t]
    # set beside a name, the phrase is that person's role, no referent of its own
    refs = _refs("Tom Reyes, a former three-term county GOP lawmaker, backs the plan.")
    assert ("Tom Reyes", "name") in refs
    assert not [t for t, k in refs if "former" in t]


def test_a_possessive_before_former_opens_the_phrase():
    refs = _refs("He said that his former primary rival would make a fine running mate.")
    assert ("his former primary rival", "description") in refs


def test_the_official_is_not_a_newcomer_with_another_noun():
    # described_refs._newcomer: "a former city hall staffer" is no later "the official"
    text = ("The county has hired a former city hall staffer to audit the fund, according to a "
            "senior county official. The official said the audit would take a year.")
    said = extract(text).query("verb == 'say'")
    assert list(said.speaker) == ["The official"]
    # the same noun may be the same person: "another GOP official ... the second official"
    text = ("A GOP official said the chairman would resign. Another unnamed GOP official agreed. "
            '"It is over," said the second official.')
    rows = extract(text)
    assert rows.query("kind == 'direct'").speaker.iloc[0] == "Another unnamed GOP official"
