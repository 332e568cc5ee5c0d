"""Attributions after a quotation in shapes the nine-word frame rule missed (issue 13, named
speakers), in texts written for these tests in wire (AP, Reuters), New York Times (``''``
marks, "Mr."), Politico and local-paper styles: a comma left out before an inverted or described
attribution, a name followed by its organisation, "went on", and a clause
opening with its verb after an apposition."""
from .helpers import extract


def speakers(text):
    return [(r.quote, r.speaker) for r in extract(text).itertuples() if r.kind != "indirect"]


def test_comma_left_out_before_an_inverted_or_described_attribution():
    assert speakers('"We have had to stand by for months" said Nick Moran, a campaign spokesman. '
                    '"It is irresponsible."') == [
        ("We have had to stand by for months", "Nick Moran"), ("It is irresponsible.", "Nick Moran")]
    assert speakers('"Dr. Lane invited both of us to his house today" the Post\'s senior politics '
                    'editor Steven Ginsberg responded.') == [
        ("Dr. Lane invited both of us to his house today", "Steven Ginsberg")]
    assert speakers('"The idea is absurd. No, Harlow. -D" Reed tweeted, quoting a reporter on '
                    'Monday.') == [("The idea is absurd. No, Harlow. -D", "Reed")]


def test_a_name_followed_by_its_organisation_before_the_verb():
    assert speakers('"Building such a weapon would be a stretch," Jeffrey Lane of the James Martin '
                    'Center for Nonproliferation Studies wrote in December.') == [
        ("Building such a weapon would be a stretch", "Jeffrey Lane")]
    assert speakers("''Tritium would enable other designs,'' nuclear experts David Albers and Sara "
                    "Kell of the Institute for Science and International Security wrote in "
                    "September.") == [("Tritium would enable other designs", "David Albers")]
    # the reporter's own clause after the quotation is no frame
    assert speakers('"It is over," Jeffrey Lane of course knew, and so did everyone.')[0][1] != \
        "Jeffrey Lane"


def test_went_on_frames_a_quotation():
    assert speakers('"You know, it happens," Harlow went on, as if he had not heard her. "But you '
                    'have to get over it."') == [("You know, it happens", "Harlow"),
                                                ("But you have to get over it.", "Harlow")]
    row = extract('"It would end the health care we know," she went on.').iloc[0]
    assert (row.speaker_mention, row.verb) == ("she", "go on")


def test_a_clause_opening_with_its_verb_after_an_apposition_has_the_sentence_subject():
    assert speakers('Mr. Harlow, who leads the race by nine points, mocked Senator Dana Reed for '
                    '"having a rough week."') == [("having a rough week.", "Harlow")]
    assert speakers("Speaker Tom Bell, the state's highest-ranking Democrat, on Tuesday called "
                    "Mr. Harlow's remarks about the judge ''shameful,'' a rare rebuke.") == [
        ("shameful", "Tom Bell")]
    # a participle after the quotation has no subject of its own
    rows = speakers('Mr. Harlow has hailed the vote as "fantastic," telling reporters on Friday '
                    'that the result is "a great thing."')
    assert [s for _, s in rows] == ["Harlow", "Harlow"]


def test_went_on_before_a_noun_is_no_speech():
    text = 'Sen. Dana Reed said that once the Senate goes on recess, "I intend to help where I can."'
    assert speakers(text) == [("I intend to help where I can.", "Dana Reed")]


def test_a_quoted_main_clause_after_a_fronted_phrase_continues_the_last_speaker():
    # NYT and AP: the reporter's fronted phrase, then the speaker's words as the main clause
    text = ("''The anxiety is not whether they have a job tomorrow,'' Mr. Garin said. For black "
            "voters, on the other hand, ''you do not take job growth for granted.''")
    assert [s for _, s in speakers(text)] == ["Garin", "Garin"]
    text = ('"It is an enormous moment," said Steve Smith, a top strategist. Unless further '
            'rivals quit the race, "it is very difficult to see how he is stopped."')
    assert [s for _, s in speakers(text)] == ["Steve Smith", "Steve Smith"]
    # a short capitalised quotation is no continued speech
    assert speakers('The mayor spoke. For the Democrats, "A Long Night" is ahead.')[-1][1] == ""


def test_a_naming_verb_after_with_a_name_or_after_but():
    assert speakers('Republicans who back the plan were irritated, with Sen. Dana Reed calling '
                    'it a "Chinese menu."') == [("Chinese menu.", "Dana Reed")]
    assert speakers("Sen. Jack Reed (D-R.I.), said after a lunch on Tuesday that he had not read "
                    "the plan, but called it a ''starting point for our talks.''")[-1] == (
        "starting point for our talks.", "Jack Reed")


def test_the_described_subject_of_a_clause_holding_a_scare_quote():
    # Reuters / AP: no reporting verb; the clause's subject holds the quoted words, not a name
    # inside the clause or the object of its verb
    assert speakers('The complaint, which was filed in federal court in Boston, alleged that the '
                    'party "failed to protect voter data."') == [
        ("failed to protect voter data.", "The complaint")]
    assert speakers('Dottie Reed, the chairwoman of the state party, endorsed Harlow and in '
                    'a statement credited him for "an inspiring campaign."') == [
        ("an inspiring campaign.", "Dottie Reed")]
    assert speakers("His campaign protested that Clinton aides were being ''disingenuous.''") == [
        ("disingenuous.", "His campaign")]
