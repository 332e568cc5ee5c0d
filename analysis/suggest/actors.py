"""A draft actor codebook: every speaker and named person or body the texts give, with evidence.

Why: a researcher's own story names people the package's ``actors.csv`` has never heard of; the
quotes table already gives them ``name:`` ids (:mod:`analysis.quotes.names`). Listing them once,
with how often they speak and are named and the titles and appositions the texts give them, is
where a study's actor codebook starts (cf. the "emergent coding" step of content analysis:
Krippendorff 2018, *Content Analysis*, ch. 7; Neuendorf 2017, ch. 5).

Rules:
- names come from the same reading as the quote step (:func:`analysis.quotes.article.read_article`:
  codebook aliases, then the capitalised names of :mod:`analysis.quotes.names`); titles and
  appositions from :func:`analysis.framing.labels.label_rows` on those mentions;
- a name's titles and party or demonym words before it are cut off ("Texas Sen. Ted Cruz" and
  "Democrat Bernie Sanders" are Ted Cruz and Bernie Sanders), and kept as titles;
- a surname alone ("Rove", "Mr. Rove") joins the full name ending in it when the corpus has
  exactly one such full name; with two (Hillary and Bill Clinton) it stays its own row and says
  whose surname it is: nothing is merged on a guess. A name the codebook knows joins its row.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

import pandas as pd

from ..codebooks import load_actors, load_stopwords
from ..framing.labels import label_rows
from ..quotes.article import read_article
from ..quotes.mentions import actor_index
from ..quotes.names import HONORIFIC_GENDER, is_name_id, name_id
from ..quotes.speaker_names import core_name, merge_names, surname
from ..quotes.summaries import statements
from ..quotes.verbs import verb_table

#: The package's actor columns (a row can be copied into a study's actors.csv), then evidence.
CODEBOOK_COLUMNS = ["id", "name", "aliases", "type", "country", "affiliation", "camp", "gender",
                    "metonyms"]
EVIDENCE_COLUMNS = ["statements", "mentions", "articles", "outlets", "titles", "appositions",
                    "example", "in_codebook", "note", "review"]
ACTOR_COLUMNS = CODEBOOK_COLUMNS + EVIDENCE_COLUMNS
#: Kinds of quote rows that are statements (a "mention" row is a title or a scare quote).
STATEMENT_KINDS = {"direct", "partial", "indirect"}
_WORD = re.compile(r"\S+")
_POSSESSIVE = re.compile(r"['’]s?$")
#: Titles kept in an alias before a surname alone ("Mr. Rove", "Sen. Graham").
_SHORT_TITLES = set(HONORIFIC_GENDER) | {"Sen.", "Rep.", "Gov.", "Dr.", "Gen.", "President"}
#: At most this many titles and appositions are listed per actor (the most frequent).
MAX_LABELS = 5


def article_people(article: dict, sentences, index=None, verbs=None) -> list[tuple]:
    """Per-article step: one row per name mention (codebook actor or name the text gives) of ONE
    article: (article_id, outlet, ref_id, name, kind, mention, start, end, titles, appositions,
    sentence); ``kind`` is person, body, unknown (a name) or ``codebook``."""
    text = str(article.get("text", "") or "")
    if not text.strip():
        return []
    index = index or actor_index()
    art = read_article(text, sentences, index, verbs or verb_table())
    mentions, rows = [], []
    for ref in art.refs:
        if ref.kind == "actor":
            name, kind, start = index.names.get(ref.actor_id, ref.actor_id), "codebook", ref.start
        elif ref.kind == "name" and ref.entity is not None:
            name, kind = ref.entity.name, ref.entity.kind
            start = _name_start(ref.text, ref.start, ref.entity.name)
        else:
            continue
        mentions.append((ref.actor_id, name, text[start:ref.end], start, ref.end, kind,
                         ref.text))
    labels = label_rows(article, sentences, [m[:5] for m in mentions])
    stopwords = load_stopwords()
    by_mention: dict[int, list] = defaultdict(list)
    for row in labels:
        if row[9] in ("premodifier", "appositive", "self_designation") and row[12] >= 0:
            by_mention[row[12]].append((row[9], row[4]))
    where = art.sentences
    for ref_id, name, _, start, end, kind, shown in mentions:
        found = by_mention.get(start, [])
        titles = [label for k, label in found if k == "premodifier"]
        title_in_mention = _trimmed(shown[:len(shown) - len(text[start:end])], stopwords)
        if title_in_mention and title_in_mention not in titles:
            titles.insert(0, title_in_mention)
        appositions = [label for k, label in found if k != "premodifier"]
        sentence = next((text[s:e] for s, e in where if s <= start < e), "")
        rows.append((article.get("article_id", ""), article.get("outlet", ""), ref_id, name, kind,
                     shown, start, end, "|".join(titles), "|".join(appositions),
                     " ".join(sentence.split())))
    return rows


def _trimmed(title: str, stopwords) -> str:
    """A title without the words that open a sentence rather than a title ("The")."""
    words = title.split()
    while words and words[0].lower() in stopwords:
        words.pop(0)
    return " ".join(words)


def _name_start(mention: str, start: int, full: str) -> int:
    """Where the name proper starts in a mention that opens with titles ("Mr. Rove" → "Rove")."""
    names = set(full.split())
    words = list(_WORD.finditer(mention))
    k = len(words)
    while k > 0 and _POSSESSIVE.sub("", words[k - 1].group()).rstrip(".,") in names | {
            w.rstrip(".") for w in names}:
        k -= 1
    return start + (words[k].start() if k < len(words) else 0)


def suggest_actors(tables) -> pd.DataFrame:
    """actors.csv draft (:data:`ACTOR_COLUMNS`) from a :class:`analysis.tables.Tables`: one row per
    actor (codebook or not) named or quoted, sorted by statements, mentions, name."""
    index, verbs = actor_index(), verb_table()
    sentences = _by_article(tables.sentences)
    rows = []
    for article in tables.articles.to_dict("records"):
        rows += article_people(article, sentences.get(article["article_id"]), index, verbs)
    people = pd.DataFrame(rows, columns=["article_id", "outlet", "ref_id", "name", "kind",
                                         "mention", "start", "end", "titles", "appositions",
                                         "sentence"])
    quotes = _statements(tables.quotes)
    return actor_table(people, quotes, index)


def actor_table(people: pd.DataFrame, quotes: pd.DataFrame, index) -> pd.DataFrame:
    """Corpus-wide step: the mention rows of :func:`article_people` and the statements of the
    quotes table merged into one row per actor."""
    codebook = load_actors().set_index("id")
    key_of, note_of = _row_keys(list(people["name"]) + list(quotes["speaker"]),
                                list(people["ref_id"]) + list(quotes["speaker_id"]), index)
    people = people.assign(key=[key_of[(r, n)] for r, n in zip(people["ref_id"], people["name"])])
    quotes = quotes.assign(key=[key_of[(r, n)] for r, n in zip(quotes["speaker_id"],
                                                               quotes["speaker"])])
    keys = sorted(set(people["key"]) | set(quotes["key"]))
    shared = Counter(surname(k) for k in keys if not k.startswith("id:") and len(k.split()) >= 2)
    ambiguous = {name for name, n in shared.items() if n > 1}
    out = []
    for key in keys:
        said = quotes[quotes["key"] == key]
        named = people[people["key"] == key]
        out.append(_row(key, named, said, codebook, note_of.get(key, ""), ambiguous))
    table = pd.DataFrame(out, columns=ACTOR_COLUMNS)
    table = _unique_ids(table)
    order = table.assign(_s=-table["statements"], _m=-table["mentions"])
    return order.sort_values(["_s", "_m", "name", "id"]).drop(columns=["_s", "_m"]) \
        .reset_index(drop=True)


def _row_keys(names, ids, index):
    """(ref id, name) → row key: ``id:<codebook id>`` or the merged core name; and key → note."""
    known_ids = set(index.names)

    def known(name):
        return index.lookup(name)

    cores = {}
    for ref_id, name in zip(ids, names):
        if ref_id in known_ids:
            continue
        cores[(ref_id, name)] = core_name(name)[0] or name
    merged = merge_names(sorted(set(cores.values())), known)
    full_by_surname: dict[str, set] = defaultdict(set)
    for target in merged.values():
        if len(target.split()) >= 2 and not target.startswith("id:"):
            full_by_surname[surname(target)].add(target)
    notes = {core: "surname of " + "; ".join(sorted(full_by_surname[core]))
             for core, target in merged.items()
             if target == core and len(core.split()) == 1 and len(full_by_surname[core]) > 1}
    keys = {}
    for ref_id, name in zip(ids, names):
        keys[(ref_id, name)] = f"id:{ref_id}" if ref_id in known_ids else merged[cores[(ref_id, name)]]
    return keys, notes


def _row(key, named, said, codebook, note, ambiguous=frozenset()) -> list:
    """One actor row: the codebook's cells when known, else what the texts show. A surname that
    ``ambiguous`` holds (two full names end in it) is left out of the aliases, and the gender
    with it (an honorific before it may belong to either)."""
    articles = set(named["article_id"]) | set(said["article_id"])
    outlets = sorted({o for o in list(named["outlet"]) + list(said["outlet"]) if o})
    forms = Counter(_alias(m) for m, k in zip(named["mention"], named["kind"]))
    forms.update(_alias(core_name(s)[0] or s) for s in said["speaker"])
    forms.pop("", None)
    titles = _counted(t for cell in named["titles"] for t in cell.split("|")
                      if t and t not in HONORIFIC_GENDER)
    titles.update(core_name(s)[1] for s, i in zip(said["speaker"], said["speaker_id"])
                  if is_name_id(i) and core_name(s)[1])
    appositions = _counted(a for cell in named["appositions"] for a in cell.split("|") if a)
    example = next(iter(list(said["sentence"]) + list(named["sentence"])), "")
    evidence = [len(said), len(named), len(articles), "|".join(outlets), _top(titles),
                _top(appositions), example]
    if key.startswith("id:"):
        aid = key[3:]
        book = codebook.loc[aid]
        cells = [aid, book["name"], book["aliases"], book["type"], book["country"],
                 book["affiliation"], book["camp"], book["gender"], book["metonyms"]]
        return cells + evidence + ["yes", note, ""]
    name = key
    last = surname(name)
    aliases = [f for f, _ in sorted(forms.items(), key=lambda kv: (-kv[1], kv[0]))
               if f != name and not (last in ambiguous and core_name(f)[0] == last)]
    kinds = Counter(k for k in named["kind"] if k != "codebook")
    kind = kinds.most_common(1)[0][0] if kinds else ""
    genders = {HONORIFIC_GENDER[w] for m in named["mention"] for w in m.split()
               if w in HONORIFIC_GENDER}
    if last in ambiguous and len(name.split()) >= 2:
        genders = set()
        note = note or f"'{last}' alone is also another actor's surname: left out of the aliases"
    cells = [name_id(name)[len("name:"):], name, "|".join([name] + aliases),
             "person" if kind == "person" else "", "", "", "",
             genders.pop() if len(genders) == 1 else "", ""]
    return cells + evidence + ["no", "; ".join(n for n in (note, _kind_note(kind)) if n), ""]


def _kind_note(kind: str) -> str:
    return {"body": "a body (its name has an organisation word): pick its type",
            "unknown": "type unknown: a person, a body or a place?",
            "person": "type guessed from the name's form"}.get(kind, "")


def _alias(mention: str) -> str:
    """A mention as an alias: possessive dropped; kept with at most one honorific before the name
    ("Mr. Rove"), long titles left to the titles column."""
    name, title = core_name(mention)
    if not title:
        return name
    return f"{title} {name}" if title in _SHORT_TITLES and len(name.split()) == 1 else name


def _counted(labels) -> Counter:
    return Counter(" ".join(label.split()) for label in labels)


def _top(counter: Counter) -> str:
    """The most frequent labels as ``label (n)``, ``|``-separated."""
    items = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_LABELS]
    return "|".join(f"{label} ({n})" for label, n in items)


def _unique_ids(table: pd.DataFrame) -> pd.DataFrame:
    """Proposed ids made unique (``_2``, ``_3`` ...) without touching codebook ids."""
    seen = set(table.loc[table["in_codebook"] == "yes", "id"])
    ids = []
    for aid, known in zip(table["id"], table["in_codebook"]):
        if known != "yes":
            base, n = aid or "actor", 2
            while aid in seen or not aid:
                aid, n = f"{base}_{n}", n + 1
        seen.add(aid)
        ids.append(aid)
    return table.assign(id=ids)


def _by_article(sentences: pd.DataFrame) -> dict:
    if sentences is None or not len(sentences):
        return {}
    return {aid: part[["start", "end"]] for aid, part in sentences.groupby("article_id", sort=False)}


def _statements(quotes: pd.DataFrame) -> pd.DataFrame:
    """The statements of someone the tool named (a speaker id), one row each
    (:func:`analysis.quotes.summaries.statements`: a quotation split by its frame, or a partial
    quote inside the reported clause that carries it, is one statement; a belief is none), so the
    counts here are those of the speakers table."""
    cols = ["article_id", "outlet", "speaker", "speaker_id", "sentence"]
    if quotes is None or not len(quotes):
        return pd.DataFrame(columns=cols)
    said = statements(quotes[quotes["kind"].isin(STATEMENT_KINDS)])
    return said.loc[said["speaker_id"] != "", cols].reset_index(drop=True)


def review_first(tables, n: int = 20) -> pd.DataFrame:
    """The ``n`` most-quoted speakers the actor codebook does not know, to review first: name,
    statements, articles, example (a sentence they speak in). From the quotes table alone (fast
    in a notebook); names merged as in :func:`suggest_actors` (titles cut, a surname joining its
    one full name)."""
    cols = ["name", "statements", "articles", "example"]
    said = _statements(tables.quotes)
    said = said[said["speaker_id"].map(is_name_id)]
    if not len(said):
        return pd.DataFrame(columns=cols)
    index = actor_index()
    keys, _ = _row_keys(list(said["speaker"]), list(said["speaker_id"]), index)
    said = said.assign(name=[keys[(i, s)] for i, s in zip(said["speaker_id"], said["speaker"])])
    said = said[~said["name"].str.startswith("id:")]
    out = said.groupby("name", sort=True).agg(statements=("sentence", "size"),
                                              articles=("article_id", "nunique"),
                                              example=("sentence", "first")).reset_index()
    out = out.sort_values(["statements", "articles", "name"], ascending=[False, False, True])
    return out.head(n).reset_index(drop=True)[cols]
