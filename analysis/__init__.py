"""How news outlets cover one story: the helper package behind the notebooks.

The public API a notebook needs, one stage per line (each returns pandas DataFrames):

    corpus = load_corpus("seeds")                 # articles, paragraphs, sentences, removed, problems
    quotes = extract_quotes(corpus)               # who is quoted, with which verb, from which camp
    reuse = find_reuse(corpus)                    # passages shared between articles
    hits = framing_hits(corpus, quotes=quotes)    # framing terms, narrator or quoted voice
    export_tables("seeds", "tables")              # every table as CSV (what ``python -m analysis export`` does)

Everything else lives in the modules named in the README (corpus, quotes, compare, framing, ...).
"""
from .compare import cited_sources, events, find_reuse, mentions, outlet_profile, shared_facts
from .corpus import Corpus, CorpusError, load_corpus
from .export import export_tables
from .framing import frame_profile, framing_hits
from .hedges import hedge_table
from .keyness import distinctive_terms
from .kwic import collocations, kwic
from .labels import actor_labels
from .quotes import extract_quotes

__all__ = [
    "Corpus", "CorpusError", "load_corpus", "extract_quotes", "find_reuse", "mentions",
    "cited_sources", "events", "outlet_profile", "shared_facts", "framing_hits", "frame_profile",
    "distinctive_terms", "actor_labels", "hedge_table", "kwic", "collocations", "export_tables",
]
