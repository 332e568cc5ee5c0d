"""Scoring against gold: matching rules on small hand-made tables, and the seed acceptance test."""
import pandas as pd
import pytest

from analysis.codebooks import CodebookError
from analysis.paths import SEEDS
from analysis.quotes.evaluate import evaluate, load_gold, main, normalise, overlap, predict


def table(rows):
    return pd.DataFrame(rows, columns=["article_id", "quote", "kind", "speaker_id"])


def test_normalise_ignores_case_accents_marks_and_punctuation():
    assert normalise('“Guaidó’s  plan,” he said.') == ["guaido", "s", "plan", "he", "said"]


def test_overlap_is_relative_to_the_longer_quote():
    assert overlap("we are ready", '"We are ready,"') == 1.0
    assert overlap("ready", "we are ready to talk") == pytest.approx(0.2)
    assert overlap("a b c d", "x y z") == 0.0


def test_rows_without_reported_words_are_no_predictions():
    # "... Russia's support for Maduro" (stance) and "Putin, who discussed the situation" (topic)
    gold = table([("a", "the talks went well", "indirect", "lavrov")])
    pred = table([("a", "the talks went well", "indirect", "lavrov"),
                  ("a", "Maduro", "indirect", ""),
                  ("a", "the situation in the capital", "indirect", "putin")])
    pred["verb_class"] = ["neutral", "stance", "topic"]
    res = evaluate(pred, gold)["indirect"]
    assert (res["predicted"], res["matched"], res["precision"]) == (1, 1, 1.0)


def test_counts_precision_recall_speakers_and_misses():
    gold = table([("a", "We are ready to talk", "direct", "lavrov"),
                  ("a", "destabilizing", "partial", "pompeo"),
                  ("a", "the talks went well", "indirect", "lavrov"),
                  ("b", "never again", "partial", "maduro")])
    pred = table([("a", "We are ready to talk,", "direct", "lavrov"),       # match, right speaker
                  ("a", "destabilizing", "partial", "lavrov"),              # match, wrong speaker
                  ("a", "the talks went well", "indirect", "lavrov"),       # indirect match
                  ("b", "something else entirely", "partial", "maduro"),   # false positive
                  ("a", "never again", "partial", "maduro")])               # wrong article: FP
    res = evaluate(pred, gold)
    q = res["quoted"]
    assert (q["gold"], q["predicted"], q["matched"]) == (3, 4, 2)
    assert q["precision"] == pytest.approx(0.5) and q["recall"] == pytest.approx(2 / 3)
    assert q["speaker_accuracy"] == pytest.approx(0.5)
    assert q["span_and_speaker"] == pytest.approx(1 / 3)
    assert res["indirect"]["recall"] == 1.0
    assert list(res["false_negatives"]["quote"]) == ["never again"]
    assert len(res["false_positives"]) == 2
    assert list(res["wrong_speakers"]["gold_quote"]) == ["destabilizing"]


def test_one_gold_quote_matches_one_prediction_only():
    gold = table([("a", "we will win", "partial", "x")])
    pred = table([("a", "we will win", "partial", "x"), ("a", "we will win", "partial", "x")])
    res = evaluate(pred, gold)
    assert res["quoted"]["matched"] == 1 and len(res["false_positives"]) == 1


def test_indirect_clause_cannot_match_a_quoted_fragment():
    gold = table([("a", "destabilizing", "partial", "x")])
    pred = table([("a", 'the role is "destabilizing" for us', "indirect", "x")])
    assert evaluate(pred, gold)["quoted"]["matched"] == 0


def test_bad_gold_file_is_one_clear_error(tmp_path):
    path = tmp_path / "gold.csv"
    path.write_text("article_id,quote,kind,speaker_id\na,hello there,quoted,x\n")
    with pytest.raises(CodebookError, match=r"gold.csv:2: 'quoted' in column 'kind'"):
        load_gold(path)
    assert main(["--gold", str(tmp_path / "missing.csv")]) == 2


def test_seed_extraction_meets_the_acceptance_thresholds(corpus):
    """Gold annotated by hand from the seed texts (gold/README.md); thresholds from the brief."""
    gold = load_gold()
    assert set(gold["article_id"]) == set(corpus.articles["article_id"])
    res = evaluate(predict(SEEDS), gold)
    q, ind = res["quoted"], res["indirect"]
    assert q["precision"] >= 0.95 and q["recall"] >= 0.95
    assert q["span_and_speaker"] >= 0.95
    assert ind["recall"] >= 0.9 and ind["speaker_accuracy"] >= 0.9
