"""One statement, one unit (issue 14): statement_id on texts written here, in several wire styles,
and on the seeds."""
import pandas as pd

from tests.quotes.helpers import extract


def _ids(text):
    out = extract(text)
    return out, dict(zip(out["quote"].str[:12], out["statement_id"]))


def test_a_quotation_split_by_its_frame_is_one_statement():
    text = ('CARACAS, May 1 (Wire) -- "We will not surrender," Venezuelan President Nicolas Maduro '
            'said on Wednesday. "The coup has failed and the people are in the streets."\n\n'
            'The opposition disagreed.')
    out, ids = _ids(text)
    assert len(out) == 2 and out["statement_id"].tolist() == ["t1:s1", "t1:s1"]
    text = ('"The talks were useful," Russian Foreign Minister Sergei Lavrov told reporters, '
            '"but we did not agree on Venezuela."')
    assert extract(text)["statement_id"].tolist() == ["t1:s1", "t1:s1"]


def test_split_quotations_in_typewriter_marks_and_with_a_long_frame():
    text = ("''We will not surrender,'' said Venezuelan President Nicolas Maduro, who spoke to "
            "thousands of supporters outside the presidential palace in Caracas. ''The coup has "
            "failed.''")
    out = extract(text)
    assert set(out["speaker_id"]) == {"maduro"} and out["statement_id"].nunique() == 1


def test_fragments_quoted_under_one_verb_in_one_sentence_are_one_statement():
    for text in ['Russian Foreign Ministry spokeswoman Maria Zakharova denounced the '
                 '"provocations" and the "crude interference" of Washington.',
                 'Maduro described the plan as "a provocation" and "a crude interference".']:
        out = extract(text)
        assert len(out) == 2 and out["speaker_id"].nunique() == 1
        assert out["statement_id"].nunique() == 1


def test_two_quotations_of_one_speaker_in_two_sentences_stay_two_statements():
    for text in ['"We will not surrender," Maduro said at a rally on Monday.\n\n'
                 'On Tuesday, Maduro said: "The coup has failed."',
                 'Maduro said on Monday: "We will not surrender." On Tuesday, he told reporters: '
                 '"The coup has failed."']:
        out = extract(text)
        assert out["speaker_id"].tolist() == ["maduro", "maduro"]
        assert out["statement_id"].tolist() == ["t1:s1", "t1:s2"]


def test_partial_quotes_inside_the_reported_clause_share_its_statement():
    text = ('Russian Foreign Minister Sergei Lavrov said the United States was "destabilizing" '
            'the region and that further steps would have "the gravest consequences."')
    out = extract(text)
    assert sorted(out["kind"]) == ["indirect", "partial", "partial"]
    assert set(out["speaker_id"]) == {"lavrov"}
    assert out["statement_id"].nunique() == 1


def test_reported_speech_nested_in_another_speakers_report_stays_apart():
    text = ('State Department spokeswoman Morgan Ortagus said Pompeo told Lavrov that the role of '
            'Russia in Venezuela is "destabilizing" for the nation.')
    out = extract(text)
    keys = out.groupby("statement_id")["speaker_id"].nunique()
    assert (keys == 1).all()                     # never two speakers in one statement
    assert out["statement_id"].nunique() == out["speaker_id"].nunique()


def test_a_quotation_over_two_paragraphs_is_one_statement():
    text = ('U.S. Secretary of State Mike Pompeo said: "We are watching closely. The regime must '
            'go.\n\n"Russia has to leave Venezuela now. Cuba too."\n\nHe took no questions.')
    out = extract(text)
    assert len(out) == 2 and out["statement_id"].nunique() == 1
    text = ('"We will defend our sovereignty at any price.\n\n"Nobody will tell us what to do," '
            'Venezuelan Foreign Minister Jorge Arreaza said.')
    out = extract(text)
    assert set(out["speaker_id"]) == {"arreaza"} and out["statement_id"].nunique() == 1


def test_a_closed_quotation_and_the_next_paragraphs_quotation_stay_apart():
    text = ('Lavrov said: "We are ready to talk."\n\n"The door is open," Pompeo said.')
    out = extract(text)
    assert out["statement_id"].tolist() == ["t1:s1", "t1:s2"]


def test_marks_that_hold_no_statement_have_no_statement_id():
    out = extract('The so-called "humanitarian aid" arrived at the border. '
                  '"We are ready," Lavrov said.')
    assert out.set_index("kind")["statement_id"].to_dict() == {"mention": "", "direct": "t1:s1"}


def test_statements_are_numbered_in_text_order():
    text = ('"Peace is the only way," Lavrov said. "Peace is the only way," Pompeo said. '
            'Maduro said the coup had failed.')
    out = extract(text)
    assert out["statement_id"].tolist() == ["t1:s1", "t1:s2", "t1:s3"]
    assert out["speaker_id"].tolist() == ["lavrov", "pompeo", "maduro"]


def test_no_nested_double_counts_on_the_seeds(seed_tables):
    q = seed_tables.quotes
    assert list(q.columns)[-1] == "statement_id"
    said = q[q["kind"] != "mention"]
    assert (said["statement_id"] != "").all() and (q.loc[q["kind"] == "mention", "statement_id"] == "").all()
    assert all(s.startswith(f"{a}:s") for s, a in zip(said["statement_id"], said["article_id"]))
    key = said["speaker_id"].where(said["speaker_id"] != "", said["speaker"])
    nested = 0
    for (article, speaker), rows in said.assign(key=key).groupby(["article_id", "key"]):
        if not speaker:
            continue
        for a in rows.itertuples():
            for b in rows.itertuples():
                if a.Index != b.Index and a.start <= b.start and b.end <= a.end:
                    nested += 1
                    assert a.statement_id == b.statement_id, (a.quote, b.quote)
    assert nested >= 15          # the referee's finding: partial quotes inside their clause
    per_statement = said.groupby("statement_id").agg(speakers=("speaker_id", "nunique"),
                                                    articles=("article_id", "nunique"))
    assert (per_statement == 1).all().all()
    for article, rows in said.groupby("article_id"):     # numbered in text order
        first = rows.groupby("statement_id")["start"].min().sort_values()
        assert [int(s.rsplit(":s", 1)[1]) for s in first.index] == list(range(1, len(first) + 1))
    assert pd.Series(said["statement_id"]).nunique() < len(said)
