"""Reported speech whose speech verb is a second predicate: "X condemned "..." but praised Y",
"X said "..." but insisted that ...". One link pattern (and / but / yet, then adverbs) serves
both the subject of a second predicate and a verb coordinated with the sentence's first reporting
verb.

Texts written for these tests in wire, newspaper and broadcast styles.
"""
from .helpers import extract


def _indirect(text):
    out = extract(text)
    return [(r.quote, r.speaker, r.verb) for r in out[out["kind"] == "indirect"].itertuples()]


def test_a_speech_verb_after_but_shares_the_subject_across_a_quotation():
    rows = _indirect('Gay rights groups condemned the "shameful" vote but praised the senators '
                     'who had held it up.')
    assert rows == [("the senators who had held it up", "Gay rights groups", "praise")]
    rows = _indirect('The ministry said the sanctions were "an act of economic war" but insisted '
                     'that talks would go on.')
    assert ("talks would go on", "The ministry", "insist") in rows


def test_a_speech_verb_after_and_still_shares_the_subject():
    rows = _indirect('Senator Okafor called the audit "pure fiction" and said that no funds had '
                     'gone missing.')
    assert ("no funds had gone missing", "Okafor", "say") in rows
