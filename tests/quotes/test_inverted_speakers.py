"""A noun phrase after a verb is its inverted speaker only when it can speak: after a clause of
the reporter's own words, "..., declared bankruptcy." is a verb with its object, its subject
before it and set off by an aside; "..., said one official" stays an inverted report.

Texts written for these tests in wire (AP, Reuters, Xinhua), newspaper (NYT, Guardian) and
broadcast (BBC) styles.
"""
from .helpers import extract, indirect


def test_a_thing_after_the_verb_is_its_object_not_its_speaker():
    # AP: a subject with an "including" aside, then the verb and its object
    assert indirect("One after another, the steel makers, including Wheeling, declared "
                    "bankruptcy.") == []
    # NYT: a subject and its apposition, then the verb and its object
    rows = indirect("Maria Ortiz, the mayor's eldest daughter, noted the ordinance in an "
                    "interview last week.")
    assert all(s != "the ordinance in an interview last week" and not q.startswith("Maria Ortiz")
               for q, s, _ in rows)


def test_an_object_pronoun_is_never_an_inverted_speaker():
    # Guardian: "told me" names the listener
    rows = indirect("Mr Hale, a retired miner from Barnsley, told me this week.")
    assert all(s != "me this week" for _, s, _ in rows)


def test_a_person_or_body_after_the_verb_still_speaks():
    # Reuters: an unnamed source after a clause of the reporter's words
    assert indirect("The talks broke down after midnight, said one diplomatic source in the "
                    "room.") == [("The talks broke down after midnight", "one diplomatic source",
                                  "say")]
    # Xinhua: a body
    rows = indirect("The grain harvest rose by 3 percent this year, said the provincial "
                    "agriculture ministry.")
    assert [q for q, _, _ in rows] == ["The grain harvest rose by 3 percent this year"]
    # BBC: a poll
    assert indirect("Most voters want the budget balanced, says a new survey.") == [
        ("Most voters want the budget balanced", "a new survey", "say")]


def test_after_a_quotation_any_phrase_may_speak():
    # NYT: a ruling quoted, then inverted
    out = extract('"The state cannot strike a voter for failing to vote," said the ruling.')
    assert list(out["speaker_mention"]) == ["the ruling"]


def test_a_participle_before_a_noun_is_no_inverted_verb():
    # BBC: "pledged" describes the delegates; "pledge" does not invert in news copy
    assert indirect("By Tuesday night the senator had won a clear majority of the regular, "
                    "pledged delegates.") == []
