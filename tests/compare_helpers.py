"""Small corpora written on the spot for the source-comparison tests (reuse, sources, events, facts)."""
from analysis.pipeline import load_corpus


def write_corpus(folder, articles):
    """Write ``{file stem: (outlet, published, body)}`` as pages plus a manifest; load them.

    Each body is preceded by a headline line, as on a real page.
    """
    lines = ["file,outlet,published,url,notes"]
    for stem, (outlet, published, body) in articles.items():
        (folder / f"{stem}.txt").write_text(f"Headline of {stem} about the talks\n\n{body}\n",
                                            encoding="utf-8")
        lines.append(f"{stem}.txt,{outlet},{published},,")
    (folder / "manifest.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return load_corpus(folder)
