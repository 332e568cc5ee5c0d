"""Articles in every form a researcher has them (issue 15): .txt pages, saved .html pages,
.jsonl and .csv exports with one article per row, mixed in one folder; metadata precedence
(manifest > the form's own fields > the text); and one clear problem per bad input."""
import csv
import json

import pytest

from analysis.corpus.listing import CorpusError, corpus_sources
from analysis.pipeline import load_corpus
from tests.helpers import WIRE, export_twice_and_audit, write_corpus



def _trafilatura_imports() -> bool:
    try:
        import trafilatura  # noqa: F401
    except ImportError:     # trafilatura 2 on lxml 6 also needs lxml_html_clean
        return False
    return True


html = pytest.mark.skipif(not _trafilatura_imports(), reason="HTML pages need trafilatura")

BODY_1 = ("The European Commission on Tuesday announced countermeasures against US steel "
          "tariffs, saying the duties would take effect in May unless Washington backed down.")
BODY_2 = ("\"We will not stand by while our industry is punished,\" Trade Commissioner Cecilia "
          "Malmstrom told reporters in Brussels after the meeting of ministers.")
BODY_3 = ("The so-called \"rebalancing measures\" would cover goods worth 2.8 billion euros, "
          "officials said, and the list was published on the Commission's website.")

# A broadcaster's page: Open Graph tags, a menu trail, a byline, a teaser, a related box, a footer.
BROADCASTER = f"""<!DOCTYPE html><html lang="en"><head>
<title>EU hits back at US steel tariffs | Business | Example Wave</title>
<meta property="og:title" content="EU hits back at US steel tariffs">
<meta property="og:site_name" content="Example Wave">
<meta property="article:published_time" content="2019-03-12T10:15:00+01:00">
<link rel="canonical" href="https://wave.example/eu-steel">
<script>var tracking = "Home | Business";</script></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/business">Business</a></li></ul></nav>
<div class="breadcrumb">Home | Business | Trade</div>
<article><h1>EU hits back at US steel tariffs</h1>
<p class="byline">By Jane Smith</p>
<p>BRUSSELS - {BODY_1}</p>
<p>{BODY_2}</p>
<p>Read more: Why the steel dispute matters for Europe</p>
<p>{BODY_3}</p></article>
<aside><h3>RELATED STORIES</h3><ul><li>US and China trade blows</li><li>Exports slump</li></ul></aside>
<footer><p>Copyright 2019 Example Wave. All rights reserved.</p><p>Subscribe to our newsletter</p></footer>
</body></html>"""

# A small blog: no Open Graph, a <meta name="date">, a publisher, a template left unfilled.
BLOG = f"""<html><head><meta charset="utf-8"><title>Steel quotas explained</title>
<meta name="date" content="2019-03-20"><meta name="publisher" content="Trade Monitor">
</head><body><div id="menu">World · Economy · Markets · Opinion</div>
<div class="content"><h2>Steel quotas explained</h2>
<p>{BODY_1}</p><p>{BODY_3}</p>
<blockquote>"The system is working as intended," a Commission spokeswoman told reporters.</blockquote>
<p>{{{{share_buttons}}}}</p></div>
<div class="sidebar"><h4>Most read</h4><ul><li>Markets fall on trade fears</li></ul></div>
</body></html>"""

NOT_AN_ARTICLE = """<html><head><title>Page not found | Daily Example</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav><p>Sorry, this page could not be found.</p>
<footer>© 2019 Daily Example</footer></body></html>"""


def _jsonl(rows):
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows)


def _csv(header, rows):
    import io
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


MEDIA_CLOUD = [
    {"stories_id": 1101, "title": "Tariff talks stall in Geneva", "media_name": "Example Times",
     "publish_date": "2019-03-14 09:30:00", "url": "https://times.example/a",
     "text": "GENEVA (Reuters) - Talks between the European Union and the United States on steel "
             "tariffs stalled on Thursday, officials said.\n\n\"There is no deal yet,\" an EU "
             "diplomat said after the meeting.\n\nThe duties are scheduled to take effect in May."},
    {"stories_id": 1102, "title": "Carmakers fear retaliation", "media_name": "Example Post",
     "publish_date": "2019-03-15T08:00:00Z", "text": WIRE},
]


@html
def test_html_pages_give_their_main_text_and_their_meta_tags(tmp_path):
    folder = write_corpus(tmp_path, {"wave.html": BROADCASTER, "blog.htm": BLOG})
    found = export_twice_and_audit(folder, tmp_path)     # every block of the page accounted for
    wave = found.articles.set_index("article_id").loc["wave"]
    assert (wave.headline, wave.outlet, wave.published, wave.dateline, wave.url) == (
        "EU hits back at US steel tariffs", "Example Wave", "2019-03-12", "BRUSSELS",
        "https://wave.example/eu-steel")
    assert wave.source_file == "corpus/wave.html"
    assert wave.text == "\n\n".join([BODY_1, BODY_2, BODY_3])
    removed = found.removed_lines[found.removed_lines["article_id"] == "wave"]
    reasons = dict(zip(removed["text"], removed["reason"]))
    assert reasons["Home | Business | Trade"] == "navigation"
    assert reasons["Read more: Why the steel dispute matters for Europe"] == "related link"
    assert reasons["By Jane Smith"] == "byline"
    assert reasons["Copyright 2019 Example Wave. All rights reserved."] == "credit"
    assert reasons["US and China trade blows"] == "outside article"
    assert reasons["EU hits back at US steel tariffs | Business | Example Wave"] == "metadata line"
    assert not any("tracking" in t for t in removed["text"])     # scripts are not page text
    blog = found.articles.set_index("article_id").loc["blog"]
    assert (blog.headline, blog.outlet, blog.published) == (
        "Steel quotas explained", "Trade Monitor", "2019-03-20")
    assert "share_buttons" not in blog.text and "Most read" not in blog.text


