"""Run every numbered notebook on one corpus and bind the results into one HTML report.

Why: a researcher with a new folder of articles should get the whole analysis - executed notebooks,
figures, tables and a single report that opens anywhere - from one command,
``python -m analysis report --corpus DIR``, without opening Jupyter.

How: the tables are exported first (``python -m analysis export`` into the tables folder); then
``notebooks/0*.ipynb`` run in name order, each in a fresh kernel of the running Python (so the
venv's packages are used whatever kernelspecs a machine has), with the working directory
``notebooks/``. The corpus is passed papermill-style: a cell tagged ``injected-parameters`` is
inserted right after the cell tagged ``parameters`` and overrides ``CORPUS``. Folders reach the
kernels through environment variables (``ANALYSIS_TABLES_DIR``, read by ``analysis.tables.load``,
so the notebooks read the tables this report exported; ``ANALYSIS_FIGURES_DIR``, read by
``analysis.plots.style.save``), so absolute temporary paths never appear in the notebooks or the
report. A failing cell stops the run with one line naming notebook, cell and error (the executed
notebook, with the traceback, is kept next to the report for whoever wants it).
"""
from __future__ import annotations

import argparse
import copy
import html
import os
import subprocess
import sys
import time
from pathlib import Path

# nbformat (with jsonschema) is imported inside the functions that use it: every `python -m
# analysis` command, the export included, starts 1.3 s sooner (3.1 s -> 1.6 s).
from . import paths
from .paths import FIGURES_ENV
from .tables import TABLES_ENV

#: Which notebooks make up the report, in name order.
NOTEBOOK_GLOB = "0*.ipynb"
#: Name of the HTML report inside the output directory.
REPORT_NAME = "report.html"
#: Seconds a single cell may run before the report gives up on it.
CELL_TIMEOUT = 600


class ReportError(RuntimeError):
    """A report that cannot be completed; the message is one line meant for a person."""


def notebooks_in_order(notebooks_dir=None) -> list[Path]:
    """The report's notebooks (``0*.ipynb``), sorted by name so the numbers give the order."""
    folder = Path(notebooks_dir) if notebooks_dir is not None else paths.NOTEBOOKS
    return sorted(p for p in folder.glob(NOTEBOOK_GLOB) if p.is_file())


def _corpus_parameter(corpus) -> tuple[Path, str]:
    """The corpus as an absolute path, and as the string injected into the notebooks.

    A path given on the command line is relative to where the command runs; fall back to the
    repository root (``seeds``). Inside the repository the injected value stays relative, so the
    executed notebooks read the same on every machine.
    """
    given = Path(corpus).expanduser()
    path = given.resolve() if given.exists() else paths.resolve(given).resolve()
    if not path.exists():
        raise ReportError(f"{corpus}: corpus not found (neither here nor in {paths.REPO_ROOT})")
    try:
        shown = path.relative_to(paths.REPO_ROOT.resolve()).as_posix()
    except ValueError:
        shown = str(path)
    return path, shown


def inject_parameters(nb, params: dict):
    """Insert a cell tagged ``injected-parameters`` assigning ``params`` after the ``parameters`` cell.

    Returns ``(notebook, index)`` where index is the new cell's position. Without a ``parameters``
    cell the assignments go first. Values are written with ``repr``, so they must be literals.
    """
    import nbformat
    nb = copy.deepcopy(nb)
    lines = ["# Parameters injected by analysis.report"]
    lines += [f"{key} = {value!r}" for key, value in params.items()]
    cell = nbformat.v4.new_code_cell("\n".join(lines))
    cell.metadata["tags"] = ["injected-parameters"]
    cell.pop("id", None)
    position = 0
    for i, existing in enumerate(nb.cells):
        if "parameters" in existing.get("metadata", {}).get("tags", []):
            position = i + 1
            break
    nb.cells.insert(position, cell)
    _number_cell_ids(nb)
    return nb, position


def _number_cell_ids(nb) -> None:
    # Stable ids (not random uuids) so executed notebooks do not change between runs.
    if nb.nbformat == 4 and nb.nbformat_minor >= 5:
        for i, cell in enumerate(nb.cells):
            cell["id"] = f"cell-{i}"


def _this_python_kernel_manager():
    """A kernel manager for ipykernel in *this* interpreter, whatever kernelspecs are installed.

    A ``python3`` kernelspec in a user's Jupyter folder may point at another Python; the report
    must use the venv it was started from, which has the project installed.
    """
    from ipykernel.kernelspec import RESOURCES, get_kernel_dict
    from jupyter_client.kernelspec import KernelSpec, KernelSpecManager
    from jupyter_client.manager import AsyncKernelManager

    class ThisPythonSpecs(KernelSpecManager):
        def get_kernel_spec(self, kernel_name, *args, **kwargs):
            return KernelSpec(resource_dir=RESOURCES, **get_kernel_dict())

    return AsyncKernelManager(kernel_name="python3", kernel_spec_manager=ThisPythonSpecs())


