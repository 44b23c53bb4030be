"""statistic claims: a number about an economic statistic, such as exports, tariffs or inflation.

Forms read (metric names, countries, direction words and hedges come from rules/vocab):
- metric, then number: "China's exports to the U.S. fell nearly 12% year-on-year in 2024" (a change
  of -12, hedged to -12..-10.8, basis year-on-year, period 2024), "U.S. tariffs on Chinese goods,
  which stand at about 55%" (a level), "inflation eased to 2.4%", "exports were 5% lower", "production
  also increased, by 1.3%", "the savings ratio fell for the first time in more than two years, to
  10.9%" (a record's window is no comparison; "over the quarter" after a number is its span, no
  hedge); a percentage alone in parentheses after a metric whose numbers are changes ("Services
  (+0.4%) and production (+0.9%) both grew");
- number, then metric: "a 12% drop in exports" (a change), "25% tariffs on Chinese goods" (a level),
  "posted a $15 billion trade deficit", "Japan's $142 billion in exports", "racked up $15 billion in
  trade deficit" (a sum after an article, a possessive or a verb of recording: a level); a noun a
  nearby sentence's metric implies (`implied_by`) after a percentage or "zero": "GDP grew 0.7%,
  after 0.1% growth", "after zero growth in January" (0%); not one its clause compares with a figure
  given before it about a thing the clause does not name as the metric ("the figure rose 6% following
  5% growth": the figure's growth).
- a part's share of a metric, for a metric with `share` (its `parts` nouns, the metric it is `of`):
  "Vehicles made up roughly 28% of Japan's $142 billion exports to the US last year" (a level, the
  country and partner of the exports; a `statistic_cues.share_verbs` verb before the percentage);
  not "electric vehicles" (a narrower part), "tariffs on cars", "could make up".
- an "of" alias with a country inside, for a metric with `goods_origin`: "Shipments of Japanese cars
  to the U.S. fell 26.7%" is "shipments of cars", Japan its subject (for `subject`; imports name
  the partner so: "imports of Chinese steel").
The key is the metric, its subject (a country right before it: "China's", "U.S.", "Chinese"), its
partner (a country after "to", "from", "with", "on", "against"; "exports from China to the U.S."
makes China the subject) and the measure, change or level (see `measure` in rules/vocab/metrics.yaml).
A figure naming no country takes the last one its paragraph's figures named, else the one country
the title and headings name other than as a partner (`labels.subject_from` says which); a sentence
opening on a demonstrative ("This improvement is attributed to ...") continues the paragraph before,
its country and period; one opening on "It" or "They" is about the metric the sentence before opened on,
and its country ("The debt limit caps what the US may borrow. It now stands at $31.4 trillion."); "this" or
"that" and a `statistic_cues.referring` noun stands for the figure just read, in its sentence or one
of the two before with no number between: its metric, country, partner and (with no time of the
clause's own) period ("a surplus of ¥153 billion in June, though this figure represented a 31%
decline", "... In March 2024, that gap was $68.6 billion"; not with another country named
between); "represented", "marked" or "constituted" and an article before a percentage and a
direction noun give a change. A
second predicate joined by "and" holds its own number ("is fixed by law and stands at"); a conjunct with no
verb of its own keeps the first's ("car exports to the US fell 26.7%, and spare parts by 15.5%",
"exports fell 2% in April and imports 1%": its noun names the metric alone or with the first
metric's head, the country and partner are the first's). An unknown
subject or partner is otherwise the empty string; a capitalised possessive that is no known country
("Japan's exports") becomes an unresolved subject. A figure naming no partner takes the one its
paragraph last named for a metric of its `family` ("Exports to the US fell 10%. Car exports fell 22%."),
or named after a `statistic_cues.partner_topics` noun for every family ("The trade balance with the US
worsened, with exports down 11%"); not when its sentence names its own country or any other, or an
`overall` word ("Globally, exports rose 2%"), nor across a paragraph break, but a sentence saying
"during the period" takes the last figures' period and partners even a paragraph back, and one
saying "over the quarter" or "in the month" the calendar quarter or month the last figures were
in. A figure whose mention has a `partnered` word ("the bilateral surplus") and no partner is not read. An aside
after the metric ("gross domestic product (GDP) grew", "GDP — the broadest measure of output — grew",
the rest of an official name: "the Consumer Price Index for All Urban Consumers (CPI-U) increased")
is skipped; goods alone ("goods imports", "exports of goods") and "exports of steel" are narrower
statistics, not read as the total.
A list closed by "respectively" gives one figure per metric coordinated before it ("China's exports
and imports rose 3% and 5%, respectively", all of the first one's country), or, in a sentence opening
on "That", "These" or "They", one change per metric the sentence before gave a figure for, in order,
with that figure's country, partner and (without a time of its own) period ("U.S. exports totaled
$251.3 billion in March, while imports climbed to $394 billion. That's up $700 million and $12.6
billion, respectively, from February").
A starting level after "from" is read only with a time of its own ("to $140.5 billion from a revised
$123.2 billion in February" is February's level too; one given as revised or as first reported is
provisional, a vintage never compared), or after a revision ("was revised up, from 0.2% to 0.4%": the
earlier estimate of the same figure, its period and provisional), and so is one a forecast starts
from when given as reported or revised, with a time of its own ("had forecast the deficit rising to
$137 billion from the previously reported $122.7 billion in February": February's). Not read: other numbers after
"from", forecasts, targets, threats and conditionals ("expected to", "would impose", "targeting 2.5%
inflation", "projecting inflation at 4.2% next year"), ratios ("12% of GDP"), narrower statistics
("chip exports", "core inflation", "tariff revenue"; and the `statistic_cues.narrower` words that look
like participles: "underlying inflation"), numbers with another metric or a market index between
("inflation data sent the Dow down 1%"), and headings.
A sentence stating its own cut-off (`statistic_cues.provisional`: "with 90% of votes counted",
"preliminary") makes its numbers provisional: read, never compared.
The period is the time expression nearest the number in its clause (nearest the noun of a noun
form: "zero growth in January and a 0.5% expansion in February"; "in 2024", "in September", "in the
first nine months", "in the first half of last year", "so far this year"; "in the first half of
fiscal 2025" by the country's `fiscal_year`, rules/vocab/jurisdictions.yaml), skipping a dateline
and the base of a comparison ("from the same month last year"); a clause with none coordinated with
a dated figure's takes its period ("totaled $251.3 billion in March, while imports climbed to $419
billion", "... in the December quarter, but annual inflation fell to 2.4%"), and so does one joined
to a clause giving any figure for a month, quarter or year ("Output grew 0.7% over the first
quarter, while production increased, by 1.3%", "... from GDP last quarter, resulting in the economy
contracting at a 0.3% rate"); else the sentence's
claim time. The basis of a change is kept when stated
("year-on-year", "month-on-month", "annualized", "annual inflation"); a change over a period longer
than a quarter (a year, the first half) with none stated is year-on-year. The level a change reached
is read too: "rose 4.4% to $394 billion", "rose 1.3%, totaling ¥55.6 trillion", and so is a level a
participle gives after a comma ("a deficit with China for a fourth year, reaching ¥516.7 billion").
A level takes no basis.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace

from factcheck.extract.context import DATELINE, ArticleView, SentenceTime
from factcheck.extract.numbers import (
    CURRENCIES,
    UNIT_SUFFIX,
    Cue,
    Hedged,
    Quantity,
    clause,
    find_amounts,
    find_quantities,
    hedge_after,
    hedge_before,
    interval,
    period,
    show,
    show_amount,
    signed,
    year_to_date,
)
from factcheck.models import Claim, Precision, Qualifiers, TimeSpan
from factcheck.ruleset.ruleset import RuleSet
from factcheck.ruleset.schema import FiscalYear
from factcheck.text import Sentence, blanked
from factcheck.vocab import Hit, Vocabulary, fold, phrase_regex, slug, vocabulary

_PARAGRAPH = re.compile(r"\n[ \t]*\n")

KIND = "statistic"
FIELDS = frozenset(
    {"metric", "subject", "partner", "measure", "value", "unit", "lo", "hi", "basis"}
)  # key and value fields: what rules may name

MAX_GAP_WORDS = 10  # words between a metric and its number
_TITLE_PARTNER = re.compile(r"\b(?:to|from|with|on|against|into|over|vs\.?)\s+(?:the\s+)?$", re.IGNORECASE)
_DEMONSTRATIVE = re.compile(
    r"(?:This|These|That|Those)\s+(?:[a-z][\w-]*\s+){0,2}(?:is|are|was|were|came|comes|follows|followed|reflects|reflected)\b"
)
# Words that may open a sentence before the metric it is about: "The", "The US", "Japan's annual".
_OPENING = re.compile(r"(?:(?:The|A|An|Its|Their)\s+)?(?:[\w'’.-]+\s+){0,2}")
# A pronoun opening a sentence, standing for the metric the sentence before was about.
_PRONOUN = re.compile(r"(?:It|They)\b(?=\s+(?!\d))")
# "It is fixed by law and now stands at $31.4 trillion": a second predicate of the same
# subject, joined by "and" and led by a verb of level or movement, holds the number.
_SHARED_SUBJECT = re.compile(
    r"\band\s+(?:(?:now|currently|still|then|later|also|has|have|had)\s+)*(?=(?:stands?|stood|reached|hit|"
    r"totall?ed|came\s+in|averaged|rose|fell|climbed|dropped|grew|increased|decreased|declined|jumped|"
    r"slipped|eased|widened|narrowed)\b)",
    re.IGNORECASE,
)
# Between a figure with a partner and a metric: a with-clause elaborating it, nothing else of weight.
_WITH = re.compile(r"[^;:.!?\d]{0,40}?,\s*with\s+(?:[\w'’-]+\s+){0,2}")
_QUARTER_DAYS = 92  # a change over a longer period than this, with no basis stated, is year-on-year
# An aside right after a metric: a parenthesis without digits, a phrase between two dashes, or
# "of goods and services" (what the metric is without one).
_ASIDE = re.compile(
    r"(?:\s*(?:\([^()\d]{1,40}\)|[—–]\s*[^—–;:.!?\d]{1,80}?\s*[—–]|\s+(?:of|for|in)\s+goods\s+and\s+services\b|"
    # the rest of a statistic's official name: "Consumer Price Index for All Urban Consumers (CPI-U)"
    r"\s+for\s+(?:[A-Z][\w-]*)(?:\s+[A-Z][\w-]*){0,4}\b)){1,2}"
)
_WINDOW = 160  # characters after a metric searched for its number
# Between a metric and its number: clause breaks, comparisons, negation, forecasts and conditionals.
_GAP_BLOCK = re.compile(
    r"[;:()\[\]—–]|,(?!\s*(?:which|that)\b)|\b(?:while|but|whereas|although|though|than|and|or|not|never|no|"
    r"could|would|might|(?-i:may)|will|should|can|expected|expects|forecast|forecasts|projected|predicted|target|"
    r"anticipated|anticipates|likely|poised|set\s+to|on\s+track\s+to|"
    r"targets|goal|if|unless|per\s+capita)\b|n['’]t\b",
    re.IGNORECASE,
)
# Before a metric (same clause): words that make the number a plan, forecast or threat.
_INTENT = re.compile(
    r"\b(?:forecast(?:s|ing)?|expect(?:s|ing)?|expected|expectations?|consensus|project(?:s|ing)?|projected|predict(?:s|ing)?|predicted|targets?|target(?:t)?ing|aim(?:s|ing)?|goal|"
    r"likely|poised\s+to|on\s+track\s+to|"
    r"estimates?|could|would|might|(?-i:may)|will|if|unless|threaten(?:s|ed)?|propos(?:e|es|ed)|plans?|planned|"
    r"consider(?:s|ing)?|weigh(?:s|ing)?|seeks?|wants?|demands?|calls?\s+for)\b|n['’]t\b",
    re.IGNORECASE,
)
_CLAUSE_START = re.compile(
    r".*(?:[;:()—–]|,\s+(?:while|but|whereas|although)\b|\b(?:while|but|whereas)\b)", re.I | re.S
)
# After a metric, a hyphenated compound is another quantity ("tariff-related", "export-led"); the
# nouns that are ("inflation expectations", "tariff revenue") live in rules/vocab (statistic_cues).
_COMPOUND_AFTER = re.compile(r"[-‐‑]\w")
# "exports of steel", "imports of goods": a narrower statistic (goods are not goods and services);
# not "exports of goods and services", "exports of all kinds"
# ... and "the inflation rate for services", "inflation for food and drink" (not "for the month",
# "for now", "for years")
_NARROWED_BY_OF = re.compile(
    r"\s+(?:of|for)\s+(?!(?:goods\s+and\s+services|the|a|an|its|their|all|now|years|months|weeks|days|decades|"
    r"long|once|example|instance)\b)[a-z][\w-]*(?!\S*\d)"
)
_RATIO_BEFORE = re.compile(r"(?:%|\bper\s*cent|\bpercent)\s+of\s+(?:\w+['’]s\s+)?(?:the\s+)?$", re.IGNORECASE)
# "tariffs on all imports", "the share of exports": the object of something else, not a metric.
_OBJECT_BEFORE = re.compile(r"\b(?:on|of)\s+(?:[\w.'’-]+\s+){0,2}$", re.IGNORECASE)
# Words that may stand between a country and its metric: "China's total exports", "the U.S. trade deficit".
_MODIFIERS = r"(?:\s+(?:total|overall|annual|monthly|quarterly|headline|average|effective))*"
# Words before a metric that do not narrow it ("as exports rose", "data showed exports ...").
_FUNCTION_WORDS = frozenset(
    """
    a an the its their his her our this that these those which who whose while when as and or but nor so yet
    of in on at to from by with for into about after before since until than if because although though whereas
    said says say showed shows show reported reports report added adds noted notes estimated where how why what
    also still even only further meanwhile overall total annual monthly quarterly headline
    average effective is are was were be been has have had
    """.split()
)
_OWNER = re.compile(r"((?:[A-Z][\w.&-]*\s+){0,2}[A-Z][\w.&-]*)['’]s$")  # "Japan's", "South Korea's"
_LEVEL_MARKER = re.compile(
    r"\b(?:to|at|of|was|were|is|are|be|been|reached|reach|reaches|reaching|hit|hits|hitting|above|below|past|stood|"
    r"stand|stands|standing\s+at|totall?ed|totall?ing|came\s+in\s+at|averaged)\s*$",
    re.IGNORECASE,
)
# A participle after a comma continuing the clause with its level: "a deficit with China for a
# fourth year, reaching ¥516.7 billion in June".
_PARTICIPLE_LEVEL = re.compile(
    r",\s*(?:reaching|hitting|totall?ing|standing\s+at)\s+(?:(?:an?|the)\s+(?:(?:new|record|all-time|high|low)\s+){1,3}"
    r"(?:of\s+)?)?$",
    re.IGNORECASE,
)
_COORDINATED = re.compile(r"\s*(?:,|and|or|&|as\s+well\s+as)\s*(?:the\s+)?", re.IGNORECASE)
_LEVEL_HEDGES = frozenset({"above", "below"})
# Before an amount: it is the level reached ("widened to a record $140.5 billion", "exports of $20 billion").
_AMOUNT_LEVEL = re.compile(
    r"\b(?:to|of|at)\s+(?:an?\s+(?:new\s+)?(?:record|all-time)(?:\s+high)?(?:\s+of)?\s+)?$", re.I
)
# A basis between a change's number and its noun: "a 3.6% year-on-year increase".
_BASIS_WORDS = re.compile(
    r"(?:year-on-year|year-over-year|month-on-month|month-over-month|quarter-on-quarter|annual|monthly|quarterly)\s+",
    re.I,
)
_IN = re.compile(r"\s+in\s+(?:(?:the|a)\s+)?", re.IGNORECASE)
_FROM = re.compile(r"\bfrom\s*$", re.IGNORECASE)
# "fell by 2%", "rose a further 2%"; "contracted at an annual rate of 0.7%": the pace of the change
# A comma between a direction and "by" and its size: "increased, by 1.3%"; before "to" and the level
# reached: "fell for the first time in two years, to 10.9%".
# and one before "from": "was revised up, from 0.2% to 0.4%".
_COMMA_BY = re.compile(r"(?<=[a-z]),(?=\s*(?:by|to|from(?:\s+to)?)\s*$)", re.IGNORECASE)
_FIRST_TIME = re.compile(
    r"\bfor\s+the\s+first\s+time\s+(?:in|since)\s+(?:(?:more\s+than|over|nearly|almost|about)\s+)?"
    r"(?:a|an|\w+)\s+(?:years?|months?|quarters?|decades?)\b",
    re.IGNORECASE,
)
# "was revised up from 0.2% to 0.4%": the figure it started from is an earlier estimate of the same one
_REVISED_FROM = re.compile(
    r"\brevised\s+(?:(?:up|down|upwards?|downwards?|higher|lower)\s*)?,?\s*from\s*$", re.IGNORECASE
)
_DIRECTION_TO_SIZE = re.compile(
    # "grew by a revised 0.3%", "fell an estimated 2%": one adjective after the article; "rose, by 2%"
    r"(?:,(?=\s*by\b))?(?:\s*\b(?:by|a|an|another|further|additional|\w+ly)\b)*(?:\s+(?:a|an)\s+(?!of\b)[a-z]+)?\s*"
    r"(?:\bat\s+an?\s+)?"  # "contracting at a 0.3% annualized rate"
    r"(?:\bat\s+an?\s+(?:(?:annual|annuali[sz]ed|yearly|quarterly|monthly|seasonally\s+adjusted)\s+){0,2}"
    r"(?:rate|pace)\s+of\s+)?",
    re.IGNORECASE,
)
_PARTNER_PREP = re.compile(
    r"\b(?P<p>to|from|with|on|against|into)\s+(?:the\s+)?(?:(?:imports?|goods|products|shipments)\s+(?:from\s+)?)?$",
    re.IGNORECASE,
)
_PARTNER_AFTER = re.compile(
    r"\s+(?P<p>to|from|with|on|against)\s+(?:the\s+)?(?:(?:imports?|goods|products|shipments)\s+(?:from\s+)?)?",
    re.IGNORECASE,
)
_BASES = (
    ("year-on-year", r"year[-\s](?:on|over)[-\s]year|y/y|yoy|from\s+a\s+year\s+(?:earlier|ago|before)|"
     r"(?:compared\s+(?:with|to)|from|over)\s+the\s+same\s+(?:period|month|quarter)\s+(?:of\s+|in\s+)?last\s+year"),
    ("month-on-month", r"month[-\s](?:on|over)[-\s]month|m/m|mom|from\s+(?:a|the\s+previous)\s+month(?:\s+earlier)?|"
     r"on\s+an?\s+(?:seasonally\s+adjusted\s+)?monthly\s+basis"),
    ("quarter-on-quarter", r"quarter[-\s](?:on|over)[-\s]quarter|q/q|qoq|from\s+the\s+previous\s+quarter|"
     r"on\s+an?\s+(?:seasonally\s+adjusted\s+)?quarterly\s+basis"),
    ("annualized", r"annuali[sz]ed|at\s+an\s+annual\s+rate"),
)  # fmt: skip
# "On a monthly basis, the CPI fell 0.2%", "Year over year, prices fell 5.1%": a basis opening the sentence
_OPENING_BASIS = re.compile(
    r"\s*(?:(?:on\s+an?\s+(?:seasonally\s+adjusted\s+)?(?P<basis>monthly|quarterly|annual|yearly|"
    r"year[-\s](?:over|on)[-\s]year|month[-\s](?:over|on)[-\s]month)\s+basis)|(?P<yoy>year[-\s](?:over|on)[-\s]year)|"
    r"(?P<mom>month[-\s](?:over|on)[-\s]month))\s*,",
    re.IGNORECASE,
)
_BASIS_PHRASE = {"monthly": "month-on-month", "quarterly": "quarter-on-quarter", "annual": "year-on-year",
                 "yearly": "year-on-year"}  # fmt: skip
# Between a change and the level it reached: "rose 4.4% to $394 billion", "fell 0.5%, settling at ¥916
# billion", "declined 10% from a year earlier to ¥9.7 trillion" (the base of the change may come between).
_TO_LEVEL = re.compile(
    rf"\s*,?\s*(?:(?:{'|'.join(p for _, p in _BASES)})\s*,?\s*)?"
    r"(?:to|at|reaching|hitting|totall?ing|to\s+reach|to\s+total|to\s+stand\s+at|[a-z]+ing\s+at)\s+"
    r"(?:(?:only|just|about|some)\s+)?(?:an?\s+(?:new\s+)?(?:record|all-time)(?:\s+(?:high|low))?(?:\s+of)?\s+)?",
    re.I,
)
# Between a level and the change it is put with: an aside in parentheses (the level in another
# currency), then a comma and the appositive's lead ("up", "marking a", "a").
_APPOSITIVE = re.compile(
    r"(?:\s*\([^()]{1,60}\))?(?:\s+(?:in|during|over|for|on|at|the))*\s*,\s*(?P<lead>[a-z ]{0,30}?)\s*", re.I
)
_LEADS = frozenset({"a", "an", "marking a", "marking an", "representing a", "representing an", "for a", "for an"})
_AMOUNT_OF = re.compile(r"\s+(?:(?:in|of|worth\s+of)\s+)?")
_CLAUSE_OPENER = re.compile(r"\s*(?:(?:the|and|but|while|meanwhile,?)\s+)*", re.IGNORECASE)
# After a country opening a clause: a verb (a lowercase word, no conjunction or possessive), "Japan recorded".
_VERB_AFTER = re.compile(
    r"\s+(?:(?:also|still|now|then|has|have|had)\s+)*(?!(?:and|or|of|to|in|on|with|for|from|at|as|by)\b)[a-z]+\b"
)
_TARGETED_BEFORE = re.compile(
    r"\b(?:on|against|targeting|covering|hitting|affecting)\s+(?:(?:[A-Z][\w.]*['’]s|an?|the|another)\s+)?"
    r"(?:(?:record|new|revised|additional|extra|further)\s+)?$",
    re.IGNORECASE,
)
_EXCLUSION_AFTER = 25  # characters after a number within which an exclusion still takes its part out
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an)\s+(?:(?:record|new|revised|all-time)\s+)?$", re.IGNORECASE)
_RECORDED_BEFORE = re.compile(
    r"\b(?:posts?|posted|records?|recorded|r[au]ns?|reports?|reported|racks?\s+up|racked\s+up|registers?|registered|"
    r"logs?|logged|books?|booked|notch(?:es|ed)?|chalks?\s+up|chalked\s+up)\s+(?:(?:an?|the)\s+)?"
    r"(?:(?:record|combined|total|cumulative)\s+)?(?:(?:about|some|nearly|almost|around|over|more\s+than)\s+)?$",
    re.IGNORECASE,
)
_POSSESSIVE_BEFORE = re.compile(r"[A-Z][\w.]*['’]s\s+(?:(?:about|some|nearly|almost|around)\s+)?$")
_PERIODIC = re.compile(rf"\b(annual|yearly|monthly|quarterly){_MODIFIERS}\s+$", re.IGNORECASE)
_PERIODIC_BASIS = {
    "annual": "year-on-year",
    "yearly": "year-on-year",
    "monthly": "month-on-month",
    "quarterly": "quarter-on-quarter",
}
_YTD = re.compile(r"\byear[-\s]to[-\s]date\b|\bYTD\b|\bso\s+far\s+this\s+year\b", re.IGNORECASE)
_MONTH_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "eleven": 11}  # fmt: skip
# "in the first five months (of 2025)"; "in the first half (of the year)" is the first six; "of last
# year" counts from publication ("month" for "months" is a slip: "the first four month of this year")
_FIRST_MONTHS = re.compile(
    rf"\b(?:in|over|during|for)\s+the\s+(?:first\s+(?P<n>\d{{1,2}}|{'|'.join(_MONTH_COUNTS)})\s+months?|"
    r"(?P<half>first\s+half|first\s+six\s+months?))\b"
    r"(?:\s+of\s+(?:the\s+year|this\s+year|(?P<last>last\s+year)|(?P<y>(?:19|20)\d\d)))?",
    re.IGNORECASE,
)
# "in the final three months of 2024": the year's last months (a year must be named: "the last three
# months" alone count back from now)
_LAST_MONTHS = re.compile(
    rf"\b(?:in|over|during|for)\s+the\s+(?:final|last)\s+(?P<n>\d{{1,2}}|{'|'.join(_MONTH_COUNTS)})\s+months\s+of\s+"
    r"(?P<y>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# "in fiscal 2025", "in the first half of fiscal year 2025", "the second half of financial year 2024"
_FISCAL = re.compile(
    r"(?:\b(?:in|over|during|for)\s+)?(?:the\s+(?P<half>first|second)\s+half\s+of\s+)?(?:the\s+)?"
    r"\b(?:fiscal|financial)\s+(?:year\s+)?(?P<y>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_BASIS = [(name, re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE)) for name, pattern in _BASES]


@dataclass(frozen=True)
class _Reading:
    metric: Hit
    quantity: Quantity
    hedge: Hedged | None
    value: float  # signed: a fall is negative
    directional: bool  # the sign came from a direction word ("fell 12%"), not from the number
    measure: str
    start: int
    end: int
    partner_zone: tuple[int, int]
    # Where the number stands that this one is read with and dated by: the change a level was read
    # after ("rose 4% in May to $41 billion"; the level takes no basis of its own), or the level an
    # appositive change was put with ("¥2.2 trillion in the first half, a 34% decrease").
    dated_by: int | None = None
    # The time a number is dated by when that time is its own: "from a revised $123.2 billion in
    # February" is February's level, whatever the rest of the sentence says.
    own_period: TimeSpan | None = None
    # A starting level given as revised or as first reported: one vintage of the figure, never compared
    revised: bool = False
    # The metric whose country this one shares: the first of "China's exports and imports rose 3% and
    # 5%, respectively"
    owner: Hit | None = None


def extract(view: ArticleView, ruleset: RuleSet) -> Iterator[Claim]:
    vocab = vocabulary(ruleset)
    # The period the paragraph's last figures were dated by: "Imports rose 4.4% to $394 billion in
    # March. Goods imports soared 5.4% to $346.8 billion." gives the second March too.
    carried: SentenceTime | None = None
    last_end: int | None = None
    # The country a figure with none of its own is about: the last one the paragraph's figures
    # named ("Japan's exports rose 3.6%. Imports fell 2%."), else the one the title and headings name.
    titled = _titled_subject(view, vocab, ruleset)
    subject: tuple[str, str] | None = None
    subject_end: int | None = None
    # the metric the last sentence was about, where that sentence ended, and the one country it names
    told: tuple[Hit, int, tuple[str, str] | None] | None = None
    named: list[set[str]] = []  # the metrics the last sentences named by an alias, for `implied_by` nouns
    before: list[Claim] = []  # the last sentence's figures, for "That's up $5 billion and $2 billion, respectively"
    # per metric family, the partner the paragraph last named for it ("Exports to the US fell 10%.
    # Car exports fell 22%."), and where the sentence naming it ended
    partners: dict[str, tuple[str, str]] = {}
    partners_end: int | None = None
    last_partners, last_carried = partners, carried  # the same, kept past paragraphs for "during the period"
    families = {m.family for m in ruleset.metrics.values() if m.family}
    topics = phrase_regex(tuple(ruleset.statistic_cues.partner_topics))
    overall = phrase_regex(tuple(ruleset.statistic_cues.overall))
    partnered_words = phrase_regex(tuple(ruleset.statistic_cues.partnered))
    referring = phrase_regex(tuple(ruleset.statistic_cues.referring))
    # the last figure read and the index of its sentence, for "that gap was $68.6 billion"
    last_figure: tuple[Claim, int] | None = None
    for index, sentence in enumerate(view.sentences):
        if sentence.heading:
            carried = subject = told = last_figure = None
            named, before, partners = [], [], {}
            last_partners, last_carried = partners, None
            continue
        earlier, before = before, []
        if earlier and _PARAGRAPH.search(view.article.text, earlier[-1].evidence.end, sentence.start):
            earlier = []
        # a demonstrative opening ("This improvement is attributed to ...") continues the paragraph before
        continues = _DEMONSTRATIVE.match(sentence.text) is not None
        if (
            partners_end is not None
            and _PARAGRAPH.search(view.article.text, partners_end, sentence.start)
            and not continues
        ):
            partners = {}
        if last_end is not None and _PARAGRAPH.search(view.article.text, last_end, sentence.start) and not continues:
            carried = None
        if (
            subject_end is not None
            and _PARAGRAPH.search(view.article.text, subject_end, sentence.start)
            and not continues
        ):
            subject = None
        if _ANAPHORIC_PERIOD.search(sentence.text):
            # "Car exports fell 22% during the period": the period and partners of the last figures,
            # even a paragraph back
            carried, partners = carried or last_carried, partners or last_partners
        elif (unit := _ANAPHORIC_UNIT.search(sentence.text)) and (back := carried or last_carried) is not None:
            # "the savings ratio fell to 10.9% over the quarter": the quarter the last figures were in
            carried = _enclosing(back, unit["unit"].lower()) or carried
        text = sentence.text
        aliased = vocab.lexicons["metrics"].find(text)
        within = ruleset.statistic_cues.implied_within  # sentences before this one that may name the metric
        named = [*named[max(0, len(named) - within) :], {h.ids[0] for h in aliased if len(h.ids) == 1}]
        found = [m for m in aliased if _is_metric(text, m, ruleset)]
        as_metrics = list(found)  # the aliases read as the metric, before the origin and anaphor hits join
        # "shipments of Japanese cars": the alias "shipments of cars" with the goods' origin inside
        origins = {h.start: (h, country) for h, country in _origin_inside(text, vocab, ruleset)}
        if origins:
            spans = [(h.start, h.end) for h, _ in origins.values()]
            found = sorted(
                [m for m in found if not any(a <= m.start < b for a, b in spans)] + [h for h, _ in origins.values()],
                key=lambda h: h.start,
            )
        # "this figure", "that gap": the figure just read, in this sentence or one of the two before
        anaphors = _anaphors(text, found, referring, last_figure, index, view.sentences)
        found = sorted(found + [hit for hit, _ in anaphors.values()], key=lambda h: h.start)
        by_metric: dict[int, Claim] = {}  # per metric mention of this sentence, the last figure read of it
        # a time phrase is no owner of an implied noun ("zero growth in January and a 0.5% expansion")
        # the blanked text only when a noun may stand for a metric: finding every sentence's times costs
        implied = _implied(
            text,
            vocab,
            ruleset,
            set().union(*named),
            functools.cache(functools.partial(_times_blanked, view, sentence)),
        )
        opening = _subject_metric(text, found)
        if not found and earlier and _BACK_REFERENCE.match(text):
            before = list(_respective_back(view, sentence, earlier, vocab, ruleset))
            if before:  # "That's up $700 million and $12.6 billion, respectively"
                told = None
                yield from before
                continue
        referent: tuple[str, str] | None = None  # the country of the sentence a pronoun points back to
        if not found and told is not None and not _PARAGRAPH.search(view.article.text, told[1], sentence.start):
            pronoun = _PRONOUN.match(text)  # "The debt ceiling is the cap on borrowing. It stands at ..."
            if pronoun is not None:
                found, referent = [Hit(0, pronoun.end(), told[0].ids, pronoun.group())], told[2]
        told = (opening, sentence.end, _country_of(text, vocab, ruleset)) if opening is not None else None
        # "exports and imports rose 5%": the number's metric is unclear
        metrics = [
            m for i, m in enumerate(found) if i == 0 or not _COORDINATED.fullmatch(text, found[i - 1].end, m.start)
        ]
        # "Gross domestic product (GDP) grew": the abbreviation in the aside is the same metric again
        metrics = [
            m
            for i, m in enumerate(metrics)
            if i == 0 or m.ids != metrics[i - 1].ids or m.start >= _aside_end(text, metrics[i - 1].end)
        ]
        # "The trade balance with the US ...": a partner for every family; "Globally, ...": none
        countries = {h.ids[0] for h in vocab.lexicons["jurisdictions"].find(text) if len(h.ids) == 1}
        for topic in topics.finditer(text):
            with_partner = _TOPIC_PARTNER.match(text, topic.end())
            hit = vocab.lexicons["jurisdictions"].match(text, with_partner.end()) if with_partner else None
            if hit is not None and len(hit.ids) == 1:
                named_partner = (hit.ids[0], ruleset.jurisdictions[hit.ids[0]].name)
                partners, partners_end = dict.fromkeys(families, named_partner), sentence.end
                last_partners = partners
        total = overall.search(text) is not None
        if total:
            partners = {}
        shares = list(_shares(text, vocab, ruleset))  # "cars made up 28% of Japan's exports"
        # "had forecast the deficit rising to $137 billion from the previously reported $122.7 billion
        # in February": under a forecast, the level already reported is a figure
        forecast = [m for m in aliased if m not in as_metrics and _is_metric(text, m, ruleset, intent=False)]
        if not metrics and not implied and not shares and not forecast:
            continue
        indices = [h.start for h in vocab.lexicons["indices"].find(text)]
        used: set[int] = set()
        seen: set[tuple[object, ...]] = set()
        partnered: tuple[str, str, int] | None = None  # the sentence's last partner, its name, where its figure ended
        # a time phrase between a metric and its number is no clause of its own ("exports between
        # April and June fell 3%"): the gap is judged with it blanked
        plain = _times_blanked(view, sentence)
        times = [
            (m.start - sentence.start, m.end - sentence.start, m.span)
            for m in view.times(sentence)
            if m.span.is_bounded
        ]
        readings = [
            *_noun_forms(text, sorted(metrics + implied, key=lambda h: h.start), vocab, ruleset, implied),
            *_metric_first(text, plain, metrics, vocab, ruleset, times),
            *_respective(text, found, vocab, ruleset),
            *_parenthesised(text, metrics, ruleset),
            *shares,
        ]
        if forecast:
            readings += _reported_under_forecast(text, forecast, ruleset, times)
        # "car exports fell 26.7%, and parts exports by 15.5%": the verb carried to the second conjunct
        for gapped, first in list(_gapped(text, plain, readings, vocab, ruleset)):
            readings.append(gapped)  # its country, partner and period are the first conjunct's
            anaphors[gapped.metric.start] = (gapped.metric, first)
        excluded = [m.start() for m in phrase_regex(tuple(ruleset.statistic_cues.exclusions)).finditer(text)]
        dated: list[tuple[int, SentenceTime]] = []  # where this sentence's figures with a time of their own end
        for reading in readings:
            if reading.quantity.start in used:
                continue
            if any(at < reading.quantity.end + _EXCLUSION_AFTER for at in excluded):
                continue  # "Excluding gasoline, the CPI rose 2.2%", "rose 2.2% excluding gasoline": another statistic
            used.add(reading.quantity.start)
            near = subject or referent
            context = (near, "paragraph") if near else (titled, "title") if titled else None
            claim = _claim(
                view,
                sentence,
                reading,
                vocab,
                ruleset,
                [m.start for m in metrics + implied] + indices,
                carried,
                context,
            )
            if claim is None:
                continue
            if reading.metric.start in anaphors:
                target = anaphors[reading.metric.start][1]
                stood_for = by_metric.get(target.start) if isinstance(target, Hit) else target
                if stood_for is None:
                    continue  # "this figure" before the figure it stands for is read
                lo = target.end if isinstance(target, Hit) else 0
                named_here = {h.ids[0] for h in vocab.lexicons["jurisdictions"].find(text, lo, reading.quantity.start)}
                if named_here - {stood_for.key["subject"], stood_for.key["partner"]}:
                    continue  # "In the U.S., that figure was 3%": another country's
                claim = _as_referent(claim, stood_for)
            if reading.metric.start in origins:
                claim = _with_origin(claim, origins[reading.metric.start][1], ruleset)
            if claim.time_source == "published" and (sibling := _sibling_time(text, reading.metric.start, dated)):
                # "exports totaled $251.3 billion in March, while imports climbed to $394 billion": the
                # coordinated clause reports the same release, for the same month
                claim = claim.model_copy(update={"time": sibling.span, "time_source": "sentence"})
            if claim.time_source == "published" and (joined := _joined_period(text, reading.metric.start, times)):
                # "Output grew 0.7% over the first quarter, while production increased, by 1.3%": the
                # clause it is joined to gives a figure for a period, the period of both
                claim = claim.model_copy(update={"time": joined.span, "time_source": "sentence"})
            if claim.time_source == "sentence":
                dated.append((reading.end, SentenceTime(claim.time, "sentence")))
            family = ruleset.metrics[str(claim.key["metric"])].family
            stated = bool(claim.key["subject"]) and "subject_from" not in claim.labels
            carry = partners.get(family) if family and not total and not stated else None
            if carry is not None and (carry[0] == claim.key["subject"] or countries - {carry[0]}):
                carry = None  # another country named: the figure may be about it
            if claim.key["partner"]:
                partnered = (str(claim.key["partner"]), claim.labels["partner"], reading.end)
                if family:
                    partners[family], partners_end = (partnered[0], partnered[1]), sentence.end
                    last_partners = partners
            elif partnered is not None and _WITH.fullmatch(text, partnered[2], reading.metric.start):
                # "exports to the U.S. fell 8%, with car exports sliding 19%": the with-clause
                # elaborates the figure before it, partner and all
                claim = _with_partner(claim, partnered[0], partnered[1])
            elif carry is not None:
                # "Exports to the US fell 10%. Car exports fell 22%": the family's partner in the paragraph
                claim = _with_partner(claim, *carry)
            elif family and stated:
                partners.pop(family, None)  # "Japan's exports rose 2%": the country's own total
            if not claim.key["partner"] and partnered_words.search(reading.metric.surface):
                continue  # "the bilateral surplus" with no partner known: with whom is not said
            if claim.key["subject"] and "subject" not in claim.unresolved and "subject_from" not in claim.labels:
                subject, subject_end = (str(claim.key["subject"]), claim.labels["subject"]), sentence.end
            if claim.time_source == "sentence":
                carried, last_end = SentenceTime(claim.time, "sentence"), sentence.end
                last_carried = carried
            ident = (tuple(sorted(claim.key.items())), claim.value.get("value"), claim.value.get("unit"))
            if ident not in seen:
                seen.add(ident)
                before.append(claim)
                by_metric[reading.metric.start], last_figure = claim, (claim, index)
                yield claim


# "during the period", "over the same period": the period of the figures before (not "the period
# of", "the same period last year", the base of a comparison)
_ANAPHORIC_PERIOD = re.compile(
    r"\b(?:during|in|over|for|through)\s+the\s+(?:same\s+)?period\b(?!\s+(?:of|from|between|to|since|end|last|a\s+year))",
    re.IGNORECASE,
)
# "over the quarter", "in the month": the quarter or month the last figures were of (not "the quarter
# before", "the month of May", "the quarter ended in June")
_ANAPHORIC_UNIT = re.compile(
    r"\b(?:during|in|over|for|through)\s+the\s+(?P<unit>quarter|month)\b"
    r"(?!\s+(?:of|to|before|after|earlier|ended|ending|through|prior|since|ahead)\b|-)",
    re.IGNORECASE,
)
_TOPIC_PARTNER = re.compile(r"\s+with\s+(?:the\s+)?", re.IGNORECASE)


_REFERENT_WITHIN = 2  # sentences back a "that gap" may stand for a figure in


def _anaphors(
    text: str,
    found: list[Hit],
    referring: re.Pattern[str],
    last: tuple[Claim, int] | None,
    index: int,
    sentences: Sequence[Sentence],
) -> dict[int, tuple[Hit, Hit | Claim]]:
    """Where "this" or "that" and a `referring` noun stand for a figure: the metric mention before it
    in its sentence ("a surplus of ¥153 billion, though this figure was 31% lower"), else the last
    figure read in one of the two sentences before, if no number stands between ("... $140.5 billion.
    The deficit has doubled. In March 2024, that gap was $68.6 billion"); the hit, with what it stands for."""
    out: dict[int, tuple[Hit, Hit | Claim]] = {}
    for m in _DEMONSTRATIVE_NOUN.finditer(text):
        noun = referring.fullmatch(text, m.start("noun"), m.end())
        if noun is None or _OBJECT_BEFORE.search(text, 0, m.start()) or _RATIO_BEFORE.search(text[: m.start()]):
            continue  # "half of that figure": another quantity
        after = len(text) - len(text[m.end() :].lstrip())
        if _OF_AFTER.match(text, m.end()) or any(h.start == after for h in found):
            continue  # "said that total exports rose", "that number of cars": no figure stood for
        prior = [h for h in found if h.end <= m.start()]
        referent: Hit | Claim
        if prior:
            referent, ids = prior[-1], prior[-1].ids
        elif (
            last is not None
            and index - last[1] <= _REFERENT_WITHIN
            and not any(re.search(r"\d", s.text) for s in sentences[last[1] + 1 : index])
        ):
            referent, ids = last[0], (str(last[0].key["metric"]),)
        else:
            continue
        out[m.start()] = (Hit(m.start(), m.end(), ids, m.group()), referent)
    return out


_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)
_DEMONSTRATIVE_NOUN = re.compile(r"\b(?:this|that)\s+(?P<noun>[a-z]+)\b", re.IGNORECASE)


