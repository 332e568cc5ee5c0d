"""Sentence spans with NLTK Punkt and our own abbreviation list, so "U.S.", "Jan. 23" and "Mr." hold.

Punkt's trained English model needs an NLTK data download, which we cannot do; an untrained
tokenizer with a curated abbreviation list (codebooks/abbreviations.csv) is reproducible and
does what news text needs.
"""
from __future__ import annotations

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from .codebook_cache import cached_by_file
from .codebooks import read_codebook


@cached_by_file
def sentence_tokenizer(path="abbreviations.csv") -> PunktSentenceTokenizer:
    """Punkt with the abbreviation codebook (rebuilt when the codebook file changes)."""
    book = read_codebook(path, required=["abbreviation", "notes"],
                         nonempty=["abbreviation"])
    params = PunktParameters()
    params.abbrev_types = {a.lower().rstrip(".") for a in book["abbreviation"]}
    return PunktSentenceTokenizer(params)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in ``text``; ``text[start:end]`` is the sentence."""
    return list(sentence_tokenizer().span_tokenize(text))