def _shown(path: Path) -> str:
    """A path as a person would type it: relative to the repository when inside it."""
    path = Path(path).resolve()
    try:
        return path.relative_to(paths.REPO_ROOT.resolve()).as_posix()
    except ValueError:
        return str(path)


def _first_line(source: str) -> str:
    for line in source.splitlines():
        if line.strip():
            line = line.strip()
            return line if len(line) <= 60 else line[:57] + "..."
    return ""


def _failure_line(notebook: Path, nb, injected_at: int, err: Exception) -> str:
    """One line: notebook, cell number as the author sees it (1-based, without the injected cell),
    the cell's first line and the error."""
    failed = None
    for i, cell in enumerate(nb.cells):
        if cell.cell_type == "code" and any(o.get("output_type") == "error"
                                            for o in cell.get("outputs", [])):
            failed = i
    ename = getattr(err, "ename", None) or type(err).__name__
    evalue = getattr(err, "evalue", None)
    if evalue is None:
        evalue = str(err).strip().splitlines()[-1] if str(err).strip() else ""
    error = f"{ename}: {evalue}" if evalue else ename
    error = " ".join(error.split())
    name = _shown(notebook)
    if failed is None:
        return f"{name}: {error}"
    if failed == injected_at:
        return f"{name}: injected parameters cell: {error}"
    number = failed + (0 if failed > injected_at else 1)
    return f'{name} cell {number} ("{_first_line(nb.cells[failed].source)}"): {error}'


def execute_notebook(notebook: Path, params: dict, env: dict | None = None,
                     timeout: int = CELL_TIMEOUT, after_run=None):
    """Execute one notebook in a fresh kernel with ``params`` injected; return the executed copy.

    Raises ``ReportError`` (one line) when a cell fails; the partly executed notebook is attached
    as the exception's ``notebook`` attribute. ``after_run(client)``, if given, is called once
    every cell has run, while the kernel still runs (the tests re-run every cell there).
    """
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

    notebook = Path(notebook)
    try:
        original = nbformat.read(notebook, as_version=4)
    except Exception as exc:  # unreadable JSON, wrong format
        raise ReportError(f"{_shown(notebook)}: cannot read notebook: "
                          f"{' '.join(str(exc).split())}") from None
    nb, injected_at = inject_parameters(original, params)
    kernel_env = dict(os.environ if env is None else env)
    # The kernel must import this very checkout of `analysis`, even if it is not installed.
    kernel_env["PYTHONPATH"] = os.pathsep.join(
        [str(paths.REPO_ROOT)] + [p for p in kernel_env.get("PYTHONPATH", "").split(os.pathsep)
                                  if p])
    try:
        client = NotebookClient(
            nb,
            km=_this_python_kernel_manager(),
            timeout=timeout,
            record_timing=False,  # no per-cell timestamps in the executed notebook
            resources={"metadata": {"path": str(notebook.parent)}},
        )
        # The kernel's own stderr (transport warnings) is noise here; errors inside cells come
        # back as cell outputs and end up in the one-line message and the executed notebook.
        # The kernel is shut down when the block ends, after ``after_run``.
        with client.setup_kernel(env=kernel_env, stderr=subprocess.DEVNULL, cleanup_kc=True):
            client.execute(cleanup_kc=False)   # the kernel stays up for after_run
            if after_run is not None:
                after_run(client)
    except (CellExecutionError, CellTimeoutError, DeadKernelError) as exc:
        if isinstance(exc, CellTimeoutError):
            exc = RuntimeError(f"cell timed out after {timeout} s")
        error = ReportError(_failure_line(notebook, nb, injected_at, exc))
        error.notebook = nb
        raise error from None
    except Exception as exc:  # kernel failed to start, etc.
        error = ReportError(f"{_shown(notebook)}: {type(exc).__name__}: "
                            f"{' '.join(str(exc).split())}")
        error.notebook = nb
        raise error from None
    _strip_volatile_metadata(nb)
    return nb


def _strip_volatile_metadata(nb) -> None:
    for cell in nb.cells:
        cell.get("metadata", {}).pop("execution", None)
    nb.metadata.pop("widgets", None)


