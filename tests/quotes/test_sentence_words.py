"""The cue words that let a content pass skip a sentence (analysis/quotes/rows.py): a pass whose
cue words a sentence lacks is not run there, so every row a pass finds must stand in a sentence
holding one of them. Likewise the cue search of content_clauses (analysis/quotes/content.py) and the tail frames
of reported clauses (analysis/quotes/reported.py, in a sentence with no reporting verb).

Texts: the seeds' articles (real news copy) and one sentence written for each pass, in wire and
newspaper styles, that the pass finds a row in.
"""
from pathlib import Path

import pytest

from analysis.paths import SEEDS
from analysis.quotes import rows
from analysis.quotes.article import read_article, sentence_bounds, verb_hits_in
from analysis.quotes.attribution import post_posed
from analysis.quotes.content import content_clauses
from analysis.quotes.cue_table import cue_table
from analysis.quotes.mentions import actor_index
from analysis.quotes.reported_frames import apposed_tail, inverted_tail, quoted_tail, told_tail
from analysis.quotes.verbs import verb_table

from .helpers import extract

_GATED = [(find, words) for find, words in rows._CONTENT_PASSES + rows._STANCE_PASSES
          if words is not None]

# One sentence per gated pass with the verb its row names (what the pass finds there).
_FOUND = {
    "attitude_contents": ("Senator Adams has been acutely aware that the vote is close.", "aware"),
    "hedged_clauses": ("The senator is expected to announce her bid on Friday.", "expected"),
    "noun_contents": ("Her fear that the bridge would collapse kept her awake.", "fear"),
    "speech_noun_contents": ("His claim that the vote was rigged was false.", "claim"),
    "noun_is_that_contents": ("Mr. Okoro's view is that the tax should go.", "view"),
    "owned_contents": ("Mr. Okoro defended Merkel's decision to open the border.", "decision"),
    "self_described_rows": ("Sanders, a self-described democratic socialist.", "describe"),
    "light_stance_contents": ("Geert Wilders voiced support for the Republican candidate on "
                              "Friday.", "support for"),
    "passive_stance_contents": ("The proposal was rejected by 64 percent of voters.", "reject"),
    "received_support_contents": ("Clinton drew support from black voters in the South.",
                                  "support"),
    "relative_stance_contents": ("Mr. Kovac refused to sign the pact, which Prime Minister Ana "
                                 "Ruiz vehemently opposed.", "oppose"),
}


def test_sentence_words_are_lowercased_runs_of_letters():
    text = "X. Mr. Okoro's self-described \"rival\" SEEMED 42% sure in Bogotá."
    assert rows.sentence_words(text, 3, len(text)) == \
        {"mr", "okoro", "s", "self", "described", "rival", "seemed", "sure", "in", "bogot"}


@pytest.mark.parametrize("find, words", _GATED, ids=[f.__name__ for f, _ in _GATED])
def test_each_pass_finds_its_row_through_the_gate(find, words):
    text, verb = _FOUND[find.__name__]
    assert verb in set(extract(text)["verb"]), text


def test_no_pass_finds_a_row_where_its_cue_words_are_missing():
    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(SEEDS).glob("*.txt"))]
    texts += [text for text, _ in _FOUND.values()]
    found = 0
    for text in texts:
        art = read_article(text, None, actor_index(), verb_table())
        for lo_raw, hi in art.sentences:
            lo, _ = sentence_bounds(art, lo_raw)
            words = rows.sentence_words(art.masked, lo, hi)
            for find, cue_words in _GATED:
                if find(art, lo, hi, []):
                    found += 1
                    assert not cue_words.isdisjoint(words), (find.__name__, text[lo:hi])
    assert found >= len(_GATED)


def test_no_tail_frame_in_a_sentence_without_a_reporting_verb():
    # reported_clauses reads the five tail frames only where a reporting verb starts in the
    # sentence or in the two characters after it (a comma's verb: ", said X")
    tails = (apposed_tail, post_posed, told_tail, quoted_tail, inverted_tail)
    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(SEEDS).glob("*.txt"))]
    texts.append('The coup attempt has been "completely defeated," he declared. '
                 "Sales were great, said Ann Lee, director of the Center for Politics.")
    found = 0
    for text in texts:
        art = read_article(text, None, actor_index(), verb_table())
        for lo_raw, hi in art.sentences:
            lo, _ = sentence_bounds(art, lo_raw)
            frames = [tail(art, lo, hi) for tail in tails]
            found += sum(f is not None for f in frames)
            assert verb_hits_in(art, lo, hi + 2) or frames == [None] * len(tails), text[lo:hi]
    assert found >= 2


def test_the_cue_search_skipped_by_words_finds_nothing():
    # content_clauses skips its cue search in a sentence holding none of the cue table's words
    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(SEEDS).glob("*.txt"))]
    texts.append("Economists in the region are worried that the currency will fall. "
                 "Mr. Okoro has known for years that the bridge is unsafe.")
    table, found = cue_table(), 0
    for text in texts:
        art = read_article(text, None, actor_index(), verb_table())
        for lo_raw, hi in art.sentences:
            lo, _ = sentence_bounds(art, lo_raw)
            rows_found = content_clauses(art, lo, hi, [], table)
            found += len(rows_found)
            assert content_clauses(art, lo, hi, [], table,
                                   rows.sentence_words(art.masked, lo, hi)) == rows_found
    assert found >= 2


def test_a_cue_form_with_no_letter_a_z_turns_the_cue_search_gate_off(tmp_path):
    # a study's own content_cues.csv may hold a cue in another script; its sentences are searched
    book = tmp_path / "content_cues.csv"
    book.write_text("cue,forms,class,content,notes\n"
                    "think,think|thinks|thought,belief,clause,\n"
                    "schitat,считает,belief,clause,\n", encoding="utf-8")
    table = cue_table(str(book))
    text = "Ivanov считает that the plan will fail."
    art = read_article(text, None, actor_index(), verb_table())
    words = rows.sentence_words(art.masked, 0, len(text))
    found = content_clauses(art, 0, len(text), (), table, words)
    assert [(text[s:e], fr.speaker.name, fr.verb) for s, e, fr in found] == \
        [("the plan will fail", "Ivanov", "schitat")]
