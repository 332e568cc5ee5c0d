"""No page, manifest or codebook can put live markup into report.html (issue 17): hostile strings
go through the export, the findings table, every table's display and a figure caption, and the
HTML written holds them only as text."""
import shutil
from html.parser import HTMLParser

import nbformat
import pytest

from analysis.paths import SEEDS

from analysis import report, tables
from analysis.compare.findings import outlet_findings
from analysis.compare.reuse_kinds import reuse_by_outlet
from analysis.pipeline import export
from analysis.plots.findings import findings_html
from tests.helpers import WIRE, write_corpus

PAGE_TEXT = "<img src=x onerror=alert(1)>"
MANIFEST_OUTLET = "<script>alert(2)</script>"
ACTOR = "<b onmouseover=alert(3)>Sergei Lavrov</b>"
FIGURE = "<svg onload=alert(4)>"
CORPUS_NAME = "<iframe src=javascript:alert(5)>"
HOSTILE = [PAGE_TEXT, MANIFEST_OUTLET, ACTOR, FIGURE, CORPUS_NAME]


class _Markup(HTMLParser):
    """Every tag and attribute the browser would build from the HTML."""

    def __init__(self):
        super().__init__()
        self.tags, self.attributes = set(), set()

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.attributes.update(name for name, _ in attrs)


@pytest.fixture
def hostile_tables(tmp_path, monkeypatch):
    corpus = write_corpus(tmp_path, {"a.txt": WIRE.replace("the crisis", PAGE_TEXT),
                                     "b.txt": WIRE.replace("Sunday", "Monday")})
    books = corpus / "codebooks"              # the study's own codebooks: the seeds', one edited
    shutil.copytree(SEEDS / "codebooks", books)
    actors = books / "actors.csv"
    actors.write_text(actors.read_text(encoding="utf-8").replace(
        "lavrov,Sergei Lavrov,", f"lavrov,\"{ACTOR}\",", 1), encoding="utf-8")
    (corpus / "manifest.csv").write_text(
        f"file,outlet,published,url,notes\nb.txt,{MANIFEST_OUTLET},2019-05-06,,\n", encoding="utf-8")
    export(corpus, tmp_path / "tables")
    return tables.read(tmp_path / "tables")


def test_hostile_strings_reach_the_report_as_text_only(hostile_tables, tmp_path):
    t = hostile_tables
    assert MANIFEST_OUTLET in set(t.articles["outlet"])
    assert t.quotes["quote"].str.contains(PAGE_TEXT, regex=False).any()
    assert ACTOR in set(t.quotes["speaker"])
    summary = outlet_findings(t.outlet_profile, t.quotes, t.cited_sources,
                              reuse_by_outlet(t.reuse, t.articles),
                              t.framing_profile, t.actor_labels)
    outputs = [nbformat.v4.new_output("display_data", {"text/html": findings_html(summary)})]
    for name in tables.TABLE_NAMES:   # every table as a notebook displays it
        frame = getattr(t, name)
        outputs.append(nbformat.v4.new_output(
            "display_data", {"text/html": frame._repr_html_(), "text/plain": repr(frame)}))
    outputs.append(nbformat.v4.new_output(
        "display_data", {"image/png": "iVBORw0KGgo="}, metadata={"figure": FIGURE}))
    cell = nbformat.v4.new_code_cell("summary", outputs=outputs)
    book = nbformat.v4.new_notebook(cells=[cell])
    combined = report._combined_notebook([(f"{CORPUS_NAME}.ipynb", book)], CORPUS_NAME)
    page = report.write_html(combined, tmp_path / "report.html").read_text(encoding="utf-8")

    markup = _Markup()
    markup.feed(page)
    assert not any(a.startswith("on") for a in markup.attributes)
    assert not {"iframe", "svg", "b"} & markup.tags
    for hostile in HOSTILE:
        assert hostile not in page
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in page   # shown, as text
    scripts = page.count("<script")
    plain = report.write_html(report._combined_notebook([("x.ipynb", nbformat.v4.new_notebook())],
                                                        "seeds"), tmp_path / "plain.html")
    assert scripts == plain.read_text(encoding="utf-8").count("<script")   # no script added
