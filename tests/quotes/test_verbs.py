"""The reporting-verb codebook: forms, classes and clear errors."""
import pytest

from analysis.codebooks import CodebookError, load_verbs
from analysis.quotes.verbs import verb_class, verb_table

from .helpers import one


def test_verb_classes_come_from_the_codebook():
    row = one("“The coup has failed completely,” claimed Cabello.", "The coup")
    assert (row.verb, row.verb_class) == ("claim", "distancing")
    row = one('The Kremlin shot back that "Washington should mind its own business."', "Wash")
    assert (row.speaker_id, row.verb, row.verb_class) == ("russian_government", "shoot back",
                                                          "confrontational")
    assert verb_class("say") == "neutral" and verb_class("urge") == "directive"
    assert "said" in verb_table().forms
    verbs = load_verbs()
    assert verbs.loc[verbs["form"] == "said", "verb"].tolist() == ["say"]
    # a verb without listed forms gets the regular ones
    assert {"denies", "denied", "denying"} <= set(verbs.loc[verbs["verb"] == "deny", "form"])


def test_verb_codebook_errors_name_file_and_line(tmp_path):
    path = tmp_path / "verbs.csv"
    path.write_text("verb,forms,class,clause,notes\nsay,,neutral,yes,\nopine,,snarky,yes,\n")
    with pytest.raises(CodebookError, match=r"verbs.csv:3: 'snarky' in column 'class'"):
        load_verbs(path)
    path.write_text("verb,forms,class,clause,notes\nsay,said,neutral,yes,\ntell,said,neutral,yes,\n")
    with pytest.raises(CodebookError, match=r"verbs.csv:3: form 'said' already belongs"):
        load_verbs(path)


def test_an_unclosed_quotation_mark_in_a_codebook_is_an_error_not_lost_rows(tmp_path):
    # the notes cell of line 3 opens a quotation it never closes: csv would read lines 4 and 5
    # into that cell, and 'shout' would silently not be a reporting verb
    path = tmp_path / "verbs.csv"
    path.write_text('verb,forms,class,clause,notes\nsay,,neutral,yes,\nbark,,emphatic,no,"as in "...," he barked\n'
                    "shout,,emphatic,no,\nwhisper,,neutral,no,\n")
    with pytest.raises(CodebookError, match=r"verbs.csv:3: a quotation mark opened on this line is never closed"):
        load_verbs(path)


def test_state_joined_to_another_modifier_is_no_verb():
    # regional daily: "city and state rules" is a noun phrase, the content runs through it
    from .helpers import indirect
    assert indirect("The mayor says the company broke city and state rules by dumping waste.") == [
        ("the company broke city and state rules by dumping waste", "The mayor", "say")]
    # "and state that" stays a verb (wire)
    rows = indirect("The board will review the law and state that it is valid.")
    assert [(q, v) for q, _, v in rows] == [("it is valid", "state")]
