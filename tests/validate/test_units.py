"""What the coding sheets ask about quote rows, and the tool's own answers (the key)."""
import pandas as pd

from analysis.validate.units import tool_codes, variables


def test_reported_beliefs_are_coded_as_content_not_statements():
    # a speech row, a belief ("analysts believe ..."), a topic ("spoke about ...") and a mention
    rows = pd.DataFrame({"kind": ["indirect", "indirect", "indirect", "mention"],
                         "verb_class": ["neutral", "belief", "topic", ""],
                         "speaker": ["Ana Pereira", "analysts", "Ana Pereira", ""],
                         "camp": ["", "", "", ""]})
    codes = tool_codes("quotes", rows)
    assert list(codes["is_statement"]) == ["yes", "no", "yes", "no"]
    allowed = {v.name: v.codes for v in variables("quotes")}["verb_class"]
    assert set(codes["verb_class"]) <= set(allowed)
