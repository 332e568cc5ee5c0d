"""A quotation whose sentence runs on into a later quotation attributed after its close by a
described or unlisted frame ("... "A" and "B," Jane Roe, the former mayor, proclaimed."): the
first part takes that frame too (helper session 17, issue 13). Texts written for these tests in
newspaper, wire and broadcast styles."""
from .helpers import one


def test_two_parts_before_a_described_speaker_with_an_unlisted_verb_huffpost():
    # online newspaper: the frame after the second part has a description and a verb no table
    # holds; the first part is the same speaker's
    text = ('Taxes are "the ultimate drag on growth" and "punish the young," Alan Price, the former '
            "mayor of Dayton, proclaimed to a cheering crowd.")
    assert one(text, "the ultimate drag").speaker == "Alan Price"
    assert one(text, "punish the young").speaker == "Alan Price"


def test_two_parts_before_a_name_and_an_unlisted_verb_wire():
    # wire: "X scoffed" after the second part
    text = ('The plan is "a fantasy" and "an insult to voters," Rita Ortiz scoffed on Friday.')
    assert one(text, "a fantasy").speaker == "Rita Ortiz"


def test_a_reporting_verb_between_the_parts_keeps_its_own_frame_bbc():
    # BBC: a verb of its own before the first part frames it; the later frame does not
    text = ('Mr Dale said the cuts were "reckless" but later "necessary for now," Ms Ortiz '
            "retorted.")
    assert one(text, "reckless").speaker == "Dale"
