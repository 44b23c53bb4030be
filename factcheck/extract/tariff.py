"""tariff_rate claims: who charges what rate on whose goods, from when, in force or planned.

Forms read (tariff nouns, imposers, goods and cue words come from rules/vocab/trade.yaml):
- the rate before its noun: "a 25% tariff on Canadian goods", "25 per cent reciprocal tariffs",
  "Canada's 25% counter-tariffs on U.S. goods";
- the rate after its noun: "tariffs of 25% on imports from Mexico", "U.S. tariffs on steel to 50%",
  "a tariff rate for Japan of 15%";
- lists: "25% on Canada and Mexico" (one claim per side), "30 percent on US goods and 10 percent on
  Chinese exports" (the second rate continues the first's noun with its own side);
- changes: "from 145% to 30%", "to 50% from 25%" and "cutting a threatened 25% tariff to 15%" give
  the rate and the rate `before` it (the old rate's own words, "a previously threatened", do not give
  the new one its status).
The target is a country after "on", "against", "for" or "from", or an adjective before goods ("on
Canadian steel"), or the subject of a verb of bearing a tariff ("Japan will face a 15% tariff",
`tariff_cues.target_verbs`; never the country goods enter, which imposes: "goods entering the United
States will face", "articles imported into the customs territory of the United States shall be
subject to"; the same when it is named through its territory, market or ports), or the nearest
country before a possessive pronoun's goods that is not the rate's own imposer ("China was the
exception, with tariffs of 125% against its products"), or
every country of a list a distributive "each" stands for ("sent to Japan and South Korea, each
informed of 25% tariffs": never its imposer), or the side of a tariff noun before it whose list the
rate belongs to ("tariffs targeting Chinese products, including a 34% tariff": the list's clause
gives its status too). The
imposer is a country or actor (`tariff_cues.imposers`: "Trump" is the US) right before the rate or
noun ("U.S. tariffs", "Canada's 25% levy") or the agent of a charging verb after it ("the 34% tariffs
imposed by the U.S."), else the last one before the rate in the sentence that is no object of a
preposition ("Canada retaliated with ...") or that a body of `tariff_cues.actor_nouns` acts for ("The
Commerce Ministry in Beijing said it would respond by imposing ...").
A pronoun opening the sentence ("He also ordered a 10% tax on imports from China") stands for the
one imposer of the sentence right before's rates, uncertain (`labels.imposer_from: pronoun`).
An unstated imposer stays empty and makes the claim uncertain. Goods are the `goods` vocabulary in
the rate's phrase ("steel tariffs", "on steel and aluminum"; not past a reason for the rate: "a 25%
duty as a penalty for importing Russian crude oil", "over its purchases of oil"), or a singular noun modifier of the
tariff noun whose plural it lists ("the auto tariff": autos): one claim per class. A definite noun
with no side or goods of its own ("The tariffs were previously set at 25%", "these duties") takes
those of the last sentence's rates within three sentences (no heading between), one claim each,
uncertain: the reading is ours, so a conflict on it is one severity lower. A definite noun with
goods and no side ("the auto tariff would be cut to 15%") takes the side of those rates on the same
goods, uncertain too; an imposer read from afar that is that side (the target's own official
speaking) stays unknown, and a rate the article gave that side earlier as a plan stays planned. Any other rate with no
side or goods ("a 25 percent tariff") takes the one country the article's rates name, if they name
one and it is not the rate's imposer, uncertain too (`labels.target_from: article`), unless its phrase
puts it on many sides ("on nearly all imports", "on many countries") or the article puts tariffs on a
side the vocabulary does not know, with a rate or none ("tariffs on Canada and Mexico", "duties on most
Freedonian products"; not "tariffs on Monday"). A rate whose phrase names a side
the vocabulary does not know ("on Mexican goods", "on imports from Ecuador", "against Peruvian
exports", "on most Japanese products", "on Japanese cars", "on autos from Japan") is that side's: it
takes no side from the article, an earlier sentence or an earlier rate of its sentence ("10% tariffs on
Chinese goods and 25% on imports from Ecuador": the 25% is not China's), and keeps no target, marked
`labels.target_unknown` so that the reference's rows on everyone's goods do not judge it as theirs.
A rate an increment word (`tariff_cues.increments`) opens, or stands between it and its noun ("an
additional 25% tariff", "25% additional tariffs", "a further 10%"), is marked `added`: it is no
level, and tariff-rate-agreement compares it with increments only.
Status: former for the rate a change starts from; planned when the clause says so (`planned` cues:
"threatened", "will impose", or after the rate: "set to take effect") or the rate's time lies after
publication; else in force. The time is the nearest time expression in the rate's clause ("from June
4"; a yearless day after an effect verb or before a deadline noun, "an August 1 deadline", lies
ahead), else the day a clause of its own with no rate gives ("..., with the higher tariff set to go into
effect on Aug. 1"), else the sentence's claim time.
A tariff noun with no rate in its clause gives its side alone (`noun_sides`, for the deadlines a
side names): "Beijing retaliated with additional tariffs on U.S. farm exports" is China's on the US.
Not read: a rate a change starts from with no new level after it ("increasing the tariffs on
aluminum from 10%"), a rate whose noun is out of reach or in another clause, averages and effective rates
(`tariff_cues.not_rates`), ratios ("25% of imports"), headings.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from factcheck.extract.context import ArticleView, SentenceTime
from factcheck.extract.numbers import (
    DASH_ASIDE,
    Quantity,
    clause,
    find_quantities,
    hedge_before,
    interval,
    period,
    show,
)
from factcheck.models import Claim, Qualifiers, Scalar, Status, TimeSpan
from factcheck.ruleset.ruleset import RuleSet
from factcheck.text import Sentence
from factcheck.timeexpr import ahead_of, past_form_at
from factcheck.vocab import Hit, Vocabulary, fold, phrase_regex, slug, vocabulary

KIND = "tariff_rate"
FIELDS = frozenset(
    {"imposer", "target", "goods", "rate", "lo", "hi", "unit", "before", "added"}
)  # key and value fields: what rules may name

MAX_BEFORE_NOUN = 3  # words between a rate and the noun after it: "25% reciprocal baseline tariffs"
MAX_AFTER_NOUN = 10  # words between a noun and the rate after it: "tariffs on steel and aluminum imports to 50%"
MAX_LINK = 4  # words between one rate of a list and the next: ", and a lower"

_WORDS = re.compile(r"[\w'’&.-]+")
_NO_GAP = re.compile(r"\d|[;:()\[\]—–]|\s[-–]\s")  # a number or a clause break cannot stand in a rate's phrase
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_RANGE_BEFORE = re.compile(r"\b(?:ranging|range|ranges|varying|vary|varies|between)\s+from\s+$", re.IGNORECASE)
_TO_BETWEEN = re.compile(r"^\s+to\s+$", re.IGNORECASE)
_FROM_BETWEEN = re.compile(r"^\s*,?\s*(?:(?:up|down)\s+)?from\s+$", re.IGNORECASE)
_CHANGED_FROM = re.compile(r",\s*(?:down|up)\s+from\s+$", re.IGNORECASE)
_RATIO_AFTER = re.compile(r"\s+of\s+(?!(?:\d|about|around|nearly|roughly|up\s+to))", re.IGNORECASE)
_TARGET_PREP = re.compile(
    r"\b(?:on|against|for|from|to)\s+(?:(?:all|most|many|some|certain|the)\s+)?"
    r"(?:(?:\w+\s+){0,2}(?:imports?|goods|products|exports|shipments)\s+(?:from|of)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
# The object of a preposition, a list ("on Canada and Mexico") or a verb of aiming ("tariffs targeting
# Canada"); ", and China will lower ..." opens a clause of its own, whose subject may impose.
_OBJECT_PREP = re.compile(
    r"\b(?:on|against|for|from|to|with|by|of|into|in|(?<![,;]\s)and|than|between|targett?ing|hitting)\s+(?:the\s+)?$",
    re.I,
)
_LIST_LINK = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*&\s*)(?:the\s+)?$", re.IGNORECASE)
# Before a rate read after its noun: a word that makes it the tariff's level ("tariffs of 25%",
# "raised tariffs on steel to 50%", "tariffs of up to 50%", "duties ... to a whopping 145%"). "from"
# is not one: "raising the tariffs on aluminum from 10%" names the level a change started from.
_LEVEL_BEFORE = re.compile(
    r"\b(?:of|at|to|(?:is|are|was|were|be|been)(?:\s+(?:now|currently|still|already|effectively))?"
    r"|reach(?:ed|es)?|hit|hits|totall?ing|set\s+at)\s+"
    r"(?:(?:up\s+to|about|around|roughly|nearly|almost|as\s+(?:much|high)\s+as)\s+|(?:a|an)\s+(?:[a-z]+\s+)?)?$",
    re.IGNORECASE,
)
# Between a rate and its noun only modifiers stand ("25% reciprocal tariffs"), not these.
_NOT_MODIFIERS = frozenset(
    "amid on of after as over due because in to from by for with and or but than since while despite".split()
)
_RELATIVE = re.compile(r"\s*,?\s*(?:which|that)\s+(?:now\s+)?(?:stands?|stood|are|is|were|was|total|reached)\b", re.I)
_PAST_EFFECT = re.compile(r"\b(?:took|went|came|kicked|began|started|was|were|had)\b", re.IGNORECASE)
# A subordinate clause's rate is about another tariff; "as well as" only adds to the list.
_SUBORDINATE = re.compile(
    r"(?<!well\s)\bas\b(?!\s+well\s+as\b)|\b(?:while|because|although|though|when|after|before|since|whereas|but)\b",
    re.I,
)
_SIDE_AFTER = re.compile(r"\s+(?:(?:rate|tariffs?|duty|duties|levy)\s+)?(?:on|against|for)\b", re.IGNORECASE)
_BETWEEN_IMPOSER = re.compile(r"^\s*(?:(?:a|an|the|its|their|new|planned|proposed)\s+){0,2}$", re.IGNORECASE)
# "Washington keeps 30% on Chinese imports and Beijing a 10% duty on U.S. goods": a country right
# before "a" and a rate, after "and"/"while", is the subject of the verb left out, not an object.
_GAPPED = re.compile(r"^\s+(?:a|an)\s+$", re.IGNORECASE)
_GAPPED_BEFORE = re.compile(r"(?:,|\band|\bwhile|\bwhereas|\bbut)\s+(?:the\s+)?$", re.IGNORECASE)
# "30% on Chinese goods entering the U.S.", "15% on EU exports to the United States", "cars shipped
# to the U.S.": the country goods enter imposes the rate.
# (The goods nouns before "to", "exports to the U.S.", come from YAML: see _entering.)
# The country may be named through its territory: "imported into the customs territory of the United
# States", "sold in the market of Japan".
_TERRITORY_OF = r"(?:(?:customs\s+)?(?:territory|territories|market|markets|ports?)\s+of\s+(?:the\s+)?)?"
_ENTERS = re.compile(
    r"\b(?:entering|enter|enters|into|coming\s+into|arriving\s+in"
    rf"|(?:exported|shipped|sold|sales|sent|bound|headed)\s+(?:in)?to)\s+(?:the\s+)?{_TERRITORY_OF}$",
    re.I,
)
_BEFORE = 50  # characters before a country where the words above are looked for
# After a rate, the reason for it: the goods it names are what the target buys or sells, not what
# the rate taxes ("as a penalty for importing Russian crude oil", "over its purchases of oil").
_REASON = re.compile(
    r"\b(?:as\s+(?:a\s+)?(?:penalty|punishment|retaliation|retribution|reprisal)|in\s+(?:response|reply)\s+to"
    r"|in\s+retaliation\s+for|because\s+of|(?:over|for)\s+(?:(?:its|their|the|[A-Z][\w.]*['’]s)\s+)?"
    r"(?:(?:continued|continuing|ongoing|massive|large)\s+)?(?:purchases?|buying|importing|purchasing))\b"
)
# Before a country that cannot bear a rate: where goods go, with whom a deal is made, who acts.
_NOT_BEARER_PREP = re.compile(rf"\b(?:to|into|in|with|by|at)\s+(?:the\s+)?{_TERRITORY_OF}$", re.IGNORECASE)
# "cut its levies on Chinese imports by 115 percentage points to 30%": a change in points before the level.
_POINTS = re.compile(r"\bby\s+\d[\d.,]*\s+(?:percentage\s+points?|points?|pp)\b", re.IGNORECASE)


@dataclass(frozen=True)
class _Rate:
    quantity: Quantity
    before: Quantity | None  # "from 145% to 30%": the rate a change starts from
    noun: Hit
    start: int  # the rate's phrase: from the rate or noun, whichever is first
    end: int  # to the next rate or the clause's end
    cont: _Rate | None = None  # the earlier rate of a list this one continues
    owner: str | None = None  # a gapped conjunct's imposer: ", and Beijing's on US goods at 30%"


def extract(view: ArticleView, ruleset: RuleSet) -> Iterator[Claim]:
    # read once per article: the deadline extractor reads these rates too (a subject's `tariff` side)
    return iter(view.once(KIND, lambda: list(_sided(view, ruleset))))


def _sided(view: ArticleView, ruleset: RuleSet) -> Iterator[Claim]:
    foreign: set[int] = set()  # the claims whose phrase names a side the vocabulary does not know
    claims = list(_read(view, ruleset, foreign))
    # "a 25 percent tariff" with no side, in an article whose rates name one country: that country's,
    # uncertain (the reading is ours: a conflict on it is one severity lower)
    targets = {str(c.key["target"]) for c in claims if c.key["target"]}
    sole = targets.pop() if len(targets) == 1 else None
    if sole and (foreign or _names_unknown_side(view, ruleset)):
        # "Trump says tariffs on Canada and Mexico will start Tuesday ... the 25% levies ... a new 10%
        # tariff on China", Canada and Mexico unknown: the article's rates name more sides than the one
        sole = None
    # a sentence that names the country's own rate beside this one, or leaves the country out ("partners
    # other than Canada pay 12%"), sets this rate apart from it
    apart = {
        (c.evidence.line, c.evidence.sentence)
        for c in claims
        if sole and (c.key["target"] == sole or _excludes(c.evidence.sentence, sole, ruleset))
    }
    planned: list[Claim] = []  # the article's planned rates so far
    for claim in claims:
        unknown_side = id(claim) in foreign
        if claim.qualifiers.status is Status.PLANNED:
            planned.append(claim)
        elif (
            claim.labels.get("sides_from")
            and claim.qualifiers.status is Status.CURRENT
            and _planned_before(claim, planned)
        ):
            # "Trump announced a deal cutting the tariff on Japan to 15%. ... the auto tariff has been cut
            # to 15 percent": a rate pointing back to a side the article gave that rate as a plan is that plan
            claim = claim.model_copy(
                update={"qualifiers": claim.qualifiers.model_copy(update={"status": Status.PLANNED})}
            )
        if (
            sole
            and not claim.key["target"]
            and not claim.key["goods"]
            and not unknown_side
            and not _EVERYWHERE.match(view.article.text, claim.evidence.end)
            and claim.key["imposer"] != sole
            and (claim.evidence.line, claim.evidence.sentence) not in apart
        ):
            claim = claim.as_uncertain(
                key={**claim.key, "target": sole},
                labels={**claim.labels, "target": ruleset.jurisdictions[sole].name, "target_from": "article"},
            )
        yield claim


# After a rate's phrase, a side of many: "a 10% tariff on nearly all imports", "rates of up to 41
# percent on many countries", "a 15% duty applies to most partners" (no one country's rate).
_EVERYWHERE = re.compile(
    r"[\"”’']?(?:\s+[a-z]+){0,2}?\s+(?:on|against|for|to)\s+(?:nearly\s+|almost\s+|virtually\s+|practically\s+)?"
    r"(?:all|most|many|every|other|several|dozens\s+of|scores\s+of)\b",
    re.IGNORECASE,
)


def _planned_before(claim: Claim, planned: list[Claim]) -> bool:
    """Whether an earlier planned rate has the claim's rate and target, on its goods or on all goods."""
    return any(
        p.value["rate"] == claim.value["rate"]
        and p.key["target"] == claim.key["target"]
        and p.key["goods"] in ("", claim.key["goods"])
        for p in planned
    )


