"""The verb "chant" right before a quotation: the crowd named before it chants, not the noun the
subject rules find last ("the streets" of "marching through the streets") nor the sentence's
other subject ("Governor X's hotel ..., chanting"). Texts written for these tests in wire and
newspaper styles."""
from .helpers import one


def test_marchers_chant_not_the_street_they_march_through_ap():
    text = ('The town was quiet by noon. Protesters marching through the streets chanted "Open '
            'the gates!"')
    assert one(text, "Open the gates").speaker == "Protesters"


def test_a_counted_crowd_chanting_after_a_comma_wapo():
    text = ("About 40 workers gathered outside the office of Governor Paul Lund on Monday, "
            'chanting "no deal, no peace" as talks stalled.')
    assert one(text, "no deal").speaker == "40 workers"


def test_chanting_with_no_crowd_named_keeps_the_subject_reuters():
    text = 'Senator Tom Reyes walked to the stage chanting "Four more years!" with his aides.'
    assert one(text, "Four more years").speaker == "Tom Reyes"
