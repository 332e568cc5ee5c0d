"""The report runner: parameters reach the notebooks, outputs land where asked, failures are one line."""
import json
import sys
from html.parser import HTMLParser

import nbformat
import pytest

from analysis import paths, report


def _notebook(*sources, parameters='CORPUS = "seeds"'):
    nb = nbformat.v4.new_notebook()
    nb.cells.append(nbformat.v4.new_markdown_cell("# A tiny notebook\n\nWritten by the test."))
    if parameters is not None:
        cell = nbformat.v4.new_code_cell(parameters)
        cell.metadata["tags"] = ["parameters"]
        nb.cells.append(cell)
    nb.cells.extend(nbformat.v4.new_code_cell(s) for s in sources)
    return nb


GOOD = (
    "import sys\nfrom analysis import paths\nfrom analysis.plots import style\n"
    "print('kernel', sys.executable)\nprint('corpus', CORPUS, paths.resolve(CORPUS).is_dir())",
    "import os\nfrom analysis import tables\nt = tables.load(CORPUS)\n"
    "print('tables from', os.environ['ANALYSIS_TABLES_DIR'] == str(t.tables_dir), len(t.articles))",
    "fig, ax = style.new_figure()\nax.plot([1, 2], [3, 5])\n"
    "style.save(fig, 'tiny_line', {'x': [1, 2], 'y': [3, 5]});",
)


class _Images(HTMLParser):
    def __init__(self):
        super().__init__()
        self.figures, self.scripts = [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "img" and attrs.get("src", "").startswith("data:image/png;base64,"):
            self.figures.append(attrs.get("data-figure"))
        if tag == "script" and attrs.get("src"):
            self.scripts.append(attrs["src"])


@pytest.fixture(scope="module")
def good_run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("report")
    book = tmp / "01_tiny.ipynb"
    nbformat.write(_notebook(*GOOD), book)
    lines = []
    html = report.run_report("seeds", out=tmp / "out", figures_dir=tmp / "fig",
                             tables_dir=tmp / "tab", notebooks=[book], progress=lines.append)
    return tmp, html, lines


def test_inject_parameters_goes_right_after_the_parameters_cell():
    nb = _notebook("x = 1", parameters='CORPUS = "seeds"\nTOP = 5')
    injected, at = report.inject_parameters(nb, {"CORPUS": "/data/other corpus"})
    assert at == 2
    assert injected.cells[2].metadata["tags"] == ["injected-parameters"]
    assert "CORPUS = '/data/other corpus'" in injected.cells[2].source
    assert injected.cells[3].source == "x = 1"
    assert len(nb.cells) == 3, "the original notebook is not modified"
    nb = _notebook("x = 1", parameters=None)
    injected, at = report.inject_parameters(nb, {"CORPUS": "seeds"})
    assert at == 0 and injected.cells[1].cell_type == "markdown"


def test_report_runs_in_this_python_with_injected_corpus(good_run):
    tmp, html, lines = good_run
    executed = nbformat.read(tmp / "out" / "01_tiny.ipynb", as_version=4)
    printed = "".join(o.get("text", "") for c in executed.cells for o in c.get("outputs", []))
    assert f"kernel {sys.executable}" in printed
    assert "corpus seeds True" in printed
    assert [line.split(" done in ")[0] for line in lines] == ["[1/2] tables ...",
                                                              "[2/2] 01_tiny ..."]


def test_tables_are_exported_first_and_the_notebooks_read_them(good_run):
    tmp, _, _ = good_run
    assert {"articles.csv", "quotes.csv", "framing_hits.csv"} <= {
        p.name for p in (tmp / "tab").iterdir()}
    executed = nbformat.read(tmp / "out" / "01_tiny.ipynb", as_version=4)
    printed = "".join(o.get("text", "") for c in executed.cells for o in c.get("outputs", []))
    assert "tables from True 5" in printed


def test_figures_go_to_the_given_folder_and_into_the_html(good_run):
    tmp, html, _ = good_run
    assert sorted(p.name for p in (tmp / "fig").iterdir()) == [
        "tiny_line.csv", "tiny_line.pdf", "tiny_line.png", "tiny_line.svg"]
    assert html == tmp / "out" / "report.html"
    parser = _Images()
    parser.feed(html.read_text(encoding="utf-8"))
    assert parser.figures == ["tiny_line"]
    assert parser.scripts == [], "the report must not load scripts from the web"


def test_executed_notebook_has_no_timing_metadata_and_stable_ids(good_run):
    tmp, _, _ = good_run
    raw = json.loads((tmp / "out" / "01_tiny.ipynb").read_text(encoding="utf-8"))
    assert all("execution" not in c["metadata"] for c in raw["cells"])
    assert [c["id"] for c in raw["cells"]] == [f"cell-{i}" for i in range(len(raw["cells"]))]
    assert "iopub" not in json.dumps(raw)


def test_failing_cell_is_one_line_naming_notebook_and_cell(tmp_path, capsys):
    book = tmp_path / "02_broken.ipynb"
    nbformat.write(_notebook("total = 1", "# share of quotes\nshare = total / 0", "print('never')"),
                   book)
    status = report.main(["--notebooks", str(book), "--out", str(tmp_path / "out"),
                          "--figures", str(tmp_path / "fig"), "--no-tables"])
    err = capsys.readouterr().err
    assert status == 1
    assert err.count("\n") == 1 and "Traceback" not in err
    # cell 4 as the author counts it: markdown, parameters, 'total = 1', the failing one
    assert err.strip() == ('error: ' + str(book.resolve()) +
                           ' cell 4 ("# share of quotes"): ZeroDivisionError: division by zero')
    kept = nbformat.read(tmp_path / "out" / "02_broken.ipynb", as_version=4)
    assert any(o.output_type == "error" for c in kept.cells for o in c.get("outputs", []))


def test_missing_corpus_or_notebook_is_one_line(tmp_path, capsys):
    with pytest.raises(report.ReportError, match="no-such-corpus: corpus not found"):
        report.run_report("no-such-corpus", out=tmp_path, notebooks=[], export=False)
    assert report.main(["--notebooks", str(tmp_path / "nope.ipynb")]) == 1
    assert capsys.readouterr().err.strip().endswith("nope.ipynb: notebook not found")


def test_notebooks_are_found_in_name_order(tmp_path):
    for name in ["03_c.ipynb", "01_a.ipynb", "02_b.ipynb", "scratch.ipynb"]:
        nbformat.write(_notebook(), tmp_path / name)
    assert [p.name for p in report.notebooks_in_order(tmp_path)] == [
        "01_a.ipynb", "02_b.ipynb", "03_c.ipynb"]
    assert report.notebooks_in_order() == sorted(paths.NOTEBOOKS.glob("0*.ipynb"))