_REPORT_TEMPLATE = r"""
{%- extends 'lab/index.html.j2' -%}
{#- No scripts from the web: the report must open offline. -#}
{%- block html_head_js_requirejs -%}{%- endblock html_head_js_requirejs -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{%- block extra_css -%}
<style type="text/css">
body.jp-Notebook { max-width: 60rem; margin: 0 auto; }
details.report-code > summary { cursor: pointer; color: #666; font-size: 85%; margin: 0.2em 0; }
.jp-OutputArea-output img { max-width: 100%; height: auto; }
/* wide tables scroll sideways instead of being cut off at the page's edge */
.jp-RenderedHTMLCommon table { display: block; max-width: 100%; overflow-x: auto; }
figure.report-figure { margin: 0.5em 0; }
figure.report-figure figcaption { color: #666; font-size: 80%; font-family: monospace; }
</style>
{%- endblock extra_css -%}
{%- block data_png scoped -%}
{%- if output.metadata.get('figure') -%}
{%- set width = output | get_metadata('width', 'image/png') -%}
<div class="jp-RenderedImage jp-OutputArea-output {{ extra_class }}">
<figure class="report-figure">
<img src="data:image/png;base64,{{ output.data['image/png'] | escape_html }}"
 alt="Figure {{ output.metadata.figure | escape_html }}"
 data-figure="{{ output.metadata.figure | escape_html }}"
{%- if width is not none %} width="{{ width | escape_html }}"{% endif %}>
<figcaption>{{ output.metadata.figure | escape_html }} (.pdf .svg .png .csv)</figcaption>
</figure>
</div>
{%- else -%}
{{ super() }}
{%- endif -%}
{%- endblock data_png -%}
{%- block input_group -%}
<details class="report-code"><summary>code</summary>
{{ super() }}
</details>
{%- endblock input_group -%}
"""


def _combined_notebook(executed: list[tuple[str, object]], corpus_shown: str):
    """All executed notebooks in order behind a short cover cell, as one notebook to export."""
    import nbformat
    # a folder or notebook name is text, not markup: escaped before it enters the Markdown
    toc = "\n".join(f"{i}. {html.escape(name)}" for i, (name, _) in enumerate(executed, 1))
    shown = html.escape(corpus_shown)
    cover = nbformat.v4.new_markdown_cell(
        f"# Report on corpus <code>{shown}</code>\n\n"
        f"Produced by <code>python -m analysis report --corpus {shown}</code>, which runs these "
        f"notebooks in order (code is folded under each *code* marker):\n\n{toc}\n\n"
        "Figures are written as PDF, SVG, PNG and CSV (the values plotted) to the figures "
        "folder; tables to the tables folder.")
    combined = nbformat.v4.new_notebook()
    combined.metadata["title"] = f"Report on corpus {corpus_shown}"
    combined.cells.append(cover)
    combined.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                       "language": "python"}
    combined.metadata["language_info"] = {"name": "python"}
    for _, nb in executed:
        combined.cells.extend(copy.deepcopy(nb.cells))
    _number_cell_ids(combined)
    return combined


def write_html(combined, path: Path) -> Path:
    """Export a notebook to one self-contained HTML file (images inline as data URIs, code folded)."""
    from jinja2 import DictLoader
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(
        template_name="lab",
        extra_loaders=[DictLoader({"report.html.j2": _REPORT_TEMPLATE})],
        template_file="report.html.j2",
        exclude_input_prompt=True,
        exclude_output_prompt=True,
        embed_images=True,
    )
    body, _ = exporter.from_notebook_node(combined, resources={"metadata": {"name": "report"}})
    path.write_text(body, encoding="utf-8")
    return path


def _export_tables(corpus_path: Path, out_dir: Path) -> None:
    from .pipeline import export  # the tables the notebooks read
    export(corpus_path, out_dir)


def _say(progress, message: str, end: bool) -> None:
    """Progress on one line per step when ``progress`` is ``print``; whole lines otherwise."""
    if progress is None:
        return
    if progress is print:
        print(message, end="\n" if end else " ", flush=True)
    elif end:
        progress(message)


