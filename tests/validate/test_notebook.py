"""Notebook 06 on coded sheets (the report itself runs it without any: see test_notebooks.py)."""
import os

from analysis import paths, report, tables

from .conftest import fill_from_key

KINDS = ["direct", "partial", "indirect", "mention"]


def _text(nb):
    out = []
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            out.append(output.get("text", "") + str(output.get("data", {}).get("text/plain", "")))
            out.append(str(output.get("data", {}).get("text/markdown", "")))
    return "\n".join(out)


def test_notebook_06_shows_alpha_intervals_and_disagreements(quotes_sample, seed_tables):
    fill_from_key(quotes_sample, "anna")
    fill_from_key(quotes_sample, "ben", lambda i, var, code:
                  KINDS[(KINDS.index(code) + 1) % 4] if var == "kind" and i % 3 == 0 else code)
    env = dict(os.environ, **{tables.TABLES_ENV: str(seed_tables.tables_dir)})
    nb = report.execute_notebook(paths.NOTEBOOKS / "06_validation.ipynb",
                                 {"CORPUS": "seeds", "CODING": str(quotes_sample.parent),
                                  "RESAMPLES": 100}, env=env)
    shown = _text(nb)
    assert "1 coded sample(s)" in shown
    assert "coders: anna, ben" in shown
    assert "alpha_low" in shown and "tool~majority" in shown and "reliable" in shown
    assert "disagreement(s)" in shown and "No coded sheets" not in shown
