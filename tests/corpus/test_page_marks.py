"""Labels a line gets from the rest of its page (analysis/corpus/page_marks.py), on pages written
here: a pull quote printed again in a paragraph."""
from analysis.corpus.clean import classify
from analysis.corpus.lines import Line


def test_a_pull_quote_printed_again_in_a_paragraph_is_a_duplicate():
    texts = ["Hospitals run out of fuel",
             "Hospitals in the south of the territory ran out of fuel on Monday, doctors said, and "
             "several wards closed their doors to new patients.",
             "“Today there are no medicines for treatment at all.”",
             "“Before the war, there was a great shortage of essential medicines,” the director "
             "said. “Today there are no medicines for treatment at all.”",
             # a quotation alone on its line that the article prints nowhere else stays text
             "“We ran out of fuel and the electricity is cut off in every ward of the hospital.”",
             "The director said the hospital would try to reopen its wards once fuel arrived."]
    lines = [Line(i, t, t) for i, t in enumerate(texts, start=1)]
    classify(lines)
    assert [l.label for l in lines] == ["headline", "body", "duplicate", "body", "body", "body"]
