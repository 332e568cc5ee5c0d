"""Quote summaries for the notebooks, the report and the export: shares by camp, speakers, verb
classes, all counted over statements.

Why statements: one speech act often gives several rows (a partial quote inside the reported
clause that carries it, a quotation split by its frame); counting rows counts such a speaker two
or three times (issue 14: on the seeds 18 of 83 rows sat inside another row of the same speaker).
:func:`statements` makes one row per ``statement_id`` (:func:`analysis.quotes.rows.statement_ids`)
and every summary here counts those; quoted words are counted once per statement (the union of
its rows' spans).

Each is one function from the quote table (``tables.load(...).quotes``) to a small table.
"""
from __future__ import annotations

import pandas as pd

from ..codebooks import NOT_SPEECH_CLASSES, camps
from ..stats import clustered_ratios
from .names import is_name_id
from .speaker_names import corpus_names

UNATTRIBUTED = "unattributed"
#: The columns of camp_shares.csv, in order.
CAMP_SHARE_COLUMNS = ["outlet", "camp", "statements", "statement_share", "words", "word_share",
                      "ci_low", "ci_high"]
#: Verb classes of reported content that is no speech act (beliefs, what polls show, intentions,
#: stances; :mod:`analysis.quotes.content`): in quotes.csv, but not counted as statements, so camp
#: shares count who is quoted, not whose views the reporter describes.
NOT_SPEECH = NOT_SPEECH_CLASSES
#: The verb class of a speech act told by the topic it named ("Putin discussed the situation in
#: Caracas"): a statement, but its unmarked object is the outlet's naming of what was talked
#: about, not the speaker's words (``gold/voice_guidelines.md``: "Commenting on the clashes").
TOPIC = "topic"
MARKED = frozenset({"direct", "partial"})   # quote kinds inside quotation marks


def speakers_words(kind: str, verb_class: str) -> bool:
    """Whether a quote row's span holds its speaker's own words (the one definition behind the
    quoted voice, a statement's words and the reported share): words in quotation marks always;
    an unmarked content (kind ``indirect``) unless it is no speech act (:data:`NOT_SPEECH`) or a
    :data:`TOPIC` the outlet names. A row without ``kind`` counts as speech."""
    if kind in MARKED:
        return True
    return kind in ("", "indirect") and verb_class not in NOT_SPEECH and verb_class != TOPIC


STATEMENT_COLUMNS = ["article_id", "outlet", "statement_id", "speaker", "speaker_id", "camp",
                     "verb", "verb_class", "kinds", "rows", "words", "sentence", "speaker_name"]


def camp_order() -> list[str]:
    """The study's camps in its order (camps.csv), then speakers with no camp."""
    return camps() + [UNATTRIBUTED]


def _camp(quotes: pd.DataFrame) -> pd.Series:
    return quotes["camp"].replace("", UNATTRIBUTED).fillna(UNATTRIBUTED)


def _union_words(spans) -> int:
    """Words of the union of (start, end, quote) spans of one article: overlaps read once."""
    pieces, reach = [], None
    for start, end, quote in sorted(spans, key=lambda s: (s[0], -s[1])):
        if reach is not None and start < reach:
            if end > reach:
                pieces[-1] += quote[reach - start:]
                reach = end
            continue
        pieces.append(quote)
        reach = end
    return sum(len(p.split()) for p in pieces)


