"""The line record and its shape tests (analysis/corpus/lines.py): the key of a duplicate."""
from analysis.corpus.lines import dedupe_key


def test_dedupe_key_ignores_quotes_case_and_spacing():
    assert dedupe_key("“Russia,” he said.") == dedupe_key('"russia"   HE said')
    assert dedupe_key("• “Quoted” -- text_with_underscores 2019") == "quoted text_with_underscores 2019"
    assert dedupe_key("naïve “café” — 5 %") == "naïve café 5"
