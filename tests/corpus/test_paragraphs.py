"""The clean text's paragraphs and sentences (analysis/corpus/paragraphs.py): offsets into the
text, abbreviations, spaced ellipses and initials, captions outside the text, hard wraps rejoined."""
from analysis.pipeline import load_corpus
from tests.helpers import write_page


def test_sentences_are_offsets_into_text(corpus):
    texts = dict(zip(corpus.articles.article_id, corpus.articles.text))
    for s in corpus.sentences.itertuples():
        assert texts[s.article_id][s.start:s.end] == s.text
    for p in corpus.paragraphs[corpus.paragraphs.role != "caption"].itertuples():
        assert texts[p.article_id][p.start:p.end] == p.text


def test_abbreviations_do_not_split_sentences(corpus):
    sentences = corpus.sentences["text"].tolist()
    assert any(s.startswith("U.S. Secretary of State Mike Pompeo on Wednesday") for s in sentences)
    assert any("on Jan. 23, days after Maduro" in s for s in sentences)


def test_spaced_ellipsis_ends_a_sentence_and_is_none(tmp_path):
    """Newspaper copy cuts a quotation with ". . ."; Punkt alone made each full stop a sentence."""
    write_page(tmp_path, "a.txt", "Aides react to the vote\n\nThe campaign said in a statement: \"This is a "
               "tragedy that requires a serious response. . . . Donald Trump put out weak platitudes.\" "
               "Others -- . Stayed silent.\n")
    texts = load_corpus(tmp_path).sentences["text"].tolist()
    assert texts == ["The campaign said in a statement: \"This is a tragedy that requires a serious "
                     "response. . . .", "Donald Trump put out weak platitudes.\"", "Others -- .",
                     "Stayed silent."]


def test_initials_before_a_name_stay_in_the_sentence(tmp_path):
    """Punkt alone cut "George H.W." from "Bush"; a function word after initials still starts one."""
    write_page(tmp_path, "a.txt", "Old rivals meet again\n\nThe senator, a protege of George H.W. Bush, "
               "said he would oppose it. The case went to the F.B.I. The bureau declined to comment.\n")
    texts = load_corpus(tmp_path).sentences["text"].tolist()
    assert texts == ["The senator, a protege of George H.W. Bush, said he would oppose it.",
                     "The case went to the F.B.I.", "The bureau declined to comment."]


def test_captions_are_paragraphs_not_text(corpus):
    captions = corpus.paragraphs[corpus.paragraphs.role == "caption"]
    assert set(captions.article_id.str[:3]) == {"001", "003", "004"}
    assert (captions.start == -1).all()


def test_hard_wrapped_paragraph_is_joined(tmp_path):
    write_page(tmp_path, "a.txt", "A Headline About Talks\n\nThe talks began on Monday in the capital city and\n"
               "went on for many hours, officials said.\n\nA second paragraph follows here with more words in it.\n")
    c = load_corpus(tmp_path)
    assert c.articles.text.iloc[0].split("\n\n")[0].endswith("and went on for many hours, officials said.")