def statements(quotes: pd.DataFrame) -> pd.DataFrame:
    """One row per statement, in table order: its speaker, camp ("unattributed" when none), verb
    and verb class (of its first row that has a verb, the carrying clause before the quotes
    inside it), the kinds of its rows ("indirect+partial"), how many rows, its quoted or reported
    words (overlaps once), its first sentence, and ``speaker_name``: the name the speaker is
    counted under across the table (:func:`.speaker_names.corpus_names`: "Obama" of one article
    and "Barack Obama" of another are one speaker), which every count of speakers uses.

    Rows with an empty ``statement_id`` (``mention``: marks that hold no statement) are left out,
    and so are rows of a :data:`NOT_SPEECH` verb class (a belief or a poll's finding is no
    statement of its holder).
    A table without ``statement_id`` (written before it existed, or by hand) counts each row as
    its own statement.
    """
    q = quotes.reset_index(drop=True)
    if "statement_id" not in q.columns:
        q = q.assign(statement_id=[f"row{i}" for i in range(len(q))])
    q = q[q["statement_id"].astype(str) != ""]
    if "verb_class" in q.columns:
        q = q[~q["verb_class"].isin(NOT_SPEECH)]
    q = q.assign(**{c: "" for c in STATEMENT_COLUMNS[:-5] + ["sentence", "quote", "kind"]
                    if c not in q.columns})
    if "start" not in q.columns:    # no offsets: each row's words on their own
        q = q.assign(start=range(len(q)), end=range(1, len(q) + 1))
    q = q.assign(camp=_camp(q), _order=range(len(q)))
    q = q.sort_values(["start", "end"], ascending=[True, False], kind="stable")
    # Plain lists, not a pandas group per statement: 12,000 statements (PolNeAR) took 9 s as
    # DataFrame groups, 0.6 s as lists. Each statement holds its rows' positions in the columns'
    # lists, not a dict per row: the dicts took 0.6 s of 1.4 s on 10,000 synthetic articles.
    col = {name: q[name].tolist() for name in ("statement_id", "_order", "article_id", "outlet",
                                               "speaker", "speaker_id", "camp", "verb",
                                               "verb_class", "kind", "start", "end", "quote",
                                               "sentence")}
    groups: dict[str, list[int]] = {}
    for i, sid in enumerate(col["statement_id"]):
        groups.setdefault(sid, []).append(i)
    verb, kind, verb_class = col["verb"], col["kind"], col["verb_class"]
    rows = []
    for sid, g in groups.items():
        lead = next((i for i in g if verb[i] != ""), g[0])
        rows.append((min(col["_order"][i] for i in g), col["article_id"][lead],
                     col["outlet"][lead], sid, col["speaker"][lead], col["speaker_id"][lead],
                     col["camp"][lead], verb[lead], verb_class[lead],
                     "+".join(sorted({kind[i] for i in g} - {""})), len(g),
                     _union_words((col["start"][i], col["end"][i], col["quote"][i]) for i in g
                                  if speakers_words(kind[i], verb_class[i])),
                     col["sentence"][g[0]]))
    out = pd.DataFrame(rows, columns=["_order"] + STATEMENT_COLUMNS[:-1])
    out["speaker_name"] = corpus_names(out["speaker"].tolist(), out["speaker_id"].tolist())
    return out.sort_values("_order").drop(columns="_order").reset_index(drop=True)


def _camp_order(found) -> list:
    order = camp_order()
    return order + sorted(set(found) - set(order))


def camp_shares(quotes: pd.DataFrame, by: str = "outlet",
                articles: pd.DataFrame | None = None, said: pd.DataFrame | None = None
                ) -> pd.DataFrame:
    """camp_shares.csv: per ``by`` group and camp, the statements and their share of the group's
    statements (with a 95% interval from a bootstrap over articles,
    :func:`analysis.stats.clustered_ratios`), and the quoted + reported words and their share.

    One row per group × camp for every camp found in the table (zero rows included), groups in
    alphabetical order ignoring case, camps in the study's order (camps.csv); a statement
    without a camp (speaker not found, or not in the actor codebook) is in camp "unattributed".
    ``articles`` (the articles table) adds the group's articles with no statement to the
    resampled clusters (``by`` must then be an articles column, e.g. outlet). ``said``:
    :func:`statements` of ``quotes`` when the caller made them already.
    """
    st = statements(quotes) if said is None else said
    if st.empty:
        return pd.DataFrame(columns=[by] + CAMP_SHARE_COLUMNS[1:])
    order = _camp_order(st["camp"])
    present = [c for c in order if c in set(st["camp"])]
    st = st.assign(article_id=st["article_id"].replace("", "(one article)"))
    counts = (st.groupby([by, "article_id", "camp"]).agg(statements=("statement_id", "size"),
                                                       words=("words", "sum"))
              .unstack("camp", fill_value=0))
    clusters = counts.index.to_frame(index=False)
    if articles is not None and by in articles.columns:
        clusters = (pd.concat([clusters, articles[[by, "article_id"]]]).drop_duplicates()
                    .reset_index(drop=True))
    counts = counts.reindex(pd.MultiIndex.from_frame(clusters), fill_value=0)
    n = counts["statements"].sum(axis=1)
    long = pd.concat([clusters.assign(camp=camp, statements=counts["statements"].get(camp, 0).to_numpy(),
                                      words=counts["words"].get(camp, 0).to_numpy(), total=n.to_numpy())
                      for camp in present], ignore_index=True)
    out = clustered_ratios(long, by=[by, "camp"], cluster="article_id", numerator="statements",
                           denominator="total")
    words = long.groupby([by, "camp"], as_index=False)["words"].sum()
    out = out.drop(columns="words", errors="ignore").merge(words, on=[by, "camp"])
    out = out.assign(statement_share=out["ratio"])
    out["word_share"] = out["words"] / out.groupby(by)["words"].transform("sum").where(lambda s: s > 0)
    out["camp"] = pd.Categorical(out["camp"], order, ordered=True)
    out = out.sort_values([by, "camp"], key=lambda c: c.str.casefold() if c.name == by else c)
    out = out.reset_index(drop=True)     # outlets ignoring case, as in outlet_profile
    out["camp"] = out["camp"].astype(str)
    return out[[by] + CAMP_SHARE_COLUMNS[1:]]