_EXCEPT_BEFORE = re.compile(
    r"\b(?:other\s+than|except(?:\s+for)?|excluding|apart\s+from|save\s+for|besides)\s+(?:the\s+)?$", re.I
)


def _left_out(text: str, hit: Hit) -> bool:
    """Whether a country is named only to be left out: "partners other than Canada", "excluding Mexico"."""
    return _EXCEPT_BEFORE.search(text, max(0, hit.start - 20), hit.start) is not None


def _excludes(text: str, country: str, ruleset: RuleSet) -> bool:
    """Whether the sentence leaves the country out: "partners other than Canada", "excluding Mexico"."""
    return any(
        country in hit.ids and _left_out(text, hit) for hit in vocabulary(ruleset).lexicons["jurisdictions"].find(text)
    )


# A side named in the rate's phrase that the vocabulary may not know: "on Mexican goods", "on imports
# from Ecuador", "against Peruvian exports". A rate naming one is that side's, not the article's
# country nor an earlier sentence's: with the side unknown, it keeps no target.
# A quantifier may open the phrase: "on most Japanese products", "on nearly all Korean exports".
_SIDE_DET = r"(?:(?:all|the|most|many|some|nearly\s+all|almost\s+all|virtually\s+all)\s+)?"
_NAMED_SIDE = re.compile(
    rf"\b(?:on|against)\s+{_SIDE_DET}(?:[A-Z][\w’'\-]+\s+){{1,2}}(?:imports|goods|products|exports|shipments)\b"
    r"|\b(?:imports|goods|products|exports|shipments)\s+(?:from|made\s+in|out\s+of)\s+(?:the\s+)?[A-Z]"
)
# The same around a class of goods the vocabulary names: "on Japanese cars", "against most Korean steel",
# "on autos from Japan".
_NAMED_BEFORE_GOODS = re.compile(rf"\b(?:on|against)\s+{_SIDE_DET}(?:[A-Z][\w’'\-]+\s+){{1,2}}$")
_NAMED_AFTER_GOODS = re.compile(r"\s+(?:imports\s+)?(?:from|made\s+in|out\s+of)\s+(?:the\s+)?[A-Z]")


