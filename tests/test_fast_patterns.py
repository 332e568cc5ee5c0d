"""The search-friendly regex forms (look-behind after the first character) must match exactly
like the plain forms they replace, and fold() must fold character by character as before."""
import re
import unicodedata

from analysis.text import after_non_word, fold, literal_trie, word_alternation

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


def test_word_alternation_of_many_first_characters_matches_like_a_leading_look_behind():
    words = ["said", "says", "met", "told", "he", "heir", "it", "an", "a", "left", "spoke",
             "the", "them", "wolf", "xhe", "yHe", "Her", "His", "b", "c", "d", "e", "f", "g"]
    plain = r"(?<![\w-])(?:" + "|".join(words) + r")(?![\w'’])"
    fast = word_alternation(words, r"[\w-]") + r"(?![\w'’])"
    assert fast.startswith("(?=[")   # more than FEW_FIRST_CHARACTERS: a look-ahead first
    for text in TEXTS + ["He said he met her; the-wolf left, a b-c d"]:
        assert _spans(fast, text) == _spans(plain, text), text


def test_word_alternation_with_other_boundary_and_fallback():
    words = [r"U\.S\.", "Moscow", "Maduro"]
    plain = r"(?<![\w.-])(?:" + "|".join(words) + r")(?!\w)"
    fast = word_alternation(words, r"[\w.-]") + r"(?!\w)"
    for text in ["U.S. and Moscow; -Moscow .Maduro xU.S. Maduro's", "Moscow"]:
        assert _spans(fast, text) == _spans(plain, text), text
    # a pattern without a literal first character: plain look-behind form
    assert word_alternation([r"[Aa]b", "c"]) == r"(?<!\w)(?:[Aa]b|c)"


def test_literal_trie_matches_like_the_longest_first_alternation():
    words = ["say", "says", "said", "saying", "say nothing about", "point", "point to", "a", "an",
             "another", "all", "U.S.", "U.S", "think tank", "man", "manager", "men"]
    plain = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    texts = ["He says, the manager said nothing; the men point to another U.S. think tank",
             "saying a an all point tothe say nothing about x U.Sx", "", "man"]
    for tail in ("", r"(?!\w)", r"\s+[a-z]+"):
        for text in texts:
            assert _spans(f"(?:{literal_trie(words)}){tail}", text) == \
                _spans(f"(?:{plain}){tail}", text), (tail, text)
    # a space standing for any whitespace run, and the word start tested after the first letter
    spaced = "|".join(sorted((r"\s+".join(map(re.escape, w.split())) for w in words), key=len,
                             reverse=True))
    for text in texts + ["point\n to it; xsay say\tnothing  about", "-says"]:
        assert _spans(literal_trie(words, r"\s+", r"[\w-]") + r"(?![\w-])", text) == \
            _spans(r"(?<![\w-])(?:" + spaced + r")(?![\w-])", text), text
    assert literal_trie(["said", "says"]) == "sa(?:id|ys)"


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


# Patterns that open with their first character and test the word start after it (issue 11's
# speed work) against the plain forms they replace, on wire, newspaper and caption lines.
CAPTION_LINES = [
    "Supporters rally in Caracas (Xinhua/Marcos Salgado)", "Trump at a rally | Photo: Reuters",
    "Workers at the plant /VCG Photo", "PHOTO: AP", "İmage credit: Getty", "ımage: EFE",
    "Pictures: staff", "Sen. Marco Rubio (AP Photo/Evan Vucci)", "Smoke rises (photo) ",
    "She said the photo showed nothing.", "The image: a ruin", "Photo credit : Getty Images x/y",
]
NAME_TEXTS = [
    "WASHINGTON (AP) — Sen. Marco Rubio and al-Assad met el-Sisi; Mc Donald, McDonald and "
    "O'Neil O’Brien spoke. x-Ray .Abc 'Tom Smith de la Cruz met Ali bin Laden van der Berg.",
    "Hillary Clinton’s aide, John Podesta, told The New York Times: “No.”",
]


def test_photo_credit_end_matches_the_case_insensitive_alternation():
    from analysis.corpus.line_labels import PHOTO_CREDIT_END
    plain = re.compile(
        r"(?:\((?:[^()]*photo[^()]*|[^()/]{1,40}/[^()]{1,40})\)"
        r"|\|\s*(?:photo|image|picture)s?\s*:\s*[^|]{1,60}"
        r"|/\s*[\w .&-]{0,30}\b(?:photo|photos|pictures|images)"
        r"|(?:photo|image|picture)s?\s*(?:credit)?\s*:\s*[\w .,&/-]{1,60}"
        r")\s*$", re.I)
    for line in CAPTION_LINES:
        fast = PHOTO_CREDIT_END.search(line)
        slow = plain.search(line)
        assert (fast and fast.span()) == (slow and slow.span()), line
    assert PHOTO_CREDIT_END.search("İmage credit: Getty")   # (?i) matches İ for i


def test_name_run_matches_the_leading_look_behind_form():
    from analysis.quotes.names import NAME_RUN
    word = r"(?:[A-Z][\w’'.\-]*|(?:al|el)-[A-Z][\w’'\-]*|Mc[A-Z]\w*|O['’][A-Z]\w*)"
    particles = (r"(?:de|da|del|della|der|den|van|von|van\s+der|van\s+den|von\s+der|al|bin|ibn|"
                 r"le|la|du|di|dos|das|y|St\.)")
    plain = r"(?<![\w.’'-])" + word + r"(?:[ \t]+(?:" + particles + r"[ \t]+){0,2}" + word + r")*"
    for text in NAME_TEXTS:
        assert _spans(NAME_RUN, text) == _spans(plain, text), text
