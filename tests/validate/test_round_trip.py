"""Sample → coded sheets → agreement on the seeds, alpha checked against the krippendorff package."""
import krippendorff
import numpy as np
import pytest

from analysis.cli import main
from analysis.quotes.evaluate import load_gold
from analysis.validate.sample import allocate, draw

from .conftest import fill_from_key, read_csv

QUOTE_VARS = ["is_statement", "speaker", "camp", "kind", "verb_class"]
KINDS = ["direct", "partial", "indirect", "mention"]


def test_sheet_and_key_have_the_issue_columns(quotes_sample, seed_tables_env):
    sheet, key = read_csv(f"{quotes_sample}.csv"), read_csv(f"{quotes_sample}.key.csv")
    assert list(sheet.columns) == ["unit_id", "article_id", "outlet", "context", "unit"] + \
        [f"code_{v}" for v in QUOTE_VARS]
    assert list(key.columns)[:6] == ["unit_id"] + QUOTE_VARS
    assert len(sheet) == 30 and list(sheet["unit_id"]) == list(key["unit_id"])
    assert (sheet[[f"code_{v}" for v in QUOTE_VARS]] == "").all().all()   # coders code blind
    quotes = seed_tables_env.quotes
    assert set(sheet["outlet"]) == set(quotes["outlet"])                  # every stratum drawn
    texts = dict(zip(seed_tables_env.articles["article_id"], seed_tables_env.articles["text"]))
    for row in sheet.itertuples():
        assert row.unit in texts[row.article_id]
        assert row.unit.strip()[:20] in row.context.replace("\n", " ")


def test_same_seed_same_units_other_seed_other_units(seed_tables):
    one = draw(seed_tables, "quotes", 20, seed=7, stratify="outlet")[0]
    again = draw(seed_tables, "quotes", 20, seed=7, stratify="outlet")[0]
    other = draw(seed_tables, "quotes", 20, seed=8, stratify="outlet")[0]
    assert list(one["unit_id"]) == list(again["unit_id"])
    assert list(one["unit_id"]) != list(other["unit_id"])


def test_allocation_is_proportional_and_capped():
    assert allocate({"a": 60, "b": 30, "c": 10}, 10) == {"a": 6, "b": 3, "c": 1}
    assert allocate({"a": 98, "b": 2}, 10) == {"a": 9, "b": 1}       # every stratum at least once
    assert allocate({"a": 3, "b": 50}, 10, equal=True) == {"a": 3, "b": 7}
    assert sum(allocate({"a": 5, "b": 5}, 100).values()) == 10


def test_recall_sample_of_sentences_has_both_strata(seed_tables):
    sheet, key = draw(seed_tables, "sentences", 20, seed=1, for_table="quotes")
    assert list(key.columns) == ["unit_id", "has_statement", "speaker", "weight"]
    assert (key["has_statement"] == "yes").sum() == 10 and (key["has_statement"] == "no").sum() == 10
    assert key["weight"].sum() == pytest.approx(len(seed_tables.sentences))
    assert list(sheet.columns)[-2:] == ["code_has_statement", "code_speaker"]
    no = key.loc[key["has_statement"] == "no", "unit_id"]
    assert (key.set_index("unit_id").loc[no, "speaker"] == "none").all()


def _agreement(prefix, *coded, tmp_path, extra=()):
    out = tmp_path / "agreement"
    code = main(["agreement", "--key", f"{prefix}.key.csv", *map(str, coded), "--out", str(out),
                 *extra])
    assert code == 0
    return read_csv(out / "agreement.csv")


def test_sheet_filled_from_the_key_agrees_perfectly(quotes_sample, tmp_path):
    anna = fill_from_key(quotes_sample, "anna")
    table = _agreement(quotes_sample, anna, tmp_path=tmp_path)
    assert list(table.columns) == ["variable", "pair", "n", "alpha", "agreement", "precision",
                                   "recall", "f1"]
    assert set(table["pair"]) == {"tool~anna", "tool~majority"}
    assert (table["n"].astype(int) == 30).all()
    assert (table["agreement"].astype(float) == 1.0).all()
    key = read_csv(f"{quotes_sample}.key.csv")
    for var in QUOTE_VARS:
        alphas = table.loc[table["variable"] == var, "alpha"]
        if key[var].nunique() > 1:                  # alpha is undefined for one value only
            assert (alphas.astype(float) == 1.0).all(), var
        else:
            assert (alphas == "").all(), var


