"""Helpers shared by tests in several folders."""


def article(corpus, prefix):
    """The articles row whose id starts with ``prefix`` (e.g. "000")."""
    rows = corpus.articles[corpus.articles["article_id"].str.startswith(prefix)]
    assert len(rows) == 1, prefix
    return rows.iloc[0]