def _names_side(text: str, lo: int, hi: int, vocab: Vocabulary) -> bool:
    """Whether the rate's phrase names a side by a name, known or not: "on Mexican goods", "on imports
    from Ecuador", "on most Japanese products", "on Japanese cars", "on autos from Japan" (a name around a
    class of goods)."""
    if _NAMED_SIDE.search(text, lo, hi):
        return True
    return any(
        _NAMED_BEFORE_GOODS.search(text[max(lo, hit.start - 60) : hit.start]) or _NAMED_AFTER_GOODS.match(text, hit.end)
        for hit in vocab.lexicons["goods"].find(text, lo, hi)
    )


# After a tariff noun (and its rate), a side by a name: "tariffs on Canada and Mexico", "tariffs 25% on
# Mexico", "duties against Freedonian exports". The name is checked against the vocabulary and the calendar.
_NOUN_ON_NAME = re.compile(
    rf"\s+(?:(?:of\s+)?\d[\d.,]*\s*(?:%|percent|per\s+cent)\s+)?(?:on|against)\s+{_SIDE_DET}([A-Z][\w’'\-]*)"
)
_CALENDAR = re.compile(
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
)


def _names_unknown_side(view: ArticleView, ruleset: RuleSet) -> bool:
    """Whether a sentence of the article puts a tariff on a side the vocabulary does not know, rate or
    none ("Trump says tariffs on Canada and Mexico will go into effect"): not "tariffs on Monday"."""
    vocab = vocabulary(ruleset)
    for sentence in view.sentences:
        text = sentence.text
        for noun in vocab.lexicons["tariff_nouns"].find(text):
            m = _NOUN_ON_NAME.match(text, noun.end)
            if m is None or _CALENDAR.fullmatch(m.group(1)):
                continue
            if not vocab.lexicons["jurisdictions"].find(text, m.start(1), m.end(1) + 40):
                return True
    return False


def _read(view: ArticleView, ruleset: RuleSet, foreign: set[int] | None = None) -> Iterator[Claim]:
    vocab = vocabulary(ruleset)
    # The sides and goods the last sentence's rates named, for "The tariffs were previously set at
    # 25%" in the next sentences: a definite noun with no side or goods of its own points back.
    antecedents: list[Claim] = []
    since = 0  # sentences since the antecedents were read
    for sentence in view.sentences:
        if sentence.heading:
            antecedents = []
            continue
        since += 1
        if since > _ANAPHORA_REACH:
            antecedents = []
        nouns = vocab.lexicons["tariff_nouns"].find(sentence.text)
        verbs = vocab.lexicons["tariff_verbs"].find(sentence.text)
        if not nouns and not verbs:
            continue
        earlier: set[str] = set()  # the targets of the sentence's rates so far
        last_end = 0
        named_here: list[Claim] = []
        named = _noun_targets(sentence.text, nouns, vocab)
        for rate in _rates(sentence.text, nouns, vocab, ruleset, verbs):
            # "..., taking the total levy to 50%" continues the side; "..., as the fentanyl tariff is
            # halved to 10%" opens a clause about another tariff
            # only the stretch after the last comma counts: "... on India after it warned the country,
            # taking the total levy to 50%" comes back to the main clause
            stretch = sentence.text[last_end : rate.start]
            linked = not _SUBORDINATE.search(stretch, stretch.rfind(",") + 1)
            # "lifting duties on India by a further 25 percent, in addition to the 25 percent levy": a
            # tariff noun before the rate names the side even when it has no rate of its own
            earlier |= {target for end, target in named if end <= rate.start and end <= rate.noun.start}
            unknown_side = _names_side(sentence.text, rate.start, rate.end, vocab)
            inherited = next(iter(earlier)) if len(earlier) == 1 and linked and not unknown_side else None
            previous_end, last_end = last_end, rate.quantity.end
            superseded = _THEN.search(sentence.text, rate.quantity.end) is not None
            pointing_back = _definite(sentence.text, rate.noun, vocab)
            for claim in _claims(view, sentence, rate, vocab, ruleset, inherited, previous_end):
                told = _pronoun_imposer(sentence.text, rate.start, antecedents) if since == 1 else None
                if not claim.key["imposer"] and told and told != claim.key["target"]:
                    # "Trump had directed 25% tariffs on Canada. He also ordered a 10% tax on imports
                    # from China": the pronoun is the last sentence's imposer (our reading: uncertain)
                    claim = claim.as_uncertain(
                        key={**claim.key, "imposer": told},
                        labels={**claim.labels, "imposer": ruleset.jurisdictions[told].name, "imposer_from": "pronoun"},
                    )
                if claim.key["target"]:
                    earlier.add(str(claim.key["target"]))
                if superseded and claim.qualifiers.status is Status.CURRENT:
                    # "first answered with a 34% tariff, then raised it to 84%": a later rate replaced it
                    claim = claim.model_copy(
                        update={"qualifiers": claim.qualifiers.model_copy(update={"status": Status.FORMER})}
                    )
                if unknown_side and not claim.key["target"]:
                    # "The tariffs on Mexican goods were set at 25%", Mexico unknown: no earlier side, and
                    # the rate is one country's, not a rate on everyone's goods (the reference's rows on
                    # goods from everywhere do not judge it: a deal may have made that country an exception)
                    claim = claim.model_copy(update={"labels": {**claim.labels, "target_unknown": "named"}})
                    if foreign is not None:
                        foreign.add(id(claim))
                    yield claim
                    continue
                if claim.key["goods"] and not claim.key["target"] and pointing_back:
                    # "the auto tariff would be cut to 15%": the side of the last rate on the same goods
                    same = [a for a in antecedents if a.key["goods"] == claim.key["goods"] and a.key["target"]]
                    if same:
                        yield from _resolved(claim, same)
                        continue
                if claim.key["goods"] or claim.key["target"]:
                    named_here.append(claim)
                elif pointing_back and antecedents:
                    yield from _resolved(claim, antecedents)
                    continue
                yield claim
        if named_here:
            antecedents, since = named_here, 0


# A sentence opening with a personal pronoun as its subject: "He also ordered a 10% tax ..."
_PRONOUN_SUBJECT = re.compile(r"\s*(?:He|She)\s+(?!said|says|told|added|noted)", re.IGNORECASE)


def _pronoun_imposer(text: str, start: int, antecedents: list[Claim]) -> str | None:
    """The imposer a pronoun opening the sentence stands for, before a rate whose own is unstated:
    the one imposer of the sentence right before's rates, if they name one ("Trump had directed 25%
    tariffs on Canada. He also ordered a 10% tax on imports from China": the US). Not across a
    clause break before the rate, nor after a reporting verb ("He said Canada would ...")."""
    opening = _PRONOUN_SUBJECT.match(text)
    if opening is None or clause(text, start)[0] > opening.start():
        return None
    imposers = {str(a.key["imposer"]) for a in antecedents}
    return imposers.pop() if len(imposers) == 1 and "" not in imposers else None


_ANAPHORA_REACH = 3  # sentences a definite "the tariffs" may point back over
# "The tariffs", "these duties", "the new levies": a definite plural noun, pointing back.
_ANAPHOR = re.compile(r"\b(?:the|these|those|such)\s+(?:(?:new|higher|existing|same|original)\s+)?$", re.IGNORECASE)


def _definite(text: str, noun: Hit, vocab: Vocabulary) -> bool:
    """Whether a tariff noun is definite, pointing back: "the tariffs", "these duties", "the auto tariff"
    (a goods word may stand between)."""
    at = noun.start
    modifier = re.search(r"([A-Za-z][\w-]*)\s+$", text[max(0, at - 30) : at])
    if modifier is not None and (
        vocab.lexicons["goods"].lookup(modifier.group(1)) or _singular_goods(vocab, modifier.group(1))
    ):
        at -= len(modifier.group())
    return _ANAPHOR.search(text, max(0, at - 24), at) is not None


def _singular_goods(vocab: Vocabulary, word: str) -> str | None:
    """The goods a singular noun modifier names, an alias being its plural: "auto" (autos), "chip" (chips)."""
    ids = vocab.lexicons["goods"].lookup(word + "s") if word[-1:].isalpha() and word[-1:] != "s" else ()
    return ids[0] if len(ids) == 1 else None