def test_perturbed_coder_alpha_equals_the_krippendorff_package(quotes_sample, tmp_path):
    def change(i, var, code):
        if var == "kind" and i % 3 == 0:
            return KINDS[(KINDS.index(code) + 1) % len(KINDS)]
        if var == "camp" and i % 4 == 1:
            return "other" if code != "other" else "US government"
        return code
    anna = fill_from_key(quotes_sample, "anna")
    ben = fill_from_key(quotes_sample, "ben", change)
    table = _agreement(quotes_sample, anna, ben, tmp_path=tmp_path).set_index(["variable", "pair"])
    assert {"anna~ben", "tool~anna", "tool~ben", "tool~majority"} <= {p for _, p in table.index}
    key = read_csv(f"{quotes_sample}.key.csv")
    coded = read_csv(ben)
    for var in ("kind", "camp"):
        tool, coder = list(key[var]), list(coded[f"code_{var}"])
        values = sorted(set(tool) | set(coder))
        data = np.array([[values.index(v) for v in tool], [values.index(v) for v in coder]], float)
        expected = krippendorff.alpha(reliability_data=data, level_of_measurement="nominal")
        assert float(table.loc[(var, "tool~ben"), "alpha"]) == pytest.approx(expected, abs=1e-9)
        assert float(table.loc[(var, "anna~ben"), "alpha"]) == pytest.approx(expected, abs=1e-9)
        share = np.mean([a == b for a, b in zip(tool, coder)])
        assert float(table.loc[(var, "tool~ben"), "agreement"]) == pytest.approx(share)
        assert share < 1
        # two coders who disagree have no majority there: tool~majority counts fewer units
        assert int(table.loc[(var, "tool~majority"), "n"]) == sum(a == b for a, b in zip(tool, coder))


def test_precision_recall_of_a_yes_no_variable(seed_tables_env, tmp_path):
    prefix = tmp_path / "sentences_sample"
    assert main(["sample", "--table", "sentences", "--for", "quotes", "--n", "20",
                 "--out", str(prefix)]) == 0
    # the coder says every sentence the tool found holds a statement, and so do the first
    # two the tool passed over: two misses
    misses = []

    def change(i, var, code):
        if var == "has_statement" and code == "no" and len(misses) < 2:
            misses.append(i)
            return "yes"
        return code
    coder = fill_from_key(prefix, "anna", change)
    table = _agreement(prefix, coder, tmp_path=tmp_path).set_index(["variable", "pair"])
    key = read_csv(f"{prefix}.key.csv")
    weight = key["weight"].astype(float)
    found = weight[key["has_statement"] == "yes"].sum()
    missed = weight[key["has_statement"] == "no"].iloc[:2].sum()
    row = table.loc[("has_statement", "tool~anna")]
    assert float(row["precision"]) == 1.0
    assert float(row["recall"]) == pytest.approx(found / (found + missed))


def test_coded_sample_becomes_a_gold_file_for_evaluate(quotes_sample, tmp_path):
    anna = fill_from_key(quotes_sample, "anna")
    gold_path = tmp_path / "gold.csv"
    _agreement(quotes_sample, anna, tmp_path=tmp_path, extra=["--gold", str(gold_path)])
    gold = load_gold(gold_path)
    key = read_csv(f"{quotes_sample}.key.csv")
    assert len(gold) == (key["is_statement"] == "yes").sum()   # no mentions, beliefs, stances
    sheet = read_csv(f"{quotes_sample}.csv").set_index("unit_id")
    assert set(gold["quote"]) <= set(sheet["unit"])
    assert main(["evaluate", "--gold", str(gold_path)]) == 0
