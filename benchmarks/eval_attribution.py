"""Score quote attribution (quotes.csv) against PolNeAR (brat Source / Cue / Content; train, dev).

    python -m benchmarks.eval_attribution --polnear /work/corpora/polnear --split dev [--split train]
        [--tables DIR] [--repo DIR] [--peer PYTHON] [--misses N] [--out scores.csv]
        [--false-positives N]

Each split's texts are copied into a temporary study folder (manifest.csv: outlet and date from the
file name) and ``python -m analysis export --workers 1`` of ``--repo`` (default: this checkout) runs
on it as a subprocess. ``--tables DIR`` scores DIR/<split>/{quotes,articles}.csv, exporting there
first when missing. ``--peer PYTHON`` also scores textacy's direct quotations on spaCy's small model
(``peer_textacy.py``, run by that interpreter on the same cleaned texts). The test split is never
read. --out writes numbers only; miss contexts (corpus text) go to the terminal only.
``--false-positives N`` lists spurious reported-speech rows, each with the gold Content it overlaps
most (its share of the longer span: below 0.5 is a span that missed; "no gold": nothing there).

Gold. Per article the first ``X_<annotator>.ann`` in name order; each ``E`` event with a Content
is one attribution. The export drops lines (headline, chrome) and folds spaces, so each Content
fragment is found in the cleaned ``text`` by its words (any whitespace between), at the occurrence
nearest its raw offset plus the shift of the fragment found before. A Content not found is
"unlocated" and left out of every denominator (count printed). Sources are compared by words only.

Direct quotes. A Content's fragments include those of ``Content2`` (the second half of a split
quotation). Gold units: the outermost quotations (" “” «» „“ ``'' ''…'') in each Content fragment,
widened by an adjacent mark (a typewriter pair too, or the half of one the fragment cuts); an
opening mark at a fragment's start left open runs to its end; mixed pairs (“..." and "...”, and
“...“ ending a word) close, and so does ”...” when its first mark opens a word. A Content's fragments of one paragraph apart by white space (or an
ellipsis's dots) only are joined first: brat cuts a span at each line of its one-sentence-a-line
view, and a quotation of three sentences made a unit of its first sentence only (a quotation
continued over paragraphs stays a unit per paragraph). Predictions: rows of kind direct or
partial. A prediction matches a gold unit (less its marks, as rows give quotations: '“No,”'
against 'No') when they overlap by at least half of the longer; pairs are one-to-one, largest
overlap ratio first. Precision and recall of spans; speaker accuracy over matched pairs;
span+speaker F1 counts a pair only with the speaker right.

Speaker right. Words are folded (accents, case, possessive 's) less STOP (articles, honorifics). A
prediction naming someone (a non-pronoun word in ``speaker`` or ``speaker_mention``) is right when
it shares a word with the gold Source or, if that Source is a bare pronoun, with the nearest
earlier gold Source of the article holding a capitalised word. A bare-pronoun prediction is right
only on the same gold pronoun (``right_by_pronoun_only`` gives their share). No Source in gold:
right only with no predicted speaker. So "Karl Rove" / "Mr. Rove" / "Rove" match; "he" predicted as
Donald Trump is right only if the gold "he" follows a Source naming Trump. Blind spots: no gender
or number check; a capitalised role ("The Republican nominee") counts as the name. Because
PolNeAR annotates the Source as written, not whom a pronoun stands for, ``speaker_accuracy_as_written``
(and its F1) also counts a pair right when ``speaker_mention`` shares a word with the gold Source
(gold "he", predicted mention "he"): an upper bound where the proxy above is a lower one.

Reported speech. Gold: Contents without quotations. Predictions: rows of kind indirect, matched
as above against all gold Contents (an indirect row on a Content holding a partial quote is no
false positive). Speech-verb recall: gold Contents whose Cue holds a SPEECH lemma (-s/-es/-ed/-ing
stripped, plus IRREGULAR); speech-verb precision: predicted rows whose ``verb`` does. All-content
recall: every unquoted gold Content, beliefs and "polls show" included. ``articles_per_s``: whole
export run (start-up included) for the project; spaCy's parse alone (one process) for the peer.
"""
from __future__ import annotations

