"""Speakers of a statement quoted over several paragraphs in straight marks with curly
quotations inside it (a campaign release in a blog, a newspaper excerpt), and of a document
description that names its issuer ("the Heritage Foundation website", "a Pentagon readout"),
in texts written for these tests."""
from .helpers import extract


def speakers(text):
    return [(r.quote, r.speaker) for r in extract(text).itertuples() if r.kind != "indirect"]


RELEASE = ('The mayor answered on Friday.\n\n'
           'Mayor Ana Reyes stated:\n\n'
           '"The agency is not about “Fair Play” anymore. It is about control of the streets.\n\n'
           '"The latest example is Governor Tom Hale suing the city for its “Clean Streets Act,” '
           'which lets owners decide who cleans.\n\n'
           '"The answer is not politics, but property. The council should act now.\n\n'
           '"We have waited long enough for the state to act on this."\n\n'
           'The law took effect in March.')


def test_a_statement_run_over_paragraphs_keeps_the_speaker_announced_before_it():
    said = dict(speakers(RELEASE))
    assert said["The answer is not politics, but property. The council should act now."] == \
        "Ana Reyes"
    assert said["We have waited long enough for the state to act on this."] == "Ana Reyes"


def test_a_paragraph_that_opens_no_run_keeps_its_previous_speaker():
    # the paragraph before closes its quotation: no run, the quotation standing alone follows
    # the last speaker as before
    text = ('"We will fight this ruling," said Dana Ruiz, the union\'s president.\n\n'
            '"Our members have waited long enough for a contract they can live on."')
    assert [s for _, s in speakers(text)] == ["Dana Ruiz", "Dana Ruiz"]


def test_a_document_that_names_its_issuer_speaks_as_written():
    text = ('"I urged him to run," Bozell explains. The statement matters, as the Heritage '
            'Foundation website notes: "In the fall of 1960, young conservatives met in Sharon."')
    assert speakers(text) == [("I urged him to run", "Bozell"),
                              ("In the fall of 1960, young conservatives met in Sharon.",
                               "the Heritage Foundation website")]
    out = extract('"We will win," Ms. Reyes said. Support for the plan is "wide and deep," '
                  'according to the Civic Trust report.')
    assert list(out.speaker) == ["Reyes", "the Civic Trust report", "the Civic Trust report"]
    # a date before the head names no issuer: the document's issuer is looked for as before
    out = extract('The American Legion wrote to the senator on Monday, and in its statement it '
                  'called the plan "unacceptable." A Feb. 1 statement said the plan was '
                  '"a betrayal."')
    assert "A Feb. 1 statement" not in set(out.speaker)


def test_a_document_whose_issuer_follows_it_speaks_for_that_issuer():
    # Times of India: the ministry, not the officials of the sentence before
    out = extract("Relief teams reached Assam on Thursday, officials said. The minister spoke "
                  "to the governor, a statement from the ministry said.")
    assert list(out.speaker) == ["officials", "the ministry"]
    # AP: "issued by" and a name after "the"; The Hill: "a post from" a person
    out = extract("The talks collapsed, a statement issued by the White House said.")
    assert list(out.speaker) == ["White House"]
    out = extract("The coverage will be biased, according to a post from Arianna Huffington.")
    assert list(out.speaker) == ["Arianna Huffington"]
    # a description naming its issuer before the head keeps it ("released by" is the relay)
    out = extract("Maintenance costs rose by a third last year, according to a Civic Trust report "
                  "released by the mayor's office.")
    assert list(out.speaker) == ["a Civic Trust report"]


def test_a_comma_inside_the_closing_mark_still_ends_its_clause():
    # US style puts the clause's comma inside the marks, where the masked text cannot see it
    out = extract('In a clip that Judge Tom Hale called "distasteful," Ana Reyes expressed a '
                  'desire to "shoot the messenger."')
    assert list(out.speaker) == ["Tom Hale", "Ana Reyes"]
    out = extract("The Florida senator likes ''The Walking Dead,'' while the former Florida "
                  "governor loves ''Lilyhammer.''")
    assert list(out.speaker_mention) == ["The Florida senator", "the former Florida governor"]
    # a relative clause after the comma has no subject of its own: the sentence's is kept
    out = extract('He called it a "fundamental mistake," made by some "respected voices," who are '
                  '"just flatly wrong."')
    assert set(out.speaker_mention) == {"He"}


def test_a_clause_after_an_apposition_that_opens_with_an_auxiliary_has_the_named_subject():
    out = extract("Dana Ruiz, the chairwoman of the Vermont Democratic Party, is supporting Tom "
                  "Hale as a superdelegate and in a statement credited him for ''an inspiring "
                  "campaign.''")
    assert out[out.kind == "partial"].speaker.tolist() == ["Dana Ruiz"]


def test_a_sentence_naming_its_speaker_before_a_quotation_of_its_own():
    text = ("The two campaigns called it a minor dispute. Dana Ruiz, the spokeswoman for the "
            "Ohio Republican Party said in a statement on Monday. “We will not recount the "
            "ballots. The count was fair and complete.”")
    direct = extract(text).query("kind == 'direct'")
    assert direct.speaker.tolist() == ["Dana Ruiz"]
    # a quoted nickname opening the next sentence is no words of the reporter before it
    out = extract("The Ledger reported about a student known online as #stickerboy. ‘Stickerboy’ "
                  "placed two stickers over his face.")
    assert "Stickerboy" not in out.query("kind == 'direct'").quote.tolist()
