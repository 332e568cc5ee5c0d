"""The notebooks: committed clean, parameterised, and they run on the seeds into the report.

The notebooks are executed once per session, through ``run_report`` (each in a fresh kernel, into
temporary folders so the repository's figures/, tables/ and reports/ stay untouched). Right after
a notebook ran, every cell is run a second time in the same kernel: researchers re-run cells
while they read, and a cell that appends to a list, renames a column in place or draws onto an
old figure would show something else, or save other bytes, the second time. The tests then look
at what the run wrote.
"""
import ast
import base64
import copy
import json
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import nbformat
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
def test_figures_go_through_the_style_module(path):
    for cell in _code_cells(path):
        source = _source(cell)
        assert ".savefig(" not in source, f"{path.name}: use style.save, not savefig"
        assert "nltk.download" not in source


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebooks_read_the_tables(path):
    """Data come from ``tables.load`` and imports from ``analysis`` (plus display helpers)."""
    code = "\n".join(_source(c) for c in _code_cells(path))
    assert "tables.load(CORPUS)" in code, path.name
    for step in ("load_corpus(", "extract_quotes(", "find_reuse(", "framing_hits("):
        assert step not in code, f"{path.name} recomputes a table with {step}"
    for node in ast.walk(ast.parse(code)):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            module = node.module if isinstance(node, ast.ImportFrom) else node.names[0].name
            assert module.split(".")[0] in {"analysis", "pandas", "IPython"}, (path.name, module)


# ---------------------------------------------------------------- one run of the whole report

def shown(cell):
    """What a reader sees of a cell's outputs: text, and the size of each image."""
    seen = []
    for output in cell.get("outputs", []):
        if output["output_type"] == "stream":
            seen.append(output["text"])
        elif output["output_type"] == "error":
            seen.append(f"{output['ename']}: {output['evalue']}")
        elif "data" in output:
            data = output["data"]
            seen.append((data.get("text/plain", ""), len(data.get("image/png", ""))))
    return seen


class _ReportImages(HTMLParser):
    def __init__(self):
        super().__init__()
        self.images = {}  # figure name -> PNG bytes embedded

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        src = attrs.get("src", "")
        if tag == "img" and attrs.get("data-figure") and src.startswith("data:image/png;base64,"):
            self.images[attrs["data-figure"]] = base64.b64decode(src.split(",", 1)[1])


def _files(folder: Path, kinds) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.suffix[1:] in kinds}


