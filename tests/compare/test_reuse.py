"""Text reuse: shared passages found through a shingle index, aligned to full extent."""
import itertools
import os
import random
import subprocess
import sys

import pandas as pd
import pytest

from analysis.compare.reuse import (COLUMNS, MAX_ALL_PAIRS, MAX_ARTICLES, article_doc, candidate_seeds, encode,
                                    find_reuse, shingle_index, shingle_keys, tokens)
from analysis.compare.reuse_kinds import reuse_by_outlet, reuse_kinds
from tests.helpers import article


def align_pair(text_a, text_b):
    """Shared passages of two texts: (start_a, end_a, start_b, end_b)."""
    articles = pd.DataFrame({"article_id": ["a", "b"], "text": [text_a, text_b], "published": ""})
    reuse = find_reuse(articles)
    return list(zip(reuse["start_a"], reuse["end_a"], reuse["start_b"], reuse["end_b"]))

SANCTIONS = ("has been pursuing a policy of economic sanctions and diplomatic isolation against "
             "the Venezuelan government in support of Guaido")


def test_equivalent_spellings_become_one_token_and_keep_offsets():
    text = "The United States and the U.S. and US, but not us; Guaidó."
    toks = tokens(text)
    assert [t.norm for t in toks] == ["the", "usa", "and", "the", "usa", "and", "usa", "but", "not",
                                      "us", "guaido"]
    assert text[toks[1].start:toks[1].end] == "United States"
    assert text[toks[4].start:toks[4].end] == "U.S."


def test_index_keeps_first_occurrence_and_never_pairs_an_article_with_itself():
    docs = encode(["one two three four five six one two three four five six",
                   "zero one two three four five six"])
    index = shingle_index(docs, k=5)
    key = shingle_keys(docs[1].ids, k=5)[1]          # "one two three four five" in the second text
    held = index.keys == key
    assert list(zip(index.docs[held], index.pos[held])) == [(0, 0), (1, 1)]   # first occurrence only
    seeds = candidate_seeds(index)
    assert set(seeds) == {(0, 1)}


def _copies(n):
    """``n`` texts that share the sanctions passage and nothing else."""
    return [f"Report {i} opens with words of its own, number {i}. The U.S. {SANCTIONS}. "
            f"It closes with another line, number {i}." for i in range(n)]


def test_few_copies_pair_all_many_copies_pair_with_the_earliest_only():
    few = candidate_seeds(shingle_index(encode(_copies(MAX_ALL_PAIRS))))
    assert len(few) == MAX_ALL_PAIRS * (MAX_ALL_PAIRS - 1) // 2
    n = 40                                       # above MAX_ALL_PAIRS, below MAX_ARTICLES
    rank = list(range(n))[::-1]                  # the last text is the earliest
    many = candidate_seeds(shingle_index(encode(_copies(n))), rank)
    assert len(many) == n - 1                    # not n(n-1)/2 = 780
    assert all(b == n - 1 for _, b in many)
    over = candidate_seeds(shingle_index(encode(_copies(MAX_ARTICLES + 1))))
    assert over == {}                            # boilerplate: proposes nothing


def test_find_reuse_rows_grow_linearly_with_copies(write_corpus):
    n = MAX_ALL_PAIRS + 5
    corpus = write_corpus({f"c{i:02d}": ("Outlet", f"2019-05-{i + 1:02d}", text)
                                     for i, text in enumerate(_copies(n))})
    reuse = find_reuse(corpus.articles)
    assert len(reuse) == n - 1
    assert set(reuse["first"]) == {"c00"} and set(reuse["article_a"]) == {"c00"}
    assert reuse["text_b"].str.contains("diplomatic isolation").all()


def test_alignment_spans_whole_passage_across_small_edits():
    a = ("Officials met on Friday. The United States " + SANCTIONS +
         ". It recognized Guaido as the nation's interim president on Jan. 23, days after the vote.")
    b = ("Unrelated opening words here. The U.S. " + SANCTIONS +
         ". It recognised Guaido as the nation's interim president on January 23, days after the vote.")
    spans = align_pair(a, b)
    assert len(spans) == 1
    sa, ea, sb, eb = spans[0]
    assert a[sa:ea].startswith("The United States has been pursuing")
    assert b[sb:eb].startswith("The U.S. has been pursuing")
    # the one-word spelling edit (recognized/recognised) is bridged: the passage runs to the end
    assert a[sa:ea].endswith("days after the vote")
    assert b[sb:eb].endswith("days after the vote")


def test_short_common_phrases_are_not_reuse():
    a = "Yesterday U.S. Secretary of State Mike Pompeo flew to Finland for a meeting."
    b = "The visit of U.S. Secretary of State Mike Pompeo surprised many observers."
    assert align_pair(a, b) == []


