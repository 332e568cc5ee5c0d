"""Where things live, resolved from the repository root so notebooks work from any folder."""
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
REPO_ROOT = PACKAGE_DIR.parent
CODEBOOKS = PACKAGE_DIR / "codebooks"
SEEDS = REPO_ROOT / "seeds"
FIGURES = REPO_ROOT / "figures"
TABLES = REPO_ROOT / "tables"
REPORTS = REPO_ROOT / "reports"
NOTEBOOKS = REPO_ROOT / "notebooks"

#: Environment variable naming the directory figures are written to (see analysis/plots/style.py).
FIGURES_ENV = "ANALYSIS_FIGURES_DIR"


def resolve(path) -> Path:
    """A user path as given if it exists or is absolute, else relative to the repository root.

    A notebook started in ``notebooks/`` and one started at the root both find ``seeds/``.
    """
    p = Path(path).expanduser()
    if p.is_absolute() or p.exists():
        return p
    return REPO_ROOT / p
