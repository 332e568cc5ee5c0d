"""The sentences the notebooks show about a corpus are computed from its tables and its study."""
from types import SimpleNamespace

import pandas as pd
import pytest

from analysis import narrative, paths, tables

STUDIES = paths.REPO_ROOT / "tests" / "studies"


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return tables.load(STUDIES / "harbour_strike", tables_dir=tmp_path_factory.mktemp("harbour"))


@pytest.fixture(scope="module")
def one_article(tmp_path_factory):
    return tables.load(STUDIES / "one_article", tables_dir=tmp_path_factory.mktemp("one"))


def test_heading_gives_the_studys_title_and_question(harbour, one_article):
    assert narrative.heading(harbour).startswith("**Study.** The dock strike at Port Elwyn")
    assert "**Research question.** How do a wire service" in narrative.heading(harbour)
    assert "gives no title or research question" in narrative.heading(one_article)


def test_corpus_summary_counts_articles_outlets_and_days(harbour):
    text = narrative.corpus_summary(harbour)
    assert text.startswith("4 articles (")
    assert "from 2 outlets: Elwyn Gazette (2) and Northern Wire (2)." in text
    # published 3, 4, 7 and 10 March: four days with an article, eight days from first to last
    assert "between 2023-03-03 and 2023-03-10 (4 days with an article, 8 days in all)" in text
    assert "Undated" not in text


def test_the_date_window_and_who_falls_outside_it(harbour):
    assert narrative.date_window(harbour) == ("The study's date window runs from 2023-03-01 to "
                                              "2023-03-12; every dated article falls inside it.")


def test_caveats_of_one_undated_article_without_codebooks(one_article):
    text = narrative.caveats(one_article)
    assert "**One article is not a comparison.**" in text
    assert "No article carries a publication date." in text
    assert "Undated (" in text
    assert "no codebooks of its own" in text
    assert "date window" not in text           # no study.toml, no window


def test_caveats_of_a_study_name_its_codebooks_and_single_hit(harbour):
    text = narrative.caveats(harbour)
    assert "**4 articles from 2 outlets are a case study, not a sample**" in text
    assert "`actors.csv` and `camps.csv`" in text
    assert "one hit" in text and "per 1,000 words" in text


def test_one_hit_is_a_rate_per_thousand_words(harbour):
    median = harbour.articles["n_words"].median()
    assert f"is {1000 / median:.1f} per 1,000 words" in narrative.one_hit(harbour.articles)


def test_small_helpers():
    assert narrative.listed(["a"]) == "a"
    assert narrative.listed(["a", "b", "c"]) == "a, b and c"
    assert narrative.listed([]) == ""
    assert narrative.listed("abcdefg", most=5) == "a, b, c, d, e and 2 more"
    assert narrative.listed("abcde", most=5) == "a, b, c, d and e"


def test_an_outlet_nothing_names_is_written_as_such():
    # a saved page whose outlet neither the page nor a manifest gives: the table keeps it empty,
    # a sentence names it "(no name)" rather than leaving a gap (", ABC13 Houston ...")
    articles = pd.DataFrame({"article_id": list("abc"), "outlet": ["", "ABC13 Houston", "BBC News"]})
    text = narrative.size_caveat(SimpleNamespace(articles=articles))
    assert "(no name), ABC13 Houston and BBC News speak here through a single article" in text


def test_undated_articles_are_named_briefly():
    articles = pd.DataFrame({"article_id": list("abc"), "outlet": ["BBC News"] * 3,
                             "published": [""] * 3, "headline": ["h"] * 3})
    assert narrative.undated_listed(articles) == "all 3 articles"
    dated = articles.assign(published=["2005-01-02", "", ""])
    assert narrative.undated_listed(dated).count("BBC News") == 2
    assert narrative.undated_listed(articles.assign(published="2005-01-02")) == ""
    assert narrative.none_found("frame word") == "*None found*: no frame word in this corpus."
    assert narrative.gold_covers(["x", "y", "z"], ["x", "y"])
    assert not narrative.gold_covers(["x"], ["x", "y"])
    assert not narrative.gold_covers(["x"], [])


def test_example_quotes_the_first_sentence_with_the_hit_in_bold(harbour):
    events = harbour.events[harbour.events["date"] != ""]
    text = narrative.example(events, harbour.articles, match="expression")
    first = events.iloc[0]
    assert text.startswith("for instance, in ")
    assert f"**{first['expression']}**" in text
    assert narrative.example(events.iloc[:0], harbour.articles) == ""


