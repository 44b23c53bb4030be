"""market_move extraction: index, direction, size and period, in wire, blog and release styles."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from factcheck.models import Claim, Precision

Claims = Callable[..., list[Claim]]
Move = tuple[str, str, float, str]


def moves(claims: list[Claim]) -> list[Move]:
    return [(str(c.key["index"]), str(c.value["direction"]), size(c), str(c.value["unit"])) for c in claims]


def size(claim: Claim) -> float:
    value = claim.value["size"]
    assert isinstance(value, float)
    return value


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # wire style
        ("The S&P 500 fell 1.2% on Monday.", [("sp500", "down", 1.2, "percent")]),
        ("The Dow Jones Industrial Average rose 0.5% to 42,350 points.", [("dow", "up", 0.5, "percent")]),
        (
            "The Dow lost 300 points, or 0.8%, last week.",
            [("dow", "down", 300.0, "points"), ("dow", "down", 0.8, "percent")],
        ),
        (
            "The Nasdaq Composite gained 1.1% (220 points) on Friday.",
            [("nasdaq", "up", 1.1, "percent"), ("nasdaq", "up", 220.0, "points")],
        ),
        ("Stocks rose, with the Nasdaq up 2%.", [("nasdaq", "up", 2.0, "percent")]),
        ("The FTSE 100 closed 0.5% lower in London.", [("ftse100", "down", 0.5, "percent")]),
        ("Japan's Nikkei 225 index slid 2.3 per cent on Tuesday.", [("nikkei225", "down", 2.3, "percent")]),
        ("The pan-European Stoxx 600 edged up 0.2 percent.", [("stoxx600", "up", 0.2, "percent")]),
        ("The Hang Seng Index tumbled 3.1%, its worst day in a month.", [("hang-seng", "down", 3.1, "percent")]),
        ("Germany's DAX was unchanged.", [("dax", "flat", 0.0, "percent")]),
        # the seed: the S&P 500's "strongest week since June 2025" has no size
        (
            "Financial markets have responded positively to the dialogue, with the Shanghai Composite Index "
            "rising 3% and the S&P 500 posting its strongest week since June 2025.",
            [("shanghai-composite", "up", 3.0, "percent")],
        ),
        # lists: one claim per index
        (
            "The Dow and the S&P 500 each fell about 1%.",
            [("dow", "down", 1.0, "percent"), ("sp500", "down", 1.0, "percent")],
        ),
        (
            "The CSI 300 and the Shenzhen Component Index fell 1% and 2.5%, respectively.",
            [("csi300", "down", 1.0, "percent"), ("shenzhen-component", "down", 2.5, "percent")],
        ),
        (
            "The Dow rose 1% while the Nasdaq fell 0.4%.",
            [("dow", "up", 1.0, "percent"), ("nasdaq", "down", 0.4, "percent")],
        ),
        # blog style: size before the direction word
        ("The Dow's 300-point drop on Monday rattled investors.", [("dow", "down", 300.0, "points")]),
        ("The S&P 500 posted a 2% gain for the week.", [("sp500", "up", 2.0, "percent")]),
        # press release style
        ("During the period, the SSE Composite advanced 4.2 percent.", [("shanghai-composite", "up", 4.2, "percent")]),
        # a gapped list: the verb left out after the first conjunct
        (
            "The Dow lost 2.6%, the S&P 500 2.9% and the Nasdaq 3.6%.",
            [("dow", "down", 2.6, "percent"), ("sp500", "down", 2.9, "percent"), ("nasdaq", "down", 3.6, "percent")],
        ),
        (
            "The Nikkei 225 rose 1.2% and the Hang Seng 0.8%.",
            [("nikkei225", "up", 1.2, "percent"), ("hang-seng", "up", 0.8, "percent")],
        ),
        # ... but never in another unit, nor for an index with a verb of its own
        ("The Dow lost 300 points and the S&P 500 1.1%.", [("dow", "down", 300.0, "points")]),
        ("The Dow lost 2% and the Nasdaq 100 index is at a record.", [("dow", "down", 2.0, "percent")]),
        # a level after points
        ("The Dow fell 1,123 points to 42,326.20.", [("dow", "down", 1123.0, "points")]),
    ],
)
def test_moves(claims_of: Claims, sentence: str, expected: list[Move]) -> None:
    assert sorted(moves(claims_of(sentence, kind="market_move"))) == sorted(expected)


@pytest.mark.parametrize(
    "sentence",
    [
        "The S&P 500 posted its strongest week since June 2025.",  # no size: none is invented
        "The S&P 500 fell on Monday.",  # no size
        "Tariffs of 25% weighed on the Dow.",  # the number belongs to the tariffs
        "The Dow fell after tariffs of 25% took effect.",  # the same, after the direction
        "The S&P 500 could fall 10% if talks collapse.",  # a conditional
        "Analysts expect the Nikkei to rise 5% next year.",  # a forecast
        "The S&P 500 did not fall 2%.",  # negated
        "The Nasdaq rose 2% before paring gains.",  # an extreme of the session, no snapshot named
        "The Nasdaq is down 20% from its peak.",  # a drawdown from a peak, not a move over a period
        "The Dow rose to a record 45,000 points.",  # a level
        "The Nasdaq rose above 20,000 points.",  # a level
        "The Nasdaq edged up to 20,000 points.",  # a level: "edged up" + "to", not the hedge "up to"
        "The FTSE 250 rose 2%.",  # a different index than the FTSE 100
        "Nasdaq-listed shares rose 2%.",  # not the index
        "Dow Chemical shares fell 4%.",  # a company
        # the index's members, not the index
        "Volume was thin, with S&P 500 stocks changing hands down 28% from the average.",
        "Nasdaq 100 companies saw profits fall 3%.",
        "Dow components lost 2% on average.",
        "The Dow and the S&P 500 fell 1% and 2%.",  # which is which?
        "the s&p 500 fell 2%.",  # index names are case-sensitive
        # a move over a run of sessions of no stated length is no day's move
        "The Dow has given up under 5% over its week-long losing streak.",
        "The Nasdaq gained 9% during the rally.",
        "The S&P 500 shed 4% over this month's selloff.",
    ],
)
def test_no_move(claims_of: Claims, sentence: str) -> None:
    assert moves(claims_of(sentence, kind="market_move")) == []


def test_hedge_widens_the_size(claims_of: Claims) -> None:
    [claim] = claims_of("The S&P 500 fell nearly 3% on Monday.", kind="market_move")
    assert claim.qualifiers.hedge == "nearly"
    assert (claim.value["lo"], claim.value["hi"]) == pytest.approx((2.7, 3.0))
    assert claim.labels["size"] == "down nearly 3%"
    assert claim.labels["index"] == "S&P 500"


@pytest.mark.parametrize(
    ("sentence", "start", "end", "precision"),
    [
        ("The S&P 500 fell 1.2% on Monday.", dt.date(2025, 10, 13), dt.date(2025, 10, 13), Precision.DAY),
        ("The S&P 500 fell 1.2%.", dt.date(2025, 10, 15), dt.date(2025, 10, 15), Precision.DAY),
        ("Last week the Dow lost 1%.", dt.date(2025, 10, 6), dt.date(2025, 10, 12), Precision.WEEK),
        ("The Nasdaq rose 2% for the week.", dt.date(2025, 10, 13), dt.date(2025, 10, 19), Precision.WEEK),
        ("In September, the DAX rose 3%.", dt.date(2025, 9, 1), dt.date(2025, 9, 30), Precision.MONTH),
        ("The S&P 500 is up 15% year to date.", dt.date(2025, 1, 1), dt.date(2025, 10, 15), Precision.YEAR),
        ("The Hang Seng has surged 30% since April.", dt.date(2025, 4, 1), dt.date(2025, 10, 15), Precision.MONTH),
        ("The Nikkei fell 5% in three sessions.", dt.date(2025, 10, 13), dt.date(2025, 10, 15), Precision.DAY),
        ("The Dow has lost 5% over the past month.", dt.date(2025, 9, 16), dt.date(2025, 10, 15), Precision.MONTH),
        # "since April" describes the record, not the move
        (
            "The S&P 500 fell 2%, its biggest one-day drop since April.",
            dt.date(2025, 10, 15),
            dt.date(2025, 10, 15),
            Precision.DAY,
        ),
        (
            "Since January, the Dow has gained 1,000 points.",
            dt.date(2025, 1, 1),
            dt.date(2025, 10, 15),
            Precision.MONTH,
        ),
    ],
)
def test_period_of_the_move(
    claims_of: Claims, sentence: str, start: dt.date, end: dt.date, precision: Precision
) -> None:
    [claim] = claims_of(sentence, published="2025-10-15", kind="market_move")
    assert (claim.time.start, claim.time.end, claim.time.precision) == (start, end, precision)


@pytest.mark.parametrize(
    "sentence",
    [
        "Stocks fell on Monday: the Dow lost 2.6%, the S&P 500 2.9% and the Nasdaq 3.6%.",
        "It was a rout on Monday: the Dow lost 2.6%, while the S&P 500 fell 2.9% and the Nasdaq 3.6%.",
    ],
)
def test_what_a_colon_opens_takes_the_time_before_it(claims_of: Claims, sentence: str) -> None:
    found = claims_of(sentence, published="2025-10-15", kind="market_move")
    assert [(c.key["index"], c.time.label()) for c in found] == [
        ("dow", "2025-10-13"),
        ("sp500", "2025-10-13"),
        ("nasdaq", "2025-10-13"),
    ]


def test_period_stops_at_another_index(claims_of: Claims) -> None:
    found = claims_of("The Dow rose 1%, and the Nikkei fell 2% on Monday.", kind="market_move")
    by_index = {c.key["index"]: c for c in found}
    assert by_index["nikkei225"].time.label() == "2025-10-13"
    assert by_index["dow"].time.label() != "2025-10-13"


def test_evidence_quotes_the_move(claims_of: Claims) -> None:
    text = "Markets were calm.\nThe S&P 500 fell 1.2% on Monday."
    [claim] = claims_of(text, kind="market_move")
    assert claim.evidence.line == 2
    assert claim.surface == "S&P 500 fell 1.2%"
    assert text[claim.evidence.start : claim.evidence.end] == claim.surface


def test_aliases_name_one_index(claims_of: Claims) -> None:
    text = (
        "The Standard & Poor's 500 rose 1% on Monday. The S&P rose 1% on Tuesday. "
        "The S&P 500 index rose 1% on Wednesday."
    )
    assert {c.key["index"] for c in claims_of(text, kind="market_move")} == {"sp500"}


Dated = tuple[str, str, float, str]  # index, direction, size, period label


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a time belongs to its clause: Monday dates the plunge, the rise is the publication day's
        (
            "Hong Kong's Hang Seng rose about 2%, after plunging 13.2% on Monday.",
            "2025-04-10",
            [("hang-seng", "up", 2.0, "2025-04-10"), ("hang-seng", "down", 13.2, "2025-04-07")],
        ),
        # a possessive time dates its noun: both moves are the publication day's
        (
            "The S&P 500 rose 1.6% and the Nasdaq gained 2.2%, recovering part of Friday's losses.",
            "2025-10-14",
            [("sp500", "up", 1.6, "2025-10-14"), ("nasdaq", "up", 2.2, "2025-10-14")],
        ),
        # "Last week" leads its clause; "on Friday" governs the other, whose "it" is the same index
        (
            "Last week the S&P 500 gained 1.9%, while on Friday it rose 0.8%.",
            "2025-10-27",
            [("sp500", "up", 1.9, "2025-10-20..2025-10-26"), ("sp500", "up", 0.8, "2025-10-24")],
        ),
        # the week carries to the next sentence of the same wrap-up
        (
            "For the week, the S&P 500 gained 5.7%. The Nasdaq added 7.3% and the Dow 5%.",
            "2025-04-11",
            [
                ("sp500", "up", 5.7, "2025-04-07..2025-04-13"),
                ("nasdaq", "up", 7.3, "2025-04-07..2025-04-13"),
                ("dow", "up", 5.0, "2025-04-07..2025-04-13"),  # the gapped conjunct
            ],
        ),
        # a span of months is one period
        (
            "In January-March, the Dow fell 1.3%.",
            "2025-07-01",
            [("dow", "down", 1.3, "2025-01-01..2025-03-31")],
        ),
        (
            "From April to June, the Nasdaq gained 17.8%.",
            "2025-07-01",
            [("nasdaq", "up", 17.8, "2025-04-01..2025-06-30")],
        ),
        # a leading time governs the sentence's clauses that name none
        (
            "On Monday, the Dow fell 1%, while the Nasdaq rose 2%.",
            "2025-10-15",
            [("dow", "down", 1.0, "2025-10-13"), ("nasdaq", "up", 2.0, "2025-10-13")],
        ),
    ],
)
def test_period_of_each_clause(claims_of: Claims, text: str, published: str, expected: list[Dated]) -> None:
    found = claims_of(text, published=published, kind="market_move")
    got = [(str(c.key["index"]), str(c.value["direction"]), size(c), c.time.label()) for c in found]
    assert sorted(got) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        "For the week, the S&P 500 gained 5.7%. Meanwhile, the Nasdaq added 7.3%.",  # another topic?
        "Last week the S&P 500 gained 1.9%, while on Friday it rose 0.8%. The Nasdaq added 2%.",  # which period?
    ],
)
def test_no_period_when_in_doubt(claims_of: Claims, text: str) -> None:
    [nasdaq] = [c for c in claims_of(text, published="2025-04-11", kind="market_move") if c.key["index"] == "nasdaq"]
    assert not nasdaq.time.is_known
    assert nasdaq.time_source == "none"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the record's time ("since the 2008 crisis", "in seven years") dates the comparison, not the move:
        # the leading day governs
        (
            "On Tuesday, March 3, 2026, Wall Street had its worst session since the 2008 financial crisis, "
            "with the Dow sinking 9% to 30,100.50.",
            [("dow", "down", 9.0, "2026-03-03")],
        ),
        ("The Nasdaq jumped 6%, its largest gain in seven years.", [("nasdaq", "up", 6.0, "2026-03-05")]),
        ("Dow soars 1,900 points for best day in more than a decade", [("dow", "up", 1900.0, "2026-03-05")]),
        ("The FTSE 100 slid 4%, the steepest fall for five years.", [("ftse100", "down", 4.0, "2026-03-05")]),
        # a sentence whose only time is a record's continues the paragraph's period
        (
            "The Dow fell 9% on March 3, 2026. The S&P 500 also lost 8.5%, its sharpest drop since October 1987.",
            [("dow", "down", 9.0, "2026-03-03"), ("sp500", "down", 8.5, "2026-03-03")],
        ),
    ],
)
def test_a_record_time_is_not_the_period(claims_of: Claims, text: str, expected: list[Dated]) -> None:
    found = claims_of(text, published="2026-03-05", kind="market_move")
    got = [(str(c.key["index"]), str(c.value["direction"]), size(c), c.time.label()) for c in found]
    assert sorted(got) == sorted(expected)


def test_a_period_of_years_is_still_read_without_a_record(claims_of: Claims) -> None:
    [claim] = claims_of("The Nikkei has gained 40% in five years.", published="2026-03-05", kind="market_move")
    assert claim.time.start is not None and claim.time.start.year == 2021


def test_the_level_is_shown_with_the_move(claims_of: Claims) -> None:
    [claim] = claims_of("The Dow fell 2.6% to 38,703.27 on Monday.", published="2025-04-08", kind="market_move")
    assert claim.labels["size"] == "down 2.6% to 38,703.27"


def test_period_does_not_cross_paragraphs(claims_of: Claims) -> None:
    text = "For the week, the S&P 500 gained 5.7%.\n\nThe Nasdaq added 7.3%."
    [nasdaq] = [c for c in claims_of(text, published="2025-04-11", kind="market_move") if c.key["index"] == "nasdaq"]
    assert nasdaq.time.label() == "2025-04-11"


@pytest.mark.parametrize(
    "text",
    [
        "The Nasdaq fell 3% before recovering 1%.",  # not a closing move
        "The Dow rose 1% after tariffs of 25% took effect.",  # the number is the tariffs'
    ],
)
def test_no_follow_on_move(claims_of: Claims, text: str) -> None:
    assert len(claims_of(text, kind="market_move")) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "The S&P 500 also fell sharply, down 1.2%.",
        "The S&P 500 fell, down 1.2% on the day.",
        "The S&P 500 dropped steeply, down 1.2%, on Monday.",
    ],
)
def test_a_restated_direction_carries_the_size(claims_of: Claims, sentence: str) -> None:
    [claim] = claims_of(sentence, published="2025-09-20", kind="market_move")
    assert (claim.value["direction"], claim.value["size"]) == ("down", 1.2)


def test_a_restatement_the_other_way_is_not_the_size(claims_of: Claims) -> None:
    assert (
        claims_of("The S&P 500 fell sharply, up 1.2% from its low.", published="2025-09-20", kind="market_move") == []
    )


@pytest.mark.parametrize(
    ("sentence", "snapshot"),
    [
        ("The S&P 500 closed down 1.2% on Monday.", "close"),
        ("The S&P 500 ended the day 1.2% lower.", "close"),
        ("The S&P 500 fell 1.2% at the close on Monday.", "close"),
        ("The Nasdaq rose as much as 2% before paring gains.", "intraday"),
        ("At one point the Dow was down 3%.", "intraday"),
        ("The Dow fell 2% in afternoon trading.", "intraday"),
        ("The Dow was down 2% by 2 p.m.", "intraday"),
        # a time of day past the move's ", or 1.3%," aside; the day's high or low
        ("The Nasdaq lost 210 points, or 1.1%, as of 1:15 p.m. in New York.", "intraday"),
        ("The Dow fell 1%, at 11:30 a.m.", "intraday"),
        ("The Dow, which climbed about 2.5% at its high of the day, finished lower.", "intraday"),
        ("The S&P 500 rose 0.6% at its highs of the morning.", "intraday"),
        ("S&P 500 futures rose 0.5%.", "futures"),
        ("Futures on the Nasdaq slid 1% in pre-market trading.", "futures"),
        ("The S&P 500 fell 1.2% on Monday.", None),
    ],
)
def test_snapshot(claims_of: Claims, sentence: str, snapshot: str | None) -> None:
    found = claims_of(sentence, kind="market_move")
    assert found, sentence
    assert {c.value.get("snapshot") for c in found} == {snapshot}
    assert {c.value["session"] for c in found} == {"close" if snapshot in (None, "close") else snapshot}


@pytest.mark.parametrize(
    ("sentence", "level"),
    [
        ("The Dow fell 2,231 points, or 5.5%, to 38,314.86 on Friday.", 38314.86),
        ("The S&P 500 closed down 5.97% at 5,074.08.", 5074.08),
        ("The Nasdaq rose 1.2%, closing at 17,800.", 17800.0),
        ("The FTSE 100 gained 0.5% to 8250 points.", 8250.0),
    ],
)
def test_level_after_the_move(claims_of: Claims, sentence: str, level: float) -> None:
    found = claims_of(sentence, kind="market_move")
    assert found and {c.value.get("level") for c in found} == {level}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Dow fell 2% to its lowest since March.",  # no number
        "The S&P 500 fell 2% to 4.5% below its peak.",  # a percent is no level
        "The Dow fell 2% to 2025 lows.",  # a year's lows, no level
    ],
)
def test_no_level(claims_of: Claims, sentence: str) -> None:
    assert all(c.value.get("level") is None for c in claims_of(sentence, kind="market_move"))


@pytest.mark.parametrize(
    "sentence",
    [
        "The Dow Jones Industrial Average (DJIA) plummeted 12% on Monday.",
        "The Dow Jones Industrial Average (.DJI) plunged 12% on Monday.",
        "Stocks sank as the Dow Jones Industrial Average tumbled 12% on Monday.",
    ],
)
def test_index_named_in_full_with_its_ticker(claims_of: Claims, sentence: str) -> None:
    assert moves(claims_of(sentence, kind="market_move")) == [("dow", "down", 12.0, "percent")]


def test_an_old_comparison_is_not_carried(claims_of: Claims) -> None:
    text = "On Oct. 19, 1987, the Dow shed 22%. The S&P 500 dropped 12% while the Nasdaq closed 12.3% lower."
    found = {str(c.key["index"]): c.time.label() for c in claims_of(text, "2020-03-16", kind="market_move")}
    assert found == {"dow": "1987-10-19", "sp500": "2020-03-16", "nasdaq": "2020-03-16"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Dow took a nosedive on Thursday. The index plummeted 1,679 points, or 3.98%.",
            [("dow", "down", 1679.0, "points"), ("dow", "down", 3.98, "percent")],
        ),
        ("The Nasdaq opened lower. The benchmark fell 2% by noon.", [("nasdaq", "down", 2.0, "percent")]),
        ("The Dow and the S&P 500 opened lower. The index fell 2%.", []),  # which index?
        ("The Dow opened lower.\n\nThe index fell 2%.", []),  # another paragraph
    ],
)
def test_the_index_stands_for_the_one_named_before(claims_of: Claims, text: str, expected: list[Move]) -> None:
    assert sorted(moves(claims_of(text, kind="market_move"))) == sorted(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Dow fell 2,997 points, nearly 13%, on Monday.",
            [("dow", "down", 2997.0, "points"), ("dow", "down", 13.0, "percent")],
        ),
        ("The Dow plunged a staggering 2,231 points on Friday.", [("dow", "down", 2231.0, "points")]),
        ("The Dow closed at 40,608.45, up 2,962.86 points.", [("dow", "up", 2962.86, "points")]),
    ],
)
def test_more_ways_to_give_the_size(claims_of: Claims, sentence: str, expected: list[Move]) -> None:
    assert sorted(moves(claims_of(sentence, kind="market_move"))) == sorted(expected)


def test_level_before_the_move_and_to_close_at(claims_of: Claims) -> None:
    [first] = claims_of("The Dow closed at 40,608.45, up 2,962.86 points.", kind="market_move")
    assert (first.value["level"], first.value["snapshot"]) == (40608.45, "close")
    found = claims_of("The Nasdaq fell 5.8% to close at 15,587.79.", kind="market_move")
    assert [(c.value["level"], c.value["snapshot"]) for c in found] == [(15587.79, "close")]


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        # a move in a "while" clause with no time of its own shares the sentence's day
        (
            "The S&P 500 slipped 0.3% on Tuesday, while the Dow Jones Industrial Average fell 204 points.",
            ["2025-07-29", "2025-07-29"],
        ),
        (
            "On Tuesday the Nasdaq Composite rose 1%, and the S&P 500 added 0.5%.",
            ["2025-07-29", "2025-07-29"],
        ),
    ],
)
def test_a_second_move_shares_the_day_of_the_first(claims_of: Claims, sentence: str, dates: list[str]) -> None:
    found = claims_of(sentence, published="2025-07-30", kind="market_move")
    assert [c.time.label() for c in found] == dates


# A gauge quoted in percent (a bond yield): "to 4.31%" is where it stood, the move is in points.
@pytest.mark.parametrize(
    ("sentence", "level", "sized"),
    [
        ("The 10-year Treasury yield slid to 3.9% on Thursday.", 3.9, None),
        ("On Thursday the yield on the 10-year Treasury note climbed to 4.62%.", 4.62, None),
        ("The benchmark 10-year Treasury yield rose to a five-month high of 4.7% on Thursday.", 4.7, None),
        ("The 10-year U.S. Treasury yield added 9 basis points to 4.18% on Thursday.", 4.18, 0.09),
        ("The yield on the 10-year Treasury fell 0.15 percentage point to 4.05% on Thursday.", 4.05, 0.15),
    ],
)
def test_a_yield_is_quoted_in_percent(claims_of: Claims, sentence: str, level: float, sized: float | None) -> None:
    [claim] = claims_of(sentence, kind="market_move")
    assert claim.key["index"] == "us-10y-yield"
    assert claim.value["level"] == level
    assert claim.value.get("size") == sized
    if sized is not None:
        assert claim.value["unit"] == "percentage points"


@pytest.mark.parametrize(
    "sentence",
    [
        "Japan's 10-year yield rose to 1.5% on Thursday.",  # another country's gauge
        "The 10-year Treasury yield could fall to 3% next year, analysts said.",  # a forecast
        "The Dow fell to 2% below its record on Thursday.",  # a stock index: a percent is no level
    ],
)
def test_no_yield_level(claims_of: Claims, sentence: str) -> None:
    assert all(c.value.get("level") is None for c in claims_of(sentence, kind="market_move"))


# A headline's move: title case, dated by the article, uncertain (it may be a live page's noon figure).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dow Sheds 800 Points as Bond Yields Climb\n\nStocks fell on Thursday.", [("dow", "down", 800.0, "points")]),
        ("Nasdaq Jumps 4% After Chipmaker Earnings\n\nShares rose.", [("nasdaq", "up", 4.0, "percent")]),
        ("S&P 500 Slides 2.1% in Broad Selloff\n\nStocks fell.", [("sp500", "down", 2.1, "percent")]),
    ],
)
def test_a_headline_move_is_read_uncertain(claims_of: Claims, text: str, expected: list[Move]) -> None:
    found = claims_of(text, published="2025-10-16", kind="market_move")
    assert moves(found) == expected
    [claim] = found
    assert claim.qualifiers.uncertain and claim.time_source == "published"


@pytest.mark.parametrize(
    "text",
    [
        "Dow Chemical Shares Jump 5% on Earnings\n\nThe chemicals maker beat forecasts.",  # another name
        "Nasdaq Listing Rules Change for Small Caps\n\nThe exchange said so.",  # no move
    ],
)
def test_no_headline_move(claims_of: Claims, text: str) -> None:
    assert claims_of(text, published="2025-10-16", kind="market_move") == []


def test_the_month_may_is_no_modal(claims_of: Claims) -> None:
    assert moves(claims_of("The S&P 500 in May gained 6.2%.", published="2025-06-20", kind="market_move")) == [
        ("sp500", "up", 6.2, "percent")
    ]
    assert claims_of("The Dow may fall 2% this week, analysts said.", published="2025-06-20", kind="market_move") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare number after the direction of an index quoted in points is points
        ("Stocks slid as the Dow dropped 1,100 after the data.", [("dow", "down", 1100.0, "points")]),
        ("The Dow was down 450 after the opening bell.", [("dow", "down", 450.0, "points")]),
        ("Dow Sinks Nearly 2K on Rate Fears\n\nStocks fell.", [("dow", "down", 2000.0, "points")]),
    ],
)
def test_bare_points(claims_of: Claims, text: str, expected: list[Move]) -> None:
    assert moves(claims_of(text, published="2025-04-04", kind="market_move")) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Dow fell to 38,000 on Friday.",  # a level
        "The Dow fell 2025 points.",  # a year is no size
        "The 10-year Treasury yield fell 15 to 4.2%.",  # a yield is quoted in percent
    ],
)
def test_no_bare_points(claims_of: Claims, text: str) -> None:
    assert [m for m in moves(claims_of(text, published="2025-04-04", kind="market_move")) if m[3] == "points"] == []


@pytest.mark.parametrize(
    ("text", "uncertain"),
    [
        ("Wall Street sinks as the Dow drops 1,100 points.", True),  # the present of live copy
        ("The Dow dropped 1,100 points.", False),
        ("The Dow drops 1,100 points on Friday.", False),  # its own day
    ],
)
def test_a_present_move_with_no_day_is_uncertain(claims_of: Claims, text: str, uncertain: bool) -> None:
    [claim] = claims_of(text, published="2025-04-04", kind="market_move")
    assert claim.qualifiers.uncertain is uncertain


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Nasdaq was skyrocketing by more than 600 points on Thursday.", [("nasdaq", "up", 600.0, "points")]),
        # the same index's earlier move, an adverb before its verb
        (
            "The S&P 500 was down 2.1% by noon, after earlier sliding more than 4%.",
            [("sp500", "down", 2.1, "percent"), ("sp500", "down", 4.0, "percent")],
        ),
    ],
)
def test_more_ways_to_say_it(claims_of: Claims, text: str, expected: list[Move]) -> None:
    assert moves(claims_of(text, published="2025-04-09", kind="market_move")) == expected


def test_a_streak_the_move_extends_leaves_the_day_s_move(claims_of: Claims) -> None:
    text = "The Dow fell 2.6% on Wednesday, extending its losing streak to ten sessions."
    [move] = claims_of(text, published="2024-12-19", kind="market_move")
    assert (move.value["size"], move.time.label()) == (2.6, "2024-12-18")


def test_a_ceiling_reaches_down_to_zero(claims_of: Claims) -> None:
    """ "less than 6%" agrees with any smaller move: a ceiling, not a figure near 6."""
    [move] = claims_of("The Dow fell less than 6% on Wednesday.", published="2024-12-19", kind="market_move")
    assert (move.value["lo"], move.value["hi"]) == (0.0, 6.0)


def test_a_snapshot_before_a_list_of_indices_holds_for_each(claims_of: Claims) -> None:
    text = "Futures on the Dow, S&P 500, and Nasdaq slid about 2% before the opening bell."
    found = claims_of(text, published="2025-02-12", kind="market_move")
    assert [(c.key["index"], c.value.get("snapshot")) for c in found] == [
        ("dow", "futures"),
        ("sp500", "futures"),
        ("nasdaq", "futures"),
    ]


@pytest.mark.parametrize(
    ("sentence", "snapshot"),
    [
        # a "with" phrase details the clause it hangs on: that clause's moment is its moves'
        ("Equity futures slipped overnight, with contracts tied to the S&P 500 down 0.6%.", "futures"),
        (
            "Futures extended their slide after the payrolls data, with the Dow now indicated 280 points lower.",
            "futures",
        ),
        (
            "Shares were trading lower in early trading after the strong hiring figures, with the Nasdaq down 1.4%.",
            "intraday",
        ),
        ("Wall Street finished the session in the red, with the Nasdaq down 1.1%.", "close"),
        # the phrase's own moment comes first
        ("Futures were steady, with the Nasdaq having closed up 0.9% on Friday.", "close"),
        # no moment in the clause before: none is invented
        ("Stocks rallied on the jobs figures, with the S&P 500 up 1.3%.", None),
    ],
)
def test_a_with_phrase_takes_the_moment_of_its_clause(claims_of: Claims, sentence: str, snapshot: str | None) -> None:
    found = claims_of(sentence, published="2025-01-10", kind="market_move")
    assert found, sentence
    assert {c.value.get("snapshot") for c in found} == {snapshot}


@pytest.mark.parametrize(
    ("sentence", "snapshot"),
    [
        # a flat figure has its moment as a move does: futures and an early print are no close
        ("Futures tied to the Nasdaq were flat ahead of the payrolls report.", "futures"),
        ("Dow futures were unchanged before the bell.", "futures"),
        ("The S&P 500 was flat in early trading on Friday.", "intraday"),
        ("The Dow finished flat on Friday.", "close"),
        ("The Dow was flat on Friday.", None),
    ],
)
def test_a_flat_figure_has_its_moment(claims_of: Claims, sentence: str, snapshot: str | None) -> None:
    found = claims_of(sentence, published="2025-01-10", kind="market_move")
    assert [c.value["direction"] for c in found] == ["flat"], sentence
    assert {c.value.get("snapshot") for c in found} == {snapshot}


@pytest.mark.parametrize(
    "sentence",
    [
        # "as high as" / "as low as" after a direction names the level the index reached, not its move
        "The Nikkei rose as high as 41,000 points before the close.",
        "The Dow climbed as high as 46,200 on Tuesday.",
        "The Hang Seng jumped as high as 25,000 points in early trade.",
        "The S&P 500 fell as low as 5,900 points on Monday.",
    ],
)
def test_a_level_reached_is_no_move(claims_of: Claims, sentence: str) -> None:
    assert moves(claims_of(sentence, kind="market_move")) == []


def test_as_much_as_stays_a_move(claims_of: Claims) -> None:
    found = claims_of("The Nikkei rose as much as 2.5% on Tuesday.", kind="market_move")
    assert moves(found) == [("nikkei225", "up", 2.5, "percent")]
