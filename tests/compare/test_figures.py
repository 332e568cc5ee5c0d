"""The comparison figures draw from the tables the compare steps make (seeds).

(Figures are the plots package's; this file checks that compare's tables feed them.)
"""
import pandas as pd

from analysis.compare.facts import facts_by_outlet, shared_facts
from analysis.compare.profile import outlet_profile
from analysis.compare.reuse import find_reuse
from analysis.plots import compare as compare_figures
from analysis.plots import style as figures

from .test_events import events
from .test_mentions import mentions
from .test_sources import cited_sources

QUOTE_COLUMNS = ["article_id", "outlet", "quote", "kind", "speaker", "speaker_id", "camp", "start",
                 "end"]


def test_figures_draw_from_the_tables(corpus, tmp_path):
    import matplotlib.pyplot as plt

    quotes = pd.DataFrame(columns=QUOTE_COLUMNS)
    facts = shared_facts(corpus.sentences, corpus.articles)
    drawn = [compare_figures.outlet_profile_figure(outlet_profile(corpus.articles, quotes)),
             compare_figures.reuse_figure(corpus, find_reuse(corpus.articles)),
             compare_figures.mentions_figure(mentions(corpus), corpus),
             compare_figures.sources_figure(cited_sources(corpus), corpus),
             compare_figures.timeline_figure(events(corpus), corpus),
             compare_figures.shared_facts_figure(facts_by_outlet(facts, corpus.articles))]
    for fig, data in drawn:
        assert fig.axes and len(data) > 0
        plt.close(fig)
    # one goes through the shared save, to check its data table is what gets written
    fig, data = compare_figures.timeline_figure(events(corpus), corpus)
    paths = figures.save(fig, "timeline", data, out_dir=tmp_path)
    assert len(pd.read_csv(paths["csv"])) == len(data)
    plt.close(fig)
