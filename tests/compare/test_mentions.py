"""Actor mentions per article: variants resolve to one actor, pronouns are not counted."""
import pandas as pd

from analysis.compare.mentions import COLUMNS, mention_rows
from tests.helpers import article


def mentions(corpus):
    rows = [r for art in corpus.articles.to_dict("records") for r in mention_rows(art)]
    return pd.DataFrame(rows, columns=COLUMNS)


def test_mentions_resolve_variants_and_skip_pronouns(write_corpus):
    corpus = write_corpus({
        "a": ("Alpha", "2019-05-02", "Sergey Lavrov met Sergei Lavrov's deputy Riabkov; he said "
              "\"talks went well\" and Lavrov left for Moscow on the same afternoon."),
        "b": ("Beta", "", "Juan Guaidó and Guaido's aides spoke to Pompeo about the vote, "
              "according to people close to the talks in the capital."),
    })
    m = mentions(corpus)
    counts = {(r.article_id, r.actor_id): r.count for r in m.itertuples()}
    assert counts[("a", "lavrov")] == 3          # Sergey, Sergei, bare surname; not "he"
    assert counts[("a", "ryabkov")] == 1         # Riabkov
    assert counts[("b", "guaido")] == 2          # Guaidó, Guaido's
    assert counts[("b", "pompeo")] == 1
    assert list(m["actor_id"][m["article_id"] == "a"]) == sorted(m["actor_id"][m["article_id"] == "a"])


def test_seed_mentions(corpus):
    m = mentions(corpus)
    cgtn = m[m["article_id"] == article(corpus, "003")["article_id"]].set_index("actor_id")
    assert cgtn.loc["zakharova", "count"] >= 3
