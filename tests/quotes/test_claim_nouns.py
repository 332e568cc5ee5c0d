"""Someone else's claim after a speech verb and a preposition or possessive ("declined to comment
on Pompeo's claim that", "asked about reports that"): the "that" clause is the claim's; and a
possessive pronoun owning a speech noun ("his claim that") stands for its antecedent."""
from tests.quotes.helpers import extract, indirect


def test_comment_on_a_named_claim_is_the_claimant_s():
    rows = indirect("A Kremlin spokesman declined to comment on Pompeo's claim that Russian "
                    "advisers had talked the president out of leaving.")
    assert ("Russian advisers had talked the president out of leaving", "Pompeo", "claim") in rows
    assert all(speaker != "A Kremlin spokesman" for _, speaker, _ in rows)


def test_responding_to_reports_gives_the_speaker_no_clause():
    rows = indirect("The ministry responded to reports that its troops had crossed "
                    "the border.")
    assert all(verb != "respond" for _, _, verb in rows)


def test_rejecting_a_claim_reports_the_claim():
    rows = indirect("The embassy dismissed Washington's claims that the shipment carried weapons.")
    assert rows[0][:2] == ("Washington's claims that the shipment carried weapons", "The embassy")


def test_his_claim_is_the_senator_s():
    out = extract("The senator repeated his claim that the count in two counties was rigged.")
    row = out[out["verb"] == "claim"].iloc[0]
    assert (row.quote, row.speaker, row.speaker_mention) == (
        "the count in two counties was rigged", "The senator", "his")


def test_her_belief_is_the_governor_s():
    out = extract("Gov. Ana Ruiz spoke for an hour. Her belief that the levees would hold was "
                  "shaken by the storm.")
    row = out[out["verb"] == "belief"].iloc[0]
    assert row.speaker == "Ana Ruiz"
