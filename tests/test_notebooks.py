"""The notebooks: committed clean, parameterised, and they run on the seeds into the report.

The notebooks run once per session (through ``run_report``, each in a fresh kernel, into
temporary folders so the repository's figures/, tables/ and reports/ stay untouched); the tests
then look at what that run wrote.
"""
import ast
import base64
import json
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from analysis import paths, report

NOTEBOOKS = sorted(paths.NOTEBOOKS.glob("*.ipynb"))
KINDS = ("pdf", "svg", "png", "csv")


def _code_cells(path):
    return [c for c in json.loads(path.read_text(encoding="utf-8"))["cells"]
            if c["cell_type"] == "code"]


def _source(cell):
    return "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]


def test_there_are_notebooks():
    assert [p.name for p in NOTEBOOKS if p.name.startswith("01_")] == ["01_corpus.ipynb"]
    assert report.notebooks_in_order() == [p for p in NOTEBOOKS if p.name.startswith("0")]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_committed_without_outputs(path):
    for i, cell in enumerate(_code_cells(path)):
        assert cell.get("outputs") == [], f"{path.name}: code cell {i} has outputs"
        assert cell.get("execution_count") is None, f"{path.name}: code cell {i} was executed"
        assert "execution" not in cell.get("metadata", {}), f"{path.name}: timing metadata"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_first_code_cell_is_the_parameters_cell(path):
    cells = _code_cells(path)
    first = cells[0]
    assert "parameters" in first.get("metadata", {}).get("tags", []), path.name
    tree = ast.parse(_source(first))
    names = []
    for node in tree.body:
        assert isinstance(node, ast.Assign), f"{path.name}: parameters cell holds only assignments"
        ast.literal_eval(node.value)  # plain values only, so the report can override them
        names += [t.id for t in node.targets]
    assert "CORPUS" in names
    assert ast.literal_eval(tree.body[names.index("CORPUS")].value) == "seeds"
    tagged = [c for c in cells if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(tagged) == 1, f"{path.name}: exactly one parameters cell"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_figures_go_through_figures_save(path):
    for cell in _code_cells(path):
        source = _source(cell)
        assert ".savefig(" not in source, f"{path.name}: use figures.save, not savefig"
        assert "nltk.download" not in source


# ---------------------------------------------------------------- one run of the whole report

class _ReportImages(HTMLParser):
    def __init__(self):
        super().__init__()
        self.images = {}  # figure name -> PNG bytes embedded

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        src = attrs.get("src", "")
        if tag == "img" and attrs.get("data-figure") and src.startswith("data:image/png;base64,"):
            self.images[attrs["data-figure"]] = base64.b64decode(src.split(",", 1)[1])


def _folders(tmp: Path):
    return {"out": tmp / "reports", "figures_dir": tmp / "figures", "tables_dir": tmp / "tables"}


@pytest.fixture(scope="session")
def report_runs(tmp_path_factory):
    """Two independent runs of the whole report on the seeds, the second in a separate process
    (its own hash seed) started first so the two share the machine's cores."""
    first, second = tmp_path_factory.mktemp("run1"), tmp_path_factory.mktemp("run2")
    folders = _folders(second)
    other = subprocess.Popen(
        [sys.executable, "-m", "analysis.report", "--corpus", "seeds",
         "--out", str(folders["out"]), "--figures", str(folders["figures_dir"]),
         "--tables", str(folders["tables_dir"])],
        cwd=paths.REPO_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        html = report.run_report("seeds", progress=None, **_folders(first))
    finally:
        out, err = other.communicate(timeout=1200)
    return first, html, second, (other.returncode, err)


@pytest.fixture(scope="session")
def report_run(report_runs):
    first, html, _, _ = report_runs
    return first, html


def _figure_names(folder: Path):
    return sorted({p.stem for p in folder.iterdir() if p.suffix[1:] in KINDS})


def test_every_notebook_ran_and_was_written(report_run):
    tmp, html = report_run
    executed = sorted(p.name for p in (tmp / "reports").glob("*.ipynb"))
    assert executed == [p.name for p in report.notebooks_in_order()]
    for path in (tmp / "reports").glob("*.ipynb"):
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        errors = [o for c in cells for o in c.get("outputs", []) if o["output_type"] == "error"]
        assert not errors, path.name
        assert all("execution" not in c["metadata"] for c in cells), "timestamps in " + path.name


def test_at_least_eight_figures_each_in_four_formats(report_run):
    tmp, _ = report_run
    names = _figure_names(tmp / "figures")
    assert len(names) >= 8, names
    for name in names:
        for kind in KINDS:
            path = tmp / "figures" / f"{name}.{kind}"
            assert path.is_file() and path.stat().st_size > 0, path.name


def test_report_html_parses_and_embeds_every_saved_figure(report_run):
    tmp, html = report_run
    assert html == tmp / "reports" / "report.html"
    parser = _ReportImages()
    parser.feed(html.read_text(encoding="utf-8"))
    parser.close()
    names = _figure_names(tmp / "figures")
    assert sorted(parser.images) == names
    for name in names:
        assert parser.images[name] == (tmp / "figures" / f"{name}.png").read_bytes(), name


def test_report_writes_the_export_tables(report_run):
    tmp, _ = report_run
    tables = {p.name for p in (tmp / "tables").glob("*.csv")}
    assert {"articles.csv", "sentences.csv", "removed_lines.csv"} <= tables


def test_figures_in_the_map(report_run):
    """figures/README.md names every figure the notebooks write."""
    tmp, _ = report_run
    readme = (paths.FIGURES / "README.md").read_text(encoding="utf-8")
    missing = [n for n in _figure_names(tmp / "figures") if f"`{n}`" not in readme]
    assert not missing, f"add to the figure map in figures/README.md: {missing}"


def test_second_run_gives_byte_identical_figures_and_tables(report_runs):
    first, _, second, (status, err) = report_runs
    assert status == 0, err
    for folder, kinds in (("figures", ("pdf", "svg", "csv")), ("tables", ("csv",))):
        files = sorted(p.name for p in (first / folder).iterdir() if p.suffix[1:] in kinds)
        assert files == sorted(p.name for p in (second / folder).iterdir()
                               if p.suffix[1:] in kinds)
        changed = [f for f in files
                   if (first / folder / f).read_bytes() != (second / folder / f).read_bytes()]
        assert not changed, f"{folder} differ between two runs: {changed}"