def _modifier_goods(text: str, start: int, end: int, vocab: Vocabulary) -> list[str]:
    """Goods named by a singular noun modifier of a tariff noun in the span: "the auto tariff", "car
    duties" (the vocabulary lists the plural, "autos", "cars")."""
    out = []
    for noun in vocab.lexicons["tariff_nouns"].find(text, start, end):
        m = re.search(r"\b([A-Za-z][\w-]*)\s+$", text[max(start, noun.start - 30) : noun.start])
        if m is not None and (good := _singular_goods(vocab, m.group(1))) is not None:
            out.append(good)
    return out


def _resolved(claim: Claim, antecedents: list[Claim]) -> Iterator[Claim]:
    """The claim once for each side and goods the antecedents named, uncertain (a conflict on it is
    one severity lower: the reading of "the tariffs" is ours, not the article's)."""
    seen: set[tuple[object, ...]] = set()
    for a in antecedents:
        ident = (a.key["imposer"], a.key["target"], a.key["goods"])
        if ident in seen:
            continue
        seen.add(ident)
        imposer = claim.key["imposer"] or a.key["imposer"]
        if imposer == a.key["target"]:
            imposer = ""  # an imposer read from afar that is the rate's own target stays unknown
        labels = {**claim.labels, "target": a.labels.get("target", ""), "goods": a.labels.get("goods", "")}
        if not claim.key["imposer"] or not imposer:
            labels["imposer"] = a.labels.get("imposer", "")
        yield claim.as_uncertain(
            key={**claim.key, "imposer": imposer, "target": a.key["target"], "goods": a.key["goods"]},
            labels={**labels, "sides_from": "an earlier sentence"},
        )


# Links that open the next item of a list of rates, each with its own goods.
_NEXT_ITEM = re.compile(r",?\s*\b(?:along\s+with|as\s+well\s+as|plus|while|whereas)\b|;", re.IGNORECASE)
# A later rate of the sentence that replaced an earlier one: "34%, then 84% and finally 125%".
_THEN = re.compile(
    r"\b(?:then|later|subsequently|afterwards|finally|eventually)\b[^.;]*?\d(?:[\d.,]*\d)?\s*(?:%|percent|per\s+cent)",
    re.IGNORECASE,
)
# A sentence opening on an earlier time: "Before the Geneva deal, U.S. tariffs stood at 145%".
_EARLIER_LEAD = re.compile(r"^\s*(?:before|prior\s+to|until)\b[^,;]{1,80},", re.IGNORECASE)
_NOUN_SIDE = re.compile(
    r"\s+(?:on|against|targeting|targetting|aimed\s+at|hitting)\s+(?:(?:imports|goods|products)\s+from\s+)?(?:the\s+)?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class NounSide:
    """A tariff noun with no rate in its clause, and the one side its phrase and sentence give it:
    "Beijing retaliated with additional tariffs on U.S. farm exports" (china on us)."""

    sentence_start: int
    start: int  # the noun's span, at sentence offsets
    end: int
    imposer: str
    target: str


def noun_sides(view: ArticleView, rs: RuleSet) -> list[NounSide]:
    """The tariff nouns with no rate in their clause that name one imposer and one other target, read
    as a rate's are: the imposer right before the noun or the agent after it, else the last country
    or actor before it that is no object of a preposition; the target in the noun's phrase."""
    vocab = vocabulary(rs)
    out: list[NounSide] = []
    for sentence in view.sentences:
        if sentence.heading:
            continue
        text = sentence.text
        rated = [q for q in find_quantities(text) if q.unit == "percent"]
        for noun in vocab.lexicons["tariff_nouns"].find(text):
            lo, hi = clause(text, noun.start)
            if any(lo <= q.start < hi for q in rated):
                continue  # a rate's noun: its claims say its side
            targets, imposer_hit = _sides(text, noun.start, min(hi, noun.end + 80), vocab, rs)
            imposer = imposer_hit.ids[0] if imposer_hit is not None else _imposer(text, noun.start, vocab, rs)
            if len(targets) == 1 and imposer and imposer != targets[0]:
                out.append(NounSide(sentence.start, noun.start, noun.end, imposer, targets[0]))
    return out


def _noun_targets(text: str, nouns: list[Hit], vocab: Vocabulary) -> list[tuple[int, str]]:
    """The country each tariff noun names right after it ("tariffs on India", "duties against
    imports from Japan"), with where the noun ends."""
    out = []
    for noun in nouns:
        side = _NOUN_SIDE.match(text, noun.end)
        hit = vocab.lexicons["jurisdictions"].match(text, side.end()) if side else None
        if hit is not None and len(hit.ids) == 1:
            out.append((noun.end, hit.ids[0]))
    return out


def _rates(text: str, nouns: list[Hit], vocab: Vocabulary, rs: RuleSet, verbs: list[Hit]) -> list[_Rate]:
    quantities = [q for q in find_quantities(text) if q.unit == "percent" and q.value >= 0]
    befores: dict[int, Quantity] = {}  # rate index -> the rate it changed from
    skip: set[int] = set()
    for i in range(len(quantities) - 1):
        a, b = quantities[i], quantities[i + 1]
        gap = text[a.end : b.start]
        before = text[max(0, a.start - 60) : a.start]  # a bounded window: linear in a long sentence
        if _TO_BETWEEN.match(gap) and _RANGE_BEFORE.search(before):  # "ranging from 25% to 40%"
            skip |= {i, i + 1}
        elif _TO_BETWEEN.match(gap) and _FROM_BEFORE.search(before):  # "from 145% to 30%"
            befores[i + 1], skip = a, skip | {i}
        elif _FROM_BETWEEN.match(gap) or (_CHANGED_FROM.search(gap) and len(_WORDS.findall(gap)) <= MAX_AFTER_NOUN):
            befores[i], skip = b, skip | {i + 1}  # "to 50% from 25%", "a 20% tariff on Chinese goods, down from 30%"
        elif _noun_changed_to(text, a, b, nouns):  # "cutting a threatened 25% tariff to 15%"
            befores[i + 1], skip = a, skip | {i}
    not_rates = phrase_regex(tuple(rs.tariff_cues.not_rates))
    found: list[_Rate] = []
    for i, q in enumerate(quantities):
        if i in skip or _RATIO_AFTER.match(text, q.end):
            continue
        lo, hi = clause(text, q.start)
        if _RELATIVE.match(text, lo) and lo > 0:  # "tariffs on steel, which stand at 50%": the noun's clause
            lo = clause(text, lo - 1)[0]
        noun = _noun_after(text, q, nouns, hi, vocab) or _noun_before(text, q, nouns, lo, befores.get(i))
        if noun is None:
            noun = _verb_before(text, q, verbs, lo, vocab)
        cont = None
        gapped = None
        if noun is None and found and _continues(text, found[-1], q, lo):
            cont = found[-1]
            noun = cont.noun
        elif noun is None and found and (gapped := _gapped(text, found[-1], q, vocab)) is not None:
            noun = found[-1].noun  # "U.S. duties on Chinese goods stand at 10%, and Beijing's on US goods at 30%"
        if noun is None:
            continue
        phrase_start = gapped[0] if gapped is not None else min(q.start, noun.start)
        if not_rates.search(text, max(lo, phrase_start - 30), max(q.end, noun.end)):
            continue  # "an average tariff rate of 17%"
        nxt = next((o.start for j, o in enumerate(quantities) if j > i and j not in skip and o.start > q.end), hi)
        found.append(_Rate(q, befores.get(i), noun, phrase_start, min(hi, nxt), cont, gapped[1] if gapped else None))
    return found


# Between a rate before its noun and the level it changed to: "a 25% tariff to 15%", "its 10% duty
# on Chinese goods to 20%" (a few modifiers, the noun, a short side, "to").
_TO_AFTER_NOUN = re.compile(r"^(?:\s+(?:on|against|for)(?:\s+[\w'’.-]+){1,4}?)?\s+to\s+$", re.IGNORECASE)


def _noun_changed_to(text: str, a: Quantity, b: Quantity, nouns: list[Hit]) -> bool:
    """Whether the rate `a` is a tariff's level before it changed to `b`: "reducing a threatened 25%
    tariff to 15%" (a rate and its noun, then "to" and the new rate, no other number between)."""
    gap = text[a.end : b.start]
    if _NO_GAP.search(gap) or "," in gap:
        return False
    for noun in nouns:
        if a.end <= noun.start and noun.end <= b.start:
            words = _WORDS.findall(text[a.end : noun.start])
            if len(words) > MAX_BEFORE_NOUN or any(w.lower() in _NOT_MODIFIERS for w in words):
                return False
            return _TO_AFTER_NOUN.match(text[noun.end : b.start]) is not None
    return False


def _noun_after(text: str, q: Quantity, nouns: list[Hit], limit: int, vocab: Vocabulary) -> Hit | None:
    """ "25% tariffs", "a 10% baseline tariff": the noun a few words after the rate, never after a
    move ("fell 2% amid tariff fears" is no rate)."""
    if _moved(text, q, vocab):
        return None
    for noun in nouns:
        if q.end <= noun.start <= limit:
            gap = text[q.end : noun.start]
            words = _WORDS.findall(gap)
            if len(words) > MAX_BEFORE_NOUN or _NO_GAP.search(gap) or "," in gap:
                return None
            return None if any(w.lower() in _NOT_MODIFIERS for w in words) else noun
    return None


def _noun_before(text: str, q: Quantity, nouns: list[Hit], limit: int, before: Quantity | None) -> Hit | None:
    """ "tariffs of 25%", "tariffs on steel to 50%": the noun a few words before the rate, in its
    clause, the rate introduced as a level ("of", "at", "to")."""
    earlier = [n for n in nouns if limit <= n.start and n.end <= q.start]
    if not earlier:
        return None
    noun = earlier[-1]
    gap = DASH_ASIDE.sub(" ", _POINTS.sub(" by ", text[noun.end : q.start]))  # "products—mainly chips—would climb to"
    if before is not None and before.end <= q.start:
        gap = gap.replace(before.text, " ")
    if len(_WORDS.findall(gap)) > MAX_AFTER_NOUN or _NO_GAP.search(gap) or not _LEVEL_BEFORE.search(gap):
        return None
    return noun


_RATE_AFTER_VERB = re.compile(r"^\s+(?:(?:a|an|the|additional|extra|further|new|another)\s+){0,2}$", re.IGNORECASE)


def _verb_before(text: str, q: Quantity, verbs: list[Hit], limit: int, vocab: Vocabulary) -> Hit | None:
    """ "the US levies an additional 30% on Chinese goods": a tariff verb right before the rate, which
    is followed by its side (a country or goods after "on"): the verb stands for the missing noun."""
    before = [
        v for v in verbs if limit <= v.start and v.end <= q.start and _RATE_AFTER_VERB.match(text[v.end : q.start])
    ]
    if not before or not _SIDE_AFTER.match(text, q.end):
        return None
    side = text[q.end : q.end + 60]
    if not (vocab.lexicons["jurisdictions"].find(side) or vocab.lexicons["goods"].find(side)):
        return None
    return before[-1]


def _moved(text: str, q: Quantity, vocab: Vocabulary) -> bool:
    """Whether a direction word stands right before the number: "fell 2%", "up by 3%". After a
    determiner it is an adjective of the rate: "a lower 10 per cent levy", "the higher 25% duty"."""
    for hit in vocab.lexicons["directions"].find(text, max(0, q.start - 30), q.start):
        if re.fullmatch(r"\s*(?:by\s+)?", text[hit.end : q.start]):
            return not _DETERMINER_BEFORE.search(text, max(0, hit.start - 8), hit.start)
    return False


_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|its|their)\s+$", re.IGNORECASE)