import argparse
import csv
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
SPEECH = set("""say tell add state announce declare explain claim argue insist note remark reply respond
answer ask write tweet post comment warn urge promise vow pledge deny admit acknowledge concede confirm
report repeat reiterate suggest predict describe call accuse criticize criticise praise blast slam charge
contend maintain assert allege testify speak continue recall stress emphasize point complain joke quip
shout chant tout boast brag lament mention observe propose demand threaten agree disagree question
challenge dismiss according""".split())
IRREGULAR = {"said": "say", "told": "tell", "wrote": "write", "written": "write", "spoke": "speak",
             "spoken": "speak"}
STOP = set("the a an of and or in on at for to from with by s mr mrs ms dr jr sr his her their its our "
           "my your said says".split())
PRONOUNS = set("he she they it i we you him them us me who this that one".split())
QUOTES = '"“”«»„'
PAIRS = {'"': '"', "“": "”", "«": "»", "„": "“", "``": "''", "''": "''"}  # opening -> closing
OUTLETS = {"huff-post": "Huffington Post", "breitbart": "Breitbart", "nyt": "New York Times",
           "politico": "Politico", "wash-post": "Washington Post", "west-journal": "Western Journalism",
           "usa-today": "USA Today"}


def lemma(word: str) -> str | None:
    """The SPEECH lemma of an inflected word, or None."""
    w = word.lower()
    cands = [w, IRREGULAR.get(w, ""), w[:-1], w[:-2], w[:-3], w[:-3] + "e", w[:-3] + "y", w[:-4]]
    return next((c for c in cands if c in SPEECH), None)


def cue_lemma(phrase) -> str | None:
    """The first SPEECH lemma in a cue or verb phrase, or None."""
    return next(filter(None, map(lemma, re.findall(r"[A-Za-z]+", str(phrase or "")))), None)


def is_speech(phrase) -> bool:
    return cue_lemma(phrase) is not None


def words(text) -> set[str]:
    """Folded words less STOP: accents dropped, lower case, possessive 's removed."""
    text = text.replace("’", "'") if isinstance(text, str) else ""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return set(re.findall(r"[a-z0-9]+", re.sub(r"'s\b", "", text))) - STOP


def named(text: str) -> bool:
    return any(words(w) - PRONOUNS for w in re.findall(r"\b[A-Z][\w.'-]*", text))


def speaker_right(pred_speaker, pred_mention, gold: dict) -> bool:
    said = words(pred_speaker) | words(pred_mention)
    if gold["source"] is None:
        return not said
    names = said - PRONOUNS
    if names:
        return bool(names & (words(gold["source"]) | words(gold["antecedent"])))
    return bool(said & words(gold["source"]))


def read_brat(path: Path, raw: str) -> list[dict]:
    """Attributions of one .ann file over the raw text ``raw``: content fragments, source and cue text."""
    spans, found = {}, []
    for line in path.read_text(encoding="utf-8").splitlines():
        if m := re.match(r"(T\d+)\t\S+ ([\d; ]+)", line):      # (a span's text may run on a line)
            frags = [tuple(map(int, f.split())) for f in m[2].split(";")]
            spans[m[1]] = (frags, " ".join(raw[s:e] for s, e in frags))
        elif re.match(r"E\d+\t", line):
            roles = dict(r.split(":") for r in line.split("\t")[1].split() if ":" in r)
            found.append(roles)
    atts = []
    for roles in found:
        if "Content" not in roles:
            continue
        src, cue = (spans[roles[r]] if r in roles else None for r in ("Source", "Cue"))
        # the second half of a split quotation ('"...," X said. "..."') is the role Content2
        content = [f for r in sorted(roles) if re.fullmatch(r"Content\d*", r) for f in spans[roles[r]][0]]
        atts.append({"content": content, "source": src[1] if src else None,
                     "source_at": src[0][0][0] if src else -1, "cue": cue[1] if cue else ""})
    for att in atts:     # a pronoun Source also counts as its nearest earlier named Source
        src = att["source"] or ""
        before = [a for a in atts if a["source"] and named(a["source"]) and a["source_at"] < att["source_at"]]
        pronoun = src and not (words(src) - PRONOUNS)
        att["antecedent"] = max(before, key=lambda a: a["source_at"])["source"] if pronoun and before else ""
    return atts