def test_find_reuse_on_written_articles(write_corpus):
    corpus = write_corpus({
        "a": ("Alpha", "2019-05-02", "Officials met on Friday to discuss the crisis in detail.\n\n"
              "The United States " + SANCTIONS + ". Nothing else was agreed at the meeting."),
        "b": ("Beta", "2019-05-04", "Tensions rose again over the weekend in the capital.\n\n"
              "The U.S. " + SANCTIONS + ". Talks are expected to continue next month."),
        "c": ("Gamma", "", "A wholly different story about football results and weather today.\n\n"
              "The U.S. " + SANCTIONS + ". The end of this short article follows."),
    })
    reuse = find_reuse(corpus.articles)
    assert list(reuse.columns) == COLUMNS
    assert set(zip(reuse["article_a"], reuse["article_b"])) == {("a", "b"), ("a", "c"), ("b", "c")}
    first = dict(zip(zip(reuse["article_a"], reuse["article_b"]), reuse["first"]))
    assert first[("a", "b")] == "a"      # dated 2 May before 4 May
    assert first[("a", "c")] == ""       # c is undated
    texts = corpus.articles.set_index("article_id")["text"]
    for row in reuse.itertuples():
        assert texts[row.article_a][row.start_a:row.end_a] == row.text_a
        assert texts[row.article_b][row.start_b:row.end_b] == row.text_b
        assert row.n_words >= 20


def test_seeds_shared_passages(corpus):
    reuse = find_reuse(corpus.articles)
    x6, x2, cgtn = (article(corpus, p)["article_id"] for p in ("000", "001", "003"))
    assert not (reuse["article_a"] == reuse["article_b"]).any()
    pairs = {frozenset(p): row for p, row in zip(zip(reuse["article_a"], reuse["article_b"]),
                                                 reuse.itertuples())}
    streets = pairs[frozenset((x6, x2))]
    assert "called on the Venezuelan people and military to take to the streets" in streets.text_a
    assert "called on the Venezuelan people and military to take to the streets" in streets.text_b
    assert streets.first == x2           # 2 May before 6 May
    sanctions = pairs[frozenset((x2, cgtn))]
    by_article = {sanctions.article_a: sanctions.text_a, sanctions.article_b: sanctions.text_b}
    assert by_article[x2].startswith("The United States has been pursuing a policy of economic sanctions")
    assert by_article[cgtn].startswith("The U.S. has been pursuing a policy of economic sanctions")
    assert "diplomatic isolation" in by_article[cgtn]
    assert sanctions.first == ""         # CGTN is undated


def test_empty_and_single_article_corpora(write_corpus):
    corpus = write_corpus({"a": ("Alpha", "", "Only one article here, long enough to be kept.")})
    out = find_reuse(corpus.articles)
    assert isinstance(out, pd.DataFrame) and out.empty and list(out.columns) == COLUMNS
    assert find_reuse(corpus.articles.iloc[:0]).empty


def test_reuse_by_outlet_sums_passages(corpus):
    reuse = find_reuse(corpus.articles)
    by_outlet = reuse_by_outlet(reuse, corpus.articles)
    assert by_outlet["words"].sum() == reuse["n_words"].sum()
    assert by_outlet["passages"].sum() == len(reuse)
    pairs = {frozenset((a, b)) for a, b in zip(by_outlet["outlet_a"], by_outlet["outlet_b"])}
    assert frozenset(("Xinhua", "CGTN")) in pairs and frozenset(("Xinhua",)) in pairs


def test_articles_encoded_apart_find_the_same_reuse(write_corpus):
    """Each worker encodes its own articles: word ids must not depend on which other articles a
    process saw, in which order, or on the process (Python's str hash differs between them)."""
    corpus = write_corpus({
        "a": ("Alpha", "2019-05-02", "MOSCOW, May 2 (Xinhua) -- The United States " + SANCTIONS + "."),
        "b": ("Beta", "2019-05-04", "By a staff reporter\n\nThe U.S. " + SANCTIONS + ", it said."),
        "c": ("Gamma", "", "Football results and the weather in a short article of its own."),
    })
    texts = corpus.articles["text"].tolist()
    apart = [article_doc(text) for text in reversed(texts)][::-1]
    together = find_reuse(corpus.articles)
    assert len(together) == 1
    assert find_reuse(corpus.articles, docs=apart).equals(together)
    code = ("import sys; from analysis.compare.reuse import article_doc; "
            "print(list(article_doc(sys.stdin.read()).ids))")
    other = subprocess.run([sys.executable, "-c", code], input=texts[1], capture_output=True,
                           text=True, env={**os.environ, "PYTHONHASHSEED": "12345"}, check=True)
    assert other.stdout.strip() == str(list(apart[1].ids))


