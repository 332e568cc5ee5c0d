"""Filled sheets a coder might hand back broken: one clear line each, exit code 2, no traceback;
and the XLSX sheet with its drop-down lists."""
import shutil
import subprocess

import pandas as pd
import pytest
from openpyxl import load_workbook

from analysis.cli import main
from analysis.codebooks import CONTENT_CLASSES, VERB_CLASSES
from analysis.validate.sample import escape_cell
from analysis.validate.sheets import read_cells

from .conftest import fill_from_key, read_csv


def _break(path, how):
    sheet = read_csv(path)
    if how == "unknown code":
        sheet.loc[3, "code_kind"] = "dirct"
    elif how == "deleted row":
        sheet = sheet.drop(index=5)
    elif how == "renamed column":
        sheet = sheet.rename(columns={"code_camp": "camp"})
    elif how == "duplicated id":
        sheet = pd.concat([sheet, sheet.iloc[[2]]])      # a row pasted twice
    if how == "empty file":
        path.write_text("", encoding="utf-8")
    else:
        sheet.to_csv(path, index=False)
    return path


EXPECTED = {"unknown code": "row 5, code_kind: 'dirct' is not one of direct, partial, indirect, mention",
            "deleted row": "1 unit(s) of the key are missing",
            "renamed column": "column 'code_camp' is missing",
            "duplicated id": "row 32: unit_id",
            "empty file": "the file is empty"}


@pytest.mark.parametrize("how", list(EXPECTED))
def test_bad_sheet_is_one_line_and_exit_2(quotes_sample, tmp_path, capsys, how):
    good = fill_from_key(quotes_sample, "anna")
    bad = _break(fill_from_key(quotes_sample, "ben"), how)
    capsys.readouterr()
    code = main(["agreement", "--key", f"{quotes_sample}.key.csv", str(good), str(bad),
                 "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2
    assert len(err) == 1, err
    assert err[0].startswith(f"error: {bad}") and EXPECTED[how] in err[0], err[0]
    assert not (tmp_path / "out" / "agreement.csv").exists()


def test_every_problem_of_every_file_is_reported(quotes_sample, tmp_path, capsys):
    one = _break(fill_from_key(quotes_sample, "anna"), "unknown code")
    two = _break(fill_from_key(quotes_sample, "ben"), "empty file")
    code = main(["agreement", "--key", f"{quotes_sample}.key.csv", str(one), str(two),
                 "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 2
    assert str(one) in err[0] and str(two) in err[1]


def test_cells_that_look_like_formulas_are_escaped_and_read_back(tmp_path):
    assert escape_cell("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert escape_cell("-- said Lavrov") == "'-- said Lavrov"
    assert escape_cell("Lavrov said") == "Lavrov said"
    path = tmp_path / "sheet.csv"
    path.write_text("unit_id,unit\nquotes-1,'=1+1\nquotes-2,'it is'\n", encoding="utf-8")
    assert list(read_cells(path)["unit"]) == ["=1+1", "'it is'"]


def test_xlsx_has_drop_downs_from_the_codebooks_and_wrapped_context(quotes_sample):
    path = quotes_sample.with_name(quotes_sample.name + ".xlsx")
    book = load_workbook(path)
    ws, codes = book["coding"], book["codes"]
    header = [c.value for c in ws[1]]
    assert header == list(read_csv(f"{quotes_sample}.csv").columns)
    lists = {}
    for rule in ws.data_validations.dataValidation:
        column = str(rule.sqref).split(":")[0].rstrip("0123456789")
        letter = rule.formula1.split("!")[1].split(":")[0].strip("$").rstrip("0123456789").strip("$")
        values = [c.value for c in codes[letter][1:] if c.value is not None]
        lists[header[ws[column + "1"].column - 1]] = (rule.type, values)
    assert lists["code_is_statement"] == ("list", ["yes", "no"])
    assert lists["code_kind"] == ("list", ["direct", "partial", "indirect", "mention"])
    assert set(lists["code_verb_class"][1]) == VERB_CLASSES | CONTENT_CLASSES | {"none"}
    assert "Sergei Lavrov" in lists["code_speaker"][1]
    context = header.index("context") + 1
    assert ws.cell(row=2, column=context).alignment.wrap_text
    assert ws.cell(row=2, column=context).value == read_csv(f"{quotes_sample}.csv")["context"][0]


def test_filled_xlsx_gives_the_same_agreement_as_csv(quotes_sample, tmp_path):
    key = read_csv(f"{quotes_sample}.key.csv").set_index("unit_id")
    path = quotes_sample.with_name(quotes_sample.name + ".xlsx")
    book = load_workbook(path)
    ws = book["coding"]
    header = [c.value for c in ws[1]]
    for row in ws.iter_rows(min_row=2):
        unit = row[0].value
        for i, name in enumerate(header):
            if name.startswith("code_"):
                row[i].value = key.at[unit, name[5:]]
    filled = quotes_sample.with_name(quotes_sample.name + ".carla.xlsx")
    book.save(filled)
    out = tmp_path / "out"
    assert main(["agreement", "--key", f"{quotes_sample}.key.csv", str(filled), "--out", str(out)]) == 0
    table = read_csv(out / "agreement.csv")
    assert set(table["pair"]) == {"tool~carla", "tool~majority"}
    assert (table["agreement"].astype(float) == 1.0).all()


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
def test_xlsx_opens_in_libreoffice(quotes_sample, tmp_path):
    path = quotes_sample.with_name(quotes_sample.name + ".xlsx")
    done = subprocess.run(["soffice", "--headless", "--convert-to", "csv", "--outdir", str(tmp_path),
                           str(path)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    converted = read_csv(tmp_path / (quotes_sample.name + ".csv"))
    assert list(converted["unit_id"]) == list(read_csv(f"{quotes_sample}.csv")["unit_id"])