def locate(raw: str, clean: str, atts: list[dict]) -> None:
    """Give each attribution ``frags`` in cleaned-text offsets (None when a fragment is not found)."""
    shift = 0
    for att in sorted(atts, key=lambda a: a["content"][0][0]):
        att["frags"] = []
        for start, end in att["content"]:
            pattern = r"\s+".join(map(re.escape, raw[start:end].split()))
            hits = [m.span() for m in re.finditer(pattern, clean)] if pattern else []
            if not hits:
                att["frags"] = None
                break
            best = min(hits, key=lambda h: abs(h[0] - start - shift))
            shift = best[0] - start
            att["frags"].append(best)


def quote_units(clean: str, start: int, end: int) -> list[tuple[int, int]]:
    """The outermost quotations of a Content fragment (widened by an adjacent mark, a typewriter
    pair too, or the rest of a pair the fragment cuts: ``'Florida is ...''`` starts at the second
    half of a ''); an opening mark at the fragment's start left open runs to its end (a quote
    running over paragraphs); ”...” pairs when its first mark opens a word (web copy typing both
    marks of a pair as ”, as ``analysis.text.quote_spans`` reads them)."""
    start -= start > 0 and clean[start - 1] in QUOTES
    if clean[start - 1:start + 1] in ("''", "``") and start > 0:
        start -= 1
    elif start > 1 and clean[start - 2:start] in ("''", "``"):
        start -= 2
    end += end < len(clean) and clean[end] in QUOTES
    if clean[end - 1:end + 1] == "''" and end > 0:
        end += 1
    elif clean[end:end + 2] == "''":
        end += 2
    units, stack = [], []
    for m in re.finditer(r"``|''|[\"“”«»„]", clean[start:end]):
        mark, at = m.group(), start + m.start()
        if stack and (PAIRS[stack[-1][0]] == mark or _mixed_close(clean, stack[-1][0], mark, at, end)):
            opened = stack.pop()[1]
            if not stack:
                units.append((opened, start + m.end()))
        elif mark in PAIRS:
            stack.append((mark, at))
        elif mark == "”" and not stack and clean[at + 1:at + 2].isalnum() and not clean[at - 1:at].strip() \
                and "”" in clean[at + 1:end]:   # ”...”: an opening mark typed as a closing one
            stack.append(("“", at))
    if stack and stack[0][1] == start:
        units.append((start, end))
    return units


def inside(clean: str, start: int, end: int) -> tuple[int, int]:
    """A unit less its marks (and a comma or stop inside them), as rows give a quotation: '“No,”'
    against 'No' overlapped 2 of 5 characters, under the half a match needs."""
    while start < end and (clean[start] in QUOTES or clean[start] in "'`"):
        start += 1
    while end > start and (clean[end - 1] in QUOTES or clean[end - 1] in "',"):
        end -= 1
    return start, end


def _mixed_close(clean: str, opened: str, mark: str, at: int, end: int) -> bool:
    """A double mark closing one of the other shape, as typed in copy: “..." and "...” when no
    mark of the opening one's own partner follows in the fragment (else it is a quotation inside
    it), and “...“ where the second mark ends a word."""
    if opened in '“"' and mark in '”"' and opened != mark:
        return PAIRS[opened] not in clean[at + 1:end]
    return opened == mark == "“" and not clean[at - 1:at].isspace() and not clean[at + 1:at + 2].isalnum()


_BETWEEN_SENTENCES = re.compile(r"[ \t.…]*")   # white space, or the dots of an ellipsis brat left out


