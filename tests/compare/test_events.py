"""Date expressions and their resolution against the dateline or publication day."""
import random
from datetime import date

import pandas as pd

from analysis.compare.events import (COLUMNS, PATTERNS, date_matches, dateline_date, event_rows,
                                     find_dates, reference_date)
from tests.helpers import article


def events(corpus):
    """The events table, the step run on each article as the pipeline runs it."""
    sents = {aid: g.to_dict("records") for aid, g in corpus.sentences.groupby("article_id")}
    removed = {aid: list(g["text"]) for aid, g in corpus.removed.groupby("article_id")}
    rows = [r for art in corpus.articles.to_dict("records")
            for r in event_rows(art, sents.get(art["article_id"], []), removed.get(art["article_id"], []))]
    return pd.DataFrame(rows, columns=COLUMNS)


def resolved(text, ref):
    return {h["expression"]: h["date"] for h in find_dates(text, ref)}


THU = date(2019, 5, 2)   # a Thursday


def test_weekdays_resolve_back_to_the_most_recent_such_day():
    got = resolved("Pompeo spoke on Tuesday and again Thursday; Maduro spoke Tuesday night.", THU)
    assert got == {"on Tuesday": "2019-04-30", "Thursday": "2019-05-02",
                   "Tuesday night": "2019-04-30"}


def test_announced_weekdays_resolve_forward():
    found = find_dates("Lavrov will meet Pompeo on Monday. A meeting is scheduled for Saturday. "
                       "Officials said on Monday that they will talk. They meet next Thursday.", THU)
    assert [(h["expression"], h["date"]) for h in found] == [
        ("on Monday", "2019-05-06"), ("Saturday", "2019-05-04"),
        # a future marker after the weekday does not make it future
        ("on Monday", "2019-04-29"),
        ("next Thursday", "2019-05-09")]


def test_month_days_relative_days_and_periods():
    text = ("It recognized him on Jan. 23 and January 23, 2019; talks on May 6-7; the vote of "
            "May 20, 2018; yesterday; last month; Last March; in 2017; 3 May 2019; two days ago.")
    got = resolved(text, THU)
    assert got["on Jan. 23"] == "2019-01-23"
    assert got["January 23, 2019"] == "2019-01-23"
    assert got["on May 6-7"] == "2019-05-06"
    assert got["May 20, 2018"] == "2018-05-20"
    assert got["yesterday"] == "2019-05-01"
    assert got["last month"] == "2019-04"
    assert got["Last March"] == "2019-03"
    assert got["in 2017"] == "2017"
    assert got["3 May 2019"] == "2019-05-03"
    assert got["two days ago"] == "2019-04-30"


def test_a_full_month_name_ends_before_a_full_stop():
    got = resolved("Fourteen people were shot dead in San Bernardino, California, in December. "
                   "The pact was signed on Dec. 3 and ratified in Sept.", THU)
    assert got == {"in December": "2018-12", "on Dec. 3": "2018-12-03", "in Sept.": "2018-09"}


def test_month_day_late_in_the_year_belongs_to_the_year_before():
    assert resolved("It happened on Dec. 30.", date(2020, 1, 3)) == {"on Dec. 30": "2019-12-30"}


def test_without_reference_only_dates_with_a_year_resolve():
    got = resolved("On Tuesday, on March 23, yesterday and on May 20, 2018.", None)
    assert got == {"On Tuesday": "", "on March 23": "", "yesterday": "", "on May 20, 2018": "2018-05-20"}


def test_the_verb_may_and_names_are_not_dates():
    assert find_dates("Talks may resume. Maria and Marcos met Mayor Smith. March organisers and "
                      "May Day crowds met.", THU) == []
    assert [h["expression"] for h in find_dates("It grew between January and in March 2019.", THU)] == [
        "between January", "in March 2019"]


def test_dateline_date_takes_year_from_publication():
    assert dateline_date("WASHINGTON, May 1 (Xinhua) -- U.S. officials said", "2019-05-02") == date(2019, 5, 1)
    assert dateline_date("MOSCOW, Dec. 31 (Xinhua) -- Officials", "2020-01-01") == date(2019, 12, 31)
    assert dateline_date("No dateline here, May 1 is just a date", "2019-05-02") is None


def test_relative_days_count_from_the_dateline_day(write_corpus):
    corpus = write_corpus({
        "w": ("Wire", "2019-05-02", "WASHINGTON, May 1 (Wire) -- Officials said on Tuesday that the "
              "talks had failed, and yesterday they repeated it to reporters in the capital."),
        "u": ("Undated", "", "Officials said on Tuesday that the talks had failed, and yesterday "
              "they repeated it; the vote of May 20, 2018 was disputed by many countries."),
    })
    ev = events(corpus)
    wire = ev[ev["article_id"] == "w"].set_index("expression")
    assert wire.loc["on Tuesday", "date"] == "2019-04-30"
    assert wire.loc["yesterday", "date"] == "2019-04-30"      # from 1 May, not from 2 May
    assert set(wire["reference_from"]) == {"dateline"}
    undated = ev[ev["article_id"] == "u"].set_index("expression")
    assert undated.loc["on Tuesday", "date"] == "" and undated.loc["yesterday", "date"] == ""
    assert undated.loc["May 20, 2018", "date"] == "2018-05-20"
    texts = corpus.articles.set_index("article_id")["text"]
    for row in ev.itertuples():
        assert texts[row.article_id][row.start:row.end] == row.expression
        assert row.expression in row.sentence


