"""Every notebook cell can be run a second time in the same kernel and shows the same result.

Researchers re-run cells while they read; a cell that appends to a list, renames a column in
place or draws onto an old figure would show something else the second time.
"""
import os

import nbformat
import pytest
from nbclient import NotebookClient

from analysis import paths, report

NOTEBOOKS = sorted(paths.NOTEBOOKS.glob("0*.ipynb"))


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


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_cell_runs_twice_with_the_same_result(path, tmp_path):
    nb = nbformat.read(path, as_version=4)
    env = dict(os.environ, ANALYSIS_FIGURES_DIR=str(tmp_path),
               MPLBACKEND="module://matplotlib_inline.backend_inline")
    client = NotebookClient(nb, km=report._this_python_kernel_manager(), timeout=600,
                            resources={"metadata": {"path": str(paths.NOTEBOOKS)}})
    with client.setup_kernel(env=env):
        for index, cell in enumerate(nb.cells):
            client.execute_cell(cell, index)
        first = [shown(cell) for cell in nb.cells]
        for index, cell in enumerate(nb.cells):
            client.execute_cell(cell, index)
        second = [shown(cell) for cell in nb.cells]
    changed = [i for i, (a, b) in enumerate(zip(first, second)) if a != b]
    assert not changed, f"{path.name}: cells {changed} show something else when run again"
