"""``python -m analysis suggest``: four drafts in CORPUS/codebooks/suggested/, every row marked for
review, rewritten whole and byte-identical on a rerun; a researcher's own file is never touched."""
import pytest

from analysis.cli import main
from analysis.codebooks import ACTOR_COLUMNS, read_codebook
from analysis.suggest.write import MARK, write_suggestions
from tests.helpers import write_corpus
from tests.suggest.conftest import MANIFEST, TIMES, WIRE_1, WIRE_2

NAMES = ["actors.csv", "contests.csv", "frames.csv", "outlets.csv"]


@pytest.fixture
def study(tmp_path):
    return write_corpus(tmp_path, {"wire_1.txt": WIRE_1, "wire_2.txt": WIRE_2,
                                   "times.txt": TIMES, "manifest.csv": MANIFEST}, name="study")


def errors(capsys):
    return [line for line in capsys.readouterr().err.splitlines() if line.startswith("error:")]


def test_the_command_writes_four_drafts_for_review(study, tmp_path, capsys):
    tables_dir = tmp_path / "tables"
    assert main(["suggest", "--corpus", str(study), "--tables", str(tables_dir)]) == 0
    out = study / "codebooks" / "suggested"
    assert sorted(p.name for p in out.iterdir()) == NAMES
    first = {name: (out / name).read_bytes() for name in NAMES}
    for data in first.values():
        text = data.decode("utf-8")
        assert text.startswith(MARK + "\n")
        assert "# review: empty = not reviewed yet. Write keep, edit or drop" in text
    actors = read_codebook(out / "actors.csv", required=ACTOR_COLUMNS + ["review"])
    assert list(actors.columns[:len(ACTOR_COLUMNS)]) == ACTOR_COLUMNS
    assert "Marta Kellan" in set(actors["name"]) and set(actors["review"]) == {""}
    contests = read_codebook(out / "contests.csv", required=["contest", "side", "term"])
    assert list(contests.columns[:3]) == ["contest", "side", "term"]
    # a rerun replaces the files with the same bytes and leaves nothing else behind
    assert main(["suggest", "--corpus", str(study), "--tables", str(tables_dir)]) == 0
    assert {name: (out / name).read_bytes() for name in NAMES} == first
    assert sorted(p.name for p in (study / "codebooks").iterdir()) == ["suggested"]


def test_a_researcher_s_codebook_is_never_overwritten(study, tmp_path, capsys):
    own = study / "codebooks"
    own.mkdir()
    (own / "actors.csv").write_text("id,name,aliases,type,country,affiliation,camp\n",
                                    encoding="utf-8")
    code = main(["suggest", "--corpus", str(study), "--tables", str(tmp_path / "t"),
                 "--out", str(own)])
    assert code == 2
    assert len(errors(capsys)) == 1
    assert (own / "actors.csv").read_text(encoding="utf-8") == \
        "id,name,aliases,type,country,affiliation,camp\n"
    assert sorted(p.name for p in own.iterdir()) == ["actors.csv"]


def test_missing_or_empty_corpus_is_one_error_line(tmp_path, capsys):
    assert main(["suggest", "--corpus", str(tmp_path / "nowhere")]) == 2
    found = errors(capsys)
    assert len(found) == 1 and "nowhere" in found[0]
    (tmp_path / "empty").mkdir()
    assert main(["suggest", "--corpus", str(tmp_path / "empty"),
                 "--tables", str(tmp_path / "t")]) == 2
    found = errors(capsys)
    assert len(found) == 1 and "empty" in found[0]
    assert not (tmp_path / "empty" / "codebooks").exists()


def test_the_seeds_drafts_are_the_same_bytes_twice(seed_tables, tmp_path):
    write_suggestions(seed_tables, tmp_path / "a")
    write_suggestions(seed_tables, tmp_path / "b")
    write_suggestions(seed_tables, tmp_path / "b")
    for name in NAMES:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a", "b"]   # no lock, no temporary folder