@html
def test_an_html_page_without_an_article_is_one_problem_and_the_rest_loads(tmp_path):
    folder = write_corpus(tmp_path, {"gone.html": NOT_AN_ARTICLE, "wave.html": BROADCASTER})
    corpus = load_corpus(folder)
    assert list(corpus.articles["article_id"]) == ["wave"]
    said = [w for w in corpus.warnings if w.startswith("corpus/gone.html")]
    assert len(said) == 1 and "no article found in the HTML page" in said[0]


def test_a_media_cloud_jsonl_export_gives_one_article_per_row(tmp_path):
    folder = write_corpus(tmp_path, {"stories.jsonl": _jsonl(MEDIA_CLOUD)})
    found = export_twice_and_audit(folder, tmp_path)
    arts = found.articles.set_index("article_id")
    assert list(arts.index) == ["stories-1101", "stories-1102"]     # the stories_id column
    first = arts.loc["stories-1101"]
    # the export's columns win over the text's Reuters credit; the dateline is still read
    assert (first.headline, first.outlet, first.published, first.url, first.dateline) == (
        "Tariff talks stall in Geneva", "Example Times", "2019-03-14", "https://times.example/a",
        "GENEVA")
    assert first.source_file == "corpus/stories.jsonl#1"
    assert first.text.startswith("Talks between the European Union")
    second = arts.loc["stories-1102"]
    assert (second.outlet, second.published, second.dateline) == ("Example Post", "2019-03-15", "MOSCOW")
    assert second.source_file == "corpus/stories.jsonl#2"


def test_a_csv_export_maps_the_usual_column_names_and_numbers_rows_without_an_id(tmp_path):
    rows = [["Brussels readies list", "BRUSSELS - The Commission will publish its list of U.S. "
             "goods next week, a spokesman said on Friday.\n\nRead more: What tariffs mean for "
             "you\n\nCopyright 2019 The Associated Press. All rights reserved.", "AP", "2019-03-08",
             "https://ap.example/1"],
            ["Second story", WIRE, "Xinhua", "May 5, 2019", ""]]
    folder = write_corpus(tmp_path, {"wire export.csv": _csv(
        ["Title", "Content", "Outlet", "Date", "Link"], rows)})
    found = export_twice_and_audit(folder, tmp_path)
    arts = found.articles.set_index("article_id")
    assert list(arts.index) == ["wire export-1", "wire export-2"]     # file stem + row number
    assert tuple(arts.loc["wire export-1", ["headline", "outlet", "published", "url"]]) == (
        "Brussels readies list", "AP", "2019-03-08", "https://ap.example/1")
    assert arts.loc["wire export-1", "text"] == ("The Commission will publish its list of U.S. "
                                                 "goods next week, a spokesman said on Friday.")
    assert arts.loc["wire export-2", "published"] == "2019-05-05"
    assert arts.loc["wire export-2", "source_file"] == "corpus/wire export.csv#2"


def test_bad_rows_and_exports_are_one_line_each_and_the_rest_loads(tmp_path):
    folder = write_corpus(tmp_path, {
        "a.jsonl": _jsonl([MEDIA_CLOUD[0], "{not json", "[1, 2]", {"title": "no text", "text": ""},
                           {**MEDIA_CLOUD[1], "publish_date": "sometime"}]),
        "b.csv": "name,value\nx,1\n",
        "c.txt": WIRE,
    })
    corpus = load_corpus(folder)
    # an id column with a value missing (line 4 has none): row numbers for the whole export
    assert list(corpus.articles["article_id"]) == ["a-1", "a-5", "c"]
    said = corpus.warnings
    assert [w for w in said if w.startswith("corpus/a.jsonl line 2:")][0].count("not JSON") == 1
    assert any(w.startswith("corpus/a.jsonl line 3:") and "not an object" in w for w in said)
    assert any(w.startswith("corpus/a.jsonl line 4:") and "no article text" in w for w in said)
    assert any(w.startswith("corpus/a.jsonl line 5:") and "'sometime' is not a date" in w for w in said)
    assert [w for w in said if w.startswith("corpus/b.csv")] == [
        "corpus/b.csv: no text column (looked for text, content, body, story_text, full_text, "
        "article_text; found name, value); not read as an export of articles"]
    undated = corpus.articles.set_index("article_id").loc["a-5"]
    assert undated.published == ""


