"""The shape of rule files: pydantic models with extra="forbid", so a misspelt key is an error.

A rule file is a YAML mapping whose top-level keys are sections. Any file may hold any section;
by convention vocabularies live in rules/vocab/, reference facts in rules/reference/ and checks
in rules/checks/. Checks are validated in two steps: the `check` field picks a check type from the
registry, whose own model (a subclass of `CheckRule`) then validates the rest.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, ClassVar, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StrictInt, field_validator, model_validator

from factcheck.models import Severity


class Strict(BaseModel):
    # No infinite or NaN number (`tolerance: .inf`) and no boolean for a count (`window_days: true`).
    model_config = ConfigDict(frozen=True, extra="forbid", allow_inf_nan=False)


def _in_calendar(day: dt.date) -> dt.date:
    """Rule dates keep to the years article dates are read in, so date arithmetic near them (a day
    after a term's end) never leaves the calendar."""
    from factcheck.timeexpr import MAX_YEAR, MIN_YEAR

    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise ValueError(f"{day.isoformat()} is outside the years {MIN_YEAR}-{MAX_YEAR}")
    return day


Day = Annotated[dt.date, AfterValidator(_in_calendar)]


def _in_order(start: dt.date, end: dt.date | None, what: str) -> None:
    """Dated entries (terms, events, tariffs, level ranges) end on or after they start."""
    if end is not None and end < start:
        raise ValueError(f"{what} ends ({end}) before it starts ({start}); swap or fix the dates")


class FiscalYear(Strict):
    """When a country's fiscal year starts (`start_month`) and which calendar year names it: Japan's
    fiscal 2025 runs from April 2025 (`named_by: start`), the US federal one from October 2024
    (`named_by: end`)."""

    start_month: Annotated[StrictInt, Field(ge=1, le=12)]
    named_by: Literal["start", "end"]


class Jurisdiction(Strict):
    """A country or body whose name qualifies a title: "U.S." in "U.S. Treasury Secretary".
    `fiscal_year` dates its statistics' "fiscal 2025" and "the first half of fiscal 2025"."""

    name: str
    aliases: list[str] = []
    fiscal_year: FiscalYear | None = None


class Role(Strict):
    """An office. `aliases` name it unambiguously; `titles` are generic ("President") and need a
    jurisdiction in the text or a person whose terms the reference knows."""

    name: str
    jurisdiction: str | None = None
    aliases: list[str] = []
    titles: list[str] = []
    single_holder: bool = True
    # Verbs of choice after which the person holds this office at once: "elected" for a prime
    # minister a parliament elects or a party leader, "named"/"appointed" for one a head of state
    # names. Without them, being elected or named is designation (future): a U.S. president elected
    # in November takes office in January.
    takes_office_on: list[str] = []
    # Offices of one group are parallel: "Britain's Keir Starmer, Germany's Friedrich Merz, Japan's
    # Fumio Kishida" names each country's holder of its office of the group ("leader").
    group: str | None = None
    description: str | None = None


class Person(Strict):
    name: str
    aliases: list[str] = []
    born: Day | None = None  # the day of birth, for the `birth` claims ("Takaichi, 64,", "born on March 7, 1961")


class OfficeQualifiers(Strict):
    """Words around a title that say the mention is not about a current holder."""

    former: list[str] = []  # "former", "ex-": not holding at the claim's time
    historical: list[str] = []  # "then-": held at some earlier time
    future_before: list[str] = []  # "nominee for", "incoming"
    future_after: list[str] = []  # "-elect", "nominee", "pick"
    acting: list[str] = []  # "acting", "interim": holding, on an acting basis
    blockers: list[str] = []  # "deputy", "assistant": a different office altogether
    # A blocker that is also a preposition of an era: written in lower case before a capitalised
    # title ("under PM Kishida") it speaks of that holder's time, current only if the reference
    # says the holder holds it at the claim's time (else historical); "Under Secretary" stays blocked.
    era_prepositions: list[str] = []
    historical_context: list[str] = []  # "who left office", "in his first term": the sentence is about the past
    # "President Trump won the election overnight": in the title's clause, the office is the one to come
    future_context: list[str] = []
    succession: list[str] = []  # "will succeed", "replacing": the holder named is the outgoing one, not judged
    # Verbs that give a person an office: "X was sworn in as Prime Minister", "Parliament elected X as
    # chancellor" (current from then on), "X will become Prime Minister" (future).
    predicates: list[str] = []  # subject first: "X was sworn in as", "X became"
    object_predicates: list[str] = []  # object first: "elected X as", "named X as"
    keeping_predicates: list[str] = []  # object first, an office kept: "retained X as" (current)
    future_predicates: list[str] = []  # "X will become", "X is set to become"
    # Service in the past: "X previously served as", "X, who served as", "X had been" (held at some
    # earlier time, not judged); after "has"/"have" ("has served as ... since 2022") held now.
    past_predicates: list[str] = []
    # Being: "X is the Treasury Secretary", "X remains prime minister" (current); with an ordinal or
    # a superlative ("is the first female", "the youngest") a place in a line: held at some time.
    copulas: list[str] = []
    conditional: list[str] = []  # "if X is elected chancellor": a choice not yet made installs no one
    # A plan in the main clause: "Carney plans to reshape his Cabinet, with Champagne taking over as
    # finance minister" makes the -ing predicate after it not yet done.
    plans: list[str] = []


class Matching(Strict):
    """Thresholds for fuzzy name matching (rapidfuzz scores, 0-100)."""

    person_min_score: float = Field(90.0, ge=50, le=100)
    surname_max_edits: StrictInt = Field(1, ge=0, le=3)
    max_name_tokens: StrictInt = Field(4, ge=1, le=8)
    # A misspelt name close to a recorded holder of the office named ("Friedrich Merts") is that holder.
    holder_min_score: float = Field(80.0, ge=50, le=100)
    # Words before a name that are not part of it: "Mr. Bessent", "Sir Keir Starmer", "Dr. Ueda".
    honorifics: list[str] = []


class Term(Strict):
    person: str
    start: Day
    end: Day | None = None
    acting: bool = False
    note: str | None = None

    @model_validator(mode="after")
    def _ordered(self) -> Term:
        _in_order(self.start, self.end, "term")
        return self


class TermsOfOffice(Strict):
    """Who held each office when. `as_of` is the day the data was last verified: claims after it
    are not judged against the reference."""

    as_of: Day
    roles: dict[str, list[Term]] = {}


class Place(Strict):
    """A place events happen in. Only "in/at/held in PLACE" counts: "Beijing said" is not a venue."""

    name: str
    aliases: list[str] = []
    within: str | None = None  # a larger place: Geneva is within Switzerland, so the two agree


class EventType(Strict):
    """A kind of event. A trigger noun ("talks", "round") or verb ("met", "gathered") names it when
    every `topic` group has a term somewhere in the article and every `participants` person is named
    in the sentence."""

    name: str
    triggers: list[str] = Field(min_length=1)
    verbs: list[str] = []  # "met in Geneva on May 10": verbs that report the event, in every form used
    # Verbs of decision that enact the event at once, its verb their infinitive: "the Bank of Japan on
    # Wednesday decided to raise rates" dates the raise. Not for meetings: "they agreed on Friday to
    # meet next month" dates the agreement.
    enacted_by: list[str] = []
    topic: list[list[str]] = []
    participants: list[str] = []
    # A body votes on it (a rate decision, a parliament's vote): "the decision was unanimous",
    # "one governor dissented", "a 5-4 vote" are vote claims about it (vote_cues).
    votes: bool = False


class EventCues(Strict):
    """Words that say an event is planned rather than happened, and ordinal words."""

    planned: list[str] = []
    ordinals: dict[str, Annotated[StrictInt, Field(ge=1)]] = {}
    venue_prepositions: list[str] = ["in", "at"]
    # Nouns for a kind of place between a venue preposition and the venue: "in the Spanish capital
    # Madrid", "in the Swiss city of Geneva", "at his hometown, The Hague".
    place_nouns: list[str] = []
    # Subjects of an event verb that point back to the previous sentence: "the two sides met".
    anaphors: list[str] = []
    # Anaphors that name a pair ("the two sides", "both delegations"): they also reach back past a
    # paragraph break to a one-sentence paragraph, as news paragraphs often are ("they" does not).
    paired_anaphors: list[str] = []
    # Words that make an event uncertain: "perhaps at the summit in Seoul". A conflict on a hedged
    # claim is reported one severity lower; the claim is still read and checked.
    hedges: list[str] = []
    # Who acts for the principals: "Trump and Xi endorsed what their negotiators agreed at talks in
    # Kuala Lumpur" puts the talks with the negotiators, not with the leaders named before them.
    delegates: list[str] = []
    # Verbs of the event itself: "the talks in Madrid, which began on Sunday," are dated by their
    # relative clause, though a relative clause is otherwise a clause of its own.
    happened: list[str] = []
    # Verbs that perform a trigger noun's event, dated by a time before them: "The Fed on Wednesday
    # announced a rate cut", "On Thursday, the bank delivered a quarter-point cut".
    performed: list[str] = []


class LevelRange(Strict):
    """Where an index's level can plausibly stand over a period: a level outside it is misread or
    belongs to another index (the Dow's 38,000 is not the S&P 500's)."""

    start: Day
    end: Day | None = None
    low: float = Field(gt=0)
    high: float = Field(gt=0)

    @model_validator(mode="after")
    def _ordered(self) -> LevelRange:
        if self.high < self.low:
            raise ValueError(f"level range high ({self.high}) is below low ({self.low}); swap them")
        _in_order(self.start, self.end, "level range")
        return self


class MarketIndex(Strict):
    """A market gauge. `quoted_in: percent` for one whose level is a rate (a bond yield): "fell to
    3.4%" is then where it stood, not by how much it moved, and `levels` are in percent."""

    name: str
    aliases: list[str] = []
    levels: list[LevelRange] = []
    quoted_in: Literal["points", "percent"] = "points"


class MarketCues(Strict):
    """When a market figure was taken. Each snapshot lists the phrases that name it: "closed" is the
    close, "at one point" intraday, "futures" the futures market. Figures taken at different snapshots
    of one day are not compared; a move whose sentence names none is `unstated`."""

    snapshots: dict[str, list[str]] = {}
    # Words before a number that make it the index's level after the move: "fell 2% to 5,074".
    level_prepositions: list[str] = ["to", "at"]
    # Words that stand for the one index named just before: "The index plummeted 1,679 points".
    anaphors: list[str] = []


class Directions(Strict):
    """Verbs and adverbs of movement: "rose", "fell", "unchanged"."""

    up: list[str] = []
    down: list[str] = []
    flat: list[str] = []
    # Words near a move that say its number is not the close-to-close move over the period:
    # "as much as", "intraday", "futures".
    not_closing: list[str] = []


class Hedge(Strict):
    """A hedge word widens a number into an interval, as fractions of it: "nearly 12%" is
    [12 * (1 - below), 12]; "more than 3%" is [3, 3 * (1 + above)]."""

    words: list[str] = Field(min_length=1)
    below: float = Field(0.0, ge=0, le=1)
    above: float = Field(0.0, ge=0)


class StatisticCues(Strict):
    """Nouns right after a metric that make it another quantity: "inflation expectations",
    "tariff revenue", "export controls"; and phrases that make a number provisional."""

    other_quantity: list[str] = []
    # A number whose sentence states its own cut-off is provisional and never conflicts: "after 648
    # of the 650 seats had been declared", "with 90% of votes counted", "preliminary figures".
    provisional: list[str] = []
    # Phrases that make a period cumulative from the start of the year: "year to date", "so far this year".
    cumulative: list[str] = []
    # Words that take a part out of a metric: "Excluding gasoline, the CPI rose 2.2%" is another
    # statistic than the CPI; a sentence with one before its number is not read.
    exclusions: list[str] = []
    # Words right before a metric that name another measure of it though they look like a verb's
    # participle (which narrows nothing: "rising inflation"): "underlying inflation", "trimmed mean".
    narrower: list[str] = []
    # How many sentences before a metric's `implied_by` noun may name the metric for the noun to
    # stand for it ("French GDP rose 0.5%. It came after 0.2% growth ...": one before).
    implied_within: Annotated[StrictInt, Field(ge=0)] = 3
    # Nouns that, followed by "with" and a country, name a partner for every metric `family` in the
    # rest of the paragraph: "The trade balance with the US worsened, with exports down 11%".
    partner_topics: list[str] = []
    # Words that make a figure a country's total, whatever partner its paragraph named: "Globally",
    # "overall", "total exports".
    overall: list[str] = []
    # Words in a metric's mention that say a partner is meant ("the bilateral surplus"): a figure
    # with none, of its own or from its paragraph, is not read.
    partnered: list[str] = []
    # Nouns that, after "this" or "that", stand for the figure just read: "a surplus of $1 billion,
    # though this figure was 30% lower", "... In March 2024, that gap was $68.6 billion".
    referring: list[str] = []
    # Verbs between a part and its share of a metric: "cars made up 28% of exports" (see Metric.share).
    share_verbs: list[str] = []


class ComparisonCues(Strict):
    """Words that put one number below or above another in the same sentence: "inflation of 2.5%
    is well below the 2% target" says 2.5 < 2. `bridges` may stand between the first number and
    the comparison ("is", "remains", "well"); anything else there and the sentence is not read."""

    below: list[str] = []
    above: list[str] = []
    bridges: list[str] = []


class VoteCues(Strict):
    """Words that say how a body voted on a decision: "The decision was unanimous", "one governor
    dissented", "voted 5-4". `negations` before a unanimity word turn it around ("was not unanimous")."""

    unanimous: list[str] = []
    dissent: list[str] = []
    negations: list[str] = []


class Goods(Strict):
    """A class of goods a tariff falls on: "steel", "cars"."""

    name: str
    aliases: list[str] = Field(min_length=1)


class TariffCues(Strict):
    """How tariff_rate claims are read: the nouns that name a tariff, who may impose one besides a
    jurisdiction, and the words that make a rate planned or a thing of the past."""

    nouns: list[str] = Field(default_factory=lambda: ["tariff", "tariffs"])
    # Verbs that charge a rate with no tariff noun: "the US levies an additional 30% on Chinese goods".
    verbs: list[str] = []
    # Actors that stand for a jurisdiction when they impose: {us: [Trump, the White House]}.
    imposers: dict[str, list[str]] = {}
    # Before the rate, in its clause: "threatened", "will impose", "could face".
    planned: list[str] = []
    # Before the rate, in its clause: "had been", "previously": the rate no longer applies.
    former: list[str] = []
    # Instruments whose signing sets a rate in the same phrase: "signed an order that imposes 25%".
    signed_orders: list[str] = []
    # Words for the goods of a country after "on": "on Canadian goods", "on imports from Japan".
    goods_nouns: list[str] = ["goods", "imports", "exports", "products", "shipments"]
    # Verbs whose subject bears the tariff: "Japan will face a 15% tariff".
    target_verbs: list[str] = []
    # Words that make a rate no tariff's rate: "an average tariff rate of 17%", "effective".
    not_rates: list[str] = []
    # Nouns of an agreement: "a deal with Japan featuring a 15% tariff" puts the rate on Japan.
    deal_words: list[str] = []
    # After a country, these name its partners, not itself: "a 10% tariff on all U.S. trading partners"
    # is charged by the US on others.
    partner_nouns: list[str] = []
    # Bodies acting for the country after "in" or "of": "the Commerce Ministry in Beijing said it
    # would respond by imposing a 34% tariff" (China imposes it).
    actor_nouns: list[str] = []
    # Before a rate or its noun, or between them: the rate is added to what is charged already, not the
    # level ("an additional 25% tariff", "25% additional tariffs", "a further 10%").
    increments: list[str] = []


class TariffSide(Strict):
    """A tariff by its side: who imposes it, on whose goods (any when null), on which goods (all
    when null), and at which rate (any when null)."""

    imposer: str
    target: str | None = None
    goods: str | None = None
    rate: float | None = Field(None, ge=0)


class DeadlineSubject(Strict):
    """Something with a deadline: a tariff pause, a debt limit. Its aliases name it in a sentence
    that also says when it expires or takes effect; a `tariff` names it by a rate of that side
    ("China's 18% tariffs on US farm goods, effective March 3")."""

    name: str
    aliases: list[str] = []
    # Every group must have a term somewhere in the article: "the truce" is the US-China one only in
    # an article naming China.
    topic: list[list[str]] = []
    # One side, or several a measure covers: the tariffs on Canada and on Mexico that took effect together.
    # A side with no rate and no goods is named by a tariff noun of that side with no rate, too.
    tariff: TariffSide | list[TariffSide] | None = None

    @property
    def sides(self) -> list[TariffSide]:
        return [] if self.tariff is None else self.tariff if isinstance(self.tariff, list) else [self.tariff]

    @model_validator(mode="after")
    def _named(self) -> DeadlineSubject:
        if not self.aliases and not self.sides:
            raise ValueError("give the subject aliases, or the tariff that names it")
        return self


class DeadlineCues(Strict):
    """Words that say a date is a deadline, by what happens then."""

    expires: list[str] = []  # "expires", "runs until", "deadline"
    takes_effect: list[str] = []  # "takes effect", "kicks in"
    due: list[str] = []  # "due by", "must be reached by"
    # Before the date: "before November 10" means the day before it at the latest.
    before: list[str] = ["before"]
    # Before an earlier date that a later one replaces: "pushes the deadline from July 9 to Aug. 1".
    replaced: list[str] = ["from"]
    # The nouns a date stands before, by what happens then: "the July 9 deadline" (expires), "the
    # Aug. 1 start date" (takes_effect). A sentence with an `expires` noun and no subject named is
    # about the one subject the article names, if it names one.
    after_day: dict[Literal["expires", "takes_effect", "due"], list[str]] = {}
    # Past verbs after a day that opens the sentence, by what happened then: "On March 4, the
    # tariffs took effect" (takes_effect). Read only when the day is the sentence's one time and no
    # reporting verb stands between ("On March 4, Trump said the tariffs took effect" is not read).
    day_first: dict[Literal["expires", "takes_effect"], list[str]] = {}
    # Verbs putting a thing off to a day ("to", "until" before it): the day it takes effect, "the
    # tariffs were delayed until April", unless a deadline noun says what the day is ("the deadline
    # was postponed to Aug. 1" expires then).
    put_off: list[str] = []
    # Verbs setting a thing for a day ("for", "on" after them): the day of the dated noun before
    # them in the clause, "the implementation of the tariffs, set for July 9" (takes_effect, by
    # `after_day`), "the deadline was set for July 9" (expires); without such a noun, nothing.
    scheduled: list[str] = []


class MetricLevel(Strict):
    """Where a statistic's level stood over a period, for one country (`subject`; any when null),
    in `unit` (a currency code or `percent`): the US debt limit was $31.381 trillion from 16 December
    2021 until its suspension on 3 June 2023. A level read outside low..high is wrong."""

    subject: str | None = None
    unit: str = Field(pattern=r"^(?:[A-Z]{3}|percent)$")
    start: Day
    end: Day | None = None
    low: float
    high: float
    note: str | None = None

    @model_validator(mode="after")
    def _ordered(self) -> MetricLevel:
        if self.high < self.low:
            raise ValueError(f"level high ({self.high}) is below low ({self.low}); swap them")
        _in_order(self.start, self.end, "level")
        return self


class MetricShare(Strict):
    """A metric that is a part's share of another one (`of`, a metric id): "Vehicles made up 28% of
    Japan's exports" is the share of the `parts` nouns ("vehicles", "cars") in exports."""

    of: str
    parts: list[Annotated[str, Field(min_length=1)]] = Field(min_length=1)


class Metric(Strict):
    """A statistic: "exports", "tariffs". `measure` says whether its numbers are changes ("fell 12%")
    or levels ("stand at 55%"); `levels` where its level stood, when the record says. `implied_by`:
    nouns that stand for it right after a percentage once a nearby sentence has named it by an alias
    ("GDP grew 0.7% ... after 0.1% growth over Christmas"). `family`: metrics whose figures share a
    partner named earlier in the paragraph ("exports" and "car exports")."""

    name: str
    aliases: list[str] = Field(min_length=1)
    measure: Literal["change", "level", "any"] = "any"
    levels: list[MetricLevel] = []
    implied_by: list[Annotated[str, Field(min_length=1)]] = []
    # Metrics of one family share a trading partner: a figure that names none takes the one the
    # paragraph last named for the family ("Exports to the US fell 10%. Car exports fell 22%"). None:
    # the metric never takes a partner from context.
    family: Annotated[str, Field(min_length=1)] | None = None
    # A share of another metric, read after one of its parts and a `statistic_cues.share_verbs` verb:
    # "Cars accounted for 28% of Japan's exports last year" (a level, in percent).
    share: MetricShare | None = None
    # What a country's adjective inside an "of" alias names: "exports of Japanese cars" is read as
    # "exports of cars" of Japan (`subject`), "imports of Chinese steel" as imports from China
    # (`partner`). None: such a mention is not read.
    goods_origin: Literal["subject", "partner"] | None = None


class GapCues(Strict):
    """How gap phrases read: "after more than a year of limited dialogue". Each quantifier word
    ("no", "limited") allows at most that many events inside the gap."""

    quantifiers: dict[str, Annotated[StrictInt, Field(ge=0)]] = {}
    firsts: list[str] = ["first"]
    lasts: list[str] = ["last time"]  # "the last time Trump met Putin was in 2019": none since then
    # After the event's own verb or noun: "Trump and Xi met on Thursday for the first time since 2019"
    first_times: list[str] = ["for the first time"]


class ReferenceTariff(Strict):
    """A tariff in force: `imposer` charges `rate` percent on goods from `target` (any country when
    null), of class `goods` (all goods when null), from `start` until `end`.

    A row with no target judges only claims that name no country, since deals make exceptions the
    table may not list. `all_but` says the rate held for every country but those listed
    (`all_but: [uk]`; `[]` for every country), so it judges a claim naming any other one."""

    imposer: str
    target: str | None = None
    goods: str | None = None
    rate: float = Field(ge=0)
    start: Day
    end: Day | None = None
    all_but: list[str] | None = None
    note: str | None = None

    @model_validator(mode="after")
    def _ordered(self) -> ReferenceTariff:
        _in_order(self.start, self.end, "tariff")
        if self.all_but is not None and self.target is not None:
            raise ValueError("all_but lists the exceptions of a rate on every country; leave target out")
        return self


class ReferenceTariffs(Strict):
    """Tariff rates in force, time-qualified. `as_of` is the day the table was last verified."""

    as_of: Day
    # A rate claimed within this many days of a change of its side's rate is not judged: articles
    # written the day a rate changes may give the old or the new one.
    margin_days: StrictInt = Field(2, ge=0, le=31)
    # A claim over a longer span ("at 25% since 2018") says the rate held throughout it.
    long_span_days: StrictInt = Field(31, ge=1, le=3660)
    # Only a claim dated to this many days or fewer can be misdated ...
    dated_days: StrictInt = Field(3, ge=1, le=31)
    # ... by saying a rate was in force up to this many days before its recorded start (or after its end).
    misdated_days: StrictInt = Field(10, ge=0, le=366)
    tariffs: list[ReferenceTariff] = []


class ReferenceDeadline(Strict):
    """A deadline as set on `set` (the day it was announced) until `replaced` (the day a new one
    replaced it, if any): an article published between the two should give `date`."""

    subject: str
    event: Literal["expires", "takes_effect", "due"] = "expires"
    date: Day
    set: Day | None = None
    replaced: Day | None = None
    note: str | None = None


class ReferenceDeadlines(Strict):
    """Deadlines, with when each was set. A claimed deadline within `near_days` of the one in force
    when its article appeared, but on another day, is that deadline misdated."""

    as_of: Day
    near_days: StrictInt = Field(3, ge=1, le=31)
    deadlines: list[ReferenceDeadline] = []


class ReferenceClose(Strict):
    """An index's official close on a trading day: the level, and the move from the previous close."""

    index: str
    date: Day
    close: float = Field(gt=0)
    points: float | None = None  # signed: -2231.07
    percent: float | None = None  # signed: -5.50


class ExchangeRate(Strict):
    """Where one unit of `base` stood in `quote` over a period: its low and high (1 USD = 140..162 JPY)."""

    base: str = Field(pattern=r"^[A-Z]{3}$")
    quote: str = Field(pattern=r"^[A-Z]{3}$")
    start: Day
    end: Day | None = None
    low: float = Field(gt=0)
    high: float = Field(gt=0)
    note: str | None = None

    @model_validator(mode="after")
    def _ordered(self) -> ExchangeRate:
        _in_order(self.start, self.end, "exchange rate")
        if self.high < self.low:
            raise ValueError(f"high {self.high} is below low {self.low}")
        if self.base == self.quote:
            raise ValueError(f"base and quote are both {self.base}")
        return self


class ReferenceRates(Strict):
    """Exchange-rate ranges, for sums given in two currencies ("916 billion yen ($6.2 billion)"): a
    conversion outside the period's range, widened by `tolerance` (a fraction), is wrong."""

    as_of: Day
    tolerance: float = Field(0.1, ge=0, le=1)
    rates: list[ExchangeRate] = []


class ReferenceCloses(Strict):
    """Official closes. A move read as the day's (closed, or no snapshot named) must agree with the
    close of its day, or, when only its article dates it, of the publication day or the trading days
    just before (a morning story reports yesterday's close). Tolerances cover rounding."""

    as_of: Day
    percent_tolerance: float = Field(0.1, ge=0)  # percentage points: "fell 4.9%" for -4.84%
    points_tolerance: float = Field(0.02, ge=0, le=1)  # a fraction of the points: "nearly 3,000" for 2,997
    level_tolerance: float = Field(0.002, ge=0, le=1)  # a fraction of the level: "20,186" for 20,188.52
    lookback_days: StrictInt = Field(4, ge=0, le=10)  # trading days before publication a story may report
    # A move its sentence dates to a span this short may be about any day in it, or about all of them.
    stated_days: StrictInt = Field(3, ge=1, le=14)
    closes: list[ReferenceClose] = []


class ReferenceEvent(Strict):
    type: str
    place: str | None = None
    start: Day
    end: Day | None = None
    ordinal: StrictInt | None = None
    note: str | None = None

    @model_validator(mode="after")
    def _ordered(self) -> ReferenceEvent:
        _in_order(self.start, self.end, "event")
        return self


class ReferenceEvents(Strict):
    """Dated events. Per event type, `complete_from` says from when the list is complete (so a claimed
    event missing from it is wrong); `as_of` is the day it was last verified."""

    as_of: Day
    complete_from: dict[str, Day] = {}
    # A claimed event this many days from a recorded one at the same place means that one.
    near_days: StrictInt = Field(45, ge=0)
    # Types whose list holds every event within complete_from..as_of (elections, summits), so a
    # claimed one at a time none was held is wrong ("the 2021 presidential election" in France).
    exhaustive: list[str] = []
    # A planned event is judged only when its time is this precise (days): "expected in September"
    # may mean any event of the month.
    plan_max_days: StrictInt = Field(14, ge=1, le=366)
    # A claimed time longer than this (days) says too little about its year to be called a year off.
    year_off_max_days: StrictInt = Field(62, ge=1, le=366)
    events: list[ReferenceEvent] = []


ID_PATTERN = r"^[a-z0-9][a-z0-9_.-]*$"


def _publication(value: Any) -> str | None:
    """An example's publication date as text (YAML reads 2025-10-03 as a date), refused at load when
    it cannot be read, rather than when `rules test` runs the example."""
    from factcheck.timeexpr import parse_date_value

    if value is None:
        return None
    text = str(value)
    parse_date_value(text)  # a ValueError says what forms are read
    return text


class ExampleArticle(Strict):
    """A small article for a rule example: its text and publication date."""

    text: str
    published: str | None = None

    @field_validator("published", mode="before")
    @classmethod
    def _as_text(cls, value: Any) -> Any:
        return _publication(value)


class Example(Strict):
    """One example: a single article (`text`, `published`) or several (`articles`)."""

    text: str | None = None
    published: str | None = None
    articles: list[ExampleArticle] = []
    note: str | None = None
    # For claim-kind examples: fields the claim must have, e.g. {country: china, growth: 4.8}.
    expect: dict[str, Any] = {}

    @field_validator("published", mode="before")
    @classmethod
    def _as_text(cls, value: Any) -> Any:
        return _publication(value)

    @model_validator(mode="after")
    def _one_form(self) -> Example:
        if (self.text is None) == (not self.articles):
            raise ValueError("give either text (one article) or articles (several), not both or neither")
        return self

    def all_articles(self) -> list[ExampleArticle]:
        return self.articles or [ExampleArticle(text=self.text or "", published=self.published)]


class CheckExamples(Strict):
    """Examples that must raise a conflict (`flag`) and that must not (`pass`)."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    flag: list[Example] = []
    pass_: list[Example] = Field([], alias="pass")


class RuleTest(CheckExamples):
    """Examples for a check defined elsewhere, e.g. a project testing a shipped check against its
    own vocabulary: `tests: [{rule: office-vs-reference, flag: [...], pass: [...]}]`."""

    rule: str


class Part(Strict):
    """How a named part of a pattern is read. Exactly one of: a vocabulary to resolve it through,
    inline `values` ({id: [alias, ...]}), a `number` kind, a `time` expression, or free `text`."""

    vocabulary: (
        Literal["people", "roles", "jurisdictions", "places", "indices", "metrics", "directions", "goods"] | None
    ) = None
    values: dict[str, list[str]] = {}
    number: Literal["percent", "number", "points"] | None = None
    time: bool = False
    text: bool = False

    @model_validator(mode="after")
    def _one_reading(self) -> Part:
        chosen = [bool(self.vocabulary), bool(self.values), bool(self.number), self.time, self.text]
        if sum(chosen) != 1:
            raise ValueError("a part needs exactly one of vocabulary, values, number, time or text")
        return self


class ClaimExamples(Strict):
    """Sentences that must yield a claim of the kind (`yield`, optionally with `expect`ed fields)
    and sentences that must not (`not`)."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    yield_: list[Example] = Field([], alias="yield")
    not_: list[Example] = Field([], alias="not")


class ClaimKind(Strict):
    """A claim kind declared in YAML: patterns whose named parts form the claim's key, value and time.

    `templates` are the friendly form: "{country}'s economy grew {growth} in {period}", where each
    {name} is a part; `patterns` are regular expressions with named groups, run on a linear-time
    engine (RE2: no look-behind, no back-references), so no pattern can hang a run."""

    description: str
    templates: list[str] = []
    patterns: list[str] = []
    parts: dict[str, Part]
    key: list[str] = Field(min_length=1)
    value: list[str] = Field(min_length=1)
    time: str | None = None
    ignore_case: bool = True
    examples: ClaimExamples = ClaimExamples()

    @model_validator(mode="after")
    def _has_patterns(self) -> ClaimKind:
        if not self.templates and not self.patterns:
            raise ValueError("a claim kind needs at least one template or pattern")
        return self


class RuleFile(Strict):
    """One YAML file of rules. Every section is optional."""

    jurisdictions: dict[str, Jurisdiction] = {}
    roles: dict[str, Role] = {}
    people: dict[str, Person] = {}
    places: dict[str, Place] = {}
    event_types: dict[str, EventType] = {}
    indices: dict[str, MarketIndex] = {}
    metrics: dict[str, Metric] = {}
    hedges: dict[str, Hedge] = {}
    goods: dict[str, Goods] = {}
    deadlines: dict[str, DeadlineSubject] = {}
    office_qualifiers: OfficeQualifiers | None = None
    event_cues: EventCues | None = None
    directions: Directions | None = None
    statistic_cues: StatisticCues | None = None
    comparison_cues: ComparisonCues | None = None
    vote_cues: VoteCues | None = None
    market_cues: MarketCues | None = None
    tariff_cues: TariffCues | None = None
    deadline_cues: DeadlineCues | None = None
    gap_cues: GapCues | None = None
    matching: Matching | None = None
    terms_of_office: TermsOfOffice | None = None
    reference_events: ReferenceEvents | None = None
    reference_tariffs: ReferenceTariffs | None = None
    reference_deadlines: ReferenceDeadlines | None = None
    reference_closes: ReferenceCloses | None = None
    reference_rates: ReferenceRates | None = None
    claim_kinds: dict[str, ClaimKind] = {}
    checks: list[dict[str, Any]] = []
    tests: list[RuleTest] = []


class CheckRule(Strict):
    """Fields every check has. A check type subclasses this with its parameters and a `check`
    literal naming it."""

    id: str = Field(pattern=ID_PATTERN)
    check: str
    claims: str | list[str]
    description: str
    severity: Severity = Severity.ERROR
    message: str
    enabled: bool = True
    examples: CheckExamples = CheckExamples()

    @field_validator("claims")
    @classmethod
    def _some_claims(cls, value: str | list[str]) -> str | list[str]:
        if not value:
            raise ValueError("names no claim kind; give one (claims: office_holder) or a list of them")
        return value

    @property
    def kinds(self) -> tuple[str, ...]:
        return (self.claims,) if isinstance(self.claims, str) else tuple(self.claims)

    # Names a message template may use; "a" and "b" are the claims, with .value, .article, .line ...
    TEMPLATE_FIELDS: ClassVar[tuple[str, ...]] = ()