@pytest.fixture(scope="session")
def report_run(tmp_path_factory):
    """One run of the whole report on the seeds; after each notebook, every cell runs again in
    its kernel. Meanwhile a second export of the tables runs in another process (its own hash
    seed), to compare with the report's."""
    tmp = tmp_path_factory.mktemp("report")
    folders = {"out": tmp / "reports", "figures_dir": tmp / "figures", "tables_dir": tmp / "tables"}
    again = {"tables": tmp / "tables_again"}
    export = subprocess.Popen([sys.executable, "-m", "analysis", "export", "--out",
                               str(again["tables"])], cwd=paths.REPO_ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def run_every_cell_again(book, client):
        first = list(client.nb.cells)   # execute_cell puts the cells it ran into client.nb
        saved = _files(folders["figures_dir"], KINDS)
        cells = copy.deepcopy(first)
        for index, cell in enumerate(cells):
            client.execute_cell(cell, index)
        again[book.name] = ([shown(c) for c in first], [shown(c) for c in cells],
                            saved, _files(folders["figures_dir"], KINDS))
        client.nb.cells = first      # the report keeps the first run's outputs

    try:
        html = report.run_report("seeds", progress=None, after_run=run_every_cell_again,
                                 **folders)
    finally:
        _, err = export.communicate(timeout=600)
    again["export"] = (export.returncode, err)
    return tmp, html, again


def _figure_names(folder: Path):
    return sorted({p.stem for p in folder.iterdir() if p.suffix[1:] in KINDS})


def test_every_notebook_ran_and_was_written(report_run):
    tmp, html, _ = report_run
    executed = sorted(p.name for p in (tmp / "reports").glob("*.ipynb"))
    assert executed == [p.name for p in report.notebooks_in_order()]
    for path in (tmp / "reports").glob("*.ipynb"):
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        errors = [o for c in cells for o in c.get("outputs", []) if o["output_type"] == "error"]
        assert not errors, path.name
        assert all("execution" not in c["metadata"] for c in cells), "timestamps in " + path.name


def test_at_least_eight_figures_each_in_four_formats(report_run):
    tmp, _, _ = report_run
    names = _figure_names(tmp / "figures")
    assert len(names) >= 8, names
    for name in names:
        for kind in KINDS:
            path = tmp / "figures" / f"{name}.{kind}"
            assert path.is_file() and path.stat().st_size > 0, path.name


def test_report_html_parses_and_embeds_every_saved_figure(report_run):
    tmp, html, _ = report_run
    assert html == tmp / "reports" / "report.html"
    parser = _ReportImages()
    parser.feed(html.read_text(encoding="utf-8"))
    parser.close()
    names = _figure_names(tmp / "figures")
    assert sorted(parser.images) == names
    for name in names:
        assert parser.images[name] == (tmp / "figures" / f"{name}.png").read_bytes(), name


def test_report_writes_the_export_tables(report_run):
    tmp, _, _ = report_run
    tables = {p.name for p in (tmp / "tables").glob("*.csv")}
    assert {"articles.csv", "sentences.csv", "removed_lines.csv", "quotes.csv"} <= tables
    executed = nbformat.read(tmp / "reports" / "01_corpus.ipynb", as_version=4)
    printed = "".join(o.get("text", "") for c in executed.cells for o in c.get("outputs", []))
    assert "5 articles from 4 outlets in 'seeds'" in printed


def test_figures_in_the_map(report_run):
    """figures/README.md names every figure the notebooks write."""
    tmp, _, _ = report_run
    readme = (paths.FIGURES / "README.md").read_text(encoding="utf-8")
    missing = [n for n in _figure_names(tmp / "figures") if f"`{n}`" not in readme]
    assert not missing, f"add to the figure map in figures/README.md: {missing}"


def test_figures_are_the_committed_ones(report_run):
    """The seeds give byte for byte the figures committed in figures/: a figure that changes
    on purpose is committed with the change (run ``make report``)."""
    tmp, _, _ = report_run
    written = _files(tmp / "figures", ("pdf", "svg", "csv"))
    committed = _files(paths.FIGURES, ("pdf", "svg", "csv"))
    assert sorted(written) == sorted(committed)
    changed = [name for name in written if written[name] != committed[name]]
    assert not changed, f"figures differ from figures/: {changed}"


@pytest.mark.parametrize("path", sorted(paths.NOTEBOOKS.glob("0*.ipynb")), ids=lambda p: p.stem)
def test_every_cell_runs_twice_with_the_same_result(report_run, path):
    _, _, again = report_run
    first, second, saved, resaved = again[path.name]
    changed = [i for i, (a, b) in enumerate(zip(first, second)) if a != b]
    assert not changed, f"{path.name}: cells {changed} show something else when run again"
    assert sorted(saved) == sorted(resaved)
    differ = [name for name in saved if name.endswith((".pdf", ".svg", ".csv"))
              and saved[name] != resaved[name]]
    assert not differ, f"{path.name}: figures saved again differ: {differ}"


def test_tables_exported_again_are_byte_identical(report_run):
    tmp, _, again = report_run
    status, err = again["export"]
    assert status == 0, err
    first, second = _files(tmp / "tables", ("csv",)), _files(again["tables"], ("csv",))
    assert sorted(first) == sorted(second)
    changed = [name for name in first if first[name] != second[name]]
    assert not changed, f"tables differ between two exports: {changed}"
