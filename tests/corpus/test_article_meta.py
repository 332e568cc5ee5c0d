"""An article's outlet, date and dateline (analysis/corpus/article_meta.py): the manifest wins
and each disagreement is reported, a dateline's day needs a known year, a date below the body
is no publication date."""
from analysis.pipeline import load_corpus
from tests.helpers import LISBON_PAGE, article, write_page


def test_pages_agree_with_manifest(corpus):
    assert corpus.warnings == []


def test_dateline_date_needs_a_known_year(corpus):
    assert article(corpus, "001").dateline_date == "2019-05-01"
    assert article(corpus, "000").dateline_date == "2019-05-05"


def test_undated_page_stays_undated(tmp_path):
    write_page(tmp_path, "a.txt", "A Headline About Talks\nThe talks began on Monday in the capital and went on for hours.\n")
    row = load_corpus(tmp_path).articles.iloc[0]
    assert row.published == "" and row.dateline == "" and row.dateline_date == ""


def test_manifest_wins_and_disagreement_is_reported(tmp_path):
    write_page(tmp_path, "a.txt", LISBON_PAGE)
    write_page(tmp_path, "manifest.csv", "file,outlet,published,url,notes\na.txt,Lusa Wire,2021-03-04,http://x,\n")
    c = load_corpus(tmp_path)
    row = c.articles.iloc[0]
    assert (row.outlet, row.published, row.url) == ("Lusa Wire", "2021-03-04", "http://x")
    assert sum("using the manifest" in w for w in c.warnings) == 2


def test_date_below_the_body_is_not_a_publication_date(tmp_path):
    write_page(tmp_path, "a.txt", "Talks Resume in Oslo\nThe talks resumed on Monday in Oslo with both delegations present.\n"
               "Related stories\nMay 3, 2019\n")
    assert load_corpus(tmp_path).articles.iloc[0].published == ""