# A second conjunct with the tariff noun left out, its own imposer and goods before its rate: ", and
# Beijing's on American goods at 30%", "while China's on U.S. farm goods stand at 15%".
_GAPPED_CONJUNCT = re.compile(
    r"(?:,\s*|\s+)(?:and|while|but|whereas)\s+(?P<who>(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)['’]s?"
    r"\s+(?:on|against)\s+(?:[\w.’'-]+\s+){1,4}?(?:(?:stand|stands|stood|is|are|was|were|remain|remains)\s+)?"
    r"(?:at\s+)?$"
)


def _gapped(text: str, prev: _Rate, q: Quantity, vocab: Vocabulary) -> tuple[int, str] | None:
    """Where a gapped conjunct's phrase starts, and its imposer, when the rate at `q` is one: the noun
    of the rate before left out, a country's possessive and the goods of its own before the rate."""
    link = text[prev.quantity.end : q.start]
    if re.search(r"\d|[;:()\[\]]", link):
        return None
    m = _GAPPED_CONJUNCT.search(link)
    who = vocab.jurisdiction(m["who"]) if m else None
    if m is None or who is None:
        return None
    return prev.quantity.end + m.start("who"), who


def _continues(text: str, prev: _Rate, q: Quantity, lo: int) -> bool:
    """ "30 percent on US goods and 10 percent on Chinese exports": a rate right after another's phrase,
    with a side of its own."""
    link = text[prev.quantity.end : q.start]
    if re.search(r"\d|[;:()\[\]]", link) or not _SIDE_AFTER.match(text, q.end):
        return False
    tail = re.split(r",|\band\b|\bwhile\b|\bbut\b|\bwith\b|\bplus\b", link)[-1]
    return len(link.split()) <= MAX_AFTER_NOUN + MAX_LINK and len(_WORDS.findall(tail)) <= MAX_LINK


def _claims(
    view: ArticleView,
    sentence: Sentence,
    rate: _Rate,
    vocab: Vocabulary,
    rs: RuleSet,
    inherited: str | None,
    last_end: int = 0,
) -> Iterator[Claim]:
    """The claims of one rate: one per target and goods. A rate naming no side of its own takes the one
    target the sentence's earlier rates named ("a 25% tariff on India, taking the total levy to 50%")."""
    text = sentence.text
    zone_start = rate.quantity.start if rate.cont is not None else rate.start
    targets, imposer_hit = _sides(text, zone_start, rate.end, vocab, rs)
    if imposer_hit is not None:
        imposer = imposer_hit.ids[0]
    elif rate.owner is not None:
        imposer = rate.owner
    elif rate.cont is not None:  # "... and China to 10 percent on US goods": a new imposer in the link
        imposer = _linked_imposer(text, rate, vocab) or _imposer(text, rate.cont.start, vocab, rs)
    else:
        imposer = _imposer(text, rate.start, vocab, rs)
    if not targets and (targets := _each_of(text, rate.start, vocab)) and imposer in targets:
        imposer = ""  # "Canada and Mexico, each facing a 25% tariff": the list bears it
    lo, _hi = clause(text, rate.quantity.start)
    subject = _origin(text, lo, rate.start, vocab, rs) or _bearer(text, lo, rate.start, vocab, rs)
    bearer = None
    if subject is not None:
        bearer = subject.ids[0]
    elif (partner := _partner(text, rate.start, vocab, rs, bool(imposer))) == "":
        imposer = ""  # "Japan reached a deal with the US that sets a 15% tariff": either may charge it
    else:
        bearer = partner
    if bearer is not None and not targets:
        targets = [bearer]
        if imposer == bearer:
            imposer = ""
    if not targets and (owner := _pronoun_owner(text, zone_start, rate.end, imposer_hit, vocab)) is not None:
        targets = [owner]
    if imposer_hit is None and targets == [imposer]:
        imposer = ""  # an imposer read from afar that is the rate's own target is no imposer: it stays unknown
    if (
        targets
        and _NAMED_SIDE.search(text, rate.start, rate.end)
        and not any(len(hit.ids) == 1 for hit in vocab.lexicons["jurisdictions"].find(text, rate.start, rate.end))
    ):
        targets = []  # "10% tariffs on Chinese goods and a 25% tariff on imports from Ecuador": not China's
    if not targets and inherited is not None:
        targets = [inherited]
    goods_zone = (rate.quantity.start if rate.cont else max(lo, rate.start - 30), rate.end)
    if last_end and (links := [m.end() for m in _NEXT_ITEM.finditer(text, last_end, rate.start)]):
        # "25 percent on auto imports, along with the 24 percent tariff on Japanese goods": the goods
        # of the rate before stay with it
        goods_zone = (max(goods_zone[0], links[-1]), rate.end)
    if rate.cont is None and (subject is not None or _bears(text, lo, rate.start, rs)):
        # the subject that bears the rate names its goods: "Japanese cars shipped across the Pacific
        # face a 25% tariff", "steel and aluminum imports are subject to duties of 50%"
        goods_zone = (min(goods_zone[0], subject.start if subject is not None else lo), rate.end)
    # the goods the rate's own words name win over those before it: "lifts tariffs on steel and
    # slashes levies on British car exports from 27.5% to 10%" is a rate on cars
    if (reason := _REASON.search(text, max(rate.start, rate.quantity.end), goods_zone[1])) is not None:
        # "a 25% duty as a penalty for importing Russian crude oil": the reason's goods are not taxed
        goods_zone = (goods_zone[0], reason.start())
    own = (max(goods_zone[0], rate.start), goods_zone[1])
    goods = [h.ids[0] for h in vocab.lexicons["goods"].find(text, *own) if len(h.ids) == 1]
    goods += _modifier_goods(text, *own, vocab)
    if not goods:
        goods = [h.ids[0] for h in vocab.lexicons["goods"].find(text, *goods_zone) if len(h.ids) == 1]
        goods += _modifier_goods(text, *goods_zone, vocab)
    other = _other_goods(text, zone_start, rate.end, vocab, rs) if not goods else None
    if other is not None:
        # "a 100% tariff on Chinese EVs": goods the vocabulary does not know are a class of their own,
        # never the rate on all goods
        goods = [other[0]]
    status = _status(text, rate, (lo, _hi), rs)
    when = _ahead(view, sentence, period(view, sentence, rate.quantity.start), lo, rs)
    if status is Status.CURRENT and when.source != "sentence" and (effect := _effect_elsewhere(view, sentence, rs)):
        when, planned = (
            effect  # "... from 25 percent to 35 percent, with the higher tariff set to take effect on Aug. 1"
        )
        if planned:
            status = Status.PLANNED
    if status is Status.CURRENT and when.source == "sentence" and _after_publication(view, when.span):
        status = Status.PLANNED
    if status is Status.CURRENT and (lead := _EARLIER_LEAD.match(text)) and lead.end() <= rate.start:
        status = Status.FORMER
    if status is Status.CURRENT and _ended(view, sentence, lo, _hi):
        status = Status.FORMER  # "U.S. tariffs on Chinese goods were 145% until May 14"
    q = rate.quantity
    hedge = hedge_before(text, q.start, vocab.lexicons["hedges"], rs)
    lo_rate, hi_rate = interval(*q.magnitude, hedge)
    value: dict[str, Scalar] = {"rate": q.value, "lo": lo_rate, "hi": hi_rate, "unit": "percent"}
    if _added(text, rate, lo, rs):
        value["added"] = True  # "an additional 25% tariff": not the level charged, never compared with one
    label = f"{show(q.value)}%"
    if rate.before is not None:
        value["before"] = rate.before.value
        label += f" (from {show(rate.before.value)}%)"
    for target in [t for t in targets if t != imposer] or [""]:
        for good in list(dict.fromkeys(goods)) or [""]:
            yield view.claim(
                KIND,
                sentence,
                sentence.start + rate.start,
                sentence.start + max(q.end, rate.noun.end),
                key={"imposer": imposer, "target": target, "goods": good},
                value=value,
                labels={
                    "imposer": rs.jurisdictions[imposer].name if imposer else "",
                    "target": rs.jurisdictions[target].name if target else "",
                    "goods": rs.goods[good].name if good in rs.goods else (other[1] if other and good else ""),
                    "rate": label,
                },
                qualifiers=Qualifiers(status=status, uncertain=not imposer, hedge=hedge.word if hedge else None),
                unresolved=("goods",) if other is not None else (),
                time=when,
            )


