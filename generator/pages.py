"""Pages: what each page of the site shows, as plain data for the theme's templates."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from itertools import combinations
from typing import TYPE_CHECKING, Any

from markupsafe import Markup, escape

from .align import quote_edges, title_label, title_stem, title_text
from .compare.claim.given import prints
from .compare.context import story_context
from .compare.number import same_values
from .compare.speaking import heading_speakers, reported_word
from .diff import Segment, Word, mark_moves, mark_wordings, pair_diff, runs, spaced, tokens
from .extract import OUTSIDE
from .furniture import HEADING_REASON
from .lexicon import STOP_WORDS
from .model import Article, Claim, Sentence, Story, site_of
from .segment import ENDERS, TITLES, dateline, opening, post_trailer, told_span

if TYPE_CHECKING:
    from .compare import Difference, Disagreement

_HTTP = re.compile(r"^https?://[^\s\"'<>]+$", re.IGNORECASE)


@dataclass
class Page:
    """One output file: its path under the output folder, its template and its variables (worked
    out when first asked for: a page kept from the previous build never needs them); ``story`` is
    the story the page shows (None for the index, which shows them all)."""

    path: str
    template: str
    make: Callable[[], dict[str, Any]]
    story: Story | None = None
    _context: dict[str, Any] | None = field(default=None, repr=False)

    @property
    def context(self) -> dict[str, Any]:
        if self._context is None:
            self._context = self.make()
        return self._context


def safe_url(url: str | None) -> str | None:
    """The URL if it is a plain http(s) address, else None (never a javascript: or data: link)."""
    return url if url and _HTTP.match(url) else None


def spoken_gaps(summary: str) -> Markup:
    """A summary as HTML, each "[…]" (words of a long quote left out) read by a screen reader as words,
    not as "left bracket, ellipsis, right bracket" (audit 109)."""
    return Markup(GAP_SAID).join(escape(part) for part in summary.split("[…]"))


def unquoted_heading(heading: str) -> str:
    """A heading to print inside quotation marks: without its own marks where it is one quotation
    ("“We are ready.”"), else whole, its marks inside the new ones (audit 110 read “Who goes there!"
    the guard shouts.” where only the opening mark had been taken off)."""
    text = heading.strip()
    inner = text[1:-1]
    whole = len(text) > 1 and text[0] in '"“' and text[-1] in '"”' and not re.search(r"[\"“”]", inner)
    return inner if whole else text


GAP_SAID = '<span aria-hidden="true">[…]</span><span class="visually-hidden">(words left out)</span>'


# The filters the theme's templates use, for every generator that renders them.
TEMPLATE_FILTERS: dict[str, Callable[..., Any]] = {
    "safe_url": safe_url,
    "spoken_gaps": spoken_gaps,
    "unquoted_heading": unquoted_heading,
}


def story_path(story: Story) -> str:
    return f"{story.slug}/index.html"


def claim_path(story: Story, claim: Claim) -> str:
    return f"{story.slug}/{claim.id}.html"


def data_path(story: Story) -> str:
    return f"{story.slug}/{story.slug}.json"


def coverage_summary(story: Story, otherwise: dict[str, list[str]] | None = None) -> list[dict[str, Any]]:
    """Per outlet: claims it reported (a weaker match counted apart, as the claim pages say it; so a
    claim it tells with another value, marked ≠ in the grid: audit 149 read a row of four ● and one ≠
    beside "4"), and claims only it reported (``found_alone``). ``otherwise``: ``told_otherwise`` by
    claim id, when the caller has it."""
    otherwise = otherwise_by_claim(story, otherwise)
    alone = found_alone(story, otherwise)
    rows = []
    for article in story.articles:
        told = [c for c in story.claims if article.outlet in c.outlets]
        rows.append(
            {
                "outlet": article.outlet,
                "reported": sum(1 for c in told if article.outlet in c.reporting),
                "weaker": sum(1 for c in told if article.outlet in c.weak and article.outlet not in otherwise[c.id]),
                "otherwise": sum(1 for c in story.claims if article.outlet in otherwise[c.id]),
                "alone": sum(1 for c in told if c.id in alone),
            }
        )
    return rows


def otherwise_by_claim(story: Story, otherwise: dict[str, list[str]] | None = None) -> dict[str, list[str]]:
    """``told_otherwise`` of each claim by id: ``otherwise`` where the caller has it, else worked out."""
    return {c.id: told_otherwise(story, c) for c in story.claims} if otherwise is None else otherwise


def found_alone(story: Story, otherwise: dict[str, list[str]] | None = None) -> set[str]:
    """The ids of the claims found in one outlet only: of one outlet's sentences, and told by no other
    outlet with another value either (``told_otherwise``: a claim whose page shows other outlets
    telling the fact with another value is no fact "found in no other outlet", as an audit read it).
    ``otherwise``: ``told_otherwise`` by claim id, when the caller has it."""
    otherwise = otherwise_by_claim(story, otherwise)
    return {c.id for c in story.claims if len(c.outlets) == 1 and not otherwise[c.id]}


def _context(paragraph: str, sentence: str) -> tuple[str, str, str] | None:
    """The sentence's paragraph split around it (before, sentence, after), or None if it is the paragraph."""
    start = paragraph.find(sentence)
    if start < 0 or paragraph.strip() == sentence.strip():
        return None
    return paragraph[:start].rstrip(), sentence, paragraph[start + len(sentence) :].lstrip()


def heading(claim: Claim) -> str:
    """A claim's heading as a whole sentence: an editor's title, else the sentence its title was cut
    from (as a title shows it: ``align.title_text``)."""
    stem = title_stem(claim.title)
    if stem is None:
        return claim.title
    label = title_label(claim.title)
    wholes = [title_text(m.text) for m in claim.members]
    found = next((t for w in wholes for t in (w, f"“{w}”") if t.startswith(stem)), None)
    if found is None:
        return claim.title
    return found if found.endswith(label) else found + label


def readable_date(value: str | None) -> str | None:
    """'2024-11-11T08:00:00' -> '11 November 2024' (None when there is no date or it cannot be read)."""
    if not value:
        return None
    try:
        day = date.fromisoformat(value[:10])
    except ValueError:
        return None
    return f"{day.day} {day:%B %Y}"