def _with_quotes(texts, speaker_spans):
    """Articles (a1, a2, ...) of ``texts`` and a quote table of (article, speaker_id, start, end)."""
    ids = [f"a{i + 1}" for i in range(len(texts))]
    articles = pd.DataFrame({"article_id": ids, "text": texts, "published": ""})
    quotes = pd.DataFrame(speaker_spans, columns=["article_id", "speaker_id", "start", "end"])
    return articles, quotes.assign(kind="direct")


def _span(text, part):
    start = text.index(part)
    return start, start + len(part)


POMPEO_WORDS = ("The intervention by Russia and Cuba is destabilizing for Venezuela and for the "
                "U.S.-Russia bilateral relationship")


def test_two_outlets_quoting_the_same_speaker_is_a_shared_quote_not_copied_text():
    a = f'Pompeo spoke by phone on Wednesday. "{POMPEO_WORDS}," he said, according to officials.'
    b = f'In Caracas the mood was tense. Pompeo told Lavrov: "{POMPEO_WORDS}." Moscow disagreed.'
    articles, quotes = _with_quotes([a, b], [("a1", "pompeo", *_span(a, POMPEO_WORDS)),
                                             ("a2", "pompeo", *_span(b, POMPEO_WORDS))])
    reuse = find_reuse(articles)
    assert len(reuse) == 1
    assert reuse_kinds(reuse, quotes) == ["shared_quote"]
    other = quotes.assign(speaker_id=["pompeo", "lavrov"])       # another speaker in b: copied
    assert reuse_kinds(reuse, other) == ["copied_text"]
    unknown = quotes.assign(speaker_id="")                       # speakers never found: copied
    assert reuse_kinds(reuse, unknown) == ["copied_text"]
    reuse["kind"] = reuse_kinds(reuse, quotes)
    by_outlet = reuse_by_outlet(reuse, articles.assign(outlet=["Alpha", "Beta"]))
    assert by_outlet[["words", "quote_words"]].values.tolist() == [[reuse["n_words"][0]] * 2]


def test_a_copied_sentence_that_carries_a_short_quote_is_copied_text():
    shared = ('Opposition leader Juan Guaido, who had proclaimed himself interim president, called '
              'on the people and the military to take to the streets to overthrow Maduro')
    a, b = f"On Tuesday, {shared}. Clashes followed.", f"Earlier, {shared}, witnesses said."
    part = "to take to the streets to overthrow Maduro"
    articles, quotes = _with_quotes([a, b], [("a1", "guaido", *_span(a, part)),
                                             ("a2", "guaido", *_span(b, part))])
    reuse = find_reuse(articles)
    assert len(reuse) == 1 and reuse_kinds(reuse, quotes) == ["copied_text"]


def test_seed_reuse_tells_copied_text_from_shared_quotes(seed_tables):
    reuse = seed_tables.reuse
    assert list(reuse.columns) == COLUMNS + ["kind"]
    assert set(reuse["kind"]) <= {"copied_text", "shared_quote"}
    assert reuse_kinds(reuse, seed_tables.quotes) == reuse["kind"].tolist()


@pytest.mark.parametrize("seed", [5, 11, 23])
def test_one_passage_edited_in_many_places_is_one_row(seed):
    """An article reprinted with a dozen small edits (a word dropped, changed or added) in a text
    that repeats its words a lot: runs found on other diagonals may grow over the same edits to
    the same passage, which must then be listed once: no two rows of a pair overlap on both sides."""
    rng = random.Random(seed)
    vocab = ("the minister said talks would resume after the summit in the capital while critics "
             "warned that sanctions could deepen the crisis and officials denied any plan to expand "
             "the program next year as voters weighed the rival claims of the campaign").split()
    words = [rng.choice(vocab) for _ in range(400)]
    edited = list(words)
    for _ in range(12):
        at, edit = rng.randrange(len(edited)), rng.choice(["drop", "add", "change"])
        if edit == "drop":
            del edited[at]
        elif edit == "add":
            edited.insert(at, rng.choice(["President", "in fact,", "last"]))
        else:
            edited[at] = "Jones's"
    found = find_reuse(pd.DataFrame({"article_id": ["a", "b"], "text": [" ".join(words), " ".join(edited)],
                                     "published": ["", ""]}))
    spans = list(zip(found["start_a"], found["end_a"], found["start_b"], found["end_b"]))
    assert len(found) >= 1
    for (a0, a1, b0, b1), (c0, c1, d0, d1) in itertools.combinations(spans, 2):
        assert not (a0 < c1 and c0 < a1 and b0 < d1 and d0 < b1), (spans, found["n_words"].tolist())
