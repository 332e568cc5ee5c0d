"""Score the voice and speaker of framing hits (framing_hits.csv) against a hand-made voice gold.

Why here: notebook 06 scores a study's hits against its ``voice_gold`` (study.toml) and
``python -m benchmarks.eval_voice`` scores an export against ``gold/voice_gold.csv``; both call
:func:`score`, the one implementation. The gold (written by reading the seeds under
``gold/voice_guidelines.md``) has one row per occurrence of a framing term: offsets
``start``/``end`` into the article's ``text``, or into its ``headline`` when ``field`` is
``headline``.

Matching. A gold unit matches the prediction of the same article and field whose span overlaps it
most (same frame first on ties); one prediction may match several gold units (a phrase the code
counts once, the gold twice), and a gold unit no prediction overlaps is *missed*. A prediction is
a headline hit when its ``field`` column says ``headline`` or, without that column, when its
voice is ``headline`` and its ``sentence`` is the article's headline; every other prediction is
a hit in ``text``. Predictions no gold unit overlaps are *extra*.

Measures. ``voice_accuracy``: gold units whose matched prediction has the gold voice, over ALL
gold units (a missed unit counts as wrong), the figure issue 14 asks to reach 0.97; also over
matched units only. ``speaker_accuracy``: gold units in quoted voice whose prediction is quoted
with the same speaker, over all quoted gold units. Speakers are the same when their folded words
(accents, case, a leading "the") are equal, when both name one actor of ``actors.csv`` (name,
alias or metonym: "Moscow" and "Russian government"), or when the words of one contain the
other's; a gold speaker "A and B" (a joint statement) accepts either.
"""
from __future__ import annotations

import pandas as pd

from ..codebooks import load_actors
from ..text import fold

COLUMNS = ["article_id", "start", "end", "term", "frame", "voice", "speaker", "sentence", "note",
           "field"]
VOICES = ("narrator", "quoted", "headline")
FIELDS = ("text", "headline")


class GoldError(ValueError):
    """A gold file that cannot be scored against; the message is one line for a person."""


def load_gold(path) -> pd.DataFrame:
    """The voice gold, checked: its columns, voices, fields, offsets and speakers."""
    gold = pd.read_csv(path, dtype=str, keep_default_na=False)
    if list(gold.columns) != COLUMNS:
        raise GoldError(f"{path}: columns must be {','.join(COLUMNS)}, "
                        f"not {','.join(gold.columns)}")
    for i, row in enumerate(gold.itertuples(), start=2):
        if row.voice not in VOICES:
            raise GoldError(f"{path}: row {i}: voice '{row.voice}' is not one of "
                            f"{', '.join(VOICES)}")
        if row.field not in FIELDS:
            raise GoldError(f"{path}: row {i}: field '{row.field}' is not text or headline")
        if not (row.start.isdigit() and row.end.isdigit() and int(row.start) < int(row.end)):
            raise GoldError(f"{path}: row {i}: start/end '{row.start}'/'{row.end}' are not offsets")
        if row.voice != "quoted" and row.speaker:
            raise GoldError(f"{path}: row {i}: only a quoted unit has a speaker")
        if (row.field == "headline") and row.voice != "headline":
            raise GoldError(f"{path}: row {i}: a unit of the headline has voice headline")
    gold[["start", "end"]] = gold[["start", "end"]].astype(int)
    return gold


def _key(name: str) -> str:
    words = fold(str(name)).lower().replace("'s ", " ").replace(".", "").split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def actor_keys(actors: pd.DataFrame | None = None) -> dict[str, str]:
    """Folded name, alias and metonym -> actor id (a form two actors share is left out)."""
    actors = load_actors() if actors is None else actors
    found: dict[str, set] = {}
    for row in actors.itertuples():
        for form in [row.name, *str(row.aliases).split("|"), *str(row.metonyms).split("|")]:
            if form.strip():
                found.setdefault(_key(form), set()).add(row.id)
    return {form: ids.pop() for form, ids in found.items() if len(ids) == 1}


