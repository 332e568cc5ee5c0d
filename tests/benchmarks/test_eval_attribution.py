"""The PolNeAR scorer on a brat sample of our own (no corpus text): span matching and the speaker rule."""
import pandas as pd

from benchmarks.eval_attribution import (
    content_units,
    inside,
    is_speech,
    match,
    nearest_gold,
    quote_units,
    read_brat,
    score,
    speaker_right,
)

HEADLINE = "Council Backs Repairs\n\n"
BODY = ("The mayor, Ana Ruiz, spoke on Monday.\n\n"
        "“We will fix the bridge,”\xa0Ms. Ruiz said. She added that work starts in May.\n\n"
        "Local traders believe the plan is late.\n")
RAW = HEADLINE + BODY
CLEAN = BODY.replace("\xa0", " ").rstrip()          # the export drops the headline, folds the space


def span(text, after=0):
    start = RAW.index(text, after)
    return f"{start} {start + len(text)}\t{text}"


def write_sample(folder):
    lines = [f"T1\tSource {span('Ms. Ruiz')}", f"T2\tCue {span('said')}",
             f"T3\tContent {span('“We will fix the bridge,”')}", f"T4\tAttribution {span('said')}",
             f"T5\tSource {span('She')}", f"T6\tCue {span('added')}",
             f"T7\tContent {span('work starts in May')}", f"T8\tAttribution {span('added')}",
             f"T9\tSource {span('Local traders')}", f"T10\tCue {span('believe')}",
             f"T11\tContent {span('the plan is late')}", f"T12\tAttribution {span('believe')}",
             f"T13\tSource {span('Council')}", f"T14\tCue {span('Backs')}", f"T15\tContent {span('Repairs')}",
             f"T16\tAttribution {span('Backs')}",
             "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1", "E2\tAttribution:T8 Source:T5 Cue:T6 Content:T7",
             "E3\tAttribution:T12 Content:T11 Cue:T10 Source:T9", "E4\tAttribution:T16 Content:T15 Cue:T14 Source:T13"]
    path = folder / "sample_abcd.ann"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_brat_reading_and_pronoun_antecedent(tmp_path):
    atts = read_brat(write_sample(tmp_path), RAW)
    assert [a["source"] for a in atts] == ["Ms. Ruiz", "She", "Local traders", "Council"]
    assert atts[1]["antecedent"] == "Ms. Ruiz" and atts[0]["antecedent"] == ""
    assert [is_speech(a["cue"]) for a in atts] == [True, True, False, False]


def test_quote_units_nested_and_several():
    text = 'He said "it was “fine” then" and “ok” later.'
    assert [text[s:e] for s, e in quote_units(text, 0, len(text))] == ['"it was “fine” then"', "“ok”"]
    assert quote_units("no marks here", 0, 13) == []


def test_content_fragments_apart_by_white_space_are_one_quotation():
    # brat's one-sentence-a-line view cuts a quotation of two sentences into two fragments
    text = "“Rates will rise. Savers should wait,” the banker said."
    first, second = (0, text.index(" Savers")), (text.index("Savers"), text.index(" the banker"))
    assert [text[s:e] for s, e in content_units(text, [second, first])] == [
        "“Rates will rise. Savers should wait,”"]
    assert [text[s:e] for s, e in quote_units(text, *first)] == ["“Rates will rise."]
    # brat leaves an ellipsis's dots out of both fragments
    text = "“We tried. . . . It did not work,” she said."
    frags = [(0, text.index(" . .")), (text.index("It did"), text.index(" she"))]
    assert [text[s:e] for s, e in content_units(text, frags)] == ["“We tried. . . . It did not work,”"]
    # a quotation continued in the next paragraph is a unit per paragraph
    text = "“Rates will rise.\n\n“Savers should wait,” the banker said."
    frags = [(0, text.index("\n")), (text.index("“Savers"), text.index(" the banker"))]
    assert [text[s:e] for s, e in content_units(text, frags)] == [
        "“Rates will rise.", "“Savers should wait,”"]
    # fragments with words between them stay apart
    text = "“Rates will rise,” the banker said, “and savers should wait.”"
    frags = [(0, text.index(" the")), (text.index("“and"), len(text))]
    assert [text[s:e] for s, e in content_units(text, frags)] == [
        "“Rates will rise,”", "“and savers should wait.”"]


def test_typewriter_marks_widen_a_fragment_and_mixed_marks_close():
    text = "''Prices are up,'' Mr. Lee said. ''Wages are not.''"
    start = text.index("'Wages")          # a fragment starting at the second half of ''
    assert [text[s:e] for s, e in quote_units(text, start, len(text))] == ["''Wages are not.''"]
    start = text.index("Wages")           # or right after it, the closing pair left out
    assert [text[s:e] for s, e in quote_units(text, start, len(text) - 2)] == ["''Wages are not.''"]
    text = 'The union called the offer “an insult" and walked out.'
    assert [text[s:e] for s, e in quote_units(text, 0, len(text))] == ['“an insult"']
    text = 'She said “the “best offer“ yet” to reporters.'
    assert [text[s:e] for s, e in quote_units(text, 0, len(text))] == ["“the “best offer“ yet”"]
    text = 'He wrote “the word "never" twice” in the note.'
    assert [text[s:e] for s, e in quote_units(text, 0, len(text))] == ['“the word "never" twice”']
    text = "”We want answers, not slogans.” ― Daniel Ortiz"   # both marks typed as ”
    assert [text[s:e] for s, e in quote_units(text, 0, len(text))] == ["”We want answers, not slogans.”"]
    assert quote_units("the deal” is ” done", 0, 19) == []   # no ” opening a word


