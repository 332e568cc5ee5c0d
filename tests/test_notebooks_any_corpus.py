"""Every notebook runs on any corpus and says nothing about the seeds' story there.

Two studies written for these tests (tests/studies/): ``one_article`` is a bare folder with one
undated local-news article (no quotes, no dates, no study.toml, no codebooks), and
``harbour_strike`` has four articles from a wire service and a newspaper about a dock strike,
with quotes, a date window in study.toml and its own ``actors.csv`` and ``camps.csv``. The whole
report runs on each (as ``python -m analysis report --corpus DIR`` does), into temporary folders.
"""
import json
import re
from html.parser import HTMLParser

import pytest

from analysis import paths, report

STUDIES = paths.REPO_ROOT / "tests" / "studies"
#: Words of the seeds' story: none may appear in a report on another story.
SEED_WORDS = ("Venezuela", "Maduro", "Guaidó", "Guaido", "Caracas", "Xinhua", "CGTN", "teleSUR",
              "defapress", "Lavrov", "Pompeo", "2019")


class _VisibleText(HTMLParser):
    """The text a reader of the HTML sees (style sheets and scripts left out)."""

    def __init__(self):
        super().__init__()
        self.skip, self.parts = 0, []

    def handle_starttag(self, tag, attrs):
        self.skip += tag in ("style", "script")

    def handle_endtag(self, tag):
        self.skip -= tag in ("style", "script")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


@pytest.fixture(scope="module", params=["one_article", "harbour_strike"])
def study_report(request, tmp_path_factory):
    tmp = tmp_path_factory.mktemp(request.param)
    html = report.run_report(STUDIES / request.param, out=tmp / "reports",
                             figures_dir=tmp / "figures", tables_dir=tmp / "tables",
                             progress=None)
    return request.param, tmp, html


def _executed(tmp):
    return {p.name: json.loads(p.read_text(encoding="utf-8"))
            for p in sorted((tmp / "reports").glob("*.ipynb"))}


def test_every_notebook_ran_without_an_error(study_report):
    _, tmp, html = study_report
    executed = _executed(tmp)
    assert sorted(executed) == [p.name for p in report.notebooks_in_order()]
    assert html.is_file()
    for name, nb in executed.items():
        errors = [o for c in nb["cells"] for o in c.get("outputs", []) if o["output_type"] == "error"]
        assert not errors, name


def test_the_report_mentions_nothing_of_the_seeds_story(study_report):
    _, tmp, html = study_report
    parser = _VisibleText()
    parser.feed(html.read_text(encoding="utf-8"))
    text = " ".join(parser.parts)
    for nb in _executed(tmp).values():   # the Markdown as written, and every output
        for cell in nb["cells"]:
            text += "".join(cell["source"])
            for output in cell.get("outputs", []):
                text += json.dumps(output.get("data", {}).get("text/markdown", ""))
                text += json.dumps(output.get("data", {}).get("text/plain", ""))
                text += "".join(output.get("text", ""))
    found = {w for w in SEED_WORDS if re.search(re.escape(w), text, re.IGNORECASE)}
    assert not found, found


def test_empty_cases_are_said_in_a_sentence(study_report):
    """The one-article study has no quotes, no dates, no reuse, no frames: each is said so."""
    name, tmp, _ = study_report
    said = " ".join("".join(o["data"]["text/markdown"]) for nb in _executed(tmp).values()
                    for c in nb["cells"] for o in c.get("outputs", [])
                    if "text/markdown" in o.get("data", {}))
    if name == "one_article":
        for what in ("no quotation or reported statement", "no passage of 10 words",
                     "no frame word", "no day that an article refers to",
                     "One article is not a comparison", "no quote gold", "no contested name",
                     "No voice gold covers this corpus"):
            assert what in said, what
        assert not (tmp / "figures" / "compare_timeline.png").exists()
        assert not (tmp / "figures" / "quotes_by_camp.png").exists()
        assert not (tmp / "figures" / "compare_outlet_profile.png").exists()
        assert not (tmp / "figures" / "framing_fightin_words.png").exists()
        assert not (tmp / "figures" / "contested_terms.png").exists()
    else:
        assert "The dock strike at Port Elwyn" in said            # title from study.toml
        assert "2023-03-01 to 2023-03-12" in said                 # its date window
        assert "4 articles from 2 outlets are a case study" in said
        assert (tmp / "figures" / "compare_timeline.png").exists()
        assert (tmp / "figures" / "quotes_by_camp.png").exists()
        assert "no contested name" in said and "No voice gold covers this corpus" in said
        assert not (tmp / "figures" / "contested_terms.png").exists()   # no contests codebook
