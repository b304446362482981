"""Finding checks, one small module per code. Checks return findings and never raise."""

from __future__ import annotations

from checker.align.context import Context
from checker.findings import (
    ahead,
    derived,
    frames,
    headline,
    inconsistency,
    location,
    office,
    omission,
    parallel_values,
)
from checker.findings.base import SEVERITY_RANK
from checker.model import Finding

# code → (module, title). The order here is the order the checks run in; output is sorted anyway.
CHECKS = (office, frames, derived, omission, inconsistency, ahead, headline, location, parallel_values)
CATALOGUE = {
    "CF01": "office-holder conflict: two people named for one exclusive office",
    "CF02": "historical-date conflict: one past event given two dates",
    "CF03": "quantity conflict: one quantity given incompatible values",
    "CF04": "event-date conflict: reports of one event date it differently",
    "CF05": "place conflict: one event or facility placed in places that do not contain each other",
    "CF06": "category conflict: one event given exclusive categories (an official against a working visit)",
    "OM01": "attendee omission: one report of an event leaves out an attendee another names",
    "OM02": "official omission: one report of an event leaves out an official most others name with their role",
    "AG01": "office-holder agreement",
    "AG02": "historical-date agreement",
    "AG03": "quantity agreement",
    "AG04": "event-date agreement",
    "IN01": "weekday inconsistency within one article",
    "IN02": "calendar-pair inconsistency within one article",
    "IN03": "duration inconsistency: a duration that contradicts the start date it counts from",
    "IN04": "date inconsistency: the occasion an article reports is dated after the article was published",
    "IN05": "headline inconsistency: a figure of an article's headline that its own body contradicts",
}


def run_checks(ctx: Context) -> list[Finding]:
    """All findings, sorted by severity (errors first), code and key; duplicates dropped."""
    found: dict[str, Finding] = {}
    told: set[tuple] = set()
    for check in CHECKS:
        for f in check.run(ctx):
            # (one clash of the same words told twice, as a recalled crash's date and as the day
            # its victim died: the first told stands)
            said = (f.code, frozenset(frozenset(v.get("claims") or ()) for v in f.values))
            if f.type == "conflict" and said in told:
                continue
            told.add(said)
            found.setdefault(f.id, f)
    return sorted(found.values(), key=lambda f: (-SEVERITY_RANK[f.severity], f.code, f.key, f.id))