def test_long_lists_of_outlets_name_ten_and_count_the_rest():
    # a corpus of saved pages from 14 outlets, one article each: no sentence of 14 names
    outlets = [f"Outlet {c}" for c in "ABCDEFGHIJKLMN"]
    articles = pd.DataFrame({"article_id": [f"a{i}" for i in range(14)], "outlet": outlets})
    table = pd.DataFrame({"outlet": outlets, "ci_low": [None] * 14})
    assert narrative.intervals(table, articles).startswith(
        "No interval for Outlet A (1 article), Outlet B (1 article), ") and \
        "Outlet J (1 article) and 4 more: an interval" in narrative.intervals(table, articles)
    caveat = narrative.size_caveat(SimpleNamespace(articles=articles))
    assert caveat.endswith("Outlet I, Outlet J and 4 more speak here through a single article.")


def test_intervals_name_the_outlets_of_one_article():
    articles = pd.DataFrame({"article_id": ["a1", "a2", "b1"], "outlet": ["A", "A", "B"]})
    table = pd.DataFrame({"outlet": ["A", "A", "B", "B"], "ci_low": [0.1, 0.2, None, None]})
    assert narrative.intervals(table, articles) == (
        "No interval for B (1 article): an interval is a bootstrap over the articles, and one "
        "article gives nothing to resample.")
    assert narrative.intervals(table[table["outlet"] == "A"], articles) == "Every outlet has an interval."
    assert narrative.intervals(table.iloc[0:0], articles) == ""


def test_contests_say_which_sides_names_each_outlet_uses_in_each_voice():
    shares = pd.DataFrame([
        # outlet, contest, voice, side, hits, n
        ("Wire", "strike_name", "narrator", "union_side", 2, 3),
        ("Wire", "strike_name", "narrator", "owners_side", 1, 3),
        ("Wire", "strike_name", "quoted", "owners_side", 1, 1),
        ("Wire", "strike_name", "quoted", "union_side", 0, 1),
        ("Gazette", "strike_name", "headline", "owners_side", 1, 1),
        ("Gazette", "strike_name", "headline", "union_side", 0, 1),
    ], columns=["outlet", "contest", "voice", "side", "hits", "n"])
    assert narrative.contests(shares) == (
        "- **strike name** — Gazette: headlines owners side 1 of 1 · Wire: own voice union side 2 "
        "and owners side 1 of 3; quoted voices owners side 1 of 1.")
    assert narrative.contests(shares.iloc[0:0]) == ""


def test_two_versions_of_one_article_are_named_as_near_copies(tmp_path, harbour):
    update = ("The harbour master said on Tuesday that the port would stay closed until the strike "
              "ended, and that ships waiting offshore would be sent to the northern terminals. "
              "Union leaders said they had offered to meet the port's negotiators twice this week "
              "and that the offer still stood. The city council met late on Monday to discuss the "
              "losses, which traders put at two million pounds a day.")
    corpus = tmp_path / "copies"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Port stays shut\n\n" + update, encoding="utf-8")
    (corpus / "b.txt").write_text("Port to stay shut\n\n" + update.replace("on Tuesday", "on Wednesday")
                                  .replace("twice this week", "twice"), encoding="utf-8")
    (corpus / "c.txt").write_text("Fishing fleet idle\n\nThe fishing fleet stayed in port for a third "
                                  "day as crews waited for news of the talks.", encoding="utf-8")
    (corpus / "manifest.csv").write_text("file,outlet,published,url,notes\na.txt,Gazette,2023-03-03,,\n"
                                         "b.txt,Gazette,2023-03-04,,\nc.txt,Wire,2023-03-04,,\n", encoding="utf-8")
    copies = tables.load(corpus, tables_dir=tmp_path / "tables")
    found = narrative.near_copies(copies)
    assert len(found) == 1 and found["share"].iloc[0] >= narrative.COPY_SHARE
    assert {found["a"].iloc[0], found["b"].iloc[0]} == {"Gazette 2023-03-03", "Gazette 2023-03-04"}
    assert "**Nearly the same text twice**: Gazette 2023-03-03 and Gazette 2023-03-04" in narrative.caveats(copies)
    assert narrative.near_copies(harbour).empty and "same text twice" not in narrative.caveats(harbour)