def content_units(clean: str, frags: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The quotation units of one Content: :func:`quote_units` of its fragments, fragments of one
    paragraph apart by white space (or an ellipsis's dots) only joined first (brat cuts a span at
    each line of its one-sentence-a-line view: a quotation of three sentences came as three
    fragments, and only the first, holding the opening mark, made a unit). A quotation continued
    over paragraphs stays a unit per paragraph, each opened by its own mark."""
    joined = []
    for s, e in sorted(frags):
        if joined and _BETWEEN_SENTENCES.fullmatch(clean[joined[-1][1]:s]):
            joined[-1] = (joined[-1][0], e)
        else:
            joined.append((s, e))
    return [u for s, e in joined for u in quote_units(clean, s, e)]


def match(golds: list, preds: list) -> dict[int, int]:
    """One-to-one, best first: gold index -> prediction index. Items: lists of (start, end)."""
    pairs = []
    for g, gfr in enumerate(golds):
        glen = sum(e - s for s, e in gfr)
        for p, (ps, pe) in enumerate(preds):
            over = sum(max(0, min(e, pe) - max(s, ps)) for s, e in gfr)
            longer = max(glen, pe - ps)
            if longer and over >= longer / 2:
                pairs.append((over / longer, g, p))
    out, used = {}, set()
    for _, g, p in sorted(pairs, reverse=True):
        if g not in out and p not in used:
            out[g] = p
            used.add(p)
    return out


def context(gold: dict, text: str) -> str:
    return f"[{gold['source'] or '-'}] {gold['cue']}: {' '.join(text.split())[:90]}"


def nearest_gold(atts: list[dict], start: int, end: int) -> tuple[float, dict | None]:
    """The gold attribution whose Content overlaps [start, end) most, with the overlap as a share
    of the longer of the two (0.0 and None when none overlaps)."""
    best = (0.0, None)
    for att in atts:
        over = sum(max(0, min(e, end) - max(s, start)) for s, e in att["frags"])
        longer = max(sum(e - s for s, e in att["frags"]), end - start)
        if over and over / longer > best[0]:
            best = (over / longer, att)
    return best


def false_positive(row, atts: list[dict], clean: str) -> str:
    """One line for a spurious reported-speech row: its speaker, verb and content, then the gold
    Content it overlaps most ("no gold" when none does) and the sentence."""
    ratio, att = nearest_gold(atts, int(row["start"]), int(row["end"]))
    gold = f"gold {ratio:.2f} {context(att, clean[att['frags'][0][0]:att['frags'][-1][1]])}" if att else "no gold"
    sentence = " ".join(str(row.get("sentence", "")).split())
    return f"[{row['speaker']}] {row['verb']}: {' '.join(str(row['quote']).split())[:160]} || {gold} || {sentence[:300]}"


def score(gold_by_article: dict, quotes: pd.DataFrame, articles: pd.DataFrame,
          spurious: list | None = None) -> tuple[dict, Counter, dict]:
    """The numbers of one system on one split, the miss kinds and one context per kind; each
    spurious reported-speech row is appended to ``spurious`` as (article id, a line of context)
    when a list is given."""
    n, misses, example = Counter(), Counter(), {}

    def miss(kind, text):
        misses[kind] += 1
        example.setdefault(kind, text)

    texts = dict(zip(articles["article_id"], articles["text"].fillna("")))
    for aid, (raw, atts) in gold_by_article.items():
        clean = texts.get(aid, "")
        locate(raw, clean, atts)
        n["unlocated"] += sum(a["frags"] is None for a in atts)
        atts = [a for a in atts if a["frags"]]
        rows = quotes[quotes["article_id"] == aid]
        # direct quotes
        units = [(a, q) for a in atts for q in content_units(clean, a["frags"])]
        direct = rows[rows["kind"].isin(["direct", "partial"])].reset_index(drop=True)
        pairs = match([[inside(clean, *q)] for _, q in units], list(zip(direct["start"], direct["end"])))
        n["gold_quotes"] += len(units)
        n["pred_quotes"] += len(direct)
        n["matched"] += len(pairs)
        for g, (att, (s, e)) in enumerate(units):
            if g not in pairs:
                miss("quote span missed", context(att, clean[s:e]))
                continue
            row = direct.iloc[pairs[g]]
            said = words(row["speaker"]) | words(row["speaker_mention"])
            right = speaker_right(row["speaker"], row["speaker_mention"], att)
            as_written = att["source"] is not None and bool(words(row["speaker_mention"]) & words(att["source"]))
            n["mention_right"] += right or as_written
            if right:
                n["speaker_right"] += 1
                n["pronoun_right"] += bool(said) and not said - PRONOUNS
            elif not said:
                miss("quote: no speaker", context(att, clean[s:e]))
            else:
                who = "pronoun" if att["source"] and not words(att["source"]) - PRONOUNS else "named"
                miss(f"quote: wrong speaker (gold {who})", f"predicted {row['speaker']!r} " + context(att, clean[s:e]))
        for p in set(range(len(direct))) - set(pairs.values()):
            miss("quote spurious", f"[{direct['speaker'][p]}] {str(direct['quote'][p])[:90]}")
        # reported speech (contents without quotation marks)
        indirect = rows[rows["kind"] == "indirect"].reset_index(drop=True)
        pairs = match([a["frags"] for a in atts], list(zip(indirect["start"], indirect["end"])))
        for g, att in enumerate(atts):
            if content_units(clean, att["frags"]):
                continue
            speech = is_speech(att["cue"])
            n["gold_reported"] += 1
            n["gold_speech"] += speech
            n["found_reported"] += g in pairs
            n["found_speech"] += speech and g in pairs
            if g not in pairs:
                kind = f"reported missed (cue '{cue_lemma(att['cue'])}')" if speech else "reported missed (other cue)"
                miss(kind, context(att, clean[att["frags"][0][0]:att["frags"][-1][1]]))
        speech_pred = [is_speech(v) for v in indirect["verb"]]
        n["pred_speech"] += sum(speech_pred)
        n["pred_speech_right"] += sum(speech_pred[p] for p in pairs.values())
        for p in range(len(indirect)):
            if speech_pred[p] and p not in pairs.values():
                miss("reported spurious", f"[{indirect['speaker'][p]}] {indirect['verb'][p]}: {str(indirect['quote'][p])[:90]}")
                if spurious is not None:
                    spurious.append((aid, false_positive(indirect.iloc[p], atts, clean)))

    div = lambda a, b: round(a / b, 3) if b else float("nan")
    p, r = div(n["matched"], n["pred_quotes"]), div(n["matched"], n["gold_quotes"])
    sp, sr = div(n["speaker_right"], n["pred_quotes"]), div(n["speaker_right"], n["gold_quotes"])
    mp, mr = div(n["mention_right"], n["pred_quotes"]), div(n["mention_right"], n["gold_quotes"])
    numbers = {"articles": len(gold_by_article), "unlocated_contents": n["unlocated"],
               "gold_quotes": n["gold_quotes"], "pred_quotes": n["pred_quotes"],
               "quote_precision": p, "quote_recall": r, "speaker_accuracy": div(n["speaker_right"], n["matched"]),
               "quote_speaker_f1": div(2 * sp * sr, sp + sr),
               "right_by_pronoun_only": div(n["pronoun_right"], n["matched"]),
               "gold_speech": n["gold_speech"], "speech_recall": div(n["found_speech"], n["gold_speech"]),
               "speech_precision": div(n["pred_speech_right"], n["pred_speech"]),
               "gold_reported": n["gold_reported"], "all_content_recall": div(n["found_reported"], n["gold_reported"]),
               "speaker_accuracy_as_written": div(n["mention_right"], n["matched"]),
               "quote_speaker_f1_as_written": div(2 * mp * mr, mp + mr)}
    return numbers, misses, example


def read_gold(polnear: Path, split: str) -> dict:
    """article id -> (raw text, attributions), the first annotator's file in name order."""
    if split == "test":
        raise SystemExit("the test split is reserved for acceptance")
    base = polnear / "data" / split
    out = {}
    for txt in sorted((base / "text").glob("*.txt")):
        anns = sorted((base / "attributions").glob(f"{txt.stem}_*.ann"))
        if anns:
            raw = txt.read_text(encoding="utf-8")
            out[txt.stem] = (raw, read_brat(anns[0], raw))
    return out


def export(polnear: Path, split: str, tables: Path, repo: Path) -> float:
    """Run the project's export on the split's texts; returns its seconds."""
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        with open(corpus / "manifest.csv", "w", newline="", encoding="utf-8") as fh:
            out = csv.writer(fh)
            out.writerow(["file", "outlet", "published", "url", "notes"])
            for txt in sorted((polnear / "data" / split / "text").glob("*.txt")):
                shutil.copy(txt, corpus / txt.name)
                outlet, date = txt.stem.split("_")[:2]
                out.writerow([txt.name, OUTLETS.get(outlet, outlet), date, "", ""])
        start = time.perf_counter()
        env = {**os.environ, "PYTHONPATH": str(repo)}
        done = subprocess.run([sys.executable, "-m", "analysis", "export", "--corpus", str(corpus),
                               "--out", str(tables), "--workers", "1"], cwd=repo, env=env,
                              capture_output=True, text=True, check=False)
        if done.returncode:
            raise SystemExit(f"export failed:\n{done.stderr[-3000:]}")
        return time.perf_counter() - start


def main(argv=None) -> None:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--polnear", type=Path, required=True, help="folder holding data/{train,dev}")
    args.add_argument("--split", action="append", choices=["dev", "train"], help="repeatable; default dev")
    args.add_argument("--tables", type=Path, help="score (or export into) DIR/<split> instead of a temporary folder")
    args.add_argument("--repo", type=Path, default=HERE.parent, help="checkout whose analysis package exports")
    args.add_argument("--peer", help="python with spaCy + textacy: also score textacy's direct quotations")
    args.add_argument("--misses", type=int, default=10, help="most common miss kinds to print")
    args.add_argument("--out", type=Path, help="write the score table (numbers only) as CSV")
    args.add_argument("--false-positives", type=int, default=0, metavar="N",
                      help="print N spurious reported-speech rows (all: -1) with the gold Content "
                           "they overlap most and their sentence")
    opts = args.parse_args(argv)
    results = []
    for split in opts.split or ["dev"]:
        gold = read_gold(opts.polnear, split)
        with tempfile.TemporaryDirectory() as tmp:
            tables = opts.tables / split if opts.tables else Path(tmp) / "tables"
            seconds = None
            if not (tables / "quotes.csv").exists():
                seconds = export(opts.polnear, split, tables, opts.repo.resolve())
            articles = pd.read_csv(tables / "articles.csv", keep_default_na=False)
            systems = [("project", pd.read_csv(tables / "quotes.csv"), seconds)]
            if opts.peer:
                peer_csv = Path(tmp) / "peer_quotes.csv"
                done = subprocess.run([opts.peer, str(HERE / "peer_textacy.py"), str(tables / "articles.csv"),
                                       str(peer_csv)], capture_output=True, text=True, check=False)
                if done.returncode:
                    raise SystemExit(f"peer failed:\n{done.stderr[-3000:]}")
                systems.append(("textacy+spaCy-sm", pd.read_csv(peer_csv), float(done.stdout.split()[-1])))
            for name, quotes, secs in systems:
                quotes["article_id"] = quotes["article_id"].astype(str)
                spurious = []
                numbers, misses, example = score({k: (raw, [dict(a) for a in atts]) for k, (raw, atts) in gold.items()},
                                                 quotes, articles, spurious)
                rate = round(len(articles) / secs, 1) if secs else float("nan")
                results.append({"system": name, "split": split, **numbers, "articles_per_s": rate})
                print(f"\n== {name} on {split}: most common misses ==")
                for kind, count in misses.most_common(opts.misses):
                    print(f"{count:5d}  {kind:40s} e.g. {example[kind][:150]}")
                if opts.false_positives:
                    shown = spurious if opts.false_positives < 0 else spurious[:opts.false_positives]
                    print(f"\n== {name} on {split}: spurious reported speech ({len(shown)} of {len(spurious)}) ==")
                    for aid, line in shown:
                        print(f"{aid}  {line}")
    table = pd.DataFrame(results)
    print()
    print(table.set_index(["system", "split"]).astype(object).T.to_string())
    if opts.out:
        table.to_csv(opts.out, index=False)


if __name__ == "__main__":
    main()
