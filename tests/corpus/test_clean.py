"""The cleaner's sorting of a page on lines written here (a byline or a dateline before the
first paragraph), and the spacing and dates it reads lines with."""
import pytest

from analysis.corpus import metadata
from analysis.corpus.clean import classify
from analysis.corpus.lines import Line
from analysis.corpus.read import normalize_line


@pytest.mark.parametrize("line, expected", [
    ("", ""), ("  two  spaces  ", "two spaces"), ("tab\there", "tab here"), ("form\ffeed\vvt", "form feed vt"),
    ("no\u00a0break", "no break"), ("e\u0301cole", "\u00e9cole"), ("zero\u200bwidth soft\u00adhyphen", "zerowidth softhyphen"),
    ("\u3000ideographic\u3000", "ideographic"), ("“quotes” stay ‘as is’", "“quotes” stay ‘as is’"),
])
def test_normalize_line(line, expected):
    assert normalize_line(line) == expected


def test_parse_date_without_a_year_is_none():
    assert metadata.parse_date("May 3, 15:24 UTC+3") is None
    assert metadata.parse_date("Published: 3 May 2019") is not None


def test_a_byline_opening_the_first_paragraph_is_cut():
    texts = ["Council backs the port plan",
             "By Ann Marie Lee: The council on Tuesday backed a plan to deepen the port, officials said.",
             "The vote was close and the opposition walked out before the end of the session."]
    lines = [Line(i, t, t) for i, t in enumerate(texts, start=1)]
    classify(lines)
    assert (lines[1].prefix, lines[1].prefix_reason) == ("By Ann Marie Lee:", "byline")
    assert lines[1].content.startswith("The council on Tuesday")
    for opening in ["By Tuesday, the council had backed a plan to deepen the port, officials said.",
                    "By then: the council had backed a plan to deepen the port, officials said."]:
        lines = [Line(i, t, t) for i, t in enumerate([texts[0], opening, texts[2]], start=1)]
        classify(lines)
        assert lines[1].prefix == ""


def test_a_dateline_on_its_own_line_above_the_first_paragraph():
    texts = ["Bloomberg faces questions about his past", "WASHINGTON —",
             "This is not the welcome the former mayor has come to expect from prominent Democrats.",
             "His rise in the polls has brought him a spot on the debate stage on Wednesday night."]
    lines = [Line(i, t, t) for i, t in enumerate(texts, start=1)]
    assert classify(lines) == "Bloomberg faces questions about his past"
    assert lines[1].label == "dateline" and lines[1].dateline["place"] == "WASHINGTON"
    assert [l.label for l in lines[2:]] == ["body", "body"]
    # a short capitalised label in that place is no dateline
    texts[1] = "US —"
    lines = [Line(i, t, t) for i, t in enumerate(texts, start=1)]
    classify(lines)
    assert lines[1].label != "dateline" and lines[1].dateline is None