def _as_referent(claim: Claim, referent: Claim) -> Claim:
    """A figure read of "this figure" is about what it stands for: that figure's country and partner,
    and its period when the clause names none of its own ("in May, though this figure was 12% lower")."""
    labels = {k: v for k, v in claim.labels.items() if k != "subject_from"}
    labels |= {k: referent.labels[k] for k in ("subject", "partner", "subject_from") if k in referent.labels}
    update: dict[str, object] = {
        "key": {**claim.key, "subject": referent.key["subject"], "partner": referent.key["partner"]},
        "labels": labels,
        "unresolved": referent.unresolved,
    }
    if claim.time_source == "published":
        update |= {"time": referent.time, "time_source": referent.time_source}
    return claim.model_copy(update=update)


_OF_BEFORE = re.compile(r"(?<![\w-])(?P<head>(?:[\w-]+\s+){0,2}[\w-]+)\s+of\s+$")
_WORDS_AFTER = re.compile(r"\s+(?P<one>[\w-]+)(?:\s+(?P<two>[\w-]+))?")


def _origin_inside(text: str, vocab: Vocabulary, rs: RuleSet) -> Iterator[tuple[Hit, str]]:
    """ "Shipments of Japanese cars to the U.S. fell 26.7%": an "of" alias of a metric with
    `goods_origin` ("shipments of cars") with a country's name inside, the mention and the country."""
    lex, places = vocab.lexicons["metrics"], vocab.lexicons["jurisdictions"]
    for country in places.find(text):
        before = _OF_BEFORE.search(text, 0, country.start)
        after = _WORDS_AFTER.match(text, country.end)
        if len(country.ids) != 1 or before is None or after is None:
            continue
        words = list(re.finditer(r"[\w-]+", text[before.start("head") : before.end("head")]))
        tails = [(after.end("one"), after["one"])]
        if after["two"]:
            tails.insert(0, (after.end("two"), f"{after['one']} {after['two']}"))  # the longest alias first
        for w in words:
            start = before.start("head") + w.start()
            head = " ".join(text[start : before.end("head")].split())
            hits = [(end, ids) for end, tail in tails if len(ids := lex.lookup(f"{head} of {tail}")) == 1]
            if hits:
                end, ids = hits[0]
                if rs.metrics[ids[0]].goods_origin is not None:
                    yield Hit(start, end, ids, text[start:end]), country.ids[0]
                break


