"""The methods appendix on the seeds, with a coded sample: every section, real examples, escaped."""
from html.parser import HTMLParser

from analysis import codebooks
from analysis.cli import main
from analysis.validate import document as doc

from .conftest import fill_from_key


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.text, self.tags = [], set()

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)

    def handle_data(self, data):
        self.text.append(data)


def test_appendix_from_the_seeds_and_a_coded_sample(quotes_sample, seed_tables_env, tmp_path):
    fill_from_key(quotes_sample, "anna")
    out = tmp_path / "reports"
    assert main(["appendix", "--corpus", "seeds", "--coding", str(quotes_sample.parent),
                 "--out", str(out)]) == 0
    md = (out / "appendix.md").read_text(encoding="utf-8")
    for section in ("## Corpus", "## Pipeline: steps and parameters", "## Codebooks",
                    "## Validation", "## Software versions", "## Methods to cite"):
        assert section in md
    assert "5 articles" in md and "tool~anna" in md and "krippendorff | 0.9.0" in md
    for cite in ("Monroe, B. L., Colaresi", "Krippendorff, K. (2004)", "Kiss, T., & Strunk, J. (2006)",
                 "Trafilatura"):
        assert cite in md
    for frame in set(codebooks.load_frames()["frame"]):
        assert f"| {frame} |" in md
    for actor in codebooks.load_actors()["id"]:
        assert f"({actor})" in md
    for contest, side in set(zip(codebooks.load_contests()["contest"], codebooks.load_contests()["side"])):
        assert f"| {contest}: {side} |" in md
    assert "interim president" in md.split("### Contested names (contests.csv)")[1]
    # examples are sentences of the corpus, with outlet and article
    lavrov = next(line for line in md.splitlines() if "(lavrov)" in line)
    texts = [" ".join(t.split()) for t in seed_tables_env.articles["text"]]
    example, where = lavrov.split("\u201c")[1].split("\u201d ")
    assert any(example.rstrip("…") in t for t in texts)
    assert where.split(",")[0].strip("(") in set(seed_tables_env.articles["outlet"])
    parser = _Text()
    parser.feed((out / "appendix.html").read_text(encoding="utf-8"))
    assert {"table", "h1", "h2", "li"} <= parser.tags and "script" not in parser.tags


def test_no_coded_sheets_is_said_in_the_appendix(seed_tables_env, tmp_path):
    assert main(["appendix", "--coding", str(tmp_path / "none"), "--out", str(tmp_path)]) == 0
    assert "No coded sheets in" in (tmp_path / "appendix.md").read_text(encoding="utf-8")


def test_html_is_escaped():
    page = doc.to_html([doc.para("<script>alert(1)</script> & co"),
                        doc.table(["a|b"], [["<i>x</i>"]])], "t")
    assert "<script>" not in page and "&lt;script&gt;" in page and "&lt;i&gt;" in page
    assert "a\\|b" in doc.to_markdown([doc.table(["a|b"], [])])