def run_report(corpus="seeds", out=None, figures_dir=None, tables_dir=None, progress=print,
               notebooks=None, export=True, timeout: int = CELL_TIMEOUT, after_run=None) -> Path:
    """Export the tables of ``corpus``, execute the notebooks on them, write the notebooks and
    ``report.html`` to ``out``; return the HTML.

    ``out`` defaults to reports/, ``figures_dir`` to figures/ and ``tables_dir`` to tables/ of the
    repository. ``notebooks`` (a list of paths) replaces notebooks/0*.ipynb, e.g. in tests.
    ``export=False`` skips the export step (a notebook that loads tables still exports them when
    they are missing or stale). ``after_run(notebook, client)`` is called after each notebook
    ran, while its kernel still runs. Raises ``ReportError`` with one line on failure.
    """
    import nbformat
    corpus_path, corpus_shown = _corpus_parameter(corpus)
    out = paths.resolve(out) if out is not None else paths.REPORTS
    fig_dir = paths.resolve(figures_dir) if figures_dir is not None else paths.FIGURES
    tab_dir = paths.resolve(tables_dir) if tables_dir is not None else paths.TABLES
    books = [Path(p) for p in notebooks] if notebooks is not None else notebooks_in_order()
    if not books:
        raise ReportError(f"no notebooks matching {NOTEBOOK_GLOB} in {paths.NOTEBOOKS}")
    for folder in (out, fig_dir, tab_dir):
        folder.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    env[FIGURES_ENV] = str(fig_dir.resolve())
    env[TABLES_ENV] = str(tab_dir.resolve())
    # Inline figures even when the caller runs headless with MPLBACKEND=Agg (CI, pytest).
    env["MPLBACKEND"] = "module://matplotlib_inline.backend_inline"
    env["PYDEVD_DISABLE_FILE_VALIDATION"] = "1"  # silence a debugger warning on frozen modules

    steps = len(books) + (1 if export else 0)
    if export:
        label = f"[1/{steps}] tables ..."
        _say(progress, label, end=False)
        started = time.monotonic()
        try:
            _export_tables(corpus_path, tab_dir)
        except Exception as exc:
            if progress is print:
                print("failed", flush=True)
            raise ReportError(f"export tables: {type(exc).__name__}: "
                              f"{' '.join(str(exc).split())}") from None
        _say(progress, f"{'' if progress is print else label + ' '}done in "
                       f"{time.monotonic() - started:.0f} s", end=True)
    executed = []
    for i, book in enumerate(books, steps - len(books) + 1):
        label = f"[{i}/{steps}] {book.stem} ..."
        _say(progress, label, end=False)
        started = time.monotonic()
        try:
            nb = execute_notebook(book, {"CORPUS": corpus_shown}, env=env, timeout=timeout,
                                  after_run=None if after_run is None
                                  else lambda client, book=book: after_run(book, client))
        except ReportError as exc:
            if progress is print:
                print("failed", flush=True)
            partial = getattr(exc, "notebook", None)
            if partial is not None:
                nbformat.write(partial, out / book.name)
            raise
        nbformat.write(nb, out / book.name)
        executed.append((book.stem, nb))
        _say(progress, f"{'' if progress is print else label + ' '}done in "
                       f"{time.monotonic() - started:.0f} s", end=True)
    html = write_html(_combined_notebook(executed, corpus_shown), out / REPORT_NAME)
    return html


def add_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The ``report`` options, shared by ``python -m analysis report`` and ``python -m analysis.report``."""
    parser.add_argument("--corpus", default="seeds",
                        help="folder of articles: .txt, .html pages, .jsonl, .csv exports (default: seeds)")
    parser.add_argument("--out", default=None,
                        help="folder for executed notebooks and report.html (default: reports/)")
    parser.add_argument("--figures", default=None, help="folder for figures (default: figures/)")
    parser.add_argument("--tables", default=None, help="folder for tables (default: tables/)")
    parser.add_argument("--notebooks", nargs="+", default=None, metavar="NOTEBOOK",
                        help="run only these notebooks, in the order given "
                             "(default: notebooks/0*.ipynb)")
    parser.add_argument("--no-tables", action="store_true",
                        help="skip the export step (notebooks still export missing or stale tables)")
    return parser


def run(args) -> int:
    """Run the report for parsed ``args``: 0 on success, 1 with one ``error:`` line otherwise."""
    from .corpus.listing import CorpusError, corpus_files
    try:
        corpus_files(args.corpus)
    except CorpusError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    notebooks = None
    if args.notebooks:
        notebooks = [Path(n) if Path(n).exists() else paths.resolve(n) for n in args.notebooks]
        missing = [str(n) for n in notebooks if not n.is_file()]
        if missing:
            print(f"error: {missing[0]}: notebook not found", file=sys.stderr)
            return 1
    # output folders typed on the command line are taken from the current folder, as export's
    out, figures, tables_dir = (Path(d).absolute() if d else None
                                for d in (args.out, args.figures, args.tables))
    try:
        html = run_report(args.corpus, out=out, figures_dir=figures,
                          tables_dir=tables_dir, progress=print, notebooks=notebooks,
                          export=not args.no_tables)
    except ReportError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"report: {html}")
    return 0


def main(argv=None) -> int:
    """``python -m analysis.report ...``: the same as ``python -m analysis report ...``."""
    from .cli import main as analysis_main
    return analysis_main(["report", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    sys.exit(main())