def same_speaker(gold: str, predicted: str, actors: dict[str, str]) -> bool:
    """Whether a predicted speaker names the gold one (see the module docstring)."""
    if not gold or not predicted:
        return not gold and not predicted
    p = _key(predicted)
    for part in [gold, *gold.split(" and ")] if " and " in gold else [gold]:
        g = _key(part)
        if g == p or (g in actors and actors[g] == actors.get(p)):
            return True
        gw, pw = set(g.split()), set(p.split())
        if gw and pw and (gw <= pw or pw <= gw):
            return True
    return False


def _field(hits: pd.DataFrame, articles: pd.DataFrame) -> pd.Series:
    if "field" in hits.columns:
        return hits["field"].where(hits["field"].isin(FIELDS), "text")
    headline = hits["article_id"].map(articles.set_index("article_id")["headline"])
    is_headline = (hits["voice"] == "headline") & (
        hits["sentence"].str.split().str.join(" ") == headline.fillna("").str.split().str.join(" "))
    return is_headline.map({True: "headline", False: "text"})


def match(gold: pd.DataFrame, hits: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """The gold with the matched prediction's ``pred_voice``, ``pred_speaker``, ``pred_term``,
    ``pred_start``, ``pred_end`` (empty when missed) and ``hit`` (its row in ``hits`` or -1)."""
    hits = hits.reset_index(drop=True).copy()
    hits["field"] = _field(hits, articles)
    by_place = {key: group for key, group in hits.groupby(["article_id", "field"])}
    found = []
    for row in gold.itertuples():
        group = by_place.get((row.article_id, row.field))
        best, best_key = None, None
        for h in ([] if group is None else group.itertuples()):
            shared = min(row.end, int(h.end)) - max(row.start, int(h.start))
            key = (shared, h.frame == row.frame)
            if shared > 0 and (best_key is None or key > best_key):
                best, best_key = h, key
        found.append({"hit": -1, "pred_voice": "", "pred_speaker": "", "pred_term": "",
                      "pred_start": "", "pred_end": ""} if best is None else
                     {"hit": best.Index, "pred_voice": best.voice, "pred_speaker": best.speaker,
                      "pred_term": best.term, "pred_start": best.start, "pred_end": best.end})
    return pd.concat([gold.reset_index(drop=True), pd.DataFrame(found)], axis=1)


def score(gold: pd.DataFrame, hits: pd.DataFrame, articles: pd.DataFrame,
          actors: dict[str, str] | None = None) -> dict:
    """Scores, confusion table, disagreements and extra predictions (see the module docstring)."""
    actors = actor_keys() if actors is None else actors
    hits = hits.fillna("")
    for col in ("start", "end"):     # a hit without offsets overlaps nothing
        hits[col] = pd.to_numeric(hits[col], errors="coerce").fillna(-1).astype(int)
    m = match(gold, hits, articles)
    m["voice_right"] = m["voice"] == m["pred_voice"]
    m["speaker_right"] = [v and same_speaker(g, p, actors)
                          for v, g, p in zip(m["voice_right"], m["speaker"], m["pred_speaker"])]
    matched = m[m["hit"] >= 0]
    quoted = m[m["voice"] == "quoted"]
    extra = hits.drop(index=sorted(set(matched["hit"])))
    scores = pd.DataFrame([
        ("voice_accuracy", m["voice_right"].mean(), len(m)),
        ("voice_accuracy_matched", matched["voice_right"].mean(), len(matched)),
        ("speaker_accuracy", quoted["speaker_right"].mean(), len(quoted)),
        ("voice_and_speaker_accuracy", m["speaker_right"].mean(), len(m)),
        ("missed_units", len(m) - len(matched), len(m)),
        ("extra_predictions", len(extra), len(hits)),
    ], columns=["measure", "value", "n"])
    confusion = pd.crosstab(m["voice"], m["pred_voice"].replace("", "missed")).reindex(
        index=list(VOICES), columns=[*VOICES, "missed"], fill_value=0)
    confusion.index.name, confusion.columns.name = "gold", "predicted"
    wrong = m[~m["speaker_right"]]
    disagreements = wrong[["article_id", "field", "start", "end", "term", "voice", "pred_voice",
                           "speaker", "pred_speaker", "note", "sentence"]]
    return {"scores": scores, "confusion": confusion, "disagreements": disagreements,
            "extra": extra, "matched": m}
