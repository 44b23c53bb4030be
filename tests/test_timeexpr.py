"""Time expressions in news sentences: what counts as a date, and which days it names."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import timeexpr
from factcheck.models import Precision, TimeSpan
from factcheck.timeexpr import TimeMention, find_times, infer_published, parse_date_value


def day(iso: str) -> TimeSpan:
    return TimeSpan.day(dt.date.fromisoformat(iso))


def month(y: int, m: int) -> TimeSpan:
    return parse_date_value(f"{y}-{m:02d}")


SEPT_2025 = month(2025, 9)
OCT_2025 = month(2025, 10)
TUE = day("2025-10-28")  # a Tuesday
UNKNOWN = TimeSpan.unknown()


def labels(text: str, anchor: TimeSpan) -> list[tuple[str, str]]:
    return [(m.text, m.span.label()) for m in find_times(text, anchor)]


def only(text: str, anchor: TimeSpan) -> TimeMention:
    found = find_times(text, anchor)
    assert len(found) == 1, found
    return found[0]


# --- what is and is not a date ---------------------------------------------------------------------------------------
def test_modal_may_is_not_a_month() -> None:
    assert labels("Prices may rise in May.", SEPT_2025) == [("May", "2025-05")]
    assert labels("The deal may collapse, officials said.", SEPT_2025) == []
    assert labels("May I add that prices may fall?", SEPT_2025) == []


def test_may_needs_context() -> None:
    assert labels("Theresa May said the vote would go ahead.", SEPT_2025) == []
    assert labels("May 10 was the deadline.", SEPT_2025) == [("May 10", "2025-05-10")]
    assert labels("May, 2025 was wet.", SEPT_2025) == [("May, 2025", "2025-05")]
    assert labels("Talks resume after May.", SEPT_2025) == [("May", "2025-05")]


def test_march_and_abbreviations() -> None:
    assert labels("Thousands will march on parliament.", SEPT_2025) == []
    assert labels("March was the wettest month.", SEPT_2025) == []  # no preposition: could be a name or the verb
    assert labels("Rates rose in March.", SEPT_2025) == [("March", "2025-03")]
    assert labels("Jan Kowalski met Sat Nam at the Sun offices on Wed", SEPT_2025) == []
    assert labels("Profit rose in the 12 months to September.", OCT_2025) == [("September", "2025-09")]
    assert labels("He spoke to May about Brexit.", OCT_2025) == []
    assert labels("The fund closed on Jan. 5, 2024.", SEPT_2025) == [("Jan. 5, 2024", "2024-01-05")]


def test_percentages_and_numbers_are_not_years() -> None:
    assert labels("Prices rose 12% in 2024.", SEPT_2025) == [("2024", "2024")]
    text = "It cost $2025, ranked #2024, sold 12,2024 units, scored 2024.5 and grew 2025% or 3.5 points."
    assert labels(text, SEPT_2025) == []


def test_event_name_year_is_a_year() -> None:
    m = only("Delegates met at the 2025 Asia-Pacific Dialogue.", SEPT_2025)
    assert (m.text, m.span.label(), m.span.precision, m.relative) == ("2025", "2025", Precision.YEAR, False)


def test_weekday_inside_a_name_is_not_a_day() -> None:
    assert labels("The Sunday Times said Black Friday sales were weak.", TUE) == []
    assert labels("The market is shut every Monday and on Mondays.", TUE) == []


# --- absolute dates --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expr", "label", "precision"),
    [
        ("The report, dated 2025-10-03, was leaked.", "2025-10-03", "2025-10-03", Precision.DAY),
        ("On October 3, 2025, the bank cut rates.", "October 3, 2025", "2025-10-03", Precision.DAY),
        ("The vote on Oct. 3, 2025 was close.", "Oct. 3, 2025", "2025-10-03", Precision.DAY),
        ("It opened on 3 October 2025 in Leeds.", "3 October 2025", "2025-10-03", Precision.DAY),
        ("The summit ran September 14-15, 2025.", "September 14-15, 2025", "2025-09-14..2025-09-15", Precision.DAY),
        ("Polls closed on Monday, October 27, 2025.", "Monday, October 27, 2025", "2025-10-27", Precision.DAY),
        ("Talks ran Sept. 30-Oct. 2, 2025.", "Sept. 30-Oct. 2, 2025", "2025-09-30..2025-10-02", Precision.DAY),
        ("Sales fell in October 2025.", "October 2025", "2025-10", Precision.MONTH),
        ("It was founded in 1998.", "1998", "1998", Precision.YEAR),
        ("Output peaked in mid-2024.", "mid-2024", "2024-05-01..2024-08-31", Precision.YEAR),
        ("Profit rose in Q3 2025.", "Q3 2025", "2025-07-01..2025-09-30", Precision.QUARTER),
        ("Profit rose in 2025-Q3.", "2025-Q3", "2025-07-01..2025-09-30", Precision.QUARTER),
        ("Growth in the third quarter of 2025 slowed.", "the third quarter of 2025", "2025-07-01..2025-09-30",
         Precision.QUARTER),
        ("Growth in the final quarter of 2024 slowed.", "the final quarter of 2024", "2024-10-01..2024-12-31",
         Precision.QUARTER),
        ("Sales in the first half of 2025 rose.", "the first half of 2025", "2025-01-01..2025-06-30", Precision.YEAR),
        ("Inflation in the 1990s was low.", "the 1990s", "1990-01-01..1999-12-31", Precision.YEAR),
        ("The 2024-25 season was his last.", "2024-25", "2024-01-01..2025-12-31", Precision.YEAR),
    ],
)  # fmt: skip
def test_absolute_dates(text: str, expr: str, label: str, precision: Precision) -> None:
    m = only(text, TUE)
    assert (m.text, m.span.label(), m.span.precision, m.relative) == (expr, label, precision, False)
    assert text[m.start : m.end] == expr


def test_longest_match_wins() -> None:
    assert labels("On October 3, 2025 and in October 2025.", TUE) == [
        ("October 3, 2025", "2025-10-03"),
        ("October 2025", "2025-10"),
    ]


def test_day_pairs_are_one_span() -> None:
    m = only("The talks were held on September 14 and 15.", SEPT_2025)
    assert (m.text, m.span.label(), m.span.precision, m.relative) == (
        "September 14 and 15", "2025-09-14..2025-09-15", Precision.DAY, True)  # fmt: skip
    assert labels("Voting ran 14-15 September.", SEPT_2025) == [("14-15 September", "2025-09-14..2025-09-15")]
    assert labels("Markets shut May 10–11.", SEPT_2025) == [("May 10–11", "2025-05-10..2025-05-11")]


# --- months without a year -------------------------------------------------------------------------------------------
def test_list_of_months_resolves_near_the_anchor() -> None:
    text = "The talks continued in Geneva in May, London in June, and Stockholm in July."
    found = find_times(text, SEPT_2025)
    assert [(m.text, m.span.label(), m.span.precision, m.relative) for m in found] == [
        ("May", "2025-05", Precision.MONTH, True),
        ("June", "2025-06", Precision.MONTH, True),
        ("July", "2025-07", Precision.MONTH, True),
    ]
    assert labels("Sales grew in May, June and July.", SEPT_2025) == [
        ("May", "2025-05"), ("June", "2025-06"), ("July", "2025-07")]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "anchor", "label"),
    [
        ("Prices fell in May.", SEPT_2025, "2025-05"),
        ("A vote is due in November.", SEPT_2025, "2025-11"),
        ("Sales slumped in December.", month(2026, 1), "2025-12"),
        ("Sales will recover in January.", month(2025, 12), "2026-01"),
        ("He resigned last May.", SEPT_2025, "2025-05"),
        ("He resigned last May.", month(2025, 5), "2024-05"),
        ("She takes office next January.", SEPT_2025, "2026-01"),
        ("The fund closed on May 10.", SEPT_2025, "2025-05-10"),
        ("Growth slowed in the third quarter.", OCT_2025, "2025-07-01..2025-09-30"),
        ("Growth slowed in the first quarter.", SEPT_2025, "2025-01-01..2025-03-31"),
        ("Growth will pick up in the fourth quarter.", SEPT_2025, "2025-10-01..2025-12-31"),
        ("Elections are due in early November.", OCT_2025, "2025-11-01..2025-11-10"),
        ("Prices peaked in mid-September.", OCT_2025, "2025-09-11..2025-09-20"),
        ("Results come in late October.", OCT_2025, "2025-10-21..2025-10-31"),
        ("The deal closes at the end of May.", SEPT_2025, "2025-05-21..2025-05-31"),
    ],
)
def test_yearless_dates(text: str, anchor: TimeSpan, label: str) -> None:
    m = only(text, anchor)
    assert m.span.label() == label
    assert m.relative


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # what a past verb of intent was about comes after it: still ahead of an October article
        ("Trump had threatened to impose a 100% tariff from November.", "2025-11"),
        ("Beijing vowed to retaliate in December.", "2025-12"),
        ("The two sides agreed to meet again in November.", "2025-11"),
        ("Trump threatened on Oct. 10 to raise tariffs in November.", "2025-11"),
        ("Ministers decided last week to cut the levy in December.", "2025-12"),
        # no intent, or its infinitive is no verb: a past November is last year's
        ("Tariffs rose to 30% in November.", "2024-11"),
        ("The index climbed to record highs in November.", "2024-11"),
        ("China agreed to a truce in November.", "2024-11"),
        ("In November, China agreed to resume purchases.", "2024-11"),
    ],
)
def test_a_past_verb_of_intent_dates_its_infinitive_ahead(text: str, label: str) -> None:
    [m] = [m for m in find_times(text, OCT_2025) if m.text in ("November", "December")]
    assert m.span.label() == label


def test_part_of_month_is_month_precision() -> None:
    assert only("Elections are due in early November.", OCT_2025).span.precision is Precision.MONTH


# --- relative expressions --------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "label", "precision"),
    [
        ("The minister spoke today.", "2025-10-28", Precision.DAY),
        ("He spoke yesterday.", "2025-10-27", Precision.DAY),
        ("They vote tomorrow.", "2025-10-29", Precision.DAY),
        ("The band plays tonight.", "2025-10-28", Precision.DAY),
        ("The minister spoke on Monday.", "2025-10-27", Precision.DAY),
        ("The minister spoke on Tuesday.", "2025-10-28", Precision.DAY),
        ("The minister spoke on Friday.", "2025-10-24", Precision.DAY),
        ("They met last Monday.", "2025-10-27", Precision.DAY),
        # two weekdays together: the days from the first to the second
        ("Stocks fell on Thursday and Friday.", "2025-10-23..2025-10-24", Precision.DAY),
        ("Talks ran Saturday-Sunday.", "2025-10-25..2025-10-26", Precision.DAY),
        ("The index slid from Friday through Monday.", "2025-10-24..2025-10-27", Precision.DAY),
        ("They met last Thursday and Friday.", "2025-10-23..2025-10-24", Precision.DAY),
        ("They meet next Monday.", "2025-11-03", Precision.DAY),
        ("Shares fell this week.", "2025-10-27..2025-11-02", Precision.WEEK),
        ("Shares fell last week.", "2025-10-20..2025-10-26", Precision.WEEK),
        ("Prices rose last month.", "2025-09", Precision.MONTH),
        ("Prices rise next year.", "2026", Precision.YEAR),
        ("Profit rose this quarter.", "2025-10-01..2025-12-31", Precision.QUARTER),
        ("He said so earlier this month.", "2025-10-01..2025-10-28", Precision.MONTH),
        ("A vote is due later this year.", "2025-10-28..2025-12-31", Precision.YEAR),
        ("It happened three days ago.", "2025-10-25", Precision.DAY),
        ("It happened 2 weeks ago.", "2025-10-13..2025-10-19", Precision.WEEK),
        ("Rates were higher a year ago.", "2024", Precision.YEAR),
        ("Prices have risen in recent months.", "2025-07-29..2025-10-28", Precision.MONTH),
        ("Prices have risen in recent weeks.", "2025-10-08..2025-10-28", Precision.WEEK),
        ("Prices rose this past week.", "2025-10-22..2025-10-28", Precision.WEEK),
        ("Protests spread over the weekend.", "2025-10-25..2025-10-26", Precision.DAY),
        ("Prices doubled over the past two years.", "2023-10-29..2025-10-28", Precision.YEAR),
        ("Output fell late last year.", "2024-09-01..2024-12-31", Precision.YEAR),
    ],
)
def test_relative_to_a_day(text: str, label: str, precision: Precision) -> None:
    m = only(text, TUE)
    assert (m.span.label(), m.span.precision, m.relative) == (label, precision, True)


@pytest.mark.parametrize(
    "text",
    [
        "They met over the weekend of Oct. 18-19.",
        "They met the weekend of Oct. 18.",
        "Talks ran the weekend of 18 October.",
    ],
)
def test_the_weekend_of_a_date_is_that_date_not_the_last_weekend(text: str) -> None:
    assert [m.span.label()[:10] for m in find_times(text, TUE)] == ["2025-10-18"]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Talks will resume over the weekend.", "2025-11-01..2025-11-02"),
        ("He said he would meet Xi next week, after talks over the weekend.", "2025-11-01..2025-11-02"),
        ("Negotiators are expected to meet at the weekend.", "2025-11-01..2025-11-02"),
        ("Talks resumed over the weekend.", "2025-10-25..2025-10-26"),
    ],
)
def test_the_weekend_of_a_future_verb_is_the_coming_one(text: str, label: str) -> None:
    assert [m.span.label() for m in find_times(text, TUE) if "weekend" in m.text] == [label]


def test_weekdays_in_separate_clauses_stay_two_days() -> None:
    found = find_times("Stocks fell on Monday and rose on Tuesday.", TUE)
    assert [m.span.label() for m in found] == ["2025-10-27", "2025-10-28"]


def test_on_monday_when_the_anchor_is_monday() -> None:
    assert only("The minister spoke on Monday.", day("2025-10-27")).span == day("2025-10-27")


def test_relative_to_a_month_takes_the_hull() -> None:
    m = only("Shares fell last week.", OCT_2025)
    assert (m.span.start, m.span.end) == (dt.date(2025, 9, 22), dt.date(2025, 10, 26))
    assert m.span.precision is Precision.MONTH  # coarsened: the article's day is not known
    assert only("Prices rose last month.", OCT_2025).span.label() == "2025-09"  # both ends agree: stays a month


def test_unknown_anchor_still_reports_relative_mentions() -> None:
    found = find_times("The minister spoke on Monday, in May and last week.", UNKNOWN)
    assert [m.text for m in found] == ["Monday", "May", "last week"]
    assert all(m.relative and not m.span.is_known for m in found)
    m = only("Rates were cut on October 3, 2025.", UNKNOWN)
    assert (m.span.label(), m.relative) == ("2025-10-03", False)


# --- bounds and offsets ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expr", "bound"),
    [
        ("He must decide before November 10.", "November 10", "before"),
        ("She has led the bank since June 2025.", "June 2025", "since"),
        ("The cut runs until March 2026.", "March 2026", "until"),
        ("A deal is expected by the end of the year.", "the end of the year", "until"),
        ("Prices rose after 2020.", "2020", "after"),
        ("The plant has been shut since early November.", "early November", "since"),
        ("Rates have been flat since last week.", "last week", "since"),
        ("Prices rose in 2024.", "2024", "at"),
        ("The vote is due no later than May 2026.", "May 2026", "until"),
    ],
)
def test_bounds(text: str, expr: str, bound: str) -> None:
    m = only(text, TUE)
    assert (m.text, m.bound) == (expr, bound)
    assert text[m.start : m.end] == expr  # the preposition is not part of the mention


def test_offset_shifts_positions() -> None:
    text = "Prices rose before November 10."
    m = only(text, TUE)
    shifted = find_times(text, TUE, offset=100)[0]
    assert (shifted.start, shifted.end) == (m.start + 100, m.end + 100)
    assert shifted.text == "November 10"


# --- parse_date_value ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "label", "precision"),
    [
        ("2025-10-03", "2025-10-03", Precision.DAY),
        ("2025-10", "2025-10", Precision.MONTH),
        ("2025", "2025", Precision.YEAR),
        ("2025-Q3", "2025-07-01..2025-09-30", Precision.QUARTER),
        ("October 2025", "2025-10", Precision.MONTH),
        ("Oct 3, 2025", "2025-10-03", Precision.DAY),
        ("3 October 2025", "2025-10-03", Precision.DAY),
        (" 2025-10-03 ", "2025-10-03", Precision.DAY),
        ("2025-10-03T10:00:00Z", "2025-10-03", Precision.DAY),
        ("Friday 3rd of October, 2025 10:00", "2025-10-03", Precision.DAY),
        ("2025-10-01..2025-10-05", "2025-10-01..2025-10-05", Precision.DAY),
        ("2025-09..2025-10-03", "2025-09-01..2025-10-03", Precision.MONTH),
    ],
)
def test_parse_date_value(value: str, label: str, precision: Precision) -> None:
    span = parse_date_value(value)
    assert (span.label(), span.precision) == (label, precision)


@pytest.mark.parametrize("value", ["", "soon", "not a date", "2025-13", "2025-02-30", "yesterday", "October 3",
                                   "2025-10-05..2025-10-01"])  # fmt: skip
def test_parse_date_value_rejects(value: str) -> None:
    with pytest.raises(ValueError, match=repr(value) if value else "cannot read"):
        parse_date_value(value)


def test_parse_date_value_is_cached() -> None:
    parse_date_value.cache_clear()
    parse_date_value("2025-10-03")
    parse_date_value("2025-10-03")
    assert parse_date_value.cache_info().hits == 1


# --- infer_published -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("# Fed holds rates\nPublished: October 3, 2025\n\nThe Fed met in May 2024.\n", "2025-10-03"),
        ("Fed holds rates\nUpdated Oct. 3, 2025 10:00 ET\n\nBody.", "2025-10-03"),
        ("Title\nUpdated Oct. 5, 2025 10:00 ET\nPublished Oct. 3, 2025\nBody.", "2025-10-03"),
        ("Title\nBy Jane Doe | March 4, 2025\n\nIt began on May 5, 2024.", "2025-03-04"),
        ("Big news\n\nFriday, October 3, 2025\n\nThe body.", "2025-10-03"),
        ("Big news\n*Oct. 3, 2025 at 10:30 a.m. EDT*\nThe body.", "2025-10-03"),
        ("NEW YORK, Oct. 3, 2025 (AP) — Stocks rose.", "2025-10-03"),
        ("WASHINGTON, Oct 3 (Reuters) - The Fed said its 2025 outlook was unchanged.", "2025-10-03"),
        ("WASHINGTON, Oct 3 (Reuters) - The Fed held rates on Friday.", "unknown time"),
        ("Fed holds rates\n\nThe Fed met on October 3, 2025, then on Oct. 29, 2025.\nIn 2024 it cut.", "unknown time"),
        ("Title\nPublished 3 hours ago\nBody.", "unknown time"),
        ("\n" * 12 + "Published: October 3, 2025", "unknown time"),
        ("", "unknown time"),
    ],
)  # fmt: skip
def test_infer_published(text: str, label: str) -> None:
    assert infer_published(text).label() == label


# --- properties ------------------------------------------------------------------------------------------------------
WORDS = [
    "May", "may", "in", "on", "since", "by", "the", "March", "Monday", "last", "next", "week", "2025", "1999",
    "14", "3", "and", "-", "–", ",", ".", "%", "$", "Oct.", "Sept", "September", "early", "mid-", "Q3", "third",
    "quarter", "of", "days", "ago", "two", "recent", "months", "weekend", "first", "half", "today", "2024-25",
]  # fmt: skip


def _check(text: str, found: list[TimeMention]) -> None:
    ends = [0]
    for m in found:
        assert ends[-1] <= m.start < m.end  # ordered, non-overlapping, non-empty
        assert text[m.start : m.end] == m.text
        assert m.span.start is None or m.span.end is None or m.span.start <= m.span.end
        ends.append(m.end)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200), st.dates())
def test_find_times_never_raises_on_any_text(text: str, anchor: dt.date) -> None:
    _check(text, find_times(text, TimeSpan.day(anchor)))
    _check(text, find_times(text, UNKNOWN))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=14), st.dates(), st.sampled_from(["day", "month", "year"]))
def test_find_times_on_calendar_words(words: list[str], anchor: dt.date, kind: str) -> None:
    text = " ".join(words)
    start = anchor.replace(day=1) if kind == "month" else anchor.replace(month=1, day=1) if kind == "year" else anchor
    span = TimeSpan(start=start, end=anchor, precision=Precision(kind))
    _check(text, find_times(text, span))


@given(st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(2999, 12, 31)))
def test_iso_dates_round_trip(d: dt.date) -> None:
    assert parse_date_value(d.isoformat()) == TimeSpan.day(d)


@pytest.mark.parametrize("value", ["0001-01-01", "9999-12-31", "3000-01-01..3000-12-31"])
def test_a_date_outside_the_years_news_happens_in_is_refused(value: str) -> None:
    with pytest.raises(ValueError, match="outside the years 1000-2999"):
        parse_date_value(value)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_infer_published_never_raises(text: str) -> None:
    assert isinstance(infer_published(text), TimeSpan)


def test_since_a_yearless_month_looks_back() -> None:
    """ "since January" in an October article is January of that year, never the next."""
    [m] = find_times("Stocks are up since January.", parse_date_value("2025-10"))
    assert (m.bound, m.span.label()) == ("since", "2025-01")


@pytest.mark.parametrize(
    ("text", "anchor", "label"),
    [
        ("Trump will meet Xi on Thursday.", "2025-10-27", "2025-10-30"),
        ("He will travel to Malaysia for talks starting Friday.", "2025-10-23", "2025-10-24"),
        # "beginning" like "starting" points ahead, after a past verb too; "the beginning of" is no cue
        ("Ottawa answered by imposing a 25% duty beginning April 10.", "2025-04-04", "2025-04-10"),
        ("Mexico said it imposed new levies beginning May 2.", "2025-04-28", "2025-05-02"),
        ("At the beginning of December, stocks slumped.", "2025-11-20", "2024-12-01..2024-12-10"),
        ("The S&P 500 fell 1% on Monday.", "2025-10-28", "2025-10-27"),
        ("In January, Treasury Secretary Janet Yellen told Congress.", "2025-09-05", "2025-01"),
        ("Another meeting is expected in November.", "2025-09", "2025-11"),
        ("Parliament to elect a new prime minister on Tuesday", "2025-10-17", "2025-10-21"),
        ("Lawmakers are to vote on the budget on Monday.", "2025-10-17", "2025-10-20"),
    ],
)
def test_tense_decides_the_direction(text: str, anchor: str, label: str) -> None:
    """News looks back unless the sentence speaks of the future: then weekdays and months look ahead."""
    [m] = find_times(text, parse_date_value(anchor))
    assert m.span.label() == label


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # the nearest tense word before the time decides, not any future word in the sentence
        ("Trump and Xi will endorse what negotiators reached on Sunday.", "2025-10-26"),
        ("Leaders will sign the deal their aides agreed on Sunday.", "2025-10-26"),
        ("Officials said the talks will be held on Sunday.", "2025-11-02"),
        ("The round will be held on Sunday, officials said.", "2025-11-02"),
        ("Officials who met on Sunday will meet again.", "2025-10-26"),
        ("They agreed to meet on Sunday.", "2025-11-02"),
    ],
)
def test_the_nearest_tense_resolves_a_weekday(sentence: str, label: str) -> None:
    [m] = find_times(sentence, parse_date_value("2025-10-28"))
    assert m.span.label() == label


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # a schedule in the present looks ahead, even after a past verb in the sentence
        ("They resumed talks on Monday, seeking to extend a truce that expires on August 12.", "2025-08-12"),
        ("Officials met again; the pause runs until August 12.", "2025-08-12"),
        ("The new tariffs took shape as the old ones lapse. The rule takes effect on August 1.", "2025-08-01"),
        # a past verb nearest the date still looks back
        ("The truce that was agreed in Geneva ended on August 12.", "2024-08-12"),
    ],
)
def test_a_present_schedule_looks_ahead(sentence: str, label: str) -> None:
    [m] = [m for m in find_times(sentence, parse_date_value("2025-07-29")) if "August" in m.text]
    assert m.span.label() == label


def test_an_extension_points_ahead() -> None:
    """ "extending the truce by another 90 days, to Nov. 10": the new end lies ahead, past verb or not."""
    text = "Trump signed an order on Monday extending the truce by another 90 days, to Nov. 10."
    assert [m.span.label() for m in find_times(text, parse_date_value("2025-08-12"))] == ["2025-08-11", "2025-11-10"]
    assert [
        m.span.label() for m in find_times("The truce was extended on Monday.", parse_date_value("2025-10-29"))
    ] == ["2025-10-27"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("In May last year, the two sides met in Geneva.", "2024-05"),
        ("A third round followed in Stockholm in July of last year.", "2024-07"),
        ("The deal signed in December this year lapsed.", "2025-12"),
        ("They plan to meet in March next year.", "2026-03"),
        ("Talks stalled in early May last year.", "2024-05-01..2024-05-10"),
    ],
)
def test_a_month_of_the_year_before_or_after(sentence: str, label: str) -> None:
    """ "May last year" names its year; it is never shifted as a yearless "May" would be."""
    [m] = find_times(sentence, parse_date_value("2025-10-20"))
    assert m.span.label() == label


def test_a_leading_time_takes_the_first_verbs_tense() -> None:
    text = "In January, Yellen told Congress the government would hit its limit."
    [m, *_] = find_times(text, parse_date_value("2025-09-05"))
    assert m.span.label() == "2025-01"


def test_a_publication_time_with_an_offset_is_the_day_in_the_newsroom_zone() -> None:
    late = "2025-10-03T23:30:00-04:00"  # 04:30 on 4 October in London
    assert parse_date_value(late).label() == "2025-10-03"
    assert parse_date_value(late, "Europe/London").label() == "2025-10-04"
    assert parse_date_value("2025-10-03T23:30:00Z", "Asia/Tokyo").label() == "2025-10-04"
    assert parse_date_value("2025-10-03 08:00", "Asia/Tokyo").label() == "2025-10-03"  # no offset: as written


def test_an_unknown_zone_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="unknown time zone 'Mars/Olympus'"):
        parse_date_value("2025-10-03T23:30:00Z", "Mars/Olympus")


_WORDS = (
    "the this last next past recent early mid late end of first second third fourth quarter half year years "
    "month months week weeks day days weekend today tonight yesterday tomorrow morning afternoon evening night "
    "Monday Friday ago earlier later 3 two 2025 in on"
).split()


@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=12))
def test_a_rule_s_own_gate_holds_wherever_it_matches(words: list[str]) -> None:
    """A rule runs only on sentences its gate matches: the gate must match inside every match, or
    the gate would hide a time expression the rule reads."""
    text = " ".join(words)
    for rules in timeexpr._COMPILED.values():
        for pattern, _handler, needs in rules:
            for m in pattern.finditer(text):
                assert needs is None or needs.search(m.group()), (pattern.pattern, m.group())


def test_a_possessive_day_is_bound_by_no_preposition() -> None:
    anchor = TimeSpan(start=dt.date(2025, 10, 29), end=dt.date(2025, 10, 29))
    [after] = find_times("Officials spoke after Tuesday's meeting.", anchor)
    [since] = find_times("Nothing moved since Monday's talks.", anchor)
    [plain] = find_times("Officials spoke after Tuesday.", anchor)
    assert (after.bound, since.bound, plain.bound) == ("at", "at", "after")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("In January-March, exports rose.", "2025-01-01..2025-03-31"),
        ("Exports rose from April to June.", "2025-04-01..2025-06-30"),
        ("Between January and March 2024, exports rose.", "2024-01-01..2024-03-31"),
        ("In the November–January quarter, sales fell.", "2024-11-01..2025-01-31"),
    ],
)
def test_a_span_of_months_is_one_mention(text: str, span: str) -> None:
    anchor = TimeSpan(start=dt.date(2025, 7, 1), end=dt.date(2025, 7, 1))
    assert [m.span.label() for m in find_times(text, anchor)] == [span]


def test_two_months_listed_stay_two() -> None:
    anchor = TimeSpan(start=dt.date(2025, 7, 1), end=dt.date(2025, 7, 1))
    assert [m.span.label() for m in find_times("Talks were held in May and June.", anchor)] == ["2025-05", "2025-06"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Powell spoke after the July rate decision.", month(2025, 7)),
        ("Its September meeting ended without a deal.", month(2025, 9)),
        ("The committee revised the March figures.", month(2025, 3)),
        ("The talks resumed after the August recess.", month(2025, 8)),
    ],
)
def test_a_month_before_the_noun_it_dates(text: str, expected: TimeSpan) -> None:
    assert [m.span for m in find_times(text, OCT_2025)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The May government fell.",  # May is also a name
        "The July 4 parade drew crowds.",  # a day, read by its own rule
        "Senator June Smith spoke.",  # a name
    ],
)
def test_no_attributive_month(text: str) -> None:
    assert [m.span for m in find_times(text, OCT_2025) if m.span.precision is Precision.MONTH] == []


def test_effective_points_ahead() -> None:
    """ "effective June 4" in an article of late May is this June 4, not last year's."""
    may_31 = day("2025-05-31")
    assert [m.span for m in find_times("The tariffs rise to 50%, effective June 4.", may_31)] == [day("2025-06-04")]
    assert [m.span for m in find_times("The tariffs rose to 50% in June.", may_31)] == [month(2024, 6)]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("On the 18th (local time), the index fell 3%.", "2024-12-18"),  # a day of this month, before publication
        ("Prices peaked on the 25th, officials said.", "2024-11-25"),  # later than today: last month's
        ("The vote is due on the 25th.", "2024-12-25"),  # the future reads ahead
        ("Talks will resume on the 5th.", "2025-01-05"),
        ("It closed on the 3rd of this month.", "2024-12-03"),
    ],
)
def test_a_day_of_the_month_alone(sentence: str, label: str) -> None:
    [first, *_] = find_times(sentence, TimeSpan.day(dt.date(2024, 12, 19)))
    assert first.span.label() == label