def provenance(article: Article, sentence: Sentence) -> dict[str, Any]:
    """Where a sentence comes from, for a reader: outlet, headline, date, paragraph (and the file, for
    editors); for an item of the outlet's highlights, which item of them (audit 221 read "paragraph 2
    of 35" of an item as a paragraph of the body), and the body's paragraphs counted without them."""
    part = summary_part(article, sentence)
    body = [i for i, p in enumerate(article.paragraphs) if not p.part]
    items = [i for i, p in enumerate(article.paragraphs) if part and p.part == part]
    return {
        "outlet": article.outlet,
        "headline": article.title,
        "date": readable_date(article.date),
        "iso_date": article.date[:10] if article.date and readable_date(article.date) else None,
        "url": safe_url(article.url),
        "paragraph": body.index(sentence.paragraph) + 1 if sentence.paragraph in body else None,
        "paragraphs": len(body),
        "file": sentence.source,
        "line": sentence.line or None,
        "section": section_heading(article, sentence),
        "part": part,
        "item": items.index(sentence.paragraph) + 1 if sentence.paragraph in items else None,
        "item_count": len(items),
    }


def summary_part(article: Article, sentence: Sentence) -> str | None:
    """The label of the outlet's summary lines ("Story highlights") the sentence is an item of, if any
    (audit 220 read "under the heading" of such an item as a sub-heading of the body)."""
    return article.part_of(sentence.paragraph) or None


def section_heading(article: Article, sentence: Sentence) -> str | None:
    """The sub-heading the sentence stands under in its article (the nearest the site set aside above
    it): "What remains unclear" says what the list after it is (audit 119 read a list item of unknowns,
    shown without it, as a claim that lost its meaning)."""
    if summary_part(article, sentence):
        return None  # an item of the outlet's highlights: ``summary_part`` says so
    # A heading before the body's first paragraph is the article's subtitle, not a section's (audit 120).
    first = min((p.line for p in article.paragraphs if p.line), default=0)
    above = [d for d in article.dropped if d.reason == HEADING_REASON and first < d.line < sentence.line]
    return max(above, key=lambda d: d.line).text.rstrip(" :") if above and sentence.line else None


_CONDITION = re.compile(
    r"^\W*(?:if|unless|once|when|whenever)\b[^,;:]*,\s*$"
    r"|^\W*wherever\b[^;:]*[,—–]\s*$",  # "Wherever there is trouble — A, B — [Iran is behind it]"
    re.IGNORECASE,
)
# A part that begins after a subordinating word ("... asked whether, if [the ferry stopped]")
# is a condition or a reason cut from what it qualifies; one that begins with a relative word ("[who
# run the night ferry]", "[that runs at night]") leaves out whom it is about: either is boxed from the
# sentence's start (two audits found such boxes read as facts, or as fragments).
_DEPENDENT = re.compile(
    r"\b(?:if|unless|whether|because|although|though|while|until)\s*$"
    # "was killed when [Roe opened fire]", "As [the mayor well knows], ...": not ", when [...]" after a
    # day, which tells its own fact ("began in May, when [the pier closed]").
    r"|(?:^|[^\W_])\W*?\s+(?:when|whenever|once)\s*$|^\W*(?:when|once)\s*$"
    # "... marched on, as [the crowd sang]", "were hurt after [a man opened fire]": only when or why.
    r"|\b(?:as|after|before|since)\s*$",
    re.IGNORECASE,
)
_RELATIVE = re.compile(
    r"\W*(?:who|whom|whose|which|that|where|both of which|none of which|all of which)\b", re.IGNORECASE
)
# Who says it, before a part that is what they said ("The mayor said on Monday that [the pier will
# reopen]", "said it was over, but that [...]"): boxed without it, an account reads as a fact (an
# audit). The clause of the saying verb is taken in, from after the last comma or semicolon before it.
_SPOKEN = "said|says|told|tells|reported|reports|added|adds|wrote|writes|claimed|claims|insisted|insists|announced"
_SAYING = re.compile(rf"\b(?:{_SPOKEN}|announces|suggested|suggests|believes|believed|thinks|thought)\b")
_COMPLEMENT = re.compile(r"(?:\bthat|\b(?:said|says|added|wrote|writes)\s*:?)\s*(?:\([^()]*\)?\s*)?$")
# A part that is only a condition or a concession ("[If they restart it], they will pay", "[While the
# pier is closed], the ferry runs"): no fact on its own, or one the rest of the sentence qualifies (an
# audit read such boxes as the opposite of the sentence): the whole sentence is shown.
_QUALIFIED = re.compile(
    r"^\W*(?:(?:and|but|yet|so)\s+)?(?:if|unless|whether|while|whilst|although|though|even\s+though)\b", re.IGNORECASE
)
# So is a part that is only when or why, where no comma sets it off as a fact of its own ("[When the
# pier closed], the ferry stopped", "stopped [because the pier closed]"; not "in May, [when the pier
# closed]").
_TIMED = re.compile(r"^\W*(?:when|whenever|after|before|until|because|since|once)\b", re.IGNORECASE)
# A verb right after a part that is its sentence's subject, past an aside ("[crossing at the port], as
# they plan to, does not ...").
_VERB_AFTER_ASIDE = re.compile(
    r"\s*,(?:[^,;:]{1,80},)?\s*(?:does|doesn[’']t|did|didn[’']t|is|isn[’']t|are|aren[’']t|was|wasn[’']t|were|has|have|had"
    r"|will|won[’']t|would|can|cannot|can[’']t|could|should|may|might|must)\b",
    re.IGNORECASE,
)
_OPENS_INSIDE = re.compile(r"\b(?:when|whenever|if|unless|because|although|though)\b[^,;:—–]*$", re.IGNORECASE)
# Its main clause right after the part: a clause that opens with no conjunction or relative word.
_MAIN_CLAUSE_AFTER = re.compile(
    r"\s*,\s*(?!(?:and|but|or|yet|so|then|which|who|whom|whose|where|that)\b)[^\W\d_]", re.IGNORECASE
)
# What a condition or concession qualifies, right after it: a clause that opens with no conjunction
# ("If you enter at night, or after a storm[, you will be fined]"; not "[...], and the crews left").
_MAIN_AFTER = re.compile(r"\s*[,;:—–]\s*(?!(?:and|but|or|yet|so|then)\b)[^\W\d_]", re.IGNORECASE)
# Who says it, at the sentence's end after the part ("[the pier will reopen], the mayor said on Friday.",
# "..., according to the port office.", "“[...],” said Ann Roe, a clerk who ..."; not "said the plan was
# ...", what is said): the box runs on to take it in, as it takes in a saying before the part (an
# audit found boxes that left the speaker out).
_SAYS = f"(?:{_SPOKEN}|noted|explained|stated|confirmed)"  # verbs of speech, not of thought, after a part
_TRAILING_TAG = re.compile(
    r"(?:[,—–]\s*|(?<=[”\"])\s+)(?:according\s+to\b[^,;:()]*|(?:(?!(?:not|after|before|when|while|as|because|"
    r"since|until|which|who|that|if|and|but)\b)[\w.’'()-]+\s+){0,8}?(?:(?:has|have|had)\s+)?"
    rf"{_SAYS}\b(?:\s+[\w.’'-]+){{0,5}}|{_SAYS}\s+[A-Z].*)\s*[.!?]?[”\"’']?\s*$"
)
# A condition right after a part ("[the ferry will run] if the storm passes", "[...] so long as the
# pier holds"): left out, the box states as a fact what the sentence makes hang on it (an audit). The
# box runs on to the next break between clauses, else to the sentence's end.
_CONDITION_AFTER = re.compile(
    r"\s*,?\s*(?:if|unless|provided(?:\s+that)?|(?:so|as)\s+long\s+as|only\s+if|on\s+condition\s+that)\b",
    re.IGNORECASE,
)
# A negation just before a part, in its clause ("Nor [will the ferry run on Sundays]"): left out, the box
# would read as the opposite (an audit).
_NEGATED = re.compile(r"(?:\b(?:not|nor|never|no|neither)\b|n[’']t\b)[^,;:—–()]*$", re.IGNORECASE)


