"""The cleaning fast paths (ASCII shortcuts, combined chrome pattern, prefilters) give the
same answers as the slow general code they skip, on seed lines and on small texts written here."""
import re
import unicodedata

import pytest

from analysis.corpus import clean as cleaning, metadata
from analysis.corpus.clean import Line, chrome_matcher, chrome_rules, dedupe_key
from analysis.paths import SEEDS
from analysis.corpus.read import normalize_line

SEED_LINES = sorted({normalize_line(raw) for path in SEEDS.glob("*.txt")
                     for raw in path.read_text(encoding="utf-8").splitlines()} - {""})
WRITTEN = [
    "Home", "Back to top", "• Share", "Share on: Facebook | Twitter", "12 comments", "Read more:",
    "(END)", "World News", "© 2019 TASS", "(Reporting by Ann Lee; Editing by Bob Ray)",
    "News > World > Americas", "Editor’s choice", "Russia is angry.", "İmage: AP",
    "A long line of plain prose that names no page furniture at all, and goes on a while.",
]


@pytest.mark.parametrize("line", SEED_LINES + WRITTEN)
def test_combined_chrome_pattern_picks_the_first_matching_rule(line):
    bare = Line(1, line, line).bare
    one_by_one = next((reason for pattern, reason in chrome_rules() if pattern.fullmatch(bare)), "")
    assert chrome_matcher()(bare) == one_by_one


def test_chrome_reasons_on_written_lines():
    reason_of = chrome_matcher()
    assert reason_of("Back to top") == "navigation"
    assert reason_of("12 comments") == "comments widget"
    assert reason_of("© 2019 TASS") == "credit"
    assert reason_of("Russia is angry.") == ""


def _slow_dedupe_key(text):
    text = cleaning.BULLET.sub("", text).casefold()
    return re.sub(r"\W+", " ", re.sub(r"[\"“”„‘’'`´]", "", text)).strip()


@pytest.mark.parametrize("text", [
    "", "  ", "Hello, World!", "• “Quoted” -- text_with_underscores 2019", "It's\tthe  U.S. (AP)",
    "Ça va, très bien", "naïve “café” — 5 %", "\x1fcontrol\x0bchars", "Ünïcödé & ASCII",
])
def test_dedupe_key_fast_path_matches_regex(text):
    assert dedupe_key(text) == _slow_dedupe_key(text)


def test_dedupe_key_ignores_quotes_case_and_spacing():
    assert dedupe_key("“Russia,” he said.") == dedupe_key('"russia"   HE said')


def _slow_normalize(line):
    line = unicodedata.normalize("NFC", line)
    line = re.sub(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]", "",
                  re.sub(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]", " ", line))
    return re.sub(r" {2,}", " ", line).strip()


@pytest.mark.parametrize("line", [
    "", "plain", "  two  spaces  ", "tab\there", "form\ffeed\vvt", "no\u00a0break", "e\u0301cole",
    "zero\u200bwidth soft\u00adhyphen", "\u3000ideographic\u3000", "“quotes” stay ‘as is’",
])
def test_normalize_line_ascii_branch_matches_unicode_branch(line):
    assert normalize_line(line) == _slow_normalize(line)


def test_letter_counts_count_every_letter():
    assert cleaning._letter_counts("Abc déf 12 ЖЖ") == (8, 6)
    assert cleaning._count_ascii_letters("a1 B_c-é") == 3


def test_photo_prefilter_lets_credits_through():
    for line in ["(Xinhua/Marcos Salgado)", "Caracas | Photo: Reuters", "/VCG Photo",
                 "IMAGE credit: AFP", "Pictures: AP"]:
        assert cleaning._may_be_photo_credit(line) and cleaning.PHOTO_CREDIT_END.search(line)
    assert not cleaning._may_be_photo_credit("Lavrov and Arreaza met in Moscow.")


def test_parse_date_without_a_year_is_none():
    assert metadata.parse_date("May 3, 15:24 UTC+3") is None
    assert metadata.parse_date("Published: 3 May 2019") is not None


@pytest.mark.parametrize("text", ["", " ", "He left.", "He left. ", "“Go!”", "Menu", "(AP)",
                                  "Wait…", "a. b", "Price: 5", "Said:\t", "end\n"])
def test_ends_terminal_agrees_with_terminal_pattern(text):
    assert cleaning._ends_terminal(text) == bool(cleaning.TERMINAL.search(text))
