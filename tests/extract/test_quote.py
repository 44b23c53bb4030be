"""quote extraction: quoted speech in many styles, its speaker, and what is not a quote."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factcheck.extract.quote import find_quotes, normalize
from factcheck.models import Claim

Claims = Callable[..., list[Claim]]


def quotes(claims_of: Claims, text: str) -> list[tuple[str, str]]:
    """(speaker id, first three words of the quote) per quote claim, in order."""
    return [(str(c.value["speaker"]), " ".join(str(c.key["quote"]).split()[:3])) for c in claims_of(text, kind="quote")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # wire copy: the attribution after the quote, name first or verb first
        (
            "“We have a Geneva framework, a London framework, and now a Madrid framework,” Bessent said.",
            [("scott-bessent", "we have a")],
        ),
        (
            '"We will not back down on the tariffs this year," said Treasury Secretary Scott Bessent.',
            [("scott-bessent", "we will not")],
        ),
        (
            "“Will the tariffs come down before Christmas this year?” asked Greer.",
            [("jamieson-greer", "will the tariffs")],
        ),
        (
            "“The tariffs will stay where they are for now,” according to Bessent.",
            [("scott-bessent", "the tariffs will")],
        ),
        (
            "“We will never accept these unfair terms from anyone,” Bessent, the Treasury chief, said.",
            [("scott-bessent", "we will never")],
        ),
        # an appositive opening on a possessive
        (
            "“We have reached a preliminary consensus,” Li Chenggang, China's top trade negotiator, told reporters.",
            [("li-chenggang", "we have reached")],
        ),
        (
            "“We will never accept these unfair terms,” Bessent, America’s chief negotiator, said on Sunday.",
            [("scott-bessent", "we will never")],
        ),
        (
            "“Tariffs are a tax on American consumers, plain and simple,” former Treasury Secretary Janet Yellen"
            " told reporters on Tuesday.",
            [("janet-yellen", "tariffs are a")],
        ),
        # the attribution before the quote
        ("Bessent said, “The talks were constructive and we will meet again.”", [("scott-bessent", "the talks were")]),
        (
            'Bessent told reporters: "We are not going to rush into a deal with anyone."',
            [("scott-bessent", "we are not")],
        ),
        (
            "Bessent told reporters in Madrid:\n“We are not going to rush into a deal with anyone.”",
            [("scott-bessent", "we are not")],
        ),
        (
            "Asked about the deal, Bessent said: “We are very close to the finish line now.”",
            [("scott-bessent", "we are very")],
        ),
        (
            "Yellen said on Tuesday that “tariffs are a tax on American consumers, plain and simple.”",
            [("janet-yellen", "tariffs are a")],
        ),
        ("Xi Jinping said: “China will open its doors ever wider to the world.”", [("xi-jinping", "china will open")]),
        (
            "Critics call it a “giveaway to Wall Street” and Yellen said: "
            '"Tariffs are a tax on American consumers, plain and simple."',
            [("janet-yellen", "tariffs are a")],
        ),
        # interview and blog styles, straight quotes, nested single quotes
        (
            'In a blog post, Powell wrote: "Inflation is the tax nobody voted for, and we will fight it." '
            'He added: "Rates will stay high until the job is done."',
            [("jerome-powell", "inflation is the"), ("jerome-powell", "rates will stay")],
        ),
        (
            "In an interview, Lutnick explained: “The tariffs are a negotiating tool, not an end in themselves.”",
            [("howard-lutnick", "the tariffs are")],
        ),
        (
            "\"I think the 'reciprocal' tariffs are here to stay for a long while,\" Greer said.",
            [("jamieson-greer", "i think the")],
        ),
        # a quote split by its attribution: two quotes, one speaker
        (
            "“We have a Geneva framework, a London framework,” Bessent said. "
            "“We’re moving toward something — we’re not sure where it’s going to end up.”",
            [("scott-bessent", "we have a"), ("scott-bessent", "were moving toward")],
        ),
        (
            "“We have been very clear with them,” Greer said, “that the tariffs stay until China moves.”",
            [("jamieson-greer", "we have been"), ("jamieson-greer", "that the tariffs")],
        ),
        # a quote over several sentences and a line break
        (
            "“We’re moving toward something. But it’s useful. It’s useful that the teams\n"
            "have cordial relationships,” Bessent said.",
            [("scott-bessent", "were moving toward")],
        ),
        # a quote over two paragraphs, attributed in the first or in the last
        (
            "Bessent said: “The first paragraph of a long quote goes on here.\n\n“And the second one closes it now.”",
            [("scott-bessent", "the first paragraph"), ("scott-bessent", "and the second")],
        ),
        (
            "“The first paragraph of a long quote goes on here.\n\n“And the second one closes it now,” Bessent said.",
            [("scott-bessent", "the first paragraph"), ("scott-bessent", "and the second")],
        ),
        # pronouns: the subject of the nearest sentence that names someone
        (
            "Bessent spoke in Madrid on Monday. “We made real progress on the issues,” he said.",
            [("scott-bessent", "we made real")],
        ),
        (
            "Treasury Secretary Scott Bessent met He Lifeng in Madrid. “We made real progress on the issues,” he said.",
            [("scott-bessent", "we made real")],
        ),
        (
            "“Tariffs are a tax on American consumers, plain and simple,” Yellen said. Bessent disagreed. "
            "“They are a tool to bring jobs home,” he said.",
            [("janet-yellen", "tariffs are a"), ("scott-bessent", "they are a")],
        ),
        # press release: an unknown speaker with a title after the name
        (
            "“We are proud to announce a new partnership with our friends,” said Jane Doe, chief executive of Acme.",
            [("jane-doe", "we are proud")],
        ),
        (
            "“We will never accept these unfair terms from anyone,” Trump’s spokeswoman Karoline Leavitt said.",
            [("karoline-leavitt", "we will never")],
        ),
        (
            "“We will never accept these unfair terms from anyone,” Sen. Elizabeth Warren said.",
            [("elizabeth-warren", "we will never")],
        ),
        (
            "“We will never accept these unfair terms from anyone,” Commerce Secretary Jane Roe said on Tuesday.",
            [("jane-roe", "we will never")],
        ),
    ],
)
def test_quotes_become_claims(claims_of: Claims, text: str, expected: list[tuple[str, str]]) -> None:
    assert quotes(claims_of, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # scare quotes, terms and titles: short, or no speech verb by a name
        "Speaking after the latest round in Madrid, he described the meetings simply as “trade talks.”",
        "Bessent has outlined a broader goal for these talks: a “beautiful rebalancing” of the two economies.",
        "For now, the “trade talks” framework allows both sides to address sensitive issues.",
        "Officials have emphasized the need for “responsible competition with communication.”",
        "The report was titled “How Tariffs Hurt American Workers and Consumers” and was published Monday.",
        "Critics call it “a giveaway to the richest people in the country,” but Bessent disagrees.",
        # a short quote with a speaker is still too short
        "“Absolutely not,” Bessent said.",
        # a partial quote inside reported speech: the words may be someone else's
        "Bessent said the plan was “a good deal for America and for China alike.”",
        # no named speaker
        "“We will publish the numbers next week as planned,” the minister said.",
        "“We will publish the numbers next week as planned,” a spokesperson said.",
        "“We will publish the numbers next week as planned,” they said.",
        "The minister said: “We will publish the numbers next week as planned.”",
        # a pronoun with nobody named before it
        "“We will publish the numbers next week as planned,” he said.",
        # a joint statement
        "Trump and Bessent said: “We will never accept these unfair terms from anyone.”",
        # a quote ending in a period takes no attribution after it
        "“We will never accept these unfair terms from anyone.” Bessent said the next round would come soon.",
        # an interview transcript without a speech verb
        'Bessent: "We are going to keep talking to them for as long as it takes."',
        # a heading
        '# Trade Talks: "We Will Win This One Easily" Says Bessent\n\nBody text.',
    ],
)
def test_no_quote_claim(claims_of: Claims, text: str) -> None:
    assert quotes(claims_of, text) == []


def test_claim_fields(claims_of: Claims) -> None:
    text = "Intro line.\n\n“We have a Geneva framework, a London framework,” Bessent said on Monday.\n"
    [claim] = claims_of(text, kind="quote")
    assert claim.key == {"quote": "we have a geneva framework a london framework"}
    assert claim.value == {"speaker": "scott-bessent"}
    assert claim.labels == {"speaker": "Scott Bessent", "quote": "We have a Geneva framework, a London framework"}
    assert claim.unresolved == ()
    assert claim.evidence.line == 3
    assert claim.surface == "“We have a Geneva framework, a London framework,” Bessent said"
    assert text[claim.evidence.start : claim.evidence.end] == claim.surface
    assert claim.evidence.sentence == "“We have a Geneva framework, a London framework,” Bessent said on Monday."


def test_unknown_speaker_is_unresolved(claims_of: Claims) -> None:
    [claim] = claims_of("“We will publish the numbers next week as planned,” Jane Q. Roe said.", kind="quote")
    assert claim.value == {"speaker": "jane-roe"}
    assert claim.labels["speaker"] == "Jane Q. Roe"
    assert claim.unresolved == ("speaker",)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # one word for a speaker the article names in full: the full name
        ("Dame Jane Roe spoke.\n\n“We will publish the numbers next week as planned,” Dame Jane said.", "jane-roe"),
        ("Jane Roe spoke.\n\n“We will publish the numbers next week as planned,” Roe said.", "jane-roe"),
        # a title's word, an owner or an honorific before the name is no first name
        ("Prime Minister Roe spoke.\n\n“We will publish the numbers next week as planned,” Roe said.", "roe"),
        ("Britain's Roe spoke.\n\n“We will publish the numbers next week as planned,” Roe said.", "roe"),
        # two full names fit: left as written
        ("Ann Roe and Bob Roe spoke.\n\n“We will publish the numbers next week as planned,” Roe said.", "roe"),
    ],
)
def test_a_one_word_speaker_takes_the_article_s_full_name(claims_of: Claims, text: str, speaker: str) -> None:
    [claim] = claims_of(text, kind="quote")
    assert claim.value == {"speaker": speaker}
    assert claim.unresolved == ("speaker",)


def test_long_quote_label_is_trimmed(claims_of: Claims) -> None:
    words = " ".join(f"word{i}" for i in range(80))
    [claim] = claims_of(f"“{words},” Bessent said.", kind="quote")
    assert len(claim.labels["quote"]) == 160
    assert claim.labels["quote"].endswith("…")
    assert len(str(claim.key["quote"])) <= 200


def test_time_is_the_attributions_not_the_quotes(claims_of: Claims) -> None:
    [claim] = claims_of("“In May we met in Geneva and agreed on a framework,” Bessent said.", published="2025-10-15")
    assert claim.time.label() == "2025-10-15"
    [claim] = claims_of("In March 2024, Yellen said: “Tariffs are a tax on American consumers.”", kind="quote")
    assert claim.time.label() == "2024-03"
    assert claim.time_source == "sentence"


def test_normalize_folds_case_punctuation_and_apostrophes() -> None:
    assert normalize("We’re  moving — toward “something”, Café!") == "were moving toward something cafe"
    assert normalize("We're moving toward something, cafe") == normalize("WE’RE MOVING TOWARD SOMETHING CAFÉ")


def test_find_quotes_spans_and_paragraphs() -> None:
    text = '“One,” he said.\n\n“Two runs on\n\n“and three\ncloses.” "Four" “five'
    found = [(text[q.open : q.end], q.closed) for q in find_quotes(text)]
    assert found == [
        ("“One,”", True),
        ("“Two runs on", False),
        ("“and three\ncloses.”", True),
        ('"Four"', True),
        ("“five", False),
    ]


def test_time_of_a_split_quote_ignores_the_first_part(claims_of: Claims) -> None:
    text = "“In May we met in Geneva and agreed on it,” Bessent said, “and we will meet again in Madrid.”"
    assert [c.time.label() for c in claims_of(text, published="2025-10-15", kind="quote")] == ["2025-10-15"] * 2


@pytest.mark.parametrize(
    "text",
    [
        "“We have agreed on a framework for the next round,” said He Lifeng.",
        "“We have agreed on a framework for the next round,” said He Lifeng, according to Xinhua.",
        "He Lifeng said: “We have agreed on a framework for the next round.”",
    ],
)
def test_a_name_that_starts_like_a_pronoun_is_the_name(claims_of: Claims, text: str) -> None:
    assert [speaker for speaker, _ in quotes(claims_of, text)] == ["he-lifeng"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # an appositive naming a post at an organisation stands between the name and its verb
        ("“We expect two more cuts before the summer ends,” Jane Roe, CIO at Example Capital, said.", ["jane-roe"]),
        ("Jane Roe, chief economist at Example Bank, said: “We expect two more cuts before the summer.”", ["jane-roe"]),
        ("Jane Roe, Professor of Economics at Example University, said: “We expect two more cuts soon.”", ["jane-roe"]),
        # a capitalised title and its organisation as two appositives: the name before them speaks, not the body
        ("Jane Roe, Chief Economist, Example Bank, said: “We expect two more cuts before the summer.”", ["jane-roe"]),
        (
            "“We expect two more cuts before the summer ends,” Jane Roe, Senior Analyst, Example Capital, said.",
            ["jane-roe"],
        ),
        (
            "Jane Roe, Head of Research, Example Institute, told clients: “Two more cuts are coming this year.”",
            ["jane-roe"],
        ),
        # ... but a list of titles ending in the name is the name's: its first word follows a lowercase word
        ("The minister for Trade, Industry, Ann Roe, said: “We expect two more cuts before the summer.”", ["ann-roe"]),
        # a body alone before the verb is still the speaker
        ("On Friday, Example Bank said: “We expect two more cuts before the summer.”", ["example-bank"]),
        # two attributions before two quotes: each quote takes the nearest
        (
            "“We will keep talking to our neighbours,” Roe said, while Doe confirmed: “The border is calm again now.”",
            ["roe", "doe"],
        ),
        ("Doe stressed: “The border is calm again and trade is back.”", ["doe"]),
    ],
)
def test_appositives_and_the_nearest_attribution(claims_of: Claims, text: str, speakers: list[str]) -> None:
    assert [c.value["speaker"] for c in claims_of(text, kind="quote")] == speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a person the vocabulary does not know, subject of a verb, is who "he" is: not an earlier known person
        (
            "Treasury Secretary Scott Bessent spoke first.\n\nAnn Roe outlined what she said were her aims: "
            "“We will rebuild the port and reopen the mine this year.”",
            "ann-roe",
        ),
        (
            "Ann Roe arrived on Monday with Scott Bessent.\n\nLater Roe outlined what she said were her aims: "
            "“We will rebuild the port and reopen the mine this year.”",
            "ann-roe",
        ),
        # a lowercase aside between the unknown subject and the verb keeps them the subject
        (
            "Ann Roe, an ally of Tom Arden, lost the vote. “We will ask for a full recount now,” Roe said. "
            "Arden, meanwhile, went online to call the count a sham. "
            "“Everyone knows these numbers are wrong,” he wrote.",
            "tom-arden",
        ),
        (
            "Ann Roe, an ally of Tom Arden, lost the vote. “We will ask for a full recount now,” Roe said. "
            "Arden, for his part, took to the radio. “Everyone knows these numbers are wrong,” he said.",
            "tom-arden",
        ),
        (
            "Ann Roe, an ally of Tom Arden, lost the vote. “We will ask for a full recount now,” Roe said. "
            "Arden, in turn, spoke to reporters. “Everyone knows these numbers are wrong,” he added.",
            "tom-arden",
        ),
        # a country or a place as the subject is no person
        (
            "Treasury Secretary Scott Bessent spoke. China responded quickly. "
            "“We will keep talking to them for now,” he said.",
            "scott-bessent",
        ),
    ],
)
def test_a_pronoun_after_an_unknown_person_is_theirs(claims_of: Claims, text: str, speaker: str) -> None:
    assert claims_of(text, kind="quote")[-1].value == {"speaker": speaker}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a capitalised modifier and a lowercase title before the name after the verb
        ("“We will keep the duties in place for now,” said EU trade chief Ann Roe.", "ann-roe"),
        ("“We will keep the duties in place for now,” said Example Bank chief economist Ann Roe.", "ann-roe"),
        # a preposition after the capitalised word is no title: the name is that word
        ("“We will keep the duties in place for now,” said Roe on Monday.", "roe"),
    ],
)
def test_a_modified_title_before_the_name(claims_of: Claims, text: str, speaker: str) -> None:
    assert [c.value["speaker"] for c in claims_of(text, kind="quote")] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # a person left unnamed is the subject of the pronoun's sentence, or of the one before it:
        # the "he" or "she" is that person, not someone named further back
        "Treasury Secretary Scott Bessent spoke on Monday. The regional envoy added that the talks would go on: "
        "“we will keep working on a ceasefire with our partners,” he said.",
        "Treasury Secretary Scott Bessent spoke on Monday. A senior diplomat said the mood was tense. "
        "“Nobody expected a breakthrough on the first day,” she said.",
        "Treasury Secretary Scott Bessent spoke on Monday. One official, speaking on condition of anonymity, "
        "told reporters the talks had stalled. “We are ready to talk again next week,” he said.",
        "Treasury Secretary Scott Bessent spoke on Monday. The spokeswoman told reporters: "
        "“We are ready to talk again next week,” she said.",
    ],
)
def test_a_pronoun_after_an_unnamed_subject_has_no_speaker(claims_of: Claims, text: str) -> None:
    assert claims_of(text, kind="quote") == []


@pytest.mark.parametrize(
    "text",
    [
        # the subject named in an appositive, or a subject that is a name: the pronoun is theirs
        "The U.S. treasury chief, Scott Bessent, told reporters the talks would resume. "
        "“We are ready to talk again next week,” he said.",
        "Scott Bessent told reporters the talks would resume. “We are ready to talk again next week,” he said.",
    ],
)
def test_a_named_subject_keeps_the_pronoun(claims_of: Claims, text: str) -> None:
    assert [c.value["speaker"] for c in claims_of(text, kind="quote")] == ["scott-bessent"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a title joined by "of"/"and" after an organisation's name, before the speaker's name
        (
            "“Buyers have been waiting for this moment,” says Example Realty head of research and analytics Ann Roe.",
            "ann-roe",
        ),
        (
            "“The quarterly rise was the smallest in years,” says Example Bureau of Statistics (EBS) head of "
            "price statistics Jane Doe.",
            "jane-doe",
        ),
        ("“We expect two more cuts this year,” said Example Bank chief of markets strategy Dr Ann Roe.", "ann-roe"),
    ],
)
def test_a_title_with_of_before_the_name(claims_of: Claims, text: str, speaker: str) -> None:
    assert [c.value["speaker"] for c in claims_of(text, kind="quote")] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # another first name before a known surname is someone else
        ("“Buyers have been waiting for this moment,” said Ann Powell.", "ann-powell"),
        ("Nora Bessent said: “We will reopen the shop before the summer.”", "nora-bessent"),
        ("“We will reopen the shop before the summer,” said Dr. Ann Powell.", "ann-powell"),
        # a title, an honorific or the known first name: the known person
        ("“We will keep rates where they are for now,” said Chair Powell.", "jerome-powell"),
        ("“We will keep rates where they are for now,” said Mr. Powell.", "jerome-powell"),
        ("“We will keep the duties in place for now,” said Secretary Bessent.", "scott-bessent"),
        ("“We will keep the duties in place for now,” said Scott Bessent.", "scott-bessent"),
    ],
)
def test_another_first_name_before_a_known_surname(claims_of: Claims, text: str, speaker: str) -> None:
    assert [c.value["speaker"] for c in claims_of(text, kind="quote")] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the pronoun's antecedent: another first name before a known surname is someone else
        ("Ann Powell expects two more cuts. “Buyers have been waiting for this moment,” she said.", "ann-powell"),
        (
            "Ann Powell, research chief at Example Realty, expects more cuts. "
            "“Buyers have been waiting for this moment,” she said.",
            "ann-powell",
        ),
        # a title or the known first name: the known person
        ("Chair Powell expects two more cuts. “Rates will stay where they are for now,” he said.", "jerome-powell"),
        ("Jerome Powell expects two more cuts. “Rates will stay where they are for now,” he said.", "jerome-powell"),
    ],
)
def test_a_pronoun_after_another_first_name_and_a_known_surname(claims_of: Claims, text: str, speaker: str) -> None:
    assert [c.value["speaker"] for c in claims_of(text, kind="quote")] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "“We have a very substantial framework,” said Tom Arden, quoting Bessent.",
        "Greer agreed. “We have a very substantial framework,” he said, echoing Treasury Secretary Scott Bessent.",
        "“We have a very substantial framework,” Jane Roe told reporters on Sunday, repeating Bessent.",
    ],
)
def test_words_repeated_from_someone_are_theirs(claims_of: Claims, text: str) -> None:
    found = claims_of(text, kind="quote")
    assert [(c.value["speaker"], c.qualifiers.uncertain) for c in found] == [("scott-bessent", False)]


def test_words_repeated_from_someone_unknown_leave_the_speaker_in_doubt(claims_of: Claims) -> None:
    found = claims_of("“We have a very substantial framework,” Bessent said, quoting Tom Arden.", kind="quote")
    assert [(c.value["speaker"], c.qualifiers.uncertain) for c in found] == [("scott-bessent", True)]