def speakers_by(quotes: pd.DataFrame, by: str = "outlet") -> pd.DataFrame:
    """Statements per speaker (rows, with camp; by ``speaker_name``: one person under one name
    across the corpus) and ``by`` group (columns), most quoted first."""
    st = statements(quotes)
    df = st.assign(speaker=st["speaker_name"].replace("", "(no speaker found)"))
    table = pd.crosstab([df["speaker"], df["camp"]], df[by])
    return table.loc[table.sum(axis=1).sort_values(ascending=False, kind="stable").index]


def verb_classes_by(quotes: pd.DataFrame, by: str = "camp") -> pd.DataFrame:
    """Statements per reporting-verb class (columns) and ``by`` group (camp, outlet, speaker);
    statements without a verb (scare quotes, continued quotes) are left out."""
    st = statements(quotes)
    df = st[st["verb_class"] != ""]
    return pd.crosstab(df[by], df["verb_class"])


def verb_class_shares(quotes: pd.DataFrame, by: str = "camp") -> pd.DataFrame:
    """Per ``by`` group and reporting-verb class: the statements (``statements``), the group's
    statements with a verb (``n``), the share and its 95% interval (bootstrap over articles,
    :func:`analysis.stats.clustered_ratios`). Every class found is listed for every group."""
    st = statements(quotes)
    st = st[st["verb_class"] != ""]
    columns = [by, "verb_class", "statements", "n", "share", "ci_low", "ci_high"]
    if st.empty:
        return pd.DataFrame(columns=columns)
    counts = pd.crosstab([st[by], st["article_id"]], st["verb_class"])
    long = (counts.stack().rename("statements").reset_index()
            .merge(counts.sum(axis=1).rename("n").reset_index(), on=[by, "article_id"]))
    out = clustered_ratios(long, by=[by, "verb_class"], cluster="article_id",
                           numerator="statements", denominator="n")
    return out.rename(columns={"ratio": "share"})[columns]


def unknown_speakers(quotes: pd.DataFrame) -> pd.DataFrame:
    """Speakers found in the text but missing from the actor codebook (candidates to add): those
    whose ``speaker_id`` was made from the name (``name:...``) or is empty (a description), with
    their statements, outlets and one example sentence."""
    st = statements(quotes)
    ids = st["speaker_id"].astype(str)
    df = st[((ids == "") | ids.map(is_name_id)) & (st["speaker"] != "")]
    return (df.drop(columns="speaker").rename(columns={"speaker_name": "speaker"})
            .groupby("speaker").agg(statements=("statement_id", "size"),
                                      outlets=("outlet", lambda s: ", ".join(sorted(set(s)))),
                                      example=("sentence", "first"))
            .sort_values("statements", ascending=False).reset_index())


def nested_rows(quotes: pd.DataFrame) -> pd.Series:
    """For each quote row, whether it lies inside another row of the same statement (a
    ``partial`` quote inside the reported clause that carries it): the rows a count of rows,
    not of statements, would count twice (issue 14). Of two rows with the same span, the later
    one is the nested one."""
    inside = pd.Series(False, index=quotes.index)
    if quotes.empty or "statement_id" not in quotes.columns:
        return inside
    rows = quotes[quotes["statement_id"].astype(str) != ""]
    for _, group in rows.groupby("statement_id", sort=False):
        spans = list(zip(group.index, group["start"], group["end"]))
        for k, (i, start, end) in enumerate(spans):
            inside[i] = any(s <= start and end <= e and (s, e) != (start, end) or
                            (s, e) == (start, end) and m < k
                            for m, (_, s, e) in enumerate(spans) if m != k)
    return inside