def _clause_end(text: str, at: int) -> int:
    """Where the clause going on at ``at`` ends: the next break between clauses, or the text's end."""
    stop = _CLAUSE_BREAK.search(text, at)
    return stop.start() if stop else len(text)


def shown_part(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The part of a sentence a page sets off, or None for the whole sentence: a part that ends inside
    a quotation runs to its closing mark, and one that cuts a bracket takes the whole bracket; a part
    after a condition ("If they restart it, [they will pay]"), a negation of its clause ("Nor [is it
    likely]") or who says it ("The mayor said that [...]") takes it in, and one cut from what it
    qualifies ("whether, if [...]") or from whom it is about ("[who run the ferry]") is boxed from the
    sentence's start; a part that would begin or end inside a phrase runs on to the nearest break
    between clauses (``_at_breaks``); a part that leaves out only punctuation is the whole sentence."""
    end = min(len(text), max(0, end))
    start = min(max(0, start), end)
    if _TRAILING_TAG.search(text, end):
        end = len(text)
    if (
        _CONDITION.match(text[:start])
        or _NEGATED.search(text[:start])
        or _DEPENDENT.search(text[:start])
        or _DEPENDENT.search(text[dateline(text) : start])  # "PORT TOWN — As [...]"
        or _RELATIVE.match(text[start:end])
    ):
        start = 0
    elif _COMPLEMENT.search(text[:start]) and (verbs := list(_SAYING.finditer(text[:start]))):
        cut = max(text.rfind(mark, 0, verbs[-1].start()) for mark in (",", ";", ":", "—"))
        start = 0 if cut < 0 else cut + 1 + len(text[cut + 1 :]) - len(text[cut + 1 :].lstrip())
    for _ in range(3):  # widening to a break can open a quotation, closing one can cut a phrase
        was = start, end
        start, end = _closed(text, *_at_breaks(text, start, end))
        if _TRAILING_TAG.search(text, end):
            end = len(text)
        if condition := _CONDITION_AFTER.match(text, end):
            end = _clause_end(text, condition.end())
        # A part that is the subject of a verb after an aside ("And [crossing at the port], as they
        # plan to, does not expose them to ..."): the box runs on to take the verb and what it says.
        if _VERB_AFTER_ASIDE.match(text, end):
            end = _clause_end(text, end + 1)
        # A clause of when or if that opens inside the part and whose main clause comes after it
        # ("[Roe said that when the pier closed in May], the ferry stopped"): the box runs on to take it.
        if _OPENS_INSIDE.search(text[start:end]) and _MAIN_CLAUSE_AFTER.match(text[end:]):
            end = _clause_end(text, end + 1)
        if (start, end) == was:
            break
    # Not from the closing mark of a quotation before the part ("...,” [Roe said]" is no "”Roe said").
    while start < end and (text[start] == "”" or (text[start] == '"' and text.count('"', 0, start) % 2)):
        start += 1 + len(text[start + 1 : end]) - len(text[start + 1 : end].lstrip())
    if not re.sub(r"[\W_]", "", text[:start]) and not re.sub(r"[\W_]", "", text[end:]):
        return None
    timed = _TIMED.match(text[start:end]) and not re.search(r"[,;:—–]\s*$", text[:start])
    if (_QUALIFIED.match(text[start:end]) or timed) and (
        not re.search(r"[,;:—–]\s*\w", text[start:end])
        or re.search(r"[^\W\d_]", text[:start])
        or _MAIN_AFTER.match(text[end:])
    ):
        return None  # only the condition or concession: what it qualifies is outside
    return start, end


# Where a part may begin or end: at the sentence's edge, at punctuation, or at a conjunction; a part
# that begins or ends anywhere else cuts a phrase ("... to the spot [where the fence ends]", "The report
# came [hours after ...]", "a caravan that Mr. Roe has made clear [is not welcome]": an audit read such
# boxes as fragments) and runs on to the nearest break between clauses (a semicolon, or a comma before a
# conjunction), else to the sentence's edge: never to a comma inside a clause ("a talk in which Roe],
# speaking from ...").
_JOINS = "and|but|or|nor|yet|so|then"
_OPENS = "while|whereas|although|though|because|as|since|after|before|when|once|until|unless|if|according"
_EDGE_WORD = re.compile(f"(?:{_JOINS}|{_OPENS})", re.IGNORECASE)  # a word a part may begin after or end before
_WORD_BEFORE = re.compile(r"([^\W_]+)\s*$")
_WORD_AFTER = re.compile(r"\s*([^\W_]+)")
# No clause opens at "as" after these ("as far [as ...]", "so long [as ...]"): a part neither begins nor ends there.
_AS_FAR_AS = re.compile(r"\b(?:far|much|many|long|soon|well|such|same)\s+as$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(rf"\s*(?:;|,\s*(?=(?:{_JOINS})\b))\s*", re.IGNORECASE)


def _at_breaks(text: str, start: int, end: int) -> tuple[int, int]:
    """The part widened to the nearest breaks between clauses where it cuts a phrase (see ``_JOINS``)."""
    before = text[:start].rstrip()
    word = _WORD_BEFORE.search(before)
    if word and word.end() == len(before) and (not _EDGE_WORD.fullmatch(word.group(1)) or _AS_FAR_AS.search(before)):
        breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, start)]
        start = breaks[-1] if breaks else 0
    after = _WORD_AFTER.match(text, end)
    if after and (not _EDGE_WORD.fullmatch(after.group(1)) or _AS_FAR_AS.search(text[: after.end()])):
        cut = _CLAUSE_BREAK.search(text, end)
        end = cut.start() if cut else len(text)
    return start, end


def _closed(text: str, start: int, end: int) -> tuple[int, int]:
    """The part with its quotation marks and brackets whole: one that ends inside a quotation runs to its
    closing mark, one that starts right inside a quotation it closes takes its opening mark, and one that
    cuts a bracket takes the whole bracket."""
    curly = text.count("“", 0, end) - text.count("”", 0, end)
    if curly > 0 or text.count('"', 0, end) % 2:
        close = text.find("”" if curly > 0 else '"', end)
        if close != -1:
            end = close + 1
    # A part that starts right inside a quotation it closes takes its opening mark ("“[It is over,” she said]").
    if (
        start
        and text[start - 1] in '“"'
        and (text.count("”", start, end) > text.count("“", start, end) or text.count('"', start, end) % 2)
    ):
        start -= 1
    # Brackets stay whole: "(ICBMs" runs to its ")", and a part starting inside brackets takes the "(".
    if text.count("(", start, end) > text.count(")", start, end):
        close = text.find(")", end)
        end = close + 1 if close != -1 else end
    if text.count(")", start, end) > text.count("(", start, end):
        opening = text.rfind("(", 0, start)
        start = opening if opening != -1 else start
    return start, end


def _part(claim: Claim, sentence: Sentence) -> tuple[int, int] | None:
    span = claim.parts.get(sentence.key)
    return None if span is None else shown_part(sentence.text, *span)


def _told(claim: Claim, sentence: Sentence) -> tuple[int, int]:
    """The span of the sentence a page sets off as telling the claim (the whole sentence without a
    part), never its dateline ("PORT TOWN (AP) —": where the story was filed, no word of the claim)
    or live blog's update header, nor an embedded post's trailing links and signature (who posted
    it, and when)."""
    return told_span(sentence.text, *(_part(claim, sentence) or (0, len(sentence.text))))


_CLAIMS_OF: list = [None, {}]  # the last story asked about, and its sentences' claims
_HEADINGS: list = [None, {}]  # the last story asked about, and its claims' headings


def _headings(story: Story) -> dict[str, str]:
    """Per claim id, its heading (worked out once per story, not once per claim page)."""
    if _HEADINGS[0] is not story:
        _HEADINGS[:] = [story, {c.id: heading(c) for c in story.claims}]
    return _HEADINGS[1]


_SAID_BY: list = [None, {}, {}]  # the last story asked about, who speaks its headings, their pronouns


def said_by(story: Story) -> dict[str, str]:
    """Per claim id whose heading is a quote that does not name its speaker, the speaker the story's
    reading of its quotations gives (``compare.speaking.heading_speakers``). Worked out once per story."""
    if _SAID_BY[0] is not story:
        reported: set[str] = set()
        found = heading_speakers(story, reported)
        by_id = {c.id: c for c in story.claims}
        # Read from the heading as shown (a quote the sentence split left open is closed there).
        pronouns = {i: word for i in reported if (word := reported_word(heading(by_id[i])))}
        _SAID_BY[:] = [story, found, pronouns]
    return _SAID_BY[1]


def said_pronouns(story: Story) -> dict[str, str]:
    """Per claim id whose heading is in the outlet's own words and labelled with whom its "he" or "she"
    (or the office it opens with) stands for, that word (``compare.speaking.reported_word``): the label
    reads "(he: Ann Roe)", not "— Ann Roe" (audit 109). A quote's sentence without marks of its own
    keeps the dash."""
    said_by(story)
    return _SAID_BY[2]


def _claims_of(story: Story) -> dict[str, list[Claim]]:
    """Per sentence key, the story's claims that hold it, in claim order (worked out once per story)."""
    if _CLAIMS_OF[0] is not story:
        index: dict[str, list[Claim]] = {}
        for claim in story.claims:
            for key in dict.fromkeys(m.key for m in claim.members):
                index.setdefault(key, []).append(claim)
        _CLAIMS_OF[:] = [story, index]
    return _CLAIMS_OF[1]


def elsewhere(story: Story, claim: Claim, against: list[str] | None = None) -> list[tuple[str, Claim]]:
    """The outlets a claim lacks whose sentence the fact signal finds likely to state its heading's
    fact (``Claim.elsewhere``), each with the first claim that holds that sentence; not those that
    tell it with another value (``against``, by default ``told_otherwise``): their sentence is the
    other side of its disagreement."""
    holders = _claims_of(story)
    against = told_otherwise(story, claim) if against is None else against
    return [(o, home(story, key)) for o, key in claim.elsewhere.items() if holders.get(key) and o not in against]


def _weak_outlet(claim: Claim, key: str) -> bool:
    """Whether the outlet of a claim's sentence is a weaker match of the claim as a whole."""
    return any(m.key == key and m.outlet in claim.weak for m in claim.members)


def home(story: Story, key: str) -> Claim:
    """The claim a link to a sentence names: the one it heads, else the first that holds it as a sure
    match, else the first that holds it (audit 210 read a pointer to a claim holding the sentence as
    a weaker match, where another claim it heads tells the fact)."""
    holders = _claims_of(story)[key]
    return next(
        (c for c in holders if c.heading_key == key),
        next((c for c in holders if key not in c.weak_sentences and not _weak_outlet(c, key)), holders[0]),
    )


# A word-by-word view of two wordings that keep few words in the same order is struck-through text
# broken by scraps of the other: below this share of the shorter wording's words, none is shown.
PAIR_VIEW_SHARED = 1 / 3


def _readable(segments: list[Segment], a: str, b: str) -> list[Segment]:
    """The pair view's runs, or none when the two wordings keep too few words in the same order."""
    same = sum(len(tokens(s.text)) for s in segments if s.op == "equal")
    return segments if same >= PAIR_VIEW_SHARED * min(len(tokens(a)), len(tokens(b))) else []


def claim_context(story: Story, index: int) -> dict[str, Any]:
    """Everything a claim page shows: wordings per outlet with marks, missing outlets, pair diffs, neighbours.

    Outlets are counted, not sentences: an outlet that tells the claim in two sentences is one
    wording of two sentences. Word marks compare outlets: the words of the part of each sentence
    that tells the claim (where the alignment says which part) against every word the other outlets'
    cards show, greyed or not; each pair of outlets is compared once.
    """
    claim = story.claims[index]
    by_source = {a.source: a for a in story.articles}
    outlets = sorted(claim.outlets, key=lambda o: o in claim.weak)  # a weaker match's card after the others
    members = {o: [m for m in claim.members if m.outlet == o] for o in outlets}
    told = {o: [m.text[slice(*_told(claim, m))] for m in members[o]] for o in outlets}
    texts = [" ".join(told[o]) for o in outlets]
    shown = {o: " ".join(m.text for m in members[o]) for o in outlets}  # what each card shows, grey text too
    marked = mark_wordings(texts, outlets, [shown[o] for o in outlets])
    pairs = [
        {
            "a": a,
            "b": b,
            "segments": spaced(_readable(mark_moves(pair_diff(ta, tb), ta, tb, shown[a], shown[b]), ta, tb)),
            # An outlet that tells the claim in several sentences is compared as one run of words.
            "joined": [(o, len(members[o])) for o in (a, b) if len(members[o]) > 1],
        }
        for (a, ta), (b, tb) in combinations(zip(outlets, texts, strict=True), 2)
    ]
    wordings = [
        _wording(story, claim, by_source, outlet, members[outlet], told[outlet], words)
        for outlet, words in zip(outlets, marked, strict=True)
    ]
    return {
        "claim": claim,
        "heading": heading(claim),
        "headings": _headings(story),
        "said_by": said_by(story),
        "pronouns": said_pronouns(story),
        "disputes": (disputes := _disputes(story, claim)),
        "disputed": (disputed := _disputed_details(claim, disputes)),
        "disputed_elsewhere": _disputed_elsewhere(story, claim, disputed),
        "weak_givers": [_weak_givers(claim, x) for x in claim.differences],
        "wordings": wordings,
        # A card shows a box only where a sentence tells the claim in part (the heading's own sentence
        # is shown whole): the key speaks of boxes only where one is shown.
        "boxed": any(s["part"] for w in wordings for s in w["sentences"]),
        "pairs": pairs,
        "datelines": any(dateline(m.text) for m in claim.members),
        "updates": any(opening(m.text) > dateline(m.text) for m in claim.members),
        "posts": any(post_trailer(m.text)[0] < len(m.text) for m in claim.members),
        "missing": [o for o in story.outlets if o not in outlets],
        "against": (against := told_otherwise(story, claim, disputes)),
        # The outlets the coverage line counts as having it: not one told with another value.
        "found": (found := found_in(claim, against)),
        "weak_found": [o for o in claim.weak if o in found],
        "elsewhere": elsewhere(story, claim, against),
        "sites": sites(story),  # fewer than the outlets when a site gave several articles
        "unit": count_unit(story),
        # The sites of the articles the coverage line counts: those that reported it (a weaker match
        # is named apart), or all of them where every one is a weaker match (audit 141).
        "claim_sites": len(_sites_of(claim.reporting or claim.outlets)),
        "weak": claim.weak,
        "previous": story.claims[index - 1] if index > 0 else None,
        "next": story.claims[index + 1] if index + 1 < len(story.claims) else None,
    }


def _wording(
    story: Story,
    claim: Claim,
    by_source: dict[str, Article],
    outlet: str,
    members: list[Sentence],
    told: list[str],
    words: list[Word],
) -> dict[str, Any]:
    """One outlet's card: its sentences, each with the words that tell the claim marked (``words``, the
    marks of all its parts in order) and the text around them, its paragraph and where it comes from."""
    sentences = []
    at = 0
    for m, part in zip(members, told, strict=True):
        start, end = _told(claim, m)
        count = len(tokens(part))
        article = by_source[m.source]
        marked = runs(words[at : at + count])
        only, some = _said(marked, "unique"), _said(marked, "some")
        # Small words are left out of what is said, but not where they are all the sentence marks ("of
        # some of the finest" against "of the finest": an audit found the one word that differs seen
        # and never heard).
        small_said = not only and bool(some) and all(_small(run) for run in some)
        sentences.append(
            {
                "member": m,
                "before": m.text[:start],
                "runs": marked,
                # The marked words said in words after the sentence (a screen reader reads the sentence
                # whole, then these), in the order they stand.
                "only": only,
                "some": some if small_said else [run for run in some if not _small(run)],
                "small_said": small_said,
                "after": m.text[end:],
                # A sentence the split cut from a quotation: a screen reader hears where the quotation
                # began and goes on, which its marks alone do not say (audit 123).
                "quote_edges": _quote_edges(article.paragraphs[m.paragraph].text, m.text),
                "part": _part(claim, m) is not None,
                "weak": m.key in claim.weak_sentences,
                "paragraph": _context(article.paragraphs[m.paragraph].text, m.text),
                "also_in": [c for c in _claims_of(story).get(m.key, []) if c is not claim],
                "source": provenance(article, m),
            }
        )
        at += count
    return {
        "outlet": outlet,
        "article": by_source[members[0].source],
        "sentences": sentences,
        "weak": outlet in claim.weak,
    }


def _quote_edges(paragraph: str, text: str) -> tuple[bool, bool]:
    """Whether a sentence of the paragraph begins inside a quotation begun before it, and ends inside
    one (``align.quote_edges``, read with the paragraph's text before it)."""
    at = paragraph.find(text)
    return quote_edges(text, paragraph[:at] if at > 0 else "")


def _said(marked: list[tuple[str | None, str, str]], mark: str) -> list[str]:
    """The runs of one mark as a list says them: without the punctuation at their edges (a run that
    ends a sentence would end the list item with two full stops); a piece of a word a dash cuts is
    said with its word ("seekers (part of asylum-seekers)": an audit heard fragments such as "anti"; "in
    (in in-school)" had been heard too); a run said twice is said once."""
    out = []
    for i, (m, text, _) in enumerate(marked):
        if m != mark or not (said := _balanced(text.strip(SAID_EDGES))):
            continue
        before, j = "", i
        while j > 0 and _hyphened(marked[j - 1], marked[j]):  # the word goes on from the run before
            j -= 1
            before = marked[j][1].rsplit(" ", 1)[-1] + before
        after, j = "", i
        while j + 1 < len(marked) and _hyphened(marked[j], marked[j + 1]):  # and on into the run after
            j += 1
            after += marked[j][1].split(" ", 1)[0]
        last = said.split()[-1]
        stop = text.lstrip(SAID_EDGES).startswith(f"{said}.") and (last.lower() in TITLES | ENDERS or "." in last)
        said = _unquoted(said) + ("." if stop else "")  # an abbreviation keeps its stop ("Mr.", "U.S."): else letters
        words = text.split()
        if len(words) == 1:
            notes = [f"part of {(before + text + after).strip(SAID_EDGES)}"] if before or after else []
        else:  # only the cut word at an edge is said whole ("one, but ... (one: part of one-on-one)")
            first, last = words[0].strip(SAID_EDGES), words[-1].strip(SAID_EDGES)
            notes = [f"{first}: part of {(before + words[0]).strip(SAID_EDGES)}"] if before else []
            notes += [f"{last}: part of {(words[-1] + after).strip(SAID_EDGES)}"] if after else []
        out.append(f"{said} ({'; '.join(notes)})" if notes else said)
    return list(dict.fromkeys(out))  # each once: "percent; percent" says nothing more the second time (audit 68)


def _unquoted(said: str) -> str:
    """A run without the quotation marks inside it ("done its job,” Mr" is said "done its job, Mr"):
    a screen reader reads a mark aloud, or says nothing, and neither helps (audit 109). An apostrophe
    inside a word stays ("don't")."""
    return " ".join(re.sub(r"[“”\"]|(?<![\w])[‘’']|[‘’'](?![\w])", "", said).split())


def _balanced(said: str) -> str:
    """A run without the brackets it does not both open and close: "(WP) said", its opening bracket
    cut at the run's edge, is said "WP said", not "WP) said" (audit 99)."""
    pairs = {")": "(", "]": "["}
    opened: list[int] = []
    unmatched: set[int] = set()
    for i, ch in enumerate(said):
        if ch in "([":
            opened.append(i)
        elif ch in pairs:
            if opened and said[opened[-1]] == pairs[ch]:
                opened.pop()
            else:
                unmatched.add(i)
    unmatched.update(opened)
    return " ".join("".join(ch for i, ch in enumerate(said) if i not in unmatched).split())


def _hyphened(first: tuple[str | None, str, str], second: tuple[str | None, str, str]) -> bool:
    """Whether two runs are pieces of one hyphenated word ("asylum-" "seekers"): no space between them
    and a hyphen at the joint (a dash between two words, "investment–a", joins no word)."""
    return first[2] == "" and (first[1].endswith("-") or second[1].startswith("-"))


SAID_EDGES = " .,;:!?\"“”‘’'()[]—–-"


# Stop words a reader hears as what a wording says, not as glue: saying, time, quantity, doubt
# ("said", "former", "during", "many", "whether"). An audit found such words marked on the card and
# left out of the list a screen reader hears.
HEARD_WORDS = {
    "said", "says", "former", "formerly", "many", "another", "even", "during", "whether", "what", "before", "after",
    "against", "again", "already", "always", "never", "first", "last", "least", "most", "more", "less", "several",
    "every", "each", "both", "only", "still", "since", "until", "without", "within", "none", "nothing", "nobody",
    "noone", "nowhere", "cannot", "could", "would", "should", "might", "must", "whole", "enough", "almost", "alone",
    "together", "often", "sometimes", "perhaps", "really", "indeed", "however", "therefore", "although", "though",
    "unless", "because", "whatever",
}  # fmt: skip
SMALL_WORDS = STOP_WORDS - HEARD_WORDS


def _small(run: str) -> bool:
    """Whether a run of words is only small words ("a", "of the"; not a negation, nor a word of
    ``HEARD_WORDS``): a screen reader's list of words some other outlets also use leaves them out (a
    second audit found a quarter of such lists' items were single small words, the list often longer
    than the sentence). A word in capitals is an acronym, never a small word ("US" is not "us")."""
    return all(_small_word(w.strip(SAID_EDGES)) for w in run.split())


def _small_word(word: str) -> bool:
    """Whether a word (its edges stripped) is a small word: in any case but capitals ("US")."""
    return word.lower() in SMALL_WORDS and not (len(word) > 1 and word.isupper())


def _disputes(story: Story, claim: Claim) -> list[dict[str, Any]]:
    """The story's disagreements across claims that this claim is a side of, each with the claims of
    the other side and the sentences of each side. An outlet whose sentence is in another claim but
    gives this side's value ("expected to meet the queen" beside "will meet the queen", against "unlikely
    to meet her") is no other side (an audit read it marked as telling the fact with another value)."""
    by_id = {c.id: c for c in story.claims}
    mine = {m.key for m in claim.members if m.key not in claim.joined}  # a joined member may be the other side's

    def on_this_side(d: Disagreement, m: Sentence) -> bool:
        return m.key in mine or any(
            same_values(d.kind, d.values.get(m.outlet, []), d.values.get(s.outlet, []))
            for s in d.members
            if s.key in mine and s.outlet != m.outlet
        )

    return [
        {
            "disagreement": d,
            "others": [by_id[i] for i in d.claims if i != claim.id and i in by_id],
            "this_side": [m for m in d.members if m.key in mine],
            "other_side": other,
        }
        for d in story.disagreements
        if claim.id in d.claims
        and len(d.claims) > 1
        # A conflict the claim's own "What differs" shows (of this kind, between its sentences, with
        # its values) is not shown again as its other side; nor is one whose every side it holds.
        and not any(_shows(x, d) for x in claim.differences)
        and (other := [m for m in d.members if not on_this_side(d, m)])
    ]


def differs_here(story: Story) -> set[str]:
    """The claims a story page flags "outlets differ on a value here": a side of one of its
    disagreements; for a name spelt two ways, only a claim whose own sentences spell it both ways (its
    "What differs" shows it): a claim whose outlets all spell it alike is no place where they differ
    (audit 110 read the flag on a claim of one spelling as a difference in what its outlets quote)."""
    return {
        claim.id
        for claim in story.claims
        for d in story.disagreements
        if claim.id in d.claims
        and (not d.spelling or any(_shows(x, d) for x in claim.differences))
        and (len(d.claims) == 1 or _side_held(claim, d))  # a conflict of its own: its page shows it
    }


def _side_held(claim: Claim, d: Disagreement) -> bool:
    """Whether the claim holds a sentence of the disagreement for its own fact: not only one that joined
    it as a further fact or as a weaker match (audit 127 read "outlets differ on a value here" on six
    claims whose heading's fact no side disputes)."""
    keys = {m.key for m in d.members}
    return any(
        m.key in keys and m.key not in claim.joined and m.key not in claim.weak_sentences and m.outlet not in claim.weak
        for m in claim.members
    )


def told_otherwise(story: Story, claim: Claim, disputes: list[dict[str, Any]] | None = None) -> list[str]:
    """The outlets a claim lacks whose sentence is the other side of a disagreement its page shows
    (``_disputes``): they tell the fact with another value, and every page and the export say so, not
    that the outlet was not found (audits 92, 93). So too an outlet the claim holds only as a weaker
    match, beside an outlet that surely tells it: its sentences here may tell another fact, its sentence
    there tells this one with another value (audit 179 read ◐ on the story page beside its claim's
    other side). A name spelt two ways is shown under "The other side" too, but no other value of the
    claim's fact (audit 103 heard "tells it with another value" of an outlet whose one difference was
    "Vincente" for "Vicente"). So too an outlet whose sentence here says the opposite of the claim's
    heading (``Claim.denied``: its page shows that sentence, and says so), or gives only other figures
    for a number its outlets differ on (``Claim.other_numbers``: so too), or one that quotes the
    heading's remark in other words in another claim and none of its words here (``Claim.requoted``:
    its words stand under "The other side")."""
    disputes = _disputes(story, claim) if disputes is None else disputes
    return [
        o
        for o in story.outlets
        if o in claim.denied
        or o in claim.other_numbers
        or o in claim.requoted
        or (
            (o not in claim.outlets or (o in claim.weak and claim.reporting))
            and any(m.outlet == o for d in disputes if not d["disagreement"].spelling for m in d["other_side"])
        )
    ]


def found_in(claim: Claim, otherwise: list[str]) -> list[str]:
    """The outlets a claim's coverage counts as having it (reporting it, or a weaker match): not one
    that tells it with another value (``told_otherwise``), though the claim holds its weaker match."""
    return [o for o in claim.outlets if o not in otherwise]


def _disputed_details(claim: Claim, disputes: list[dict[str, Any]]) -> list[int]:
    """The claim's details ("only A gives about 600 people") whose values are a side of a
    disagreement its page shows under "The other side": the detail says so, as an audit read a detail
    beside the box that disputes its value as a page contradicting itself."""
    out = []
    for i, x in enumerate(claim.differences):
        if x.conflict:
            continue
        if any(
            d["disagreement"].kind == x.kind and same_values(x.kind, values, other)
            for d in disputes
            for values in x.by_outlet.values()
            for other in d["disagreement"].values.values()
        ):
            out.append(i)
    return out


def _weak_givers(claim: Claim, x: Difference) -> list[str]:
    """The outlets of a detail whose values only its weaker-match sentences here give (an outlet that is
    a weaker match as a whole is said so by the claim): audit 119 read "only A quotes Ann Roe: ..."
    from a sentence the page marks a weaker match, as a wording of the claim's fact."""
    if x.conflict:
        return []
    out = []
    for outlet, values in x.by_outlet.items():
        members = [m for m in claim.members if m.outlet == outlet]
        giving = [m for m in members if any(_gives(m.text, v) for v in values)]
        if outlet not in claim.weak and giving and all(m.key in claim.weak_sentences for m in giving):
            out.append(outlet)
    return out


def _gives(text: str, value: str) -> bool:
    """Whether a sentence prints a detail's value (the words before any cut, "…", of a quote)."""
    core = value.split("…")[0].strip(" “”\"'‘’[]")
    return bool(core) and prints(text, core)


def _disputed_elsewhere(story: Story, claim: Claim, disputed: list[int]) -> dict[int, int]:
    """The claim's other details whose value an outlet gives as a side of one of the story's
    disagreements that the page does not show, by the detail's place: the disagreement's number in
    "Where outlets differ" (audit 119 read "only A gives two others wounded" on two claims as if no
    outlet gave another count, where the story lists A's count against B's "several others")."""
    out = {}
    for i, x in enumerate(claim.differences):
        if x.conflict or i in disputed:
            continue
        n = next(
            (
                k
                for k, d in enumerate(story.disagreements, 1)
                if d.kind == x.kind
                and not any(_shows(y, d) for y in claim.differences)
                and any(d.values.get(o) and same_values(x.kind, vs, d.values[o]) for o, vs in x.by_outlet.items())
            ),
            None,
        )
        if n is not None:
            out[i] = n
    return out


def _shows(x: Difference, d: Disagreement) -> bool:
    """Whether a claim's difference ``x`` shows the disagreement ``d``: a conflict of its kind between
    some of its sentences, with its values where both say them. Two figures of one sentence are two
    things: a claim's "about 60 guests" / "70 visitors" does not show the story's "20 cabins" / "25
    cabins" because the same two sentences carry both (a browser audit found such an item linked
    to a claim whose page never showed it)."""
    if not (x.conflict and x.kind == d.kind and set(x.keys) & {m.key for m in d.members}):
        return False
    common = [o for o in x.by_outlet if x.by_outlet[o] and d.values.get(o)]
    return not common or any(same_values(d.kind, x.by_outlet[o], d.values[o]) for o in common)


def sites(story: Story) -> int:
    """How many outlets a story's articles come from: several articles of one site are labelled
    "site (2)", "site (3)" and counted apart on the pages, which then count articles."""
    return len(_sites_of(story.outlets))


def count_unit(story: Story) -> str:
    """What a story's pages count: "outlet", or "article" where a site gave several articles (each
    labelled and counted apart: "4 of 11 articles", not "4 of 11 outlets" of a story of 7 outlets)."""
    return "article" if sites(story) < len(story.outlets) else "outlet"


def _sites_of(outlets: list[str]) -> set[str]:
    """The sites of outlet labels ("site (2)" is the second article of "site")."""
    return {site_of(o) for o in outlets}


def claim_counts(story: Story, otherwise: dict[str, list[str]] | None = None) -> dict[str, int]:
    """How many claims more than one outlet told (and of them how many only copies of one text tell),
    how many more only with weaker matches of the others (a weaker match is not counted as reporting),
    how many one outlet alone told (``found_alone``), and how many one outlet told and others with
    another value. ``otherwise``: ``told_otherwise`` by claim id, when the caller has it."""
    otherwise = otherwise_by_claim(story, otherwise)
    told = sum(1 for c in story.claims if len(c.reporting) > 1)
    alone = len(found_alone(story, otherwise))
    # Of those told by several, the claims only copies of one text tell (a wire story two sites ran word
    # for word): counted as told by both, as the outlets table says, but no two tellings (audit 167).
    text_of = {a.outlet: a.copy_of or a.outlet for a in story.articles}
    copies = sum(1 for c in story.claims if len(c.reporting) > 1 and len({text_of.get(o, o) for o in c.reporting}) == 1)
    # An outlet that tells a claim with another value is not counted as having it, though the claim
    # holds a weaker match of its (``told_otherwise``). A claim one outlet surely tells and another with
    # another value is counted so, though a third is a weaker match of it (≠ says more than ◐: audits
    # 187 and 189 read such a claim in "match only weakly" and no "with another value" in the count).
    weakly = sum(1 for c in story.claims if len(c.reporting) <= 1 and len(c.outlets) > 1 and not otherwise[c.id])
    return {
        "several": told,
        "copies": copies,
        "weakly": weakly,
        "alone": alone,
        "otherwise": len(story.claims) - told - weakly - alone,
    }


def story_overview(story: Story, otherwise: dict[str, list[str]] | None = None) -> dict[str, Any]:
    """What a story page leads with: what most outlets report, then what one outlet alone says. An
    outlet that is a weaker match for a claim is not counted there: the claim is listed by the
    outlets that surely told it. ``otherwise``: ``told_otherwise`` by claim id, when the caller has it."""
    otherwise = otherwise_by_claim(story, otherwise)
    n = len(story.outlets)

    def sure(c: Claim) -> int:
        return len(c.reporting)

    shared = [c for c in story.claims if sure(c) > 1]
    most = [c for c in shared if 2 * sure(c) > n]
    widest = sorted(most or shared, key=lambda c: (-sure(c), -len(c.outlets), c.number))
    least = sure(widest[min(4, len(widest) - 1)]) if widest else 0
    if not most:  # the five told by the most outlets, and every claim told by as many (no tie left out)
        while sum(1 for c in widest if sure(c) >= least) > 10 and any(sure(c) > least for c in widest):
            least += 1  # too many ties: a higher bar, still with every claim that reaches it
        widest = [c for c in widest if sure(c) >= least]
    found = found_alone(story, otherwise)
    alone = {o: [c for c in story.claims if c.outlets == [o] and c.id in found] for o in story.outlets}
    return {
        "sites": sites(story),
        "unit": count_unit(story),
        "counts": claim_counts(story, otherwise),
        "second_article": next((o for o in story.outlets if o.endswith(" (2)")), None),
        "agreed": widest,
        "agreed_least": least,
        "agreed_is_majority": bool(most),
        "alone": {o: cs for o, cs in alone.items() if cs},
        "checked": sum(1 for c in story.claims if c.checked),
        "headings": _headings(story),
        "said_by": said_by(story),
        "pronouns": said_pronouns(story),
    }


def _claim_page(story: Story, i: int) -> dict[str, Any]:
    """The variables of the i-th claim's page."""
    return {**_common(story), **claim_context(story, i)}


def site_pages(stories: list[Story]) -> list[Page]:
    """The index, then per story its page and one page per claim."""
    pages = [
        Page(
            "index.html",
            "index",
            lambda: {
                "stories": stories,
                "sites": {s.slug: sites(s) for s in stories},
                "units": {s.slug: count_unit(s) for s in stories},
                "counts": {s.slug: claim_counts(s) for s in stories},
            },
        )
    ]
    for story in stories:
        pages.append(Page(story_path(story), "story", partial(_story_context, story), story))
        for i, claim in enumerate(story.claims):
            pages.append(Page(claim_path(story, claim), "claim", partial(_claim_page, story, i), story))
    return pages


def _common(story: Story) -> dict[str, Any]:
    return {"story": story, "story_url": story_path(story), "data_url": data_path(story)}


def published_span(story: Story) -> tuple[str, str] | None:
    """The first and last days the story's articles are dated (readable), when they are not all one
    day: a later article may tell what had not happened when an earlier one was written."""
    days = sorted({a.date[:10] for a in story.articles if a.date and readable_date(a.date)})
    if len(days) < 2:
        return None
    first, last = readable_date(days[0]), readable_date(days[-1])
    return (first, last) if first and last else None


def weak_sides(story: Story) -> dict[int, list[str]]:
    """For each disagreement (by its place in the list), the outlets of its sides that are only a weaker
    match in every claim holding their sentences, when some other side is not: the story page says so
    beside the item, as the claim page says it beside the claim's own conflict."""
    claim_of = {c.id: c for c in story.claims}
    out: dict[int, list[str]] = {}
    for i, d in enumerate(story.disagreements):
        sides = list(dict.fromkeys(m.outlet for m in d.members))
        weak = []
        for outlet in sides:
            keys = {m.key for m in d.members if m.outlet == outlet}
            homes = [claim_of[c] for c in d.claims if c in claim_of and keys & {m.key for m in claim_of[c].members}]
            if homes and all(outlet in c.weak for c in homes):
                weak.append(outlet)
        if weak and len(weak) < len(sides):
            out[i] = weak
    return out


def cut_quotations(story: Story) -> dict[int, dict[str, tuple[list[str], list[str]]]]:
    """For each quotes disagreement (by its place in the list), its sides' sentences that hold only
    part of a quotation the sentence split cut, each with the article's other sentences of that
    quotation the item does not show, before it and after it: the summary compares whole quotations,
    so the words it names may stand in those (an audit read "We will do it again" in a summary and not
    in the sentence shown below it)."""
    if not any(d.kind == "quotes" for d in story.disagreements):
        return {}
    context = story_context(story)
    whole = context.quotations
    out: dict[int, dict[str, tuple[list[str], list[str]]]] = {}
    for i, d in enumerate(story.disagreements):
        shown = {m.key for m in d.members}
        for m in d.members:
            if d.kind != "quotes" or m.key not in whole:
                continue
            told = _words(" ".join(s.text for s in d.members if s.outlet == m.outlet))
            if all(_words(value) in told for value in d.values.get(m.outlet, [])):
                continue  # the words compared are all in the sentences shown
            keyed: tuple[tuple[str, str], ...] = context.sentences.get(m.source, ())
            pieces = [(k, text) for k, text in keyed if set(whole.get(k, ())) & set(whole[m.key])]
            at = [k for k, _ in pieces].index(m.key)
            before = [text for k, text in pieces[:at] if k not in shown]
            after = [text for k, text in pieces[at + 1 :] if k not in shown]
            if before or after:
                out.setdefault(i, {})[m.key] = (before, after)
    return out


def _words(text: str) -> str:
    """The text's words, lowercased, one space between (quote marks and punctuation aside)."""
    return " " + " ".join(re.findall(r"\w+(?:[’']\w+)*", text.lower().replace("’", "'"))) + " "


def _story_context(story: Story) -> dict[str, Any]:
    otherwise = {c.id: told_otherwise(story, c) for c in story.claims}
    return {
        **_common(story),
        "weak_sides": weak_sides(story),
        "cut_quotations": cut_quotations(story),
        "otherwise": otherwise,
        # Whether any ◐ is shown: a weaker match not told with another value (that one shows ≠).
        "any_weak": any(o not in otherwise[c.id] for c in story.claims for o in c.weak),
        # How many sites the articles that report a claim come from (a story counted by article).
        "reporting_sites": {c.id: len(_sites_of(c.reporting)) for c in story.claims},
        "differs_here": differs_here(story),
        "span": published_span(story),
        "coverage": coverage_summary(story, otherwise),
        **story_overview(story, otherwise),
        "claim_of": {c.id: c for c in story.claims},
        "outlet_of": {a.source: a.outlet for a in story.articles},
        "dropped_lines": [d for d in story.dropped if d.reason != OUTSIDE],
        "outside": {
            a.source: [d.text for d in a.dropped if d.reason == OUTSIDE]
            for a in story.articles
            if any(d.reason == OUTSIDE for d in a.dropped)
        },
    }
