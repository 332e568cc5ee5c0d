"""The README's layout table names every module of the package (issue 11: one line per module),
so a newcomer finds each job's room from the README."""
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_module_has_a_line_in_the_readme_layout():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    # the first cell of every table row, where the layout table names its modules
    named = {name for line in readme.splitlines() if line.startswith("| `")
             for name in re.findall(r"`([^`]+)`", line.split("|")[1])}
    modules = [p.relative_to(ROOT / "analysis").as_posix()
               for p in sorted((ROOT / "analysis").rglob("*.py"))
               if p.name not in ("__init__.py", "__main__.py")]
    missing = [m for m in modules if m not in named]
    assert not missing, f"add a line to the README's layout table for: {missing}"
