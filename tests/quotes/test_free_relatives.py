"""A free relative around a speech verb: "what X says his plan would do", "how experts say it
would shape tax law" (analysis/quotes/reported_starts.py free_relative, via pro_form).

Texts written for these tests in wire and newspaper styles; expected spans are what a reader
would say.
"""
from .helpers import extract, indirect


def test_two_coordinated_free_relatives_before_the_main_verb():
    rows = extract("The gap between what the mayor says her budget would cut and how auditors "
                   "say it would change services has grown all year.")   # Politico
    assert list(rows["quote"]) == ["what the mayor says her budget would cut",
                                   "how auditors say it would change services"]
    assert rows["speaker"].iloc[0] == "the mayor" and set(rows["verb"]) == {"say"}


def test_a_free_relative_as_an_object():
    assert indirect("The drive raised about $90,000, nearly double what Okafor said she "
                    "expected.") == [("what Okafor said she expected", "Okafor", "say")]   # AP
