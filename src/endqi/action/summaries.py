"""Read states and bills from the legislation app into the action app's plain data.

The only module of the action app that knows the legislation models: it turns a
:class:`~endqi.legislation.models.Bill` into :class:`BillFacts` for messages and
states or bills into :class:`ShareCard` for images, so the rest stays pure.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django.http import Http404
from django.utils.translation import get_language, gettext, gettext_lazy, ngettext

from endqi.action.limits import DEFAULT_SHARE_SIZE
from endqi.action.messages import BillFacts, Outcome
from endqi.action.share import KICKER, SHORT_TITLES, ShareCard
from endqi.legislation.models import Bill, State
from endqi.legislation.rubric_text import verdict_label
from endqi.legislation.situation import STATUS_PHRASES
from endqi.rubric import CRITERIA, GROUPS, Verdict, format_score
from endqi.rubric.gaps import find_gaps
from endqi.states import StateInfo, get_state_info
from endqi.web.i18n import SPANISH, language_prefix

# Labels of the two group scores on images (the rubric's group titles are long).
GROUP_SCORE_LABELS: dict[str, Any] = {
    "end": gettext_lazy("Ends qualified immunity"),
    "start": gettext_lazy("Starts accountability"),
}
TOTAL_MAX = len(CRITERIA)
# What a bill "falls short on", per criterion, in a few words (for one-line facts).
GAP_NOUNS: dict[str, Any] = {
    "end.law_enforcement": gettext_lazy("ending it for police"),
    "end.public_employees": gettext_lazy("all public employees"),
    "end.state_constitution": gettext_lazy("every state constitutional right"),
    "end.damage_caps": gettext_lazy("damage caps"),
    "start.failure_to_intervene": gettext_lazy("a duty to intervene"),
    "start.full_compensation": gettext_lazy("full compensation"),
    "start.attorney_fees": gettext_lazy("attorney fees"),
    "start.individual_accountability": gettext_lazy("officer accountability"),
    "start.public_records": gettext_lazy("public records"),
}


def published_bill(abbr: str, slug: str) -> Bill:
    """The published bill ``slug`` of state ``abbr`` with its scorecard loaded; 404 otherwise."""
    bill = (
        Bill.objects.published()
        .with_scorecards()
        .filter(state__abbr=abbr.upper(), slug=slug)
        .first()
    )
    if bill is None:
        raise Http404("No such bill.")
    return bill


def state_row(abbr: str) -> State | None:
    """The State row with its published bills prefetched (None before states are loaded)."""
    return State.objects.with_published_bills().filter(abbr=abbr.upper()).first()


def bill_label(bill: Bill) -> str:
    """``HB 30 (2020)``."""
    return f"{bill.identifier} ({bill.year})" if bill.year else bill.identifier


def bill_facts(bill: Bill, *, url: str = "") -> BillFacts:
    """What a message needs about ``bill`` (its effective verdicts, overrides applied)."""
    scorecard = bill.scorecard()
    return BillFacts(
        state_name=bill.state.name,
        identifier=bill.identifier,
        results=tuple(scorecard.criteria) if scorecard else (),
        year=bill.year,
        title=(bill.title or "").strip(),
        url=url,
        outcome=Outcome(bill.outcome.value),
        status_phrase=STATUS_PHRASES.get(bill.status, ""),
    )


def _total_text(total: float) -> str:
    return format_score(total, TOTAL_MAX).split("/")[0]


def bill_fact_line(bill: Bill, *, with_status: bool = True) -> str:
    """One line about a bill: its status, its total and what it still lacks (active language)."""
    status = f"{bill.status_label}. " if with_status else ""
    scorecard = bill.scorecard()
    if scorecard is None:
        return status + gettext("Not evaluated yet.")
    # Criteria a passage of the bill leaves open are neither met nor missed.
    evaluation = bill.current_evaluation
    open_ids = {r.criterion_id for r in evaluation.ordered_results() if not r.is_assessed}
    gaps = [gap for gap in find_gaps(scorecard.criteria) if gap.criterion.id not in open_ids]
    words: dict[str, Any] = {"total": _total_text(scorecard.total), "max": TOTAL_MAX}
    if open_ids:
        words["assessed"] = TOTAL_MAX - len(open_ids)
        meets = gettext(
            "Meets %(total)s of the %(assessed)s criteria the text we have of it decides"
        )
    else:
        meets = gettext("Meets %(total)s of %(max)s criteria")
    words["meets"] = meets % words
    if not gaps:
        return status + gettext("%(meets)s for ending qualified immunity.") % words
    names = [str(GAP_NOUNS[gap.criterion.id]) for gap in gaps[:2]]
    if len(gaps) > 2:
        words |= {"first": names[0], "second": names[1], "count": len(gaps) - 2}
        return (
            status
            + gettext("%(meets)s; falls short on %(first)s, %(second)s and %(count)s more.") % words
        )
    if len(names) == 2:
        words["names"] = gettext("%(first)s and %(second)s") % {
            "first": names[0],
            "second": names[1],
        }
    else:
        words["names"] = names[0]
    return status + gettext("%(meets)s; falls short on %(names)s.") % words


def group_scores(bill: Bill) -> tuple[tuple[str, str], ...]:
    """The bill's two group scores with short labels, in the active language.

    From the stored evaluation: over assessed criteria ("2/3 assessed of 4").
    """
    evaluation = bill.current_evaluation
    if evaluation is None:
        return ()
    by_id = {score.id: score for score in evaluation.groups}
    return tuple((str(GROUP_SCORE_LABELS[group.id]), by_id[group.id].text) for group in GROUPS)


def bill_share_card(bill: Bill, *, host: str) -> ShareCard:
    """The share image data of one bill."""
    scorecard = bill.scorecard()
    checklist = (
        tuple((result.criterion_id, result.verdict.value) for result in scorecard.criteria)
        if scorecard
        else ()
    )
    return ShareCard(
        # A city's local law is headed by the city, never as the state's own law.
        heading=bill.jurisdiction_name,
        subheading=f"{bill_label(bill)} · {bill.status_label}",
        scores=group_scores(bill),
        fact=bill_fact_line(bill),
        footer=gettext("Evidence for every score: %(url)s")
        % {"url": f"{host}{bill.get_absolute_url()}"},
        checklist=checklist,
        **_card_words(),
    )


def _card_words() -> dict[str, Any]:
    """The image's fixed words in the active language (ShareCard's kicker and labels)."""
    labels = [(criterion_id, gettext(title)) for criterion_id, title in SHORT_TITLES.items()]
    labels += [(verdict.value, verdict_label(verdict)) for verdict in Verdict]
    return {"kicker": gettext(KICKER), "labels": tuple(labels)}


def state_share_card(info: StateInfo, state: State | None, *, host: str) -> ShareCard:
    """The share image data of a state: its best bill's scores, or the lack of a bill."""
    bills = state.published_bills() if state is not None else []
    best = state.best_bill() if state is not None else None
    footer = gettext("Scorecards and how to act: %(url)s") % {
        "url": f"{host}{language_prefix()}/{info.slug}/"
    }
    if best is None:
        return ShareCard(
            heading=info.name,
            subheading=gettext("No bill to end qualified immunity tracked yet"),
            scores=(),
            fact=gettext(
                "Officers in %(state)s can still claim qualified immunity. Ask your "
                "legislators to introduce the model policy."
            )
            % {"state": info.name},
            footer=footer,
            **_card_words(),
        )
    count = ngettext("%(count)s bill tracked", "%(count)s bills tracked", len(bills)) % {
        "count": len(bills)
    }
    best_fact = bill_fact_line(best, with_status=False)
    scorecard = best.scorecard()
    checklist = (
        tuple((result.criterion_id, result.verdict.value) for result in scorecard.criteria)
        if scorecard
        else ()
    )
    return ShareCard(
        heading=info.name,
        subheading=gettext("Best bill: %(label)s · %(status)s")
        % {"label": bill_label(best), "status": best.status_label},
        scores=group_scores(best),
        fact=gettext("%(count)s. The best %(fact)s")
        % {"count": count, "fact": best_fact[:1].lower() + best_fact[1:]},
        footer=footer,
        checklist=checklist,
        **_card_words(),
    )


def state_info_or_404(abbr: str) -> StateInfo:
    """Reference facts of a state by abbreviation; 404 for an unknown one."""
    try:
        return get_state_info(abbr)
    except KeyError:
        raise Http404("No such state.") from None


def image_query(size: str = DEFAULT_SHARE_SIZE, **extra: str) -> str:
    """The query string of a share image in the active language (``""`` for the default)."""
    params = {} if size == DEFAULT_SHARE_SIZE else {"size": size}
    if get_language() == SPANISH:
        params["lang"] = SPANISH
    params |= extra
    return ("?" + urlencode(params)) if params else ""


def share_post_text(subject: str, scores: tuple[tuple[str, str], ...], url: str) -> str:
    """A suggested social-media post to go with an image."""
    parts = [subject]
    if scores:
        parts.append("; ".join(f"{label}: {value}" for label, value in scores) + ".")
    parts.append(gettext("Read the evidence and contact your legislators: %(url)s") % {"url": url})
    parts.append("#EndQualifiedImmunity")
    return " ".join(parts)
