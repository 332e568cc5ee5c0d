"""Small corpora written on the spot for the source-comparison tests."""
import pytest

from analysis.pipeline import load_corpus


@pytest.fixture
def write_corpus(tmp_path):
    """``write({file stem: (outlet, published, body)})`` writes pages plus a manifest and loads
    them; each body is preceded by a headline line, as on a real page."""
    def write(articles):
        lines = ["file,outlet,published,url,notes"]
        for stem, (outlet, published, body) in articles.items():
            (tmp_path / f"{stem}.txt").write_text(f"Headline of {stem} about the talks\n\n{body}\n",
                                                  encoding="utf-8")
            lines.append(f"{stem}.txt,{outlet},{published},,")
        (tmp_path / "manifest.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
        return load_corpus(tmp_path)
    return write