@pytest.mark.parametrize(
    "sentence",
    ["He won for the 18th time.", "In the 18th century, trade grew.", "The 18th round ended.", "She was 4th."],
)
def test_an_ordinal_of_something_else_is_no_day(sentence: str) -> None:
    assert find_times(sentence, TimeSpan.day(dt.date(2024, 12, 19))) == []


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Consumer prices up 3% in Jan, the fastest pace in months", "2025-01"),  # an abbreviated month alone
        ("Sales fell in Sept. and rose again.", "2024-09"),
        ("Output rose in Feb.", "2025-02"),
    ],
)
def test_an_abbreviated_month_alone(sentence: str, label: str) -> None:
    [found] = find_times(sentence, TimeSpan.day(dt.date(2025, 2, 12)))
    assert found.span.label() == label


@pytest.mark.parametrize("sentence", ["Jan said no.", "It was in Jan's view a mistake.", "The mar was visible."])
def test_an_abbreviation_that_is_a_name_or_a_word_is_no_month(sentence: str) -> None:
    assert find_times(sentence, TimeSpan.day(dt.date(2025, 2, 12))) == []


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # a yearless quarter later than publication: this year's in a sentence about the past
        ("The economy grew 0.3% in Q1.", "2025-01-01..2025-03-31"),
        ("Growth was weak in the first quarter.", "2025-01-01..2025-03-31"),
        # ahead in a sentence about the future, and the nearest one when it is not later
        ("Growth will pick up in Q1.", "2026-01-01..2026-03-31"),
        ("Growth slowed in the third quarter.", "2025-07-01..2025-09-30"),
    ],
)
def test_a_yearless_quarter_takes_the_sentence_s_tense(sentence: str, label: str) -> None:
    [found] = find_times(sentence, TimeSpan.day(dt.date(2025, 10, 15)))
    assert found.span.label() == label


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # a yearless day just ahead, in a sentence no tense governs: the coming one
        ("Moscow readies for his May 9 parade.", "2025-05-09"),
        ("Putin hosts Xi ahead of the May 9 parade.", "2025-05-09"),
        # a past verb, or a day far ahead: last year's
        ("The parade on May 9 drew crowds.", "2024-05-09"),
        ("The parade was held on May 9.", "2024-05-09"),
        ("Moscow readies for its June 30 parade.", "2024-06-30"),
    ],
)
def test_a_yearless_day_just_ahead(sentence: str, label: str) -> None:
    [found] = find_times(sentence, TimeSpan.day(dt.date(2025, 5, 7)))
    assert found.span.label() == label


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # a past form inside a quoted phrase the sentence runs on past is the phrase's own
        ("The minister plans to put a 40% levy on “every car assembled abroad” from August 1.", "2025-08-01"),
        ('The council intends to charge a fee on "all boats moored in the bay" from August 1.', "2025-08-01"),
        ("Officials will lift the ban on “meat processed in certified plants” on August 12.", "2025-08-12"),
        # outside quotes, or a quote that ends the sentence, the past verb still decides
        ("The minister said the levy on every car assembled abroad began on August 1.", "2024-08-01"),
        ("The minister will keep the levy “that we approved on August 1.”", "2024-08-01"),
    ],
)
def test_a_past_form_inside_a_quoted_phrase_sets_no_tense(sentence: str, label: str) -> None:
    [m] = [m for m in find_times(sentence, parse_date_value("2025-07-09")) if "August" in m.text]
    assert m.span.label() == label


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # a quarter named by its last month, as Australian and New Zealand statistics name them
        ("Prices rose 0.4% in the September 2024 quarter.", "2024-07-01..2024-09-30"),
        ("In the December quarter wages grew 0.8%.", "2024-10-01..2024-12-31"),
        ("Output in the June-quarter was flat.", "2024-04-01..2024-06-30"),
        ("the February quarter", "2024-12-01..2025-02-28"),
    ],
)
def test_a_quarter_named_by_its_last_month(sentence: str, label: str) -> None:
    [found] = find_times(sentence, TimeSpan.day(dt.date(2025, 2, 10)))
    assert found.span.label() == label
    assert found.span.precision is Precision.QUARTER