def test_a_unit_is_matched_without_its_marks():
    text = "“No,” the minister replied."
    assert text[slice(*inside(text, 0, 5))] == "No"
    assert match([[inside(text, 0, 5)]], [(1, 3)]) == {0: 0}
    assert match([[(0, 5)]], [(1, 3)]) == {}                      # 2 of 5 characters


def test_match_half_of_longer_one_to_one_best_first():
    gold = [[(0, 10)], [(20, 30)]]
    assert match(gold, [(0, 4)]) == {}                          # 4 < half of 10
    assert match(gold, [(0, 6), (0, 10), (18, 30)]) == {0: 1, 1: 2}
    assert match([[(0, 5), (9, 14)]], [(0, 14)]) == {0: 0}      # discontinuous gold: 10 of 14


def test_speaker_rule():
    gold = {"source": "he", "antecedent": "Karl Rove"}
    assert speaker_right("Karl Rove", "Mr. Rove’s", {"source": "Mr. Rove", "antecedent": ""})
    assert speaker_right("Karl Rove", "he", gold)
    assert not speaker_right("Donald Trump", "he", gold)        # a name is judged by its name
    assert speaker_right(float("nan"), "he", gold)              # a bare pronoun: the same pronoun
    assert not speaker_right(float("nan"), "she", gold)
    assert speaker_right(float("nan"), float("nan"), {"source": None, "antecedent": ""})
    assert not speaker_right("Ana Ruiz", "", {"source": None, "antecedent": ""})


def test_score_on_sample(tmp_path):
    gold = {"sample": (RAW, read_brat(write_sample(tmp_path), RAW))}
    quote = CLEAN.index("We will")
    work, monday = CLEAN.index("work starts"), CLEAN.index("on Monday")
    quotes = pd.DataFrame({
        "article_id": ["sample"] * 3, "kind": ["direct", "indirect", "indirect"],
        "quote": ["We will fix the bridge,", "work starts in May", "on Monday"],
        "speaker": ["Ana Ruiz", "Ana Ruiz", "Ana Ruiz"], "speaker_mention": ["Ms. Ruiz", "She", "Ana Ruiz"],
        "verb": ["say", "add", "speak"], "start": [quote, work, monday],
        "end": [quote + 23, work + 18, monday + 9]})
    articles = pd.DataFrame({"article_id": ["sample"], "text": [CLEAN]})
    numbers, misses, _ = score(gold, quotes, articles)
    assert numbers["unlocated_contents"] == 1                   # the headline's content
    assert (numbers["gold_quotes"], numbers["quote_precision"], numbers["quote_recall"]) == (1, 1, 1)
    assert numbers["speaker_accuracy"] == 1 and numbers["quote_speaker_f1"] == 1
    assert (numbers["gold_speech"], numbers["speech_recall"], numbers["speech_precision"]) == (1, 1, 0.5)
    assert (numbers["gold_reported"], numbers["all_content_recall"]) == (2, 0.5)
    assert misses == {"reported missed (other cue)": 1, "reported spurious": 1}


def test_false_positives_listed_with_nearest_gold(tmp_path):
    gold = {"sample": (RAW, read_brat(write_sample(tmp_path), RAW))}
    monday, work = CLEAN.index("on Monday"), CLEAN.index("work starts")
    quotes = pd.DataFrame({
        "article_id": ["sample"] * 2, "kind": ["indirect"] * 2, "quote": ["on Monday", "work starts in May. Local"],
        "speaker": ["Ana Ruiz"] * 2, "speaker_mention": ["Ana Ruiz"] * 2, "verb": ["speak", "add"],
        "sentence": ["The mayor, Ana Ruiz, spoke on Monday.", "She added that work starts in May."],
        "start": [monday, work], "end": [monday + 9, work + 50]})
    articles = pd.DataFrame({"article_id": ["sample"], "text": [CLEAN]})
    spurious = []
    numbers, misses, _ = score(gold, quotes, articles, spurious)
    assert misses["reported spurious"] == 2 and [aid for aid, _ in spurious] == ["sample", "sample"]
    assert "no gold" in spurious[0][1] and "spoke on Monday" in spurious[0][1]
    assert "gold 0.36 [She] added: work starts in May" in spurious[1][1]   # 18 of 50 characters
    ratio, att = nearest_gold([{"frags": [(0, 10)]}, {"frags": [(20, 30)]}], 18, 28)
    assert (ratio, att) == (0.8, {"frags": [(20, 30)]})
