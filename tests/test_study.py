"""A study folder: study.toml read with one line per problem, codebooks looked up in the study
first, and a bare folder of pages analysed with the package's general codebooks only."""
import datetime as dt

from analysis import codebooks, study
from analysis.cli import main
from analysis.paths import SEEDS
from analysis.pipeline import run

from .helpers import write_corpus

# A steel-tariff story in wire style, nothing to do with the seeds' story.
STEEL = ("BRUSSELS, March 12 (Reuters) - The European Commission said on Tuesday it would "
         "impose duties on U.S. steel. \"We will respond firmly,\" Trade Commissioner Anna Weber "
         "told reporters.\n\nWashington called the move a \"regrettable escalation\" of the dispute.\n")


def test_the_seeds_are_the_first_study():
    seeds = study.read(SEEDS)
    assert seeds.problems == ()
    assert seeds.outlets == ("Xinhua", "CGTN", "teleSUR", "defapress")
    assert (seeds.start, seeds.end) == (dt.date(2019, 4, 30), dt.date(2019, 5, 10))
    assert seeds.quote_gold is not None and seeds.quote_gold.exists()
    assert (seeds.codebooks / "actors.csv").exists()


def test_a_bare_folder_is_a_study_with_the_defaults(tmp_path):
    corpus = write_corpus(tmp_path, {"steel.txt": STEEL})
    bare = study.read(corpus)
    assert (bare.title, bare.outlets, bare.start, bare.quote_gold, bare.problems) == \
        ("", (), None, None, ())
    assert bare.name == corpus.name
    with study.active(corpus):
        # no actors, frames or key events of any story; camps: "other" only
        assert codebooks.load_actors().empty
        assert codebooks.load_frames().empty
        assert codebooks.load_facts().empty
        assert codebooks.camps() == ["other"]
        # the general codebooks are there
        assert not codebooks.load_verbs().empty


def test_the_seeds_codebooks_do_not_leak_into_another_corpus(tmp_path):
    corpus = write_corpus(tmp_path, {"steel.txt": STEEL.replace("Anna Weber", "Sergei Lavrov")})
    tables = run(corpus)
    assert set(tables["quotes"]["camp"]) <= {""}             # no seed camp for "Sergei Lavrov"
    assert not tables["quotes"]["speaker_id"].str.fullmatch("lavrov").any()
    assert tables["framing_hits"].empty and tables["shared_facts"].empty


def test_a_study_codebook_replaces_the_packages_file_of_that_name(tmp_path):
    corpus = write_corpus(tmp_path, {"steel.txt": STEEL})
    (corpus / "codebooks").mkdir()
    (corpus / "codebooks" / "frames.csv").write_text(
        "frame,term,match,notes\nescalation,escalation,stem,\nescalation,retaliate,stem,\n",
        encoding="utf-8")
    hits = run(corpus)["framing_hits"]
    assert list(hits["term"]) == ["escalation"]
    # a study's codebooks folder is not a page folder: no problem is reported for it
    assert run(corpus)["problems"].empty


def test_each_problem_of_study_toml_is_one_line_and_the_rest_loads(tmp_path):
    corpus = write_corpus(tmp_path, {"steel.txt": STEEL})
    (corpus / "study.toml").write_text(
        'title = "Steel tariffs"\ncolour = "red"\nstart = "2019-13-45"\noutlets = ["Reuters"]\n',
        encoding="utf-8")
    found = study.read(corpus)
    assert found.title == "Steel tariffs" and found.outlets == ("Reuters",)
    assert found.start is None
    assert [p for _, p in found.problems] == [
        "unknown key 'colour' ignored (known: title, question, outlets, colours, start, end, "
        "quote_gold, voice_gold)",
        "key 'start' ignored: '2019-13-45' is not a date (YYYY-MM-DD)"]
    problems = run(corpus)["problems"]
    assert list(problems["file"]) == [f"{corpus.name}/study.toml"] * 2
    assert len(run(corpus)["articles"]) == 1


def test_a_study_toml_that_is_not_toml_gives_the_defaults_and_one_line(tmp_path, capsys):
    corpus = write_corpus(tmp_path, {"steel.txt": STEEL})
    (corpus / "study.toml").write_text('title = "unclosed\n', encoding="utf-8")
    assert main(["export", "--corpus", str(corpus), "--out", str(tmp_path / "out")]) == 0
    warnings = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
    assert len(warnings) == 1 and warnings[0].startswith(f"warning: {corpus.name}/study.toml: "
                                                         "not readable as TOML")


def test_a_missing_or_empty_study_folder_exits_2_with_one_error_line(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    for folder in (tmp_path / "missing", tmp_path / "empty"):
        assert main(["export", "--corpus", str(folder), "--out", str(tmp_path / "out")]) == 2
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and err[0].startswith("error: "), err


def test_evaluate_takes_the_gold_the_study_names(tmp_path, capsys):
    corpus = write_corpus(tmp_path, {"steel.txt": STEEL})
    assert main(["evaluate", "--corpus", str(corpus)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: no gold file")
    assert main(["evaluate"]) == 0     # the seeds' study.toml names gold/quotes_gold.csv
    assert "gold/quotes_gold.csv" in capsys.readouterr().out