def _sides(text: str, start: int, end: int, vocab: Vocabulary, rs: RuleSet) -> tuple[list[str], Hit | None]:
    """The targets named in a rate's phrase, and an imposer written right before it ("U.S. tariffs")."""
    goods_words = phrase_regex(tuple(rs.tariff_cues.goods_nouns))
    entering = _entering(tuple(rs.tariff_cues.goods_nouns))
    partners = phrase_regex(tuple(rs.tariff_cues.partner_nouns))
    goods = vocab.lexicons["goods"]
    targets: list[str] = []
    imposer: Hit | None = None
    last: Hit | None = None
    for hit in vocab.lexicons["jurisdictions"].find(text, max(0, start - 40), end):
        if len(hit.ids) != 1 or _left_out(text, hit):
            continue  # "on all partners, excluding China": not China's rate
        if hit.start < start:
            head = text[max(0, hit.start - 30) : hit.start]
            gapped = _GAPPED.match(text[hit.end : start]) and _GAPPED_BEFORE.search(head)
            # "than China's 10% duties", "with US duties on Chinese goods falling to 30%": a possessive,
            # or a country naming the tariff noun itself, is its owner whatever preposition stands before
            owner = hit.surface.endswith(("'s", "’s")) or (hit.end <= start and _names_noun(text, hit, start, vocab))
            object_of = _OBJECT_PREP.search(head) and not gapped and not owner
            if hit.end <= start and _BETWEEN_IMPOSER.match(text[hit.end : start]) and not object_of:
                imposer = hit
            continue
        if _ENTERS.search(text, max(start, hit.start - _BEFORE), hit.start) or entering.search(
            text, max(start, hit.start - 30), hit.start
        ):
            imposer = hit
            continue
        if _charged_by(rs).search(text, max(start, hit.start - 30), hit.start):
            imposer = imposer or hit  # "the 34% tariffs imposed by the U.S.": the passive's agent
            continue
        nxt = hit.end + len(text[hit.end :]) - len(text[hit.end :].lstrip())
        if vocab.lexicons["tariff_nouns"].match(text, nxt) is not None and not _TARGET_PREP.search(
            text[start : hit.start]
        ):
            imposer = imposer or hit  # "a 35% U.S. tariff on Canadian goods": the noun's owner
            continue
        if partners.match(text, nxt):  # "on all U.S. trading partners": the US charges others
            imposer = imposer or hit
            continue
        adjective = goods_words.match(text, nxt) is not None or goods.match(text, nxt) is not None
        listed = last is not None and _LIST_LINK.match(text[last.end : hit.start]) is not None
        if _TARGET_PREP.search(text[start : hit.start]) or adjective or listed:
            targets.append(hit.ids[0])
            last = hit
    return list(dict.fromkeys(targets)), imposer


# A plural noun phrase after a country: "on Chinese EVs", "on Chinese solar cells", "on Mexican tomatoes".
_NOUN_PHRASE = re.compile(r"\s+((?:[a-z][\w-]*\s+){0,2}[A-Za-z][\w-]*s)\b(?!['’])")
_ON_GOODS = re.compile(r"\b(?:on|against)\s+(?:(?:all|most|many|some|certain|the|various)\s+)?$", re.IGNORECASE)
_FUNCTION_WORDS = frozenset(
    "and or but the a an to from on in at for with by of this that these those its their as was were is are "
    "has have had will would starting beginning effective".split()
)


def _other_goods(text: str, start: int, end: int, vocab: Vocabulary, rs: RuleSet) -> tuple[str, str] | None:
    """Goods the vocabulary does not know, named after a country in the rate's phrase: their id (a
    slug, left unresolved) and their words."""
    generic = phrase_regex(tuple([*rs.tariff_cues.goods_nouns, *rs.tariff_cues.partner_nouns]))
    for hit in vocab.lexicons["jurisdictions"].find(text, start, end):
        if not _ON_GOODS.search(text, max(0, hit.start - 30), hit.start):
            continue  # only the country of goods a rate is "on": not "Scotland crunch talks"
        if len(hit.ids) != 1 or fold(hit.surface) == fold(rs.jurisdictions[hit.ids[0]].name):
            continue  # a country's name is a noun, its adjective names goods: "on India adds up to 50%"
        m = _NOUN_PHRASE.match(text, hit.end)
        if m is None or m.end() > end + 40:
            continue
        words = m.group(1).split()
        nxt = m.start(1)
        if (
            words[0].lower() in _FUNCTION_WORDS
            or generic.match(text, nxt)
            or vocab.lexicons["goods"].match(text, nxt)
            or vocab.lexicons["tariff_nouns"].match(text, nxt)
            or any(w.lower() in _FUNCTION_WORDS for w in words)
        ):
            continue
        return slug(m.group(1)), m.group(1)
    return None


# "against its products", "on their exports": goods of the country a pronoun points back to ("its
# imports" enter the country, which charges them: not these).
_PRONOUN_GOODS = re.compile(
    r"\b(?:on|against)\s+(?:all\s+|most\s+)?(?:its|their)\s+(?:[a-z-]+\s+)?(?:goods|products?|exports?|shipments?)\b",
    re.I,
)


def _pronoun_owner(text: str, start: int, end: int, imposer: Hit | None, vocab: Vocabulary) -> str | None:
    """The country whose goods a possessive pronoun in the rate's phrase names: the nearest one before
    it that is not the tariff's own imposer ("China was the exception, with tariffs going up to 125%
    against its products")."""
    m = _PRONOUN_GOODS.search(text, start, end)
    if m is None:
        return None
    for hit in reversed(vocab.lexicons["jurisdictions"].find(text, 0, m.start())):
        if imposer is not None and hit.start == imposer.start:
            continue
        return hit.ids[0] if len(hit.ids) == 1 else None
    return None


_EACH = re.compile(r",\s+each\b[^,;:()]*$", re.IGNORECASE)


def _each_of(text: str, start: int, vocab: Vocabulary) -> list[str]:
    """The countries of a list a distributive "each" after it stands for, when the rate is in that
    apposition: "letters went to Japan and South Korea, each informed of 25% tariffs"."""
    each = _EACH.search(text, max(0, start - 80), start)
    if each is None:
        return []
    listed: list[str] = []
    end = each.start()
    for hit in reversed(vocab.lexicons["jurisdictions"].find(text, max(0, end - 120), end)):
        link = text[hit.end : end]
        if len(hit.ids) != 1 or (listed and not _LIST_LINK.match(link)) or (not listed and link.strip()):
            break
        listed.append(hit.ids[0])
        end = hit.start
    return listed[::-1] if len(listed) > 1 else []


