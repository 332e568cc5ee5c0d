"""A person placed by a town ("a farmer in Ames, Iowa, said", "a woman in Worcester,
Massachusetts, told him") speaks, not the town or the state after it; a name after "at <firm>,"
is still an apposition ("His partner at Lenox, Lawrence Cummings, called him").

Texts written for these tests in US campaign-trail wire (AP), regional newspaper and business
feature styles.
"""
from .helpers import indirect


def test_the_person_a_town_places_is_the_speaker():
    # AP campaign wire: the state after the town is no apposition of the subject
    rows = indirect("The governor says he can win the primary after a woman in Worcester, "
                    "Massachusetts, told him she worries he is too cautious.")
    said = [(s, v) for _, s, v in rows]
    assert ("a woman", "tell") in said and ("Massachusetts", "tell") not in said
    # regional paper: a lower-case noun placed by "in"/"from" keeps its place phrase
    assert indirect("A farmer in Ames said the rain came too late.") == [
        ("the rain came too late", "A farmer in Ames", "say")]
    assert indirect("A retiree from Ames, Iowa, said the rain came too late.") == [
        ("the rain came too late", "A retiree from Ames", "say")]


def test_a_name_set_off_after_a_firm_is_still_the_speaker():
    # business feature: "at Lenox" is a firm, the name after the comma the speaker
    rows = indirect("His former partner at Lenox, Lawrence B. Cummings, said the deals were "
                    "his idea.")
    assert rows == [("the deals were his idea", "Lawrence B. Cummings", "say")]
