"""The search-friendly regex forms (look-behind after the first character) must match exactly
like the plain forms they replace, and fold() must fold character by character as before."""
import re
import unicodedata

from analysis.text import after_non_word, fold, word_alternation

TEXTS = [
    "He said the minister, who met her, told them: it's theirs. She-wolf; the",
    "Ahead of The meeting, an official and A diplomat spoke. the_the he2 _he he's he’s",
    "'he (she) \"they\" him.her-them hem themselves Her His heir",
    "",
    "he",
    "xhe yHe",
]


def _spans(pattern, text):
    return [(m.span(), m.groups()) for m in re.finditer(pattern, text)]


def test_word_alternation_matches_like_a_leading_look_behind():
    words = ["He", "he", "She", "she", "It", "it", "They", "they", "Him", "him", "Her", "her",
             "Them", "them", "An", "an", "A", "a"]
    plain = r"(?<!\w)(?:" + "|".join(words) + r")(?![\w'’])"
    fast = word_alternation(words) + r"(?![\w'’])"
    assert fast != plain
    for text in TEXTS:
        assert _spans(fast, text) == _spans(plain, text), text
    assert _spans(fast, "he saw the heir; He left")[0][0] == (0, 2)


def test_word_alternation_with_other_boundary_and_fallback():
    words = [r"U\.S\.", "Moscow", "Maduro"]
    plain = r"(?<![\w.-])(?:" + "|".join(words) + r")(?!\w)"
    fast = word_alternation(words, r"[\w.-]") + r"(?!\w)"
    for text in ["U.S. and Moscow; -Moscow .Maduro xU.S. Maduro's", "Moscow"]:
        assert _spans(fast, text) == _spans(plain, text), text
    # a pattern without a literal first character: plain look-behind form
    assert word_alternation([r"[Aa]b", "c"]) == r"(?<!\w)(?:[Aa]b|c)"


def test_after_non_word_checks_the_character_before():
    fast = after_non_word("[A-Z]", r"[\w.]") + r"\w+"
    plain = r"(?<![\w.])[A-Z]\w+"
    for text in ["Ana met Bob.Carl and xDan at A1", "Zed", "a.B C"]:
        assert _spans(fast, text) == _spans(plain, text), text


def test_fold_is_per_character_and_keeps_ascii_texts_unchanged():
    assert fold("Guaidó’s `x`") == "Guaido's 'x'"
    assert fold("plain `ascii`") == "plain `ascii`"        # an ASCII text is returned as is
    text = "Nicolás Maduro — «Caracas» naïve ‘quoted’ ½"
    expected = "".join("'" if ch in "’‘`´" else
                       (unicodedata.normalize("NFKD", ch)[0]
                        if not unicodedata.combining(unicodedata.normalize("NFKD", ch)[0])
                        else ch) for ch in text)
    assert fold(text) == expected
    assert len(fold(text)) == len(text)