def _names_noun(text: str, hit: Hit, start: int, vocab: Vocabulary) -> bool:
    """Whether a tariff noun follows the country directly and opens the rate's phrase: "US duties"."""
    noun = vocab.lexicons["tariff_nouns"].match(text, start)
    return noun is not None and not text[hit.end : start].strip()


def _imposer(text: str, start: int, vocab: Vocabulary, rs: RuleSet) -> str:
    """The last country or actor before the rate that is no object of a preposition and no origin of
    goods or firms ("Japanese imports", "Japan's exports", "Chinese firms" bear a tariff): the one
    imposing. "imports into the U.S." names the country the goods enter, which imposes; "the Commerce
    Ministry in Beijing", "officials in Ottawa" name the country a body acts for (`actor_nouns`)."""
    goods = _goods_after(vocab, rs)
    entering = _entering(tuple(rs.tariff_cues.goods_nouns))
    acting = _acting_for(tuple(rs.tariff_cues.actor_nouns))
    for hit in reversed(vocab.lexicons["imposers"].find(text, 0, start)):
        if len(hit.ids) != 1 or goods.match(text, hit.end) or _titled(text, hit, vocab) or _deal_partner(text, hit, rs):
            continue
        if _FIRMS_AFTER.match(text, hit.end):
            continue  # "Chinese firms BYD and Geely will pay duties of 17%": where the payers come from
        before = text[max(0, hit.start - 30) : hit.start]
        entered = _ENTERS.search(text, max(0, hit.start - _BEFORE), hit.start)
        if entering.search(before) or entered or not _OBJECT_PREP.search(before):
            return hit.ids[0]
        if acting is not None and acting.search(text, max(0, hit.start - 40), hit.start):
            return hit.ids[0]  # "The Commerce Ministry in Beijing said it would respond by imposing ..."
    return ""


@functools.lru_cache(maxsize=8)
def _acting_for(nouns: tuple[str, ...]) -> re.Pattern[str] | None:
    """A body acting for the country after it: "the Commerce Ministry in Beijing", "the government of Canada"."""
    if not nouns:
        return None
    return re.compile(rf"(?:{phrase_regex(nouns).pattern})\s+(?:in|of)\s+(?:the\s+)?$", re.IGNORECASE)


@functools.lru_cache(maxsize=8)
def _charged_by_verbs(verbs: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?:{phrase_regex(verbs).pattern})\s+by\s+(?:the\s+)?$", re.IGNORECASE)


def _charged_by(rs: RuleSet) -> re.Pattern[str]:
    """A charging verb's passive agent: "tariffs imposed by the U.S.", "duties levied by Canada"."""
    return _charged_by_verbs(tuple(rs.tariff_cues.verbs))


# After a country's adjective, the firms it describes: they come from there, they impose nothing.
_FIRMS_AFTER = re.compile(
    r"\s+(?:(?:electric[\s-]vehicle|EV|car|auto|steel|solar|tech|state-owned)\s+)?(?:firms?|compan(?:y|ies)|carmakers?|"
    r"automakers?|makers?|manufacturers?|producers?|exporters?|brands?|businesses|suppliers?|groups?)\b",
    re.IGNORECASE,
)


def _titled(text: str, hit: Hit, vocab: Vocabulary) -> bool:
    """ "Japanese Prime Minister Shigeru Ishiba confirmed the tariff cut": a country before an office
    title says whose official speaks, not who imposes."""
    return vocab.role_regex.match(text, hit.end + len(text[hit.end :]) - len(text[hit.end :].lstrip())) is not None


def _deal_partner(text: str, hit: Hit, rs: RuleSet) -> bool:
    """ "the Japan trade deal", "a U.S.-Japan deal": a country naming a deal is its party, not the imposer."""
    deals = phrase_regex(tuple(rs.tariff_cues.deal_words))
    return deals.match(re.sub(r"^\s+(?:trade\s+)?", "", text[hit.end : hit.end + 40])) is not None


def _origin(text: str, lo: int, start: int, vocab: Vocabulary, rs: RuleSet) -> Hit | None:
    """ "Japanese imports into the U.S. were subject to a 10% tariff", "Japan's shipments were slapped
    with ...", "imports of U.S. chicken will face ...": the country whose goods the clause's subject
    names bears the rate."""
    goods = _goods_after(vocab, rs)
    of = _goods_of(tuple(rs.tariff_cues.goods_nouns))
    for hit in reversed(vocab.lexicons["jurisdictions"].find(text, lo, start)):
        if _left_out(text, hit):
            continue
        if len(hit.ids) == 1 and (goods.match(text, hit.end) or of.search(text, max(lo, hit.start - 30), hit.start)):
            return hit
    return None


def _either_number(nouns: tuple[str, ...]) -> str:
    """The goods nouns (`tariff_cues.goods_nouns`) as an alternation, singular or plural."""
    return "|".join(re.escape(n.rstrip("s")) + "s?" for n in sorted(nouns, key=len, reverse=True)) or "(?!x)x"


@functools.lru_cache(maxsize=8)
def _goods_of(nouns: tuple[str, ...]) -> re.Pattern[str]:
    """ "Imports of U.S. grown chicken", "articles of India imported into ...": goods of a country."""
    return re.compile(rf"\b(?:{_either_number(nouns)})\s+(?:of|from)\s+(?:the\s+)?$", re.IGNORECASE)


@functools.lru_cache(maxsize=8)
def _entering(nouns: tuple[str, ...]) -> re.Pattern[str]:
    """ "imports into the U.S.": a goods noun and "(in)to"."""
    return re.compile(rf"\b(?:{_either_number(nouns)})\s+(?:in)?to\s+(?:the\s+)?$", re.IGNORECASE)


@functools.lru_cache(maxsize=8)
def _goods_pattern(nouns: tuple[str, ...]) -> re.Pattern[str]:
    words = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True)) or "(?!x)x"
    return re.compile(rf"(?:['’]s)?\s+(?:[\w-]+\s+)?(?:{words})\b", re.IGNORECASE)


def _goods_after(vocab: Vocabulary, rs: RuleSet) -> re.Pattern[str]:
    """A country's goods right after its name: "Japanese imports", "Canada's steel", "Chinese auto parts"."""
    nouns = [*rs.tariff_cues.goods_nouns, *(a for g in rs.goods.values() for a in g.aliases)]
    return _goods_pattern(tuple(nouns))


# A capitalised word that names no party: sentence openers and function words.
_NO_PARTY = frozenset("The A An This That These Its Their His Her Under In On At With For After Before As".split())


def _partner(text: str, start: int, vocab: Vocabulary, rs: RuleSet, imposer_known: bool) -> str | None:
    """ "a trade deal with Japan featuring a 15% tariff": the other party of a deal bears its rate,
    unless a country or an unknown name makes the deal: "Japan reached a deal with the United States
    that sets a 15% tariff" says neither who charges it nor who bears it ("" then). An actor who is no
    country ("Trump reached a deal with Japan") imposes."""
    deals = phrase_regex(tuple(rs.tariff_cues.deal_words))
    for m in deals.finditer(text, 0, start):
        after = re.match(r"\s+(?:with|between\s+\S+\s+and)\s+(?:the\s+)?", text[m.end() : start])
        if after is None:
            continue
        maker = [w for w in re.findall(r"\b[A-Z][\w.'’-]*", text[: m.start()]) if w not in _NO_PARTY]
        if maker and not imposer_known:
            return ""
        countries = vocab.lexicons["jurisdictions"].find(text, 0, m.start())
        if any(len(h.ids) == 1 and not _titled(text, h, vocab) for h in countries):
            return ""  # "U.S. President Donald Trump announced a deal with Japan": an actor makes it
        hit = vocab.lexicons["jurisdictions"].match(text, m.end() + after.end())
        if hit is not None and len(hit.ids) == 1:
            return hit.ids[0]
    for hit in vocab.lexicons["jurisdictions"].find(text, 0, start):
        if len(hit.ids) == 1 and _deal_partner(text, hit, rs):
            return hit.ids[0]  # "Trump announces Japan trade deal, cutting a threatened 25% tariff to 15%"
    return None


@functools.lru_cache(maxsize=8)
def _increment_before(cues: tuple[str, ...]) -> re.Pattern[str]:
    # up to four words between, none a conjunction: "additional curbs and a 25% tariff" adds no rate
    return re.compile(rf"(?:{phrase_regex(cues).pattern})\s+(?:(?!(?:and|or|but)\b)[\w.-]+\s+){{0,4}}$", re.IGNORECASE)


