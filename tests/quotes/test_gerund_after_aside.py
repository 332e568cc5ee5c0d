"""A gerund opening the clause resumed after a mid-sentence ", he said," as its subject ("...,
he said, replacing her would be harder"): the words run on through it, unlike a participle of
the speaker's own ("he said, wiping his face") or of a speech verb ("noting the plan ...")."""
from tests.quotes.helpers import indirect


def test_gerund_subject_after_the_aside():   # wire style
    rows = indirect("Though the merger went smoothly, Ann Lee said, replacing the board would be "
                    "much harder.")
    assert [q for q, _, v in rows if v == "say"] == [
        "Though the merger went smoothly, Ann Lee said, replacing the board would be much harder."]


def test_speaker_participle_still_ends_the_words():
    rows = indirect("Sales were strong, Ann Lee said, wiping her glasses with a towel.")
    assert [q for q, _, v in rows if v == "say"] == ["Sales were strong"]


def test_speech_participle_still_ends_the_words():
    rows = indirect("The plan failed, Ann Lee said, noting the company was nearly broke.")
    assert [q for q, _, v in rows if v == "say"] == ["The plan failed"]