def test_a_month_before_a_quarter_of_something_is_the_month() -> None:
    [found] = find_times("In December, a quarter of the staff left.", TimeSpan.day(dt.date(2025, 2, 10)))
    assert found.span.label() == "2024-12"


@pytest.mark.parametrize(
    "text",
    [
        "President Trump on Monday extended the pause on tariffs until Nov. 10.",
        "On Monday, Trump extended the truce to Nov. 10.",
        "Monday: the White House extended the deadline through Nov. 10.",
    ],
)
def test_an_extension_points_ahead_only_to_what_follows_it(text: str) -> None:
    # a Wednesday article: Monday is the one just past, November 10 the one ahead
    found = {m.text: (m.span.label(), m.future) for m in find_times(text, day("2025-08-13"))}
    assert found["Monday"] == ("2025-08-11", False)
    assert found["Nov. 10"] == ("2025-11-10", True)


@pytest.mark.parametrize(
    ("text", "simple_past"),
    [
        ("Negotiators held talks in Geneva.", True),
        ("The Geneva talks were the first in six years.", True),
        ("After a year of limited dialogue, the two sides have resumed talks.", False),
        ("The two sides have met twice.", False),
        ("The two sides will meet in Geneva.", False),
        ("The two sides meet in Geneva.", False),
    ],
)
def test_told_in_simple_past(text: str, simple_past: bool) -> None:
    assert timeexpr.told_in_simple_past(text) is simple_past
