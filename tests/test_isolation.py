"""One bad file never costs the others; no table grows with a text's length times its rows
(issue 17)."""
from analysis import tables
from analysis.corpus.paragraphs import LONGEST_SENTENCE
from analysis.pipeline import analyse_article
from tests.helpers import WIRE, export_twice_and_audit, write_corpus


def test_a_file_that_takes_too_long_is_one_problem_and_the_run_goes_on(tmp_path):
    folder = write_corpus(tmp_path, {n: WIRE.replace("Sunday", n[0]) for n in ("a.txt", "b.txt", "c.txt")})
    # a limit no file can meet: every file fails alone, each with its one problem row
    found = export_twice_and_audit(folder, tmp_path, file_timeout=1e-6)
    assert found.articles.empty and found.quotes.empty and found.reuse.empty
    assert found.problems.values.tolist() == [
        [f"corpus/{n}", "could not be analysed (FileTimeout: took longer than 1e-06 s); left out"]
        for n in ("a.txt", "b.txt", "c.txt")]
    assert export_twice_and_audit(folder, tmp_path / "again").articles["article_id"].tolist() == \
        ["a", "b", "c"]


def test_a_run_of_text_without_a_sentence_end_is_split_into_bounded_sentences(tmp_path):
    page = "MOSCOW, May 5 (Xinhua) -- " + "said " * 2000 + "\n"
    found = analyse_article(page)
    sentences = found["sentences"]
    assert sentences["text"].str.len().max() <= LONGEST_SENTENCE
    assert " ".join(sentences["text"]) == found["articles"]["text"].iloc[0]
    path = tmp_path / "said.txt"
    path.write_text(page, encoding="utf-8")
    export_twice_and_audit(path, tmp_path, manifest=False)


def test_a_long_sentence_cell_is_cut_with_a_marker():
    long = "x" * 5000
    cut = tables.bounded_sentence(long)
    assert cut.startswith("x" * tables.MAX_SENTENCE) and cut.endswith("[…cut: 5,000 characters]")
    assert tables.bounded_sentence("short") == "short"


def test_many_quotes_in_a_long_paragraph_do_not_multiply_the_sentence(tmp_path):
    page = "MOSCOW, May 5 (Xinhua) -- " + "\"a " * 3000 + "\n"
    found = analyse_article(page)
    for name in ("quotes", "hedges"):
        assert (found[name]["sentence"].str.len() <= tables.MAX_SENTENCE + 40).all()


def test_a_huge_paragraph_is_read_by_punkt_in_pieces_and_nothing_is_lost():
    page = "MOSCOW, May 5 (Xinhua) -- " + "The U.S. envoy spoke. " * 3000 + "\n"
    found = analyse_article(page)
    text = found["articles"]["text"].iloc[0]
    sentences = found["sentences"]
    assert (sentences["text"] == [text[a:b] for a, b in zip(sentences["start"], sentences["end"])]).all()
    assert "".join(text[a:b] for a, b in zip(sentences["start"], sentences["end"])).replace(" ", "") \
        == text.replace(" ", "")
    assert sentences["text"].str.len().max() < 100   # split into its sentences, pieces or not
