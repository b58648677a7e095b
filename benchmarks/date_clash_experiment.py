"""Dates as a pair feature, measured on the tuning stories (experiment, not shipped).

    python benchmarks/date_clash_experiment.py [--corpus ../shared/data/multi-outlet] [--out FILE]

Two sentences that date what they tell to days that cannot be the same ("in December" / "early
Sunday" in an article of February; "last week" / "over Easter weekend") more often tell two facts
than one dated two ways: of the tuning stories' cross-outlet pairs that both give a day, 46 % of
the pairs the gold does not link have days apart, against 13 % of those it links. Two more pair
features: whether both sentences give days (resolved against their articles' dates, as
``compare.date`` resolves them: a day, a weekday, a month, a period such as "last week") and none
of one's can be one of the other's; the same with years alone counted too ("in 2011" / "in 2013").
Scored with the shipped method (``real.SHIPPED``): leave one story out, the threshold chosen on the
other tuning stories.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import real  # noqa: E402
import train_pairs  # noqa: E402
from report import emit  # noqa: E402
from signal_experiments import _summary  # noqa: E402

from generator.compare.date import (  # noqa: E402
    _DATE,
    PERIOD,
    _days,
    _holiday_as_thing,
    _month_as_name,
    article_day,
    period,
    resolve,
)

EXTRA = ("date_clash", "date_clash_years")


def spans(text: str, published: date | None, years: bool) -> list[tuple[date, date]]:
    """The spans of days the text's dates and periods can mean (bare years only with ``years``)."""
    out = []
    for m in _DATE.finditer(text):
        if _month_as_name(text, m) or _holiday_as_thing(text, m):
            continue
        before = text[: m.start()].split()[-1:] or [""]
        when = resolve(m.group(0), published, before[0].lower())
        if when is None or (not years and when.year and not when.month and not when.day and when.weekday is None):
            continue
        try:
            found = _days(when, published)
        except OverflowError:
            found = None
        if found:
            out.append(found)
    out += [p for m in PERIOD.finditer(text) if (p := period(m.group(0), published))]
    return out


def clashes(story: real.Loaded) -> dict[str, np.ndarray]:
    days = {a.source: article_day(a.date) for a in story.prepared.articles}
    out = {}
    for name, years in (("date_clash", False), ("date_clash_years", True)):
        sp = [spans(s.text, days.get(s.source), years) for s in story.prepared.sentences]
        n = len(sp)
        m = np.zeros((n, n))
        for i in range(n):
            for j in range(i + 1, n):
                if sp[i] and sp[j] and not any(a[0] <= b[1] and b[0] <= a[1] for a in sp[i] for b in sp[j]):
                    m[i, j] = m[j, i] = 1.0
        out[name] = m
    return out


def main() -> int:
    args, tune, check, old, embedder = train_pairs.experiment(__doc__, EXTRA, lambda story, feats: clashes(story))
    report = {
        name: _summary(real.evaluate_method(replace(real.SHIPPED, name=name, drop=drop), tune, check, old, embedder))
        for name, drop in (
            ("baseline", EXTRA),
            ("days", ("date_clash_years",)),
            ("days and years", ("date_clash",)),
        )
    }
    return emit(report, args.out)


if __name__ == "__main__":
    sys.exit(main())