def _added(text: str, rate: _Rate, lo: int, rs: RuleSet) -> bool:
    """Whether an increment word (`tariff_cues.increments`) stands right before the rate's phrase or
    between the rate and its noun: "an additional 25% tariff", "a further 10 percent", "25% additional
    tariffs", "an additional ad valorem rate of duty of 25 percent"."""
    cues = tuple(rs.tariff_cues.increments)
    if not cues:
        return False
    q, noun = rate.quantity, rate.noun
    if _increment_before(cues).search(text, max(lo, rate.start - 40), rate.start):
        return True
    return noun.start >= q.end and phrase_regex(cues).search(text, q.end, noun.start) is not None


def _linked_imposer(text: str, rate: _Rate, vocab: Vocabulary) -> str | None:
    """A country opening the link to a listed rate: "and China to 10 percent"."""
    assert rate.cont is not None
    link_start = rate.cont.quantity.end
    link = text[link_start : rate.quantity.start]
    cut = max((m.end() for m in re.finditer(r",|\band\b|\bwhile\b|\bbut\b", link)), default=0)
    for hit in vocab.lexicons["imposers"].find(text, link_start + cut, rate.quantity.start):
        if len(hit.ids) == 1 and not _TARGET_PREP.search(text[link_start : hit.start]):
            return hit.ids[0]
    return None


def _bearer(text: str, lo: int, start: int, vocab: Vocabulary, rs: RuleSet) -> Hit | None:
    """ "Japan will face a 15% tariff": the subject of a verb of bearing a tariff is its target."""
    verbs = phrase_regex(tuple(rs.tariff_cues.target_verbs))
    for hit in reversed(vocab.lexicons["jurisdictions"].find(text, lo, start)):
        before = max(lo, hit.start - _BEFORE)
        if _NOT_BEARER_PREP.search(text, before, hit.start) or _ENTERS.search(text, before, hit.start):
            continue  # "cars shipped to the United States will face a 15% duty": the US charges it
        if _left_out(text, hit):
            continue
        m = verbs.search(text, hit.end, start)
        if len(hit.ids) == 1 and m and len(_WORDS.findall(text[hit.end : m.start()])) <= 4:
            return hit
    return None


def _bears(text: str, lo: int, start: int, rs: RuleSet) -> bool:
    """Whether a verb of bearing a tariff stands in the clause before the rate: its subject is the goods."""
    return phrase_regex(tuple(rs.tariff_cues.target_verbs)).search(text, lo, start) is not None


def _status(text: str, rate: _Rate, bounds: tuple[int, int], rs: RuleSet) -> Status:
    """Former or planned by the cues before the rate in its clause, or planned by a planned effect
    after it ("a 35% tariff, set to take effect on Aug. 1", "a 15% duty that will come into force")."""
    lo, hi = bounds
    if lo > 0 and (_INCLUDING.match(text, lo) or _RELATIVE_OPENS.match(text, lo)):
        # "had announced tariffs on China, including a 34% tariff": the list's clause; "signed an
        # order Wednesday (March 26) that imposes 25% tariffs": the order's clause
        lo = clause(text, lo - 1)[0]
    planned = phrase_regex(tuple(rs.tariff_cues.planned))
    former = phrase_regex(tuple(rs.tariff_cues.former))
    head = text[lo : rate.quantity.start]
    if rate.before is not None and rate.before.end <= rate.noun.start:
        # "reducing a previously threatened 25% tariff to 15%": the words before the old rate are its own
        np = _NP_OPENS.search(text, max(lo, rate.before.start - 40), rate.before.start)
        head = text[lo : np.start() if np else rate.before.start] + " " + text[rate.before.end : rate.quantity.start]
    if former.search(head):
        return Status.FORMER
    if any(not _month_may(head, m) for m in planned.finditer(head)):
        return Status.PLANNED
    if _signed_with(text, rate.quantity.start, rs):
        return Status.PLANNED
    effect = phrase_regex(tuple(rs.deadline_cues.takes_effect))
    after = max(rate.quantity.end, rate.noun.end)
    for cue in effect.finditer(text, after, max(hi, rate.end)):
        before = text[max(after, cue.start() - 30) : cue.start()]
        if any(m.end() >= len(before.rstrip()) - 1 and not _month_may(before, m) for m in planned.finditer(before)):
            return Status.PLANNED
    return Status.CURRENT


_SIGNING = r"\b(?:signed|signs|signing|sign)\s+(?:an?|the|his|her|their|new)\s+(?:[\w-]+\s+){0,2}?"


def _signed_with(text: str, at: int, rs: RuleSet) -> bool:
    """Whether the rate at `at` is set by an instrument signed in the same phrase: "signed an order
    Wednesday (March 26) that imposes 25% tariffs" (no comma or clause break between)."""
    orders = tuple(rs.tariff_cues.signed_orders)
    return bool(orders) and _signing(orders).search(text, max(0, at - 160), at) is not None


@functools.lru_cache(maxsize=16)
def _signing(orders: tuple[str, ...]) -> re.Pattern[str]:
    """The signing of one of `orders` with nothing between it and the point searched to but a phrase."""
    return re.compile(rf"{_SIGNING}(?:{phrase_regex(orders).pattern})\b[^,;:.!?]{{0,80}}$", re.IGNORECASE)


_RELATIVE_OPENS = re.compile(r"[\s,)]*(?:that|which)\b", re.IGNORECASE)
# An apposition naming a member of the noun before it: its status is that of the noun's clause.
_INCLUDING = re.compile(r"\s*(?:including|such\s+as|among\s+them|notably)\b", re.IGNORECASE)
# The determiner opening a rate's noun phrase and the modifiers after it: "a previously threatened ".
_NP_OPENS = re.compile(r"\b(?:a|an|the|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
_MONTH_BEFORE = re.compile(r"\b(?:in|since|on|by|until|till|from|of|early|mid|late|last|next|this|to)\s+$", re.I)


def _month_may(text: str, m: re.Match[str]) -> bool:
    """Whether a planned cue "may" is the month: "Since May 14, the US has charged 10%"."""
    if m.group() != "May":
        return False
    return re.match(r"\s*\d", text[m.end() :]) is not None or _MONTH_BEFORE.search(text, 0, m.start()) is not None


def _ahead(view: ArticleView, sentence: Sentence, when: SentenceTime, lo: int, rs: RuleSet) -> SentenceTime:
    """ "A 25% tariff takes effect on May 2": a yearless date after a present or future effect verb
    lies ahead of publication, not in the year before."""
    if when.source != "sentence":
        return when
    effect = phrase_regex(tuple(rs.deadline_cues.takes_effect))
    deadline = phrase_regex(tuple(rs.deadline_cues.after_day.get("expires", ())))
    # "rose to 145% in April" or "took effect in May" in October: the change is made, April is behind
    effective = any(not past_form_at(sentence.text, c.start()) for c in effect.finditer(sentence.text, lo))
    effective = effective and not _PAST_EFFECT.search(sentence.text, lo)
    for m in view.times(sentence):
        # "just before an August 1 deadline": a day named as a deadline lies ahead of publication too
        named_deadline = deadline.match(sentence.text, m.end - sentence.start + 1) is not None
        if m.span == when.span and (effective or named_deadline):
            return SentenceTime(ahead_of(m, view.article.published), "sentence")
    return when


def _effect_elsewhere(view: ArticleView, sentence: Sentence, rs: RuleSet) -> tuple[SentenceTime, bool] | None:
    """The day a sentence's clause of its own says the rates take effect, when that clause names no
    rate, and whether it says so as a plan: "increasing the tariff from 25 percent to 35 percent, with
    the higher tariff set to go into effect on Aug. 1". A clause with a rate of its own ("while a 10%
    levy takes effect Aug. 1") dates only that rate; a past effect ("took effect") changes nothing."""
    text = sentence.text
    effect = phrase_regex(tuple(rs.deadline_cues.takes_effect))
    planned = phrase_regex(tuple(rs.tariff_cues.planned))
    mentions = [m for m in view.times(sentence) if m.span.is_known and m.bound == "at"]
    for cue in effect.finditer(text):
        lo, hi = clause(text, cue.start())
        if (
            past_form_at(text, cue.start())
            or _PAST_EFFECT.search(text, max(lo, cue.start() - 20), cue.start())
            or find_quantities(text[lo:hi])
        ):
            continue
        for m in mentions:
            if 0 <= m.start - sentence.start - cue.end() <= 12:  # "take effect on Aug. 1"
                when = SentenceTime(ahead_of(m, view.article.published), "sentence")
                return when, bool(planned.search(text, lo, cue.start()))
    return None


def _ended(view: ArticleView, sentence: Sentence, lo: int, hi: int) -> bool:
    """Whether the rate's clause says it held until a day before publication."""
    published = view.article.published.start
    return published is not None and any(
        m.bound == "until" and m.span.end is not None and m.span.end < published
        for m in view.times(sentence)
        if lo <= m.start - sentence.start < hi
    )


def _after_publication(view: ArticleView, span: TimeSpan) -> bool:
    published = view.article.published
    return published.end is not None and span.start is not None and span.start > published.end
