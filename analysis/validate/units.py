"""What coders code: the units of each table, the variables asked about them, the allowed codes.

Why one place: the sheet writer (drop-down lists), the sheet checker (unknown codes) and the
agreement table must agree on the variables and codes, and the codes come from the codebooks the
tool itself uses (``analysis.codebooks``), so a coder and the tool choose from the same list.
A unit is a row of a table; its words are ``articles.text[start:end]`` and its context the
sentence before, the sentence it is in and the sentence after (Krippendorff 2004, ch. 5: units
are coded with enough context to judge them, and the same context for every coder).
"""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from .. import codebooks

YES_NO = ["yes", "no"]
#: The code for "the tool left this empty" (no camp, no verb class, no speaker).
NONE = "none"
#: Tables a sample can be drawn from (``sentences`` only ``--for quotes``: the recall sample).
TABLES = ["quotes", "framing_hits", "actor_labels", "hedges", "contested_terms", "sentences"]


@dataclass(frozen=True)
class Variable:
    """One question about a unit: ``codes`` the allowed answers (None: free text, such as a
    speaker's name, with ``suggestions`` for the drop-down)."""
    name: str
    codes: tuple | None
    suggestions: tuple = ()

    @property
    def yes_no(self) -> bool:
        return self.codes == tuple(YES_NO)

    def allowed(self) -> tuple:
        return self.codes if self.codes is not None else self.suggestions


def _sorted(values) -> tuple:
    return tuple(sorted({v for v in values if v}))


def variables(table: str) -> list[Variable]:
    """The variables coders are asked about for ``table``, codes read from the codebooks now."""
    actors = _sorted(codebooks.load_actors()["name"])
    camps = _sorted(codebooks.camps()) + (NONE,)
    if table == "quotes":
        return [Variable("is_statement", tuple(YES_NO)),
                Variable("speaker", None, actors + (NONE,)),
                Variable("camp", camps),
                Variable("kind", ("direct", "partial", "indirect", "mention")),
                Variable("verb_class", _sorted(codebooks.VERB_CLASSES | codebooks.CONTENT_CLASSES)
                         + (NONE,))]
    if table == "framing_hits":
        return [Variable("is_hit", tuple(YES_NO)),
                Variable("frame", _sorted(codebooks.load_frames()["frame"])),
                Variable("voice", ("narrator", "quoted"))]
    if table == "actor_labels":
        return [Variable("is_label", tuple(YES_NO)), Variable("actor", actors + (NONE,))]
    if table == "hedges":
        return [Variable("is_hedge", tuple(YES_NO)),
                Variable("kind", _sorted(codebooks.HEDGE_KINDS | {"scare_quote"}))]
    if table == "contested_terms":
        return [Variable("is_term", tuple(YES_NO)), Variable("side", None),
                Variable("voice", ("narrator", "quoted"))]
    if table == "sentences":
        return [Variable("has_statement", tuple(YES_NO)),
                Variable("speaker", None, actors + (NONE,))]
    raise ValueError(f"no coding variables for table '{table}' (one of {', '.join(TABLES)})")


def _code(value) -> str:
    value = "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)
    return value if value else NONE


def tool_codes(table: str, rows: pd.DataFrame, quotes: pd.DataFrame | None = None) -> pd.DataFrame:
    """The tool's code per variable for each row of ``table`` (the key coders do not see)."""
    out = pd.DataFrame(index=rows.index)
    if table == "quotes":
        # beliefs, evidence, intentions and stances are reported content, not statements
        out["is_statement"] = ["no" if k == "mention" or c in codebooks.NOT_SPEECH_CLASSES else "yes"
                               for k, c in zip(rows["kind"], rows["verb_class"])]
        for col in ("speaker", "camp", "kind", "verb_class"):
            out[col] = [_code(v) for v in rows[col]]
    elif table == "framing_hits":
        out["is_hit"] = "yes"
        out["frame"] = rows["frame"].map(_code)
        out["voice"] = rows["voice"].map(_code)
    elif table == "actor_labels":
        out["is_label"] = "yes"
        out["actor"] = rows["actor"].map(_code)
    elif table == "hedges":
        out["is_hedge"] = "yes"
        out["kind"] = rows["kind"].map(_code)
    elif table == "contested_terms":
        out["is_term"] = "yes"
        out["side"] = rows["side"].map(_code)
        out["voice"] = rows["voice"].map(_code)
    elif table == "sentences":
        speakers = statement_speakers(rows, quotes)
        out["has_statement"] = ["yes" if s is not None else "no" for s in speakers]
        out["speaker"] = [_code(s) for s in speakers]
    return out


def statement_speakers(sentences: pd.DataFrame, quotes: pd.DataFrame) -> list:
    """For each sentence, the speaker of the first statement (not a ``mention``) that starts in
    it ("" when the tool names none), or None when the tool found no statement there."""
    found = quotes[quotes["kind"] != "mention"].sort_values(["article_id", "start"], kind="stable")
    by_article = {aid: list(zip(g["start"], g["speaker"])) for aid, g in found.groupby("article_id")}
    out = []
    for aid, start, end in zip(sentences["article_id"], sentences["start"], sentences["end"]):
        hit = next((spk for s, spk in by_article.get(aid, []) if start <= s < end), None)
        out.append(hit)
    return out


def contexts(rows: pd.DataFrame, articles: pd.DataFrame,
             sentences: pd.DataFrame) -> tuple[list[str], list[str]]:
    """(unit words, context) per row: the words at start:end and the sentences before, around
    and after them, one per line."""
    texts = dict(zip(articles["article_id"], articles["text"]))
    by_article = {aid: g.sort_values("start") for aid, g in sentences.groupby("article_id")}
    units, context = [], []
    for aid, start, end in zip(rows["article_id"], rows["start"], rows["end"]):
        text = texts.get(aid, "")
        units.append(text[start:end])
        sents = by_article.get(aid)
        if sents is None or sents.empty:
            context.append("")
            continue
        starts, ends = list(sents["start"]), list(sents["end"])
        first = next((i for i, e in enumerate(ends) if e > start), len(ends) - 1)
        last = next((i for i, e in enumerate(ends) if e >= end), len(ends) - 1)
        lo, hi = max(first - 1, 0), min(last + 1, len(starts) - 1)
        context.append("\n".join(text[s:e] for s, e in zip(starts[lo:hi + 1], ends[lo:hi + 1])))
    return units, context