@html
def test_mixed_folder_with_manifest_winning_over_columns_and_meta_tags(tmp_path):
    folder = write_corpus(tmp_path, {
        "page.txt": WIRE, "wave.html": BROADCASTER, "stories.jsonl": _jsonl(MEDIA_CLOUD),
        "manifest.csv": "file,outlet,published,url,notes\n"
                        "wave.html,Wave Online,2019-03-13,,\n"
                        "stories.jsonl#2,The Post,,,one row of an export\n"
                        "stories.jsonl,Times Group,,,the whole export\n"})
    found = export_twice_and_audit(folder, tmp_path)
    arts = found.articles.set_index("article_id")
    assert list(arts.index) == ["page", "stories-1101", "stories-1102", "wave"]
    assert arts.loc["wave", "outlet"] == "Wave Online" and arts.loc["wave", "published"] == "2019-03-13"
    assert arts.loc["stories-1102", "outlet"] == "The Post"
    assert arts.loc["stories-1101", "outlet"] == "Times Group"
    assert arts.loc["stories-1101", "published"] == "2019-03-14"   # not in the manifest: the column
    problems = " ".join(found.problems["problem"])
    assert "manifest gives outlet 'Wave Online', the page says 'Example Wave'" in problems
    assert "not in the folder" not in problems


def test_parallel_runs_write_the_same_bytes_for_a_mixed_folder(tmp_path):
    pages = {"page.txt": WIRE, "stories.jsonl": _jsonl(MEDIA_CLOUD),
             "wire.csv": _csv(["title", "body"], [["One", WIRE], ["Two", MEDIA_CLOUD[0]["text"]]])}
    if _trafilatura_imports():
        pages["wave.html"] = BROADCASTER
    folder = write_corpus(tmp_path, pages)
    from analysis.pipeline import export
    export(folder, tmp_path / "one")
    export(folder, tmp_path / "two", workers=2)
    for path in (tmp_path / "one").glob("*.csv"):
        assert path.read_bytes() == (tmp_path / "two" / path.name).read_bytes(), path.name


def test_jobs_are_one_per_article_and_manifest_csv_is_not_an_export(tmp_path):
    folder = write_corpus(tmp_path, {"x.jsonl": _jsonl(MEDIA_CLOUD), "y.txt": WIRE,
                                     "manifest.csv": "file,outlet,published,url,notes\n"})
    _, problems, jobs = corpus_sources(folder)
    assert [job[3] for job in jobs] == ["x-1101", "x-1102", "y"]
    assert problems == []


def test_a_folder_of_unreadable_exports_only_is_no_corpus(tmp_path):
    folder = write_corpus(tmp_path, {"notes.md": "nothing"})
    with pytest.raises(CorpusError, match="no article files"):
        load_corpus(folder)


def test_an_export_row_whose_id_a_page_has_is_renamed_with_a_warning(tmp_path):
    folder = write_corpus(tmp_path, {"a-1.txt": WIRE, "a.csv": _csv(["text"], [[WIRE]])})
    corpus = load_corpus(folder)
    assert sorted(corpus.articles["article_id"]) == ["a-1", "a.csv#1"]
    assert any("article id 'a-1' is taken" in w for w in corpus.warnings)


@html
def test_lists_and_tables_of_an_html_article_stay_in_its_text(tmp_path):
    page = (f"<html><head><title>Tariffs</title></head><body><article><h1>What the tariffs cover"
            f"</h1><p>{BODY_1}</p><ul><li>Steel and aluminium</li><li>Motorcycles and "
            f"<b>jeans</b></li></ul><table><tr><td>Goods</td><td>2.8 billion euros</td></tr>"
            f"</table><p>{BODY_3}</p></article><footer>About us</footer></body></html>")
    folder = write_corpus(tmp_path, {"list.html": page})
    found = export_twice_and_audit(folder, tmp_path)
    text = found.articles.iloc[0].text
    for item in ("Steel and aluminium", "Motorcycles and jeans", "Goods", "2.8 billion euros"):
        assert item in text, item
    removed = dict(zip(found.removed_lines["text"], found.removed_lines["reason"]))
    assert removed == {"Tariffs": "metadata line", "About us": "outside article"}


def test_a_seed_page_as_an_export_row_gives_the_same_article_as_the_page(tmp_path):
    """The same page read from a .txt file and from an export's text column: same text,
    headline, outlet, date and audit; only id and source differ."""
    from analysis.paths import SEEDS
    pages = sorted(SEEDS.glob("*.txt"))
    rows = [{"text": p.read_text(encoding="utf-8")} for p in pages]
    folder = write_corpus(tmp_path, {"seeds.jsonl": _jsonl(rows)})
    as_rows = load_corpus(folder, manifest=False)
    as_pages = load_corpus(SEEDS, manifest=False)
    columns = ["headline", "outlet", "published", "dateline", "dateline_date", "text", "n_words"]
    assert as_rows.articles[columns].equals(as_pages.articles[columns])
    assert list(as_rows.removed["reason"]) == list(as_pages.removed["reason"])
    assert list(as_rows.articles["source_file"]) == [f"corpus/seeds.jsonl#{i}" for i in range(1, 6)]
