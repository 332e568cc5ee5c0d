"""Reported speech without quotation marks: "X said (that) ...", "..., X said.", "according to X".

Constructions written for these tests; expected speakers are what a reader would say.
"""
from .helpers import extract, one


def test_according_to_before_and_after():
    row = one("According to Guaidó, the military is ready to switch sides.", "the military")
    assert (row.kind, row.speaker_id, row.verb) == ("indirect", "guaido", "according to")
    row = one("The talks will resume next week, according to the Venezuelan Foreign Ministry.",
              "The talks")
    assert (row.kind, row.speaker_id) == ("indirect", "venezuelan_foreign_ministry")
    assert row.quote == "The talks will resume next week"


def test_indirect_speech_with_and_without_that():
    row = one("Abrams told reporters on Monday that the sanctions would be tightened.", "the sanc")
    assert (row.speaker_id, row.verb, row.kind) == ("abrams", "tell", "indirect")
    row = one("Cabello said the protesters had been paid by foreign powers.", "the protesters")
    assert row.speaker_id == "cabello"


def test_post_posed_attribution_of_an_unquoted_clause():
    row = one("Russian military specialists will remain in Venezuela, the Russian Defence "
              "Ministry said on Friday.", "Russian military")
    assert (row.kind, row.speaker_id) == ("indirect", "russian_defence_ministry")
    assert row.quote == "Russian military specialists will remain in Venezuela"
    row = one("The sanctions target four banks, Interfax reported.", "The sanctions")
    assert row.speaker_id == "interfax"


def test_post_posed_medium_after_a_speaker_is_the_intermediary():
    row = one("Yván Gil said on Friday that more advisers could arrive, Sputnik reported.",
              "more advisers")
    assert (row.speaker_id, row.via) == ("gil", "Sputnik")


def test_nouns_that_look_like_reporting_verbs_are_not_frames():
    assert extract("The statement of the State Department came after a press briefing. "
                   "Member states also recognized the report.").empty
    assert extract("The ministry cited reports that Moscow had sent troops.").empty


def test_rejecting_claims_reports_the_rejection_not_the_claim():
    # The speech act is the rejection: its content is the claims' noun phrase, whose clause is
    # someone else's claim (gold/README.md).
    out = extract("Lavrov dismissed claims that Moscow had sent troops.")
    assert [(r.quote, r.speaker_id, r.verb) for r in out.itertuples()] == [
        ("claims that Moscow had sent troops", "lavrov", "dismiss")]
    out = extract("The Kremlin denied reports that Russian mercenaries were in Caracas.")
    assert list(out["quote"]) == ["reports that Russian mercenaries were in Caracas"]


def test_dateline_is_not_part_of_the_reported_clause():
    row = one("CARACAS (Reuters) - Venezuelan President Nicolas Maduro said on Tuesday that the "
              "coup had failed.", "the coup")
    assert row.speaker_id == "maduro"


def test_speech_reported_through_someone_else():
    text = 'According to Pence, Guaidó had told him that the army was "ready to move" soon.'
    out = extract(text)
    ind = out[out["kind"] == "indirect"].iloc[0]
    assert (ind.speaker_id, ind.via) == ("guaido", "Mike Pence")
    part = out[out["quote"] == "ready to move"].iloc[0]
    assert part.speaker_id == "guaido"