def test_seeds(corpus):
    ev = events(corpus)
    x2 = ev[ev["article_id"] == article(corpus, "001")["article_id"]]
    on_tuesday = x2[x2["expression"] == "On Tuesday"]
    assert list(on_tuesday["date"]) == ["2019-04-30"]
    assert "take to the streets" in on_tuesday["sentence"].iloc[0]
    assert x2.set_index("expression").loc["on Jan. 23", "date"] == "2019-01-23"
    cgtn = ev[ev["article_id"] == article(corpus, "003")["article_id"]]
    weekdays = cgtn[cgtn["expression"].str.contains("day")]
    assert len(weekdays) >= 3 and (weekdays["date"] == "").all()
    assert (cgtn["date"] == "").all()
    tele = ev[ev["article_id"] == article(corpus, "004")["article_id"]].set_index("expression")
    assert tele.loc["April 30", "date"] == "2019-04-30"
    assert tele.loc["Last March", "date"] == "2019-03"


def test_reference_day_prefers_the_dateline_date():
    row = {"text": "Officials met.", "published": "2019-05-02", "dateline_date": "2019-05-01"}
    assert reference_date(row) == (date(2019, 5, 1), "dateline")
    row = {"text": "Officials met.", "published": "2019-05-02", "dateline_date": ""}
    assert reference_date(row, ["WASHINGTON, May 1 (Xinhua) --"]) == (date(2019, 5, 1), "dateline")
    assert reference_date(row) == (date(2019, 5, 2), "published")
    assert reference_date({"text": "Officials met.", "published": ""}) == (None, "")


def test_a_dateline_left_in_the_text_is_not_an_event():
    text = "Caracas, Venezuela, May 1 (Wire) -- Officials met on Tuesday."
    rows = event_rows({"article_id": "a", "outlet": "W", "text": text, "published": "2019-05-02"})
    assert [(r[2], r[3], r[9]) for r in rows] == [("on Tuesday", "2019-04-30", "dateline")]


_FOLDS = {"s": "\u017f", "i": "\u0131", "I": "\u0130", "k": "\u212a", "K": "\u212a"}


def test_date_candidates_find_what_whole_text_scans_find():
    """The core-word pre-scan (a speed trick) finds what each pattern's own finditer finds, on
    texts with leads split by spaces or lines, hyphens and case folds str.lower() does not make
    (long s, dotless i, Kelvin sign)."""
    words = ("on in last Next this mid Mid- early late since by until of the 3 12th 2019 1999 "
             "201920 May March Mar. Sept. Dec Monday Tuesday's night week month YEAR ago two an "
             "days weeks yesterday Today earlier later x-on pre-mid Santiago").split()
    rnd = random.Random(1)
    seps = [" ", "  ", "\n", "\t", "", "-", ", ", ". "]
    for _ in range(1500):
        text = "".join(rnd.choice(words) + rnd.choice(seps) for _ in range(rnd.randint(1, 25)))
        if rnd.random() < 0.3:
            text = "".join(_FOLDS.get(c, c) if rnd.random() < 0.1 else c for c in text)
        slow = [(kind, m.span(), m.groupdict()) for kind, p in PATTERNS for m in p.finditer(text)]
        fast = {}
        for kind, m in date_matches(text):
            fast.setdefault(kind, []).append((kind, m.span(), m.groupdict()))
        assert slow == [hit for kind, _ in PATTERNS for hit in fast.get(kind, [])], text


MARCH = date(2019, 3, 12)


def test_a_month_announced_as_future_is_the_next_such_month():
    """'would take effect in May' in a March story is this May, not last year's (issue 15)."""
    text = ("The duties would take effect in May. Talks are to resume in June. The vote is "
            "expected in January. Ministers will meet in March. The cuts took effect in May. "
            "Exports fell in June.")
    got = [(h["expression"], h["date"]) for h in find_dates(text, MARCH)]
    assert got == [("in May", "2019-05"), ("in June", "2019-06"), ("in January", "2020-01"),
                   ("in March", "2019-03"),        # this month, still to come
                   ("in May", "2018-05"), ("in June", "2018-06")]    # past tense: as before


def test_future_months_in_several_wordings():
    cases = {
        "The tariffs would take effect in May, officials said.": "2019-05",
        "The new rules are to apply from January.": "2020-01",
        "Parliament is expected to vote in April.": "2019-04",
        "Next, the commission said, it will decide in February.": "2020-02",
        "We'll know more in October.": "2019-10",
        "The measure, which took effect in October, was criticised.": "2018-10",
        "Prices rose in April, the report said.": "2018-04",
    }
    for text, expected in cases.items():
        found = find_dates(text, MARCH)
        assert len(found) == 1, text
        assert found[0]["date"] == expected, text


def test_a_month_day_announced_as_future_is_the_next_such_day():
    dec = date(2018, 12, 10)
    assert resolved("The ban will take effect on Jan. 15.", dec) == {"on Jan. 15": "2019-01-15"}
    assert resolved("The talks are scheduled for Nov. 3.", dec) == {"Nov. 3": "2019-11-03"}
    assert resolved("The ban took effect on Nov. 3.", dec) == {"on Nov. 3": "2018-11-03"}
    assert resolved("Voters go to the polls on Dec. 20.", dec) == {"on Dec. 20": "2018-12-20"}
