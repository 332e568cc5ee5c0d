"""How news outlets cover one story: the helper package behind the notebooks.

One subpackage per stage, in the order data flows (see the README's layout table):
``corpus`` (pages → articles, paragraphs, sentences, removed lines), ``quotes`` (who says what),
``framing`` (frames, voice, labels, hedges, contested names, keyness), ``compare`` (mentions, sources, events,
reuse, shared facts, outlet profiles), ``plots`` (the figure style and each notebook's figures).
``pipeline`` runs every step over a corpus; ``tables`` writes and loads the tables notebooks read.
"""