def _with_origin(claim: Claim, country: str, rs: RuleSet) -> Claim:
    """The claim of a mention with the goods' origin inside: that country its subject or partner."""
    role = rs.metrics[str(claim.key["metric"])].goods_origin
    name = rs.jurisdictions[country].name
    labels = {k: v for k, v in claim.labels.items() if k != "subject_from"}
    if role == "subject" and (not claim.key["subject"] or "subject_from" in claim.labels):
        return claim.model_copy(
            update={"key": {**claim.key, "subject": country}, "labels": labels | {"subject": name}, "unresolved": ()}
        )
    if role == "partner" and not claim.key["partner"] and claim.key["subject"] != country:
        return claim.model_copy(
            update={"key": {**claim.key, "partner": country}, "labels": claim.labels | {"partner": name}}
        )
    return claim


def _enclosing(time: SentenceTime, unit: str) -> SentenceTime | None:
    """The calendar quarter or month ("quarter", "month") a period lies in, if it lies in one."""
    start, end = time.span.start, time.span.end
    if start is None or end is None:
        return None
    months = 3 if unit == "quarter" else 1
    first = dt.date(start.year, (start.month - 1) // months * months + 1, 1)
    after = _add_months(first, months)
    if end >= after:
        return None
    precision = Precision.QUARTER if unit == "quarter" else Precision.MONTH
    span = TimeSpan(start=first, end=after - dt.timedelta(days=1), precision=precision)
    return SentenceTime(span, "sentence")


def _with_partner(claim: Claim, partner: str, label: str) -> Claim:
    return claim.model_copy(
        update={"key": {**claim.key, "partner": partner}, "labels": {**claim.labels, "partner": label}}
    )


# "respectively" closing a list of figures, one per metric named before them in the same order
_RESPECTIVELY = re.compile(r"\s*,?\s*respectively\b", re.IGNORECASE)
_LIST_NEXT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
# A sentence opening on a word standing for the figures of the sentence before: "That's up $500
# million and $12.6 billion, respectively, from February".
_BACK_REFERENCE = re.compile(r"(?:That|This|These|Those|They|Both)(?:['’]s|\s+(?:is|are|was|were))?\s+", re.I)


def _respective_list(text: str, pos: int, vocab: Vocabulary, rs: RuleSet) -> list[tuple[Quantity, Hedged | None]]:
    """The figures of a list after `pos` that "respectively" closes: "3% and 5%, respectively", "about
    $251.3 billion and nearly $394 billion, respectively"; none when anything else stands between them."""
    numbers = sorted(find_quantities(text, pos) + find_amounts(text, pos), key=_at)
    hedges = vocab.lexicons["hedges"]
    out: list[tuple[Quantity, Hedged | None]] = []
    for q in numbers:
        hedge = hedge_before(text, q.start, hedges, rs)
        if hedge is not None and hedge.start < pos:
            hedge = None
        if out and not _LIST_NEXT.fullmatch(text, out[-1][0].end, hedge.start if hedge else q.start):
            break
        out.append((q, hedge))
        if _RESPECTIVELY.match(text, q.end):
            return out if len(out) > 1 else []
    return []


def _gap_blocked(gap: str) -> bool:
    """Whether the words between a metric (or a list's opening) and its number keep them apart: too
    many, a clause break, a comparison, a forecast, or another number."""
    return len(gap.split()) > MAX_GAP_WORDS or _GAP_BLOCK.search(gap) is not None or re.search(r"\d", gap) is not None


def _list_grammar(
    text: str, lo: int, first: tuple[Quantity, Hedged | None], vocab: Vocabulary
) -> tuple[str, str | None] | None:
    """How the gap from `lo` to a list's first figure reads it: ("change", "up") after "rose" or "up",
    ("level", None) after "stood at"; None when the gap says neither or holds a clause break."""
    q, hedge = first
    stop = hedge.start if hedge else q.start
    gap = text[lo:stop]
    if _gap_blocked(gap):
        return None
    ds = [d for d in vocab.lexicons["directions"].find(text, lo, stop) if len(d.ids) == 1]
    if ds and ds[-1].ids[0] in ("up", "down") and _DIRECTION_TO_SIZE.fullmatch(text, ds[-1].end, stop):
        return "change", ds[-1].ids[0]
    return ("level", None) if _LEVEL_MARKER.search(gap) else None


def _respective(text: str, found: list[Hit], vocab: Vocabulary, rs: RuleSet) -> Iterator[_Reading]:
    """ "China's exports and imports rose 3% and 5%, respectively": the figures of the list go to the
    metrics coordinated before them, in order; all take the first metric's country."""
    runs: list[list[Hit]] = []
    for i, m in enumerate(found):
        if i and _COORDINATED.fullmatch(text, found[i - 1].end, m.start):
            runs[-1].append(m)
        else:
            runs.append([m])
    for run in runs:
        if len(run) < 2:
            continue
        items = _respective_list(text, run[-1].end, vocab, rs)
        grammar = _list_grammar(text, run[-1].end, items[0], vocab) if len(items) == len(run) else None
        if grammar is None:
            continue
        for metric, (q, hedge) in zip(run, items, strict=True):
            reading = _list_item(metric, q, hedge, grammar, rs)
            if reading is not None:
                yield replace(reading, owner=run[0])


# After a change read from its metric, a conjunct with no verb of its own: ", and spare parts by 15.5%",
# "and imports 3%"; the number closes the clause.
_GAPPED = re.compile(
    r"(?:\s+(?:in|during|over|for|on))?\s*,?\s+and\s+(?:the\s+)?(?P<noun>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s+(?:by\s+)?(?=[+\-−]?\d)",
    re.IGNORECASE,
)
_GAPPED_END = re.compile(r"\s*(?:[,.;:!?)]|$)")


def _gapped(
    text: str, plain: str, readings: list[_Reading], vocab: Vocabulary, rs: RuleSet
) -> Iterator[tuple[_Reading, Hit]]:
    """ "Car exports fell 26.7%, and parts exports by 15.5%", "vehicle exports fell 26.7% and spare
    parts by 15.5%": the second conjunct keeps the first's verb, so its number is a change of the same
    direction, of the metric its noun names alone or with the first metric's head ("trucks" after "car
    exports": "exports of trucks" or "trucks exports" as an alias); with the first metric's mention,
    for its country and partner. A time phrase (blanked in `plain`) may end the first conjunct: "fell
    4% in June and imports 2%"."""
    lex = vocab.lexicons["metrics"]
    for r in readings:
        if not r.directional or r.measure != "change" or r.dated_by is not None or r.start != r.metric.start:
            continue  # only "METRIC fell N%": a verb to carry
        m = _GAPPED.match(plain, r.quantity.end)
        numbers = find_quantities(text, m.end(), min(len(text), m.end() + 16)) if m else []
        if m is None or not numbers or numbers[0].start != m.end() or numbers[0].unit != r.quantity.unit:
            continue
        q = numbers[0]
        if not _GAPPED_END.match(text, q.end):
            continue  # "and imports 3% higher than ...": more than a gapped conjunct
        noun = m["noun"]
        head = r.metric.surface.partition(" of ")[0].split()[-1]  # "exports" of "car exports", "exports of cars"
        candidates = [noun, f"{noun} {head}", f"{head} of {noun}"]
        ids = next((found for c in candidates if len(found := lex.lookup(c)) == 1), None)
        if ids is None or ids == r.metric.ids:
            continue
        hit = Hit(m.start("noun"), m.end("noun"), ids, noun)
        reading = _resolve(hit, q, None, "change", "down" if r.value < 0 else "up", (q.end, q.end), rs)
        if reading is not None:
            yield replace(reading, start=hit.start, end=q.end), r.metric


# Between "of" and the metric a share is of: its owner, maybe its sum ("of Japan's $142 billion in exports").
_SHARE_OWNER = re.compile(
    r"(?:the\s+)?(?:(?:[A-Z][\w.&-]*\s+){0,2}[A-Z][\w.&-]*['’]s\s+|[A-Z][\w.-]*\s+)?(?:(?:about|some|nearly|around)\s+)?"
)
_SHARE_OF = re.compile(r"\s+of\s+")


def _shares(text: str, vocab: Vocabulary, rs: RuleSet) -> Iterator[_Reading]:
    """ "Vehicles made up roughly 28% of Japan's $142 billion exports to the US last year": a part of
    a metric with `share` (its `parts` nouns), a `statistic_cues.share_verbs` verb, a percentage and
    "of" the metric the share is of, with its owner and sum between; the share's level, for that
    metric's country and partner. Not a part with a word narrowing it ("electric vehicles"), nor
    one that is the object of something else ("tariffs on cars")."""
    verbs = phrase_regex(tuple(rs.statistic_cues.share_verbs))
    lex, hedges = vocab.lexicons["metrics"], vocab.lexicons["hedges"]
    for sid, metric in rs.metrics.items():
        if metric.share is None:
            continue
        for part in phrase_regex(tuple(metric.share.parts)).finditer(text):
            verb = verbs.match(text, part.end() + 1) if text[part.end() : part.end() + 1] == " " else None
            if verb is None or _OBJECT_BEFORE.search(text, 0, part.start()):
                continue
            if _subject(text, Hit(part.start(), part.end(), (sid,), part.group()), vocab, rs) is None:
                continue  # "electric vehicles made up 5% of exports": a narrower part
            numbers = find_quantities(text, verb.end(), min(len(text), verb.end() + 30))
            q = numbers[0] if numbers else None
            hedge = hedge_before(text, q.start, hedges, rs) if q else None
            if q is None or q.unit != "percent" or text[verb.end() : hedge.start if hedge else q.start].strip():
                continue
            of = _SHARE_OF.match(text, q.end)
            whole = lex.find(text, of.end(), min(len(text), of.end() + 60)) if of else []
            if of is None or not whole or whole[0].ids != (metric.share.of,):
                continue
            lead_end = whole[0].start
            amounts = find_amounts(text, of.end(), whole[0].start)
            if amounts:  # "of Japan's $142 billion in exports"
                if not _AMOUNT_OF.fullmatch(text, amounts[-1].end, whole[0].start):
                    continue
                lead_end = amounts[-1].start
            if not _SHARE_OWNER.fullmatch(text, of.end(), lead_end) or _NARROWED_BY_OF.match(text, whole[0].end):
                continue
            if _INTENT.search(_clause_before(text[: part.start()])):
                continue  # "cars could make up 30% of exports"
            hit = Hit(whole[0].start, whole[0].end, (sid,), whole[0].surface)
            zone = (hit.end, min(len(text), hit.end + 40))
            yield _Reading(hit, q, hedge, q.value, False, "level", part.start(), hit.end, zone)


# A percentage alone in parentheses right after a metric: "Services (+0.4%) and production (+0.9%) grew"
_PARENTHESISED = re.compile(r"\s*\(\s*(?=[+\-−]?\d)")
_CLOSING = re.compile(r"\s*\)")


def _parenthesised(text: str, metrics: list[Hit], rs: RuleSet) -> Iterator[_Reading]:
    """ "Services (+0.4%) and production (+0.9%) both grew, while construction (0.0%) was flat": a
    percentage alone in parentheses after a metric whose numbers are changes is its change."""
    for metric in metrics:
        opening = _PARENTHESISED.match(text, metric.end)
        if opening is None or rs.metrics[metric.ids[0]].measure != "change":
            continue
        numbers = find_quantities(text, opening.end(), min(len(text), opening.end() + 12))
        if len(numbers) != 1 or numbers[0].start != opening.end() or numbers[0].unit != "percent":
            continue
        q = numbers[0]
        if (closing := _CLOSING.match(text, q.end)) is not None:
            yield _Reading(metric, q, None, q.value, False, "change", metric.start, closing.end(), (q.end, q.end))


def _list_item(
    metric: Hit, q: Quantity, hedge: Hedged | None, grammar: tuple[str, str | None], rs: RuleSet
) -> _Reading | None:
    """One figure of a "respectively" list as its metric's: a sum of money is a level unless a
    direction moves it ("up $700 million"), as after a metric."""
    zone = (q.end, q.end)
    if q.unit in CURRENCIES:
        sign = -1 if grammar[1] == "down" else 1
        measure = "change" if grammar[0] == "change" else "level"
        return _Reading(metric, q, hedge, sign * q.value if measure == "change" else q.value, measure == "change",
                        measure, q.start, q.end, zone)  # fmt: skip
    reading = _resolve(metric, q, hedge, grammar[0], grammar[1], zone, rs)
    return None if reading is None else replace(reading, start=q.start, end=q.end)


def _respective_back(
    view: ArticleView, sentence: Sentence, earlier: list[Claim], vocab: Vocabulary, rs: RuleSet
) -> Iterator[Claim]:
    """ "U.S. exports totaled $251.3 billion in March, while imports climbed to $394 billion. That's up
    $700 million and $12.6 billion, respectively, from February": a list of changes, one per metric the
    sentence before gave a figure for (in its order), each for that figure's country, partner and period."""
    text = sentence.text
    opening = _BACK_REFERENCE.match(text)
    assert opening is not None
    order: list[Claim] = []
    for c in earlier:
        if all(c.key["metric"] != o.key["metric"] for o in order):
            order.append(c)
    items = _respective_list(text, opening.end(), vocab, rs)
    if len(items) != len(order):
        return
    grammar = _list_grammar(text, opening.end(), items[0], vocab)
    if grammar is None or grammar[0] != "change":
        return
    for c, (q, hedge) in zip(order, items, strict=True):
        reading = _list_item(Hit(0, 0, (str(c.key["metric"]),), ""), q, hedge, grammar, rs)
        if reading is None or reading.measure != "change":
            continue
        claim = _claim(view, sentence, reading, vocab, rs, [])
        if claim is None:
            continue
        update: dict[str, object] = {
            "key": {**claim.key, "subject": c.key["subject"], "partner": c.key["partner"]},
            "labels": claim.labels | {k: c.labels[k] for k in ("subject", "partner", "subject_from") if k in c.labels},
            "unresolved": c.unresolved,
        }
        if claim.time_source != "sentence":  # no time of its own: the figure's it changed
            update |= {"time": c.time, "time_source": c.time_source}
        yield claim.model_copy(update=update)


# Between a dated figure and a figure with no time of its own: a coordination of two clauses.
_COORDINATION = re.compile(r"[^.;:!?]*?(?:,\s*(?:while|whereas|but|and)|;)\s+(?:the\s+)?[^,;:]*$", re.IGNORECASE)


def _sibling_time(text: str, at: int, dated: list[tuple[int, SentenceTime]]) -> SentenceTime | None:
    """The time of the figure whose clause the one at `at` is coordinated with: "totaled $251.3 billion
    in March, while imports climbed to $394 billion" (March for both)."""
    before = [(end, t) for end, t in dated if end <= at]
    if not before:
        return None
    end, when = before[-1]
    return when if _COORDINATION.fullmatch(text, end, at) else None


# From a period to a figure's metric: a clause joined to the period's ("..., while", "..., resulting in")
_JOINED = re.compile(
    r"[^.;:!?]*?,\s*(?:while|whereas|but|and|resulting\s+in|leading\s+to|leaving|pushing|bringing|dragging)\s+"
    r"[^;:]*$",
    re.IGNORECASE,
)
_PERIOD_LEAD = re.compile(r"\b(?:in|over|during|for|through)\s+$", re.IGNORECASE)
_FIGURE = re.compile(r"\d\s*(?:%|percent\b|per\s*cent\b|percentage\s+points?\b)", re.IGNORECASE)
_PERIODS = frozenset({Precision.MONTH, Precision.QUARTER, Precision.YEAR})


def _joined_period(text: str, at: int, times: list[tuple[int, int, TimeSpan]]) -> SentenceTime | None:
    """The period of the clause a figure's clause (at `at`, naming no time) is joined to, when that
    clause gives a figure for it: "Output grew 0.7% over the first quarter, while production rose,
    by 1.3%" (the first quarter for both), "cut 4.8 points from GDP last quarter, resulting in the
    economy contracting at a 0.3% rate". A month, quarter or year, led by "in", "over", "during",
    "for" or "last"; not a clause with no figure ("Tariffs took effect in April, while ...")."""
    before = [(s, e, span) for s, e, span in times if e <= at and span.precision in _PERIODS]
    if not before:
        return None
    s, e, span = before[-1]
    if not (_PERIOD_LEAD.search(text, max(0, s - 12), s) or text[s:e].lower().startswith("last ")):
        return None  # "compared with the same quarter a year ago": a base, not the period
    if not _JOINED.fullmatch(text, e, at) or not _FIGURE.search(text, clause(text, s)[0], s):
        return None
    return SentenceTime(span, "sentence")


# Right before an implied noun: a percentage, maybe with its basis ("0.7% growth", "0.5 percent
# quarterly expansion"), or "zero" ("zero growth": a rate of 0%).
_PERCENT_BEFORE = re.compile(
    r"(?:\d(?:%|\s*per\s*cent|\s*percent)|\bzero)\s+(?:(?:year-on-year|year-over-year|month-on-month|quarter-on-quarter|"
    r"annual|monthly|quarterly)\s+)?$",
    re.IGNORECASE,
)


def _implied(text: str, vocab: Vocabulary, rs: RuleSet, named: set[str], plain: Callable[[], str]) -> list[Hit]:
    """Nouns standing for a metric a nearby sentence named (`implied_by`): "GDP grew 0.7% in the
    quarter, after 0.1% growth over Christmas"; never a noun with a modifier of its own ("0.1% wage
    growth" puts "wage" before it), one the percentage does not stand right before, or one whose
    clause names another owner than a country ("Nvidia posted 60% growth"); `plain` gives the text
    with its time phrases blanked, for that owner ("in February" is none). A country's possessive before
    the percentage needs no nearby sentence: "the UK's 0.7% growth in the first quarter"."""
    out = []
    other = phrase_regex(tuple(rs.statistic_cues.other_quantity))
    for h in vocab.lexicons["implied_metrics"].find(text):
        rate = _PERCENT_BEFORE.search(text, max(0, h.start - 40), h.start) if len(h.ids) == 1 else None
        if rate is None:
            continue
        owned = _country_owns(text, h.start, vocab)
        if h.ids[0] not in named and not owned:
            continue
        if _FORECAST_AFTER.match(text, h.end) or other.match(text, len(text) - len(text[h.end :].lstrip())):
            continue  # "the 0.75% growth predicted in February", "a 5% growth target": no figure
        lo = clause(text, h.start)[0]
        if _follows_other_figure(text, lo, rate.start(), h.ids[0], vocab):
            continue  # "Output rose 6.2% in December following 5.4% growth in November": output's growth
        countries = vocab.lexicons["jurisdictions"].find(text, lo, h.start)
        names = [
            w
            for w in _CAPITALISED.finditer(plain(), lo, h.start)
            if w.group().lower() not in _NO_OWNER and not any(c.start <= w.start() < c.end for c in countries)
        ]
        if owned or not names:
            out.append(h)
    return out


# A percentage earlier in the clause of an implied noun: "rose 6.2% ... following 5.4% growth".
_EARLIER_PERCENT = re.compile(r"\d(?:%|\s*per\s*cent|\s*percent)", re.IGNORECASE)


def _follows_other_figure(text: str, lo: int, at: int, metric: str, vocab: Vocabulary) -> bool:
    """Whether the implied noun's percentage at `at` compares with a move its clause gave before it
    (after lo: a direction word, then a percentage) of something the clause does not name as the
    metric: "The figure rose 6.2% in December following 5.4% growth in November", "retail sales
    increased 3.7% versus the 3% growth a month earlier" (the growth is the figure's, not the
    economy's). "The economy grew 0.7% after 0.1% growth" names the metric, and "ahead of estimates
    of 0.6% and well above the 0.1% growth" moves nothing before it: both are read."""
    earlier = list(_EARLIER_PERCENT.finditer(text, lo, at))
    moved = [d for d in vocab.lexicons["directions"].find(text, lo, at) if earlier and d.end <= earlier[-1].start()]
    if not moved:
        return False  # "ahead of estimates of 0.6% and an improvement on the 0.1% growth": no figure moved before
    return not any(metric in hit.ids for hit in vocab.lexicons["metrics"].find(text, lo, at))


# A possessive right before a percentage and its noun: "the UK's 0.7% growth".
_POSSESSIVE_RATE = re.compile(r"['’]s\s+\d[\d.,]*(?:%|\s*per\s*cent|\s*percent)\s+$", re.IGNORECASE)


def _country_owns(text: str, at: int, vocab: Vocabulary) -> bool:
    """Whether a country's possessive owns the percentage before the noun at `at` ("the UK's 0.7% growth")."""
    m = _POSSESSIVE_RATE.search(text, max(0, at - 40), at)
    if m is None:
        return False
    found = vocab.lexicons["jurisdictions"].find(text, max(0, m.start() - 40), m.start())
    hit = next((h for h in found if h.end == m.start()), None)
    return hit is not None and len(hit.ids) == 1


_FORECAST_AFTER = re.compile(
    r"\s+(?:(?:that\s+)?(?:was|were|had\s+been)\s+)?(?:predicted|forecast|forecasted|expected|projected|anticipated|"
    r"targeted|pencilled\s+in|penciled\s+in)\b",
    re.IGNORECASE,
)
_CAPITALISED = re.compile(r"\b[A-Z][\w'’.&-]*")
_NO_OWNER = _FUNCTION_WORDS | {"it", "its", "there", "they", "we", "he", "she", "i"}  # capitalised words no owner is


def _clause_subject(text: str, at: int, vocab: Vocabulary, rs: RuleSet) -> tuple[str, str] | None:
    """(id, name) of the country opening the clause of a metric that names none, as the subject of
    its verb: "Japan recorded a trade deficit of ...", "The US ran a $90 billion deficit"."""
    lo = clause(text, at)[0]
    opening = _CLAUSE_OPENER.match(text, lo)
    hit = vocab.lexicons["jurisdictions"].match(text, opening.end() if opening else lo)
    if hit is None or len(hit.ids) != 1 or hit.end >= at:
        return None
    verb = _VERB_AFTER.match(text, hit.end)
    if verb is None or verb.end() > at or vocab.lexicons["jurisdictions"].find(text, hit.end, at):
        return None
    return hit.ids[0], rs.jurisdictions[hit.ids[0]].name


def _times_blanked(view: ArticleView, sentence: Sentence) -> str:
    """The sentence with its time phrases blanked, offsets kept ("in the first half of 2025")."""
    spans = [(m.start - sentence.start, m.end - sentence.start) for m in view.times(sentence)]
    cues = [*_FIRST_MONTHS.finditer(sentence.text), *_LAST_MONTHS.finditer(sentence.text)]
    return blanked(sentence.text, spans + [m.span() for m in cues])


def _subject_metric(text: str, found: list[Hit]) -> Hit | None:
    """The metric a sentence is about when it opens the sentence as its subject: "The debt ceiling
    is ...", "U.S. inflation has ..."; a later pronoun ("It stands at ...") stands for it."""
    first = found[0] if found else None
    if first is None or not _OPENING.fullmatch(text, 0, first.start):
        return None
    return first


def _country_of(text: str, vocab: Vocabulary, rs: RuleSet) -> tuple[str, str] | None:
    """(id, name) of the one country a sentence names other than as a partner, if it names one."""
    named = {
        hit.ids[0]
        for hit in vocab.lexicons["jurisdictions"].find(text)
        if len(hit.ids) == 1 and not _TITLE_PARTNER.search(text, 0, hit.start)
    }
    if len(named) != 1:
        return None
    jid = named.pop()
    return jid, rs.jurisdictions[jid].name


def _titled_subject(view: ArticleView, vocab: Vocabulary, rs: RuleSet) -> tuple[str, str] | None:
    """(id, name) of the one country the article's title and headings name, if they name one; a
    country they name as a partner ("Decline in Exports to the U.S.") is not the subject."""
    texts = [view.article.title or ""] + [s.text for s in view.sentences if s.heading]
    return _country_of("\n".join(texts), vocab, rs)


def _is_metric(text: str, m: Hit, rs: RuleSet, intent: bool = True) -> bool:
    """Whether a metric's mention is the metric itself (not "chip exports", "export-led", "12% of
    GDP"); with `intent`, not one a forecast or plan governs ("expected the deficit to ...")."""
    before = text[: m.start]
    other = phrase_regex(tuple(rs.statistic_cues.other_quantity))
    next_word = len(text) - len(text[m.end :].lstrip())
    return (
        len(m.ids) == 1
        and not _COMPOUND_AFTER.match(text, m.end)
        and not _NARROWED_BY_OF.match(text, m.end)
        and not (next_word > m.end and other.match(text, next_word))
        and not _RATIO_BEFORE.search(before)
        and not _OBJECT_BEFORE.search(before)
        and not (intent and _INTENT.search(_clause_before(before)))
    )


def _clause_before(before: str) -> str:
    cut = _CLAUSE_START.match(before)
    return " ".join(before[cut.end() if cut else 0 :].split()[-8:])


def _metric_first(
    text: str, plain: str, metrics: list[Hit], vocab: Vocabulary, rs: RuleSet, times: list[tuple[int, int, TimeSpan]]
) -> Iterator[_Reading]:
    """ "exports fell 3%", "the deficit widened to $140.5 billion"; `plain` is the text with its time
    phrases blanked, `times` where they start and what they span."""
    hedges = vocab.lexicons["hedges"]
    for i, metric in enumerate(metrics):
        limit = min(len(text), metric.end + _WINDOW, *(m.start for m in metrics[i + 1 :]))
        skipped: list[Quantity] = []
        numbers = sorted(find_quantities(text, metric.end, limit) + find_amounts(text, metric.end, limit), key=_at)
        for n, q in enumerate(numbers[:3]):
            hedge = hedge_before(text, q.start, hedges, rs, vocab.lexicons["directions"])
            if hedge is not None and hedge.start < metric.end:
                hedge = None
            stop = hedge.start if hedge else q.start
            start = _aside_end(text, metric.end)
            shared = list(_SHARED_SUBJECT.finditer(text, start, stop))
            if shared and not re.search(r"\d|[;:()\[\]—–]", text[start : shared[-1].start()]):
                start = shared[-1].end()  # "is fixed by law and now stands at": the last predicate
            gap, bare = text[start:stop], plain[start:stop]
            for s in skipped:  # "rose from 2% to 3%": the starting level is no other number in the way
                bare = bare.replace(s.text, " ")
            if by := _COMMA_BY.search(bare):  # "production also increased, by 1.3%": the comma sets off the size
                bare = bare[: by.start()] + " " + bare[by.start() + 1 :]
            # "fell for the first time in more than two years, to 10.9%": a record's window, no comparison
            bare = _FIRST_TIME.sub(lambda w: " " * len(w.group()), bare)
            if participle := _PARTICIPLE_LEVEL.search(bare):
                bare = bare[: participle.start()] + " " + bare[participle.start() + 1 :]
            if _gap_blocked(bare):
                break
            if vocab.lexicons["indices"].find(text, metric.end, stop):
                break
            if _FROM.search(gap):
                skipped.append(q)
                continue  # "rose from 2% to 3%": 2% is where it started
            reading = _read(text, metric, q, hedge, gap, vocab, rs)
            if reading is not None:
                yield reading
                first = skipped[-1] if len(skipped) == 1 else None
                revision = first is not None and first.unit == q.unit and not reading.directional and not hedge
                if first is not None and revision and _REVISED_FROM.search(text, start, first.start):
                    # "revised up from 0.2% to 0.4%": the first estimate, for the same period; a
                    # vintage, never compared
                    yield replace(
                        reading, quantity=first, value=first.value, start=first.start, end=first.end,
                        dated_by=q.start, revised=True,
                    )  # fmt: skip
                if reading.measure == "level" and q.unit in CURRENCIES:
                    # "totaled ¥53.4 trillion, up 3.6%", "a deficit of ¥2.2 trillion, a 34% decrease"
                    change = _change_after(text, plain, reading, numbers[n + 1 :], vocab, rs)
                    if change is not None:
                        yield change
                level = _level_after(text, q, numbers[n + 1 :])
                if level is not None:  # "widened 14% to $140.5 billion": the level it reached too
                    yield _Reading(
                        metric, level, None, level.value, False, "level", metric.start, level.end,
                        reading.partner_zone, q.start,
                    )  # fmt: skip
                reached = level if level is not None else None if reading.directional else q
                if reached is not None:
                    earlier = _level_from(text, reached, numbers[n + 1 :], times)
                    if earlier is not None:  # "to $140.5 billion from $123.2 billion in February"
                        yield _Reading(
                            metric, earlier[0], None, earlier[0].value, False,
                            "level" if level is not None else reading.measure, metric.start, earlier[0].end,
                            reading.partner_zone, own_period=earlier[1], revised=earlier[2],
                        )  # fmt: skip
            break


def _reported_under_forecast(
    text: str, metrics: list[Hit], rs: RuleSet, times: list[tuple[int, int, TimeSpan]]
) -> Iterator[_Reading]:
    """ "Economists had forecast the trade deficit rising to $137 billion from the previously reported
    $122.7 billion in February": of a metric a forecast governs, only the level it starts from, given
    as already reported or revised and with a time of its own (a vintage: provisional, never compared)."""
    for metric in metrics:
        limit = min(len(text), metric.end + _WINDOW)
        numbers = sorted(find_quantities(text, metric.end, limit) + find_amounts(text, metric.end, limit), key=_at)
        if len(numbers) < 2:
            continue
        reached, gap = numbers[0], text[_aside_end(text, metric.end) : numbers[0].start]
        if _gap_blocked(gap) or not _LEVEL_MARKER.search(gap):
            continue  # "rising to $137 billion": the forecast level, which the reported one is left of
        earlier = _level_from(text, reached, numbers[1:], times)
        if earlier is None or not earlier[2]:
            continue  # "from $122.7 billion in February": not said to be reported, maybe forecast too
        q = earlier[0]
        reading = _resolve(metric, q, None, "level", None, (metric.end, reached.start), rs)
        if reading is not None:
            yield replace(reading, start=metric.start, end=q.end, own_period=earlier[1], revised=True)


# Between the level reached and the one it started from: "to $140.5 billion from a revised $123.2
# billion", "to 3.1% from 2.9%"; then the starting level's own time, "in February".
_FROM_LEVEL = re.compile(
    r"\s*,?\s*from\s+(?:(?:an?|the)\s+)?(?P<vintage>(?:upwardly\s+|downwardly\s+)?revised|unrevised|"
    r"previously\s+reported|initially\s+reported|originally\s+reported|upward-revised|downward-revised)?\s*",
    re.IGNORECASE,
)
_OWN_TIME = re.compile(r"\s+(?:in|for|during|over)\s+")


def _level_from(
    text: str, reached: Quantity, rest: list[Quantity], times: list[tuple[int, int, TimeSpan]]
) -> tuple[Quantity, TimeSpan, bool] | None:
    """The level a figure started from, with the time it names for it and whether it is a vintage
    ("a revised", "the previously reported": figures revised between articles are never compared).
    "To $140.5 billion from a revised $123.2 billion in February" gives February's $123.2 billion,
    and "to 3.1% in June from 2.9% in May" May's 2.9%. Without a time of its own the starting level's period is unknown
    ("rose to 3.1% from 2.9%"), and it is not read."""
    start = next((r for r in rest if r.start >= reached.end), None)
    if start is None or start.unit != reached.unit:
        return None
    between = reached.end
    lead = _OWN_TIME.match(text, between)
    own_time = lead and next((e for at, e, _ in times if lead.end() <= at <= lead.end() + 4 and e <= start.start), None)
    if own_time:  # the reached level's own time first: "to 3.1% in June from 2.9% in May"
        between = own_time
    phrase = _FROM_LEVEL.fullmatch(text, between, start.start)
    if phrase is None:
        return None
    lead = _OWN_TIME.match(text, start.end)
    if lead is None:
        return None
    own = next((span for at, _, span in times if lead.end() <= at <= lead.end() + 4), None)
    return None if own is None else (start, own, phrase["vintage"] is not None)


def _change_after(
    text: str, plain: str, level: _Reading, rest: list[Quantity], vocab: Vocabulary, rs: RuleSet
) -> _Reading | None:
    """The change an appositive gives a level: "exports totaled ¥53.4 trillion, up 3.6%", "a deficit
    of ¥2.2 trillion (about $15 billion) in the first half, marking a 34% decrease". The change is
    the level's metric's, in its clause; time phrases (blanked in `plain`) may come between."""
    q = next((r for r in rest if r.unit == "percent"), None)
    if q is None:
        return None
    tail = _APPOSITIVE.fullmatch(plain, level.quantity.end, q.start)
    if tail is None:
        return None
    directions = vocab.lexicons["directions"]
    before = directions.find(text, tail.start("lead"), q.start)
    if before and len(before[-1].ids) == 1 and re.fullmatch(r"\s*(?:by\s+)?", text[before[-1].end : q.start]):
        sign = before[-1].ids[0]  # ", up 3.6%"
    else:
        pos = q.end + len(text[q.end :]) - len(text[q.end :].lstrip(" -"))
        if basis := _BASIS_WORDS.match(text, pos):
            pos = basis.end()
        after = directions.match(text, pos)  # ", a 34% decrease"
        if after is None or len(after.ids) != 1 or text[tail.start("lead") : q.start].strip(" ,").lower() not in _LEADS:
            return None
        sign = after.ids[0]
    if sign not in ("up", "down"):
        return None
    change = _resolve(level.metric, q, None, "change", sign, level.partner_zone, rs)
    return None if change is None else replace(change, dated_by=level.quantity.start)


def _aside_end(text: str, pos: int) -> int:
    """Past an aside right after the metric: "Gross domestic product (GDP) grew 0.7%", "GDP — the
    broadest measure of output — grew 0.7%"; it names or explains the metric, it is not the clause."""
    m = _ASIDE.match(text, pos)
    return m.end() if m else pos


def _at(q: Quantity) -> int:
    return q.start


def _level_after(text: str, q: Quantity, rest: list[Quantity], after: int | None = None) -> Quantity | None:
    """The amount a change reached, right after it (or after `after`, the metric of a noun form):
    "widened 14% to $140.5 billion", "rose 1.3%, totaling ¥55.6 trillion"."""
    if not rest or rest[0].unit not in CURRENCIES or q.unit in CURRENCIES:
        return None
    return rest[0] if _TO_LEVEL.fullmatch(text, q.end if after is None else after, rest[0].start) else None


def _read(
    text: str, metric: Hit, q: Quantity, hedge: Hedged | None, gap: str, vocab: Vocabulary, rs: RuleSet
) -> _Reading | None:
    directions = vocab.lexicons["directions"]
    if q.unit in CURRENCIES:  # a sum of money is a level ("to $140.5 billion"), or a change "by" it
        ds = [d for d in directions.find(text, metric.start, q.start) if len(d.ids) == 1]
        by = re.search(r"\bby\s+(?:(?:about|nearly|some|almost|around)\s+)?$", text[: q.start], re.IGNORECASE)
        if by and ds and ds[-1].ids[0] in ("up", "down"):
            sign = -1 if ds[-1].ids[0] == "down" else 1
            return _Reading(metric, q, hedge, sign * q.value, True, "change", min(metric.start, q.start), q.end,
                            (metric.end, hedge.start if hedge else q.start))  # fmt: skip
        if _LEVEL_MARKER.search(gap) or _AMOUNT_LEVEL.search(gap) or not gap.strip():
            return _Reading(metric, q, hedge, q.value, False, "level", min(metric.start, q.start), q.end,
                            (metric.end, hedge.start if hedge else q.start))  # fmt: skip
        return None
    stop = hedge.start if hedge else q.start
    ds = [d for d in directions.find(text, metric.start, stop) if len(d.ids) == 1]
    last = ds[-1] if ds else None
    after_hedge = hedge_after(text, q.end, vocab.lexicons["hedges"], rs)
    if hedge is None and after_hedge is not None and not _SPAN_AFTER.match(text, after_hedge.end):
        hedge = after_hedge  # "3% or more"; not "10.9% over the quarter": the period it is over
    # "fell below 2%" says where it ended, not by how much
    level_hedge = (
        hedge is not None and hedge.word in _LEVEL_HEDGES and last is not None and not text[last.end : stop].strip()
    )
    after = directions.match(text, q.end + len(text[q.end :]) - len(text[q.end :].lstrip(" -")))
    if last is not None and not level_hedge and _DIRECTION_TO_SIZE.fullmatch(text, last.end, stop):
        grammar, sign_from = "change", last.ids[0]
    elif _LEVEL_MARKER.search(gap) or level_hedge:
        grammar, sign_from = "level", None
        if after is not None and len(after.ids) == 1:  # "exports were 5% lower"
            grammar, sign_from = "change", after.ids[0]
    elif _STANDS_FOR.search(gap) and after is not None and len(after.ids) == 1 and not _IN_OR_OF.match(text, after.end):
        grammar, sign_from = "change", after.ids[0]  # "the surplus represented a 31% decline"
    else:
        return None
    if sign_from == "flat":
        return None
    return _resolve(metric, q, hedge, grammar, sign_from, (metric.end, stop), rs)


# A verb making the number after it, and the direction noun after that, the metric's change: "this
# figure represented a 30.8% decline", "the deficit marked a 5% increase" (not "a 5% rise in wages")
_STANDS_FOR = re.compile(
    r"\b(?:represent(?:s|ed|ing)?|mark(?:s|ed|ing)?|constitut(?:es|ed|ing))\s+an?\s+$", re.IGNORECASE
)
_IN_OR_OF = re.compile(r"\s+(?:in|of|for)\b", re.IGNORECASE)


# After "over" or "under" past a number: a span of time, no hedge ("to 10.9% over the quarter").
_SPAN_AFTER = re.compile(
    r"\s+(?:(?:the|a|an|this|that|its|their)\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:quarters?|months?|years?|periods?|weeks?|half|halves|decades?)\b",
    re.IGNORECASE,
)


def _noun_forms(
    text: str, metrics: list[Hit], vocab: Vocabulary, rs: RuleSet, implied: Sequence[Hit] = ()
) -> Iterator[_Reading]:
    """ "a 12% drop in exports" (a change), "25% tariffs on Chinese goods" (a level); "zero growth"
    (0%) before an `implied` noun, itself a rate."""
    starts = {m.start: m for m in metrics}
    directions, hedges = vocab.lexicons["directions"], vocab.lexicons["hedges"]
    rates = {h.start for h in implied}
    zeros = [
        Quantity(m.start(), m.end(), 0.0, "percent", m.group())
        for m in _ZERO.finditer(text)
        if m.end() + 1 in rates and text[m.end()] == " "
    ]
    for q in sorted(find_quantities(text) + zeros, key=_at):
        pos = q.end + len(text[q.end :]) - len(text[q.end :].lstrip(" -"))
        if basis := _BASIS_WORDS.match(text, pos):  # "a 3.6% year-on-year increase in exports"
            pos = basis.end()
        d = directions.match(text, pos)
        grammar, sign_from = "level", None
        if d is not None and len(d.ids) == 1:
            m = _IN.match(text, d.end)
            if m is None:
                continue
            pos, grammar, sign_from = _skip_country(text, m.end(), vocab), "change", d.ids[0]
        metric = starts.get(pos)
        if metric is None or sign_from == "flat":
            continue
        if _INTENT.search(_clause_before(text[: q.start])):
            continue
        hedge = hedge_before(text, q.start, hedges, rs)
        zone = (metric.end, min(len(text), metric.end + 40))
        reading = _resolve(metric, q, hedge, grammar, sign_from, zone, rs)
        if reading is not None:
            # dated from the noun's end: "zero growth in January and a 0.5% expansion in February"
            # (February's), "a 12% drop in exports in 2024"
            reading = replace(reading, dated_by=metric.end)
            yield reading
            amounts = find_amounts(text, metric.end, min(len(text), metric.end + _WINDOW))
            level = _level_after(text, q, amounts, metric.end)
            if grammar == "change" and level is not None:  # "a 3.6% rise in exports, reaching ¥53 trillion"
                yield _Reading(metric, level, None, level.value, False, "level", metric.start, level.end, zone, q.start)
    for q in find_amounts(text):
        # "Japan's $142 billion in exports": a country's own total, put before its metric (not "tariffs
        # on $20 billion of exports", goods worth that much, which no possessive opens)
        of = _AMOUNT_OF.match(text, q.end)
        metric = starts.get(of.end()) if of else None
        if metric is None:
            continue
        # "posted a $15 billion trade deficit": the sum names its metric directly
        direct = of is not None and not of.group().strip() and _ARTICLE_BEFORE.search(text, 0, q.start)
        # "racked up $15 billion in trade deficit": a verb of recording takes the sum as its object
        recorded = of is not None and of.group().strip().lower() == "in" and _RECORDED_BEFORE.search(text, 0, q.start)
        if not direct and not recorded and not _POSSESSIVE_BEFORE.search(text, 0, q.start):
            continue
        if _TARGETED_BEFORE.search(text, 0, q.start):
            continue  # "tariffs on China's $300 billion in exports": goods worth that much, not the total
        zone = (metric.end, min(len(text), metric.end + 40))
        hedge = hedge_before(text, q.start, hedges, rs)
        yield _Reading(metric, q, hedge, q.value, False, "level", q.start, metric.end, zone)  # a sum is a level


_ZERO = re.compile(r"\bzero\b", re.IGNORECASE)


def _skip_country(text: str, pos: int, vocab: Vocabulary) -> int:
    hit = vocab.lexicons["jurisdictions"].match(text, pos)
    return pos if hit is None else hit.end + len(text[hit.end :]) - len(text[hit.end :].lstrip())


def _resolve(
    metric: Hit,
    q: Quantity,
    hedge: Hedged | None,
    grammar: str,
    sign_from: str | None,
    zone: tuple[int, int],
    rs: RuleSet,
) -> _Reading | None:
    declared = rs.metrics[metric.ids[0]].measure
    measure = grammar if declared == "any" else declared
    if declared == "level" and grammar == "change":
        if q.unit == "percent":
            return None  # "tariffs rose 10%": ten points, or a tenth more?
        measure = "change"
    value = abs(q.value) * (-1 if sign_from == "down" else 1) if sign_from else q.value
    start, end = min(metric.start, q.start), max(metric.end, q.end)
    return _Reading(metric, q, hedge, value, sign_from is not None, measure, start, end, zone)


def _subject(text: str, metric: Hit, vocab: Vocabulary, rs: RuleSet) -> tuple[str, str, bool] | None:
    """(id, label, known) of the country right before the metric; ("", "", True) for none; None to skip."""
    before = text[: metric.start]
    if dateline := DATELINE.match(before):  # "TOKYO, July 31 Reuters Japan's exports": Japan's
        before = before[dateline.end() :]
    # "Japan's $142 billion in exports", "the UK's 0.7% growth": a number between owner and metric
    amount = sorted(
        find_amounts(before, max(0, len(before) - 40)) + find_quantities(before, max(0, len(before) - 40)), key=_at
    )
    separated = bool(amount) and _AMOUNT_OF.fullmatch(before, amount[-1].end) is not None
    if separated:
        before = before[: amount[-1].start]  # "Japan's $142 billion in exports": the owner before the sum
    elif zero := re.search(r"\bzero\s+$", before, re.IGNORECASE):  # "the UK's zero growth"
        before, separated = before[: zero.start()], True
    if separated:
        article = _ARTICLE_BEFORE.search(before)
        before = before[: article.start()] if article else before  # "posted a record $1.2 trillion surplus"
    m = re.search(rf"(\S+){_MODIFIERS}\s+$", before)
    if m is None:
        return ("", "", True)
    stem = before[: m.end(1)]
    hits = vocab.lexicons["jurisdictions"].find(stem, max(0, len(stem) - 40))
    if hits and hits[-1].end == len(stem) and len(hits[-1].ids) == 1:
        jid = hits[-1].ids[0]
        return (jid, rs.jurisdictions[jid].name, True)
    word = m.group(1)
    owner = _OWNER.search(stem)
    if owner:
        name = " ".join(w for w in owner.group(1).split() if w.lower() not in _FUNCTION_WORDS)
        if name:
            return (slug(name), name, False)
    bare = word.strip(",\"“”'’").lower()
    narrower = phrase_regex(tuple(rs.statistic_cues.narrower))
    if not separated and any(n.end() == len(stem) for n in narrower.finditer(stem, max(0, len(stem) - 40))):
        return None  # "underlying inflation", "trimmed mean inflation": a participle or phrase naming another measure
    if not bare.isalpha() or bare in _FUNCTION_WORDS or bare.endswith(("ed", "ing")) or word.endswith(","):
        return ("", "", True)
    # "chip exports", "core inflation": a narrower statistic; a word before the sum ("ran a $90
    # billion deficit") narrows nothing
    return ("", "", True) if separated else None


def _partner(text: str, zone: tuple[int, int], after: int, subject: str, vocab: Vocabulary) -> tuple[str, str | None]:
    """(partner id, subject id from "exports from China to ...") from the words after the metric."""
    lex = vocab.lexicons["jurisdictions"]
    preps: list[tuple[str, str]] = []
    for hit in lex.find(text, *zone):
        m = _PARTNER_PREP.search(text, zone[0], hit.start)
        if m is not None and len(hit.ids) == 1:
            preps.append((m["p"].lower(), hit.ids[0]))
    for hit in lex.find(text, after, min(len(text), after + 40))[:1]:  # "25% on Chinese goods"
        m = _PARTNER_AFTER.fullmatch(text, after, hit.start)
        if m is not None and len(hit.ids) == 1:
            preps.append((m["p"].lower(), hit.ids[0]))
    froms = [j for p, j in preps if p == "from"]
    tos = [j for p, j in preps if p == "to"]
    if not subject and froms and tos:
        return tos[0], froms[0]
    partners = [j for _, j in preps if j != subject]
    return (partners[0] if partners else ""), None


def _claim(
    view: ArticleView,
    sentence: Sentence,
    r: _Reading,
    vocab: Vocabulary,
    rs: RuleSet,
    barriers: list[int],
    carried: SentenceTime | None = None,
    context: tuple[tuple[str, str], str] | None = None,
) -> Claim | None:
    text = sentence.text
    found = _subject(text, r.owner or r.metric, vocab, rs)
    if found is None:
        return None
    subject, subject_label, known = found
    partner, from_subject = _partner(text, r.partner_zone, r.quantity.end, subject, vocab)
    inferred: dict[str, str] = {}
    opener = _clause_subject(text, r.metric.start, vocab, rs) if not subject and not from_subject else None
    if from_subject:
        subject, subject_label, known = from_subject, rs.jurisdictions[from_subject].name, True
    elif opener is not None and opener[0] != partner:
        subject, subject_label = opener  # "Japan recorded a trade deficit of ..."
    elif not subject and context is not None and context[0][0] != partner:
        (subject, subject_label), inferred = context[0], {"subject_from": context[1]}
    lo, hi = signed(interval(*r.quantity.magnitude, r.hedge), r.value < 0)
    unit = "percentage points" if r.quantity.unit == "points" else r.quantity.unit
    basis = (
        None
        if r.measure == "level"  # a level is no change measured against anything
        else _basis(text[r.metric.start : min(len(text), r.end + 60)], text[: r.metric.start])
    )
    value: dict[str, str | float | None] = {"value": r.value, "unit": unit, "lo": lo, "hi": hi}
    metric_id = r.metric.ids[0]
    others = [b for b in barriers if not (r.start <= b < r.end)]
    fiscal = rs.jurisdictions[subject].fiscal_year if subject in rs.jurisdictions else None
    at = r.quantity.start if r.dated_by is None else r.dated_by
    when = (
        SentenceTime(r.own_period, "sentence")
        if r.own_period is not None
        else period(view, sentence, at, others, _cues(text, view.article.published, fiscal), carried)
    )
    days = when.span.days
    if basis:
        value["basis"] = basis
    elif r.measure == "change" and when.source == "sentence" and days is not None and days > _QUARTER_DAYS:
        # a change over a year or the first months of one is against the same period a year before
        value["basis"] = "year-on-year"
    return view.claim(
        KIND,
        sentence,
        sentence.start + r.start,
        sentence.start + r.end,
        key={"metric": metric_id, "subject": subject, "partner": partner, "measure": r.measure},
        value=value,
        labels={
            "metric": rs.metrics[metric_id].name,
            "subject": subject_label,
            "partner": rs.jurisdictions[partner].name if partner else "",
            "measure": r.measure,
            "value": _label(r, unit, basis),
        }
        | inferred,
        qualifiers=Qualifiers(
            hedge=fold(r.hedge.word) if r.hedge else None,
            provisional=r.revised or bool(phrase_regex(tuple(rs.statistic_cues.provisional)).search(text)),
        ),
        unresolved=() if known else ("subject",),
        time=when,
    )


def _cues(text: str, published: TimeSpan, fiscal: FiscalYear | None = None) -> list[Cue]:
    """Periods timeexpr does not read: "in the first nine months (of 2024)", "so far this year", and
    with the country's `fiscal` year, "fiscal 2025" and "the first half of fiscal 2025"."""
    out = [Cue(m.start(), m.end(), year_to_date(published)) for m in _YTD.finditer(text)]
    fiscals = list(_FISCAL.finditer(text)) if fiscal is not None else []
    for m in fiscals:
        assert fiscal is not None
        first = int(m["y"]) - (fiscal.named_by == "end" and fiscal.start_month > 1)
        start = dt.date(first, fiscal.start_month, 1)
        part = (0, 12) if not m["half"] else (0, 6) if m["half"].lower() == "first" else (6, 12)
        lo, hi = _add_months(start, part[0]), _add_months(start, part[1]) - dt.timedelta(days=1)
        out.append(Cue(m.start(), m.end(), TimeSpan(start=lo, end=hi, precision=Precision.MONTH), covers=True))
    for m in _FIRST_MONTHS.finditer(text):
        if any(f.start() <= m.start() < f.end() for f in fiscals):
            continue  # "in the first half of fiscal 2025": the fiscal year's
        months = 6 if m["half"] else int(m["n"]) if m["n"].isdigit() else _MONTH_COUNTS.get(m["n"].lower(), 0)
        year = int(m["y"]) if m["y"] else (published.start.year - bool(m["last"]) if published.start else None)
        if year is not None and 1 <= months <= 12:
            end = dt.date(year + months // 12, months % 12 + 1, 1) - dt.timedelta(days=1)
            out.append(Cue(m.start(), m.end(), TimeSpan(start=dt.date(year, 1, 1), end=end, precision=Precision.YEAR)))
    for m in _LAST_MONTHS.finditer(text):
        months, year = int(m["n"]) if m["n"].isdigit() else _MONTH_COUNTS.get(m["n"].lower(), 0), int(m["y"])
        if 1 <= months <= 12:
            start = dt.date(year, 13 - months, 1)
            out.append(
                Cue(m.start(), m.end(), TimeSpan(start=start, end=dt.date(year, 12, 31), precision=Precision.YEAR))
            )
    return out


def _add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    return dt.date(day.year + month // 12, month % 12 + 1, 1)


def _basis(text: str, before: str) -> str | None:
    """How a change is measured: "year-on-year", or a modifier before the metric ("annual inflation")."""
    stated = next((name for name, rx in _BASIS if rx.search(text)), None)
    if stated is None and (opening := _OPENING_BASIS.match(before)) is not None:
        word = (opening["basis"] or "").lower()
        if opening["mom"] or word.startswith("month"):
            return "month-on-month"
        return "year-on-year" if opening["yoy"] or word.startswith("year") else _BASIS_PHRASE[word]
    modifier = _PERIODIC.search(before)
    return stated or (_PERIODIC_BASIS[modifier.group(1).lower()] if modifier else None)


def _label(r: _Reading, unit: str, basis: str | None) -> str:
    """ "down nearly 12% year-on-year" for a change, "about 55%" or "-0.4%" for a level."""
    lo, hi = r.quantity.magnitude
    if unit in CURRENCIES:
        number = show_amount(lo, unit)
    else:
        number = (show(lo) if r.quantity.high is None else f"{show(lo)}-{show(hi)}") + UNIT_SUFFIX[unit]
    hedge = f"{r.hedge.word} " if r.hedge else ""
    if r.directional:
        text = f"{'down' if r.value < 0 else 'up'} {hedge}{number}"
    else:
        text = f"{hedge}{'-' if r.value < 0 else ''}{number}"
    return f"{text} {basis}" if basis else text
