"""Quote summaries on a quote table written here (expected numbers counted by hand)."""
import pandas as pd

from analysis.quotes.summaries import camp_shares, speakers_by, unknown_speakers, verb_classes_by

QUOTES = pd.DataFrame({
    "outlet": ["A", "A", "A", "B"],
    "quote": ["one two three", "four", "five six", "seven eight"],
    "speaker": ["Sergei Lavrov", "Sergei Lavrov", "John Smith", ""],
    "speaker_id": ["lavrov", "lavrov", "name:john_smith", ""],
    "camp": ["Russian government", "Russian government", "", ""],
    "verb_class": ["neutral", "distancing", "neutral", ""],
    "sentence": ["s1", "s2", "s3", "s4"],
})


def test_camp_shares_count_quotes_and_words_per_outlet():
    out = camp_shares(QUOTES)
    a = out[out["outlet"] == "A"].set_index("camp")
    assert a.loc["Russian government", "quotes"] == 2 and a.loc["unattributed", "words"] == 2
    assert a.loc["Russian government", "word_share"] == 4 / 6
    assert list(out["camp"].astype(str)) == ["Russian government", "unattributed", "unattributed"]


def test_speakers_and_verb_classes_and_unknown_speakers():
    sp = speakers_by(QUOTES)
    assert sp.index[0] == ("Sergei Lavrov", "Russian government")
    assert sp.loc[("(no speaker found)", "unattributed"), "B"] == 1
    vc = verb_classes_by(QUOTES)
    assert vc.loc["Russian government"].to_dict() == {"distancing": 1, "neutral": 1}
    assert vc.loc["unattributed", "neutral"] == 1
    unk = unknown_speakers(QUOTES)
    assert unk.to_dict("records") == [{"speaker": "John Smith", "quotes": 1, "outlets": "A",
                                       "example": "s3"}]
