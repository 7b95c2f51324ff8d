"""Pages of the site: home (map), state pages, bill pages and the staff review screens.

Views read with the models' prefetching query sets (constant query counts on
list pages) and write only through ``endqi.legislation.bills`` and
``endqi.legislation.evaluations``.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.admin.views.decorators import staff_member_required
from django.core.cache import cache
from django.core.exceptions import RequestDataTooBig, ValidationError
from django.db import transaction
from django.db.models import F
from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponsePermanentRedirect,
    HttpResponseRedirect,
)
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, gettext, gettext_lazy, gettext_noop
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_GET, require_POST

from endqi.action.ratelimit import allow, client_ip, retry_after_seconds
from endqi.analysis.highlight import highlighted_text_html
from endqi.legislation import bills as bill_writes
from endqi.legislation import evaluations as evaluation_writes
from endqi.legislation.changes import recent_changes
from endqi.legislation.forms import (
    ClearOverrideForm,
    NewBillForm,
    NewVersionForm,
    OverrideForm,
    PublishForm,
    UploadTooLarge,
    upload_limit_text,
)
from endqi.legislation.models import (
    Bill,
    BillStatusChange,
    BillVersion,
    CriterionResult,
    Evaluation,
    State,
    ensure_states,
)
from endqi.legislation.rubric_text import criterion_title, verdict_label
from endqi.legislation.situation import state_situation
from endqi.legislation.status import BillStatus, StatusOutcome, status_outcome
from endqi.legislation.templatetags.legislation_tags import reviewer_name
from endqi.legislation.versions import version_changes
from endqi.rubric import CRITERIA, get_criterion
from endqi.states import all_states, get_state_info
from endqi.web import usmap
from endqi.web.fingerprint import app_models, table_fingerprint
from endqi.web.throttle import UPLOAD_PER_IP
from endqi.web.uploads import body_too_large

# Map colour tiers by the share of assessed criteria a bill meets (defined once; the legend
# reads them). With all nine criteria assessed these are 6 and 3 points of 9; criteria the
# stored text does not decide are left out rather than counted as unmet.
STRONG_SHARE = 6 / 9
MODERATE_SHARE = 3 / 9
# Marked with gettext_noop (plain English); the legend translates them where it shows them.
TIER_LABELS: dict[str, str] = {
    "strong": gettext_noop(
        "Strong bill (meets two-thirds or more of the criteria assessed; 6 to 9 of 9)"
    ),
    "moderate": gettext_noop("Moderate bill (one-third to two-thirds of the criteria assessed)"),
    "weak": gettext_noop("Weak bill (under one-third of the criteria assessed)"),
    "none": gettext_noop("No bill tracked"),
}
# How long a cached home-page fragment may live even if nothing seems to change
# (a safety net for writes that bypass the ORM's save()).
OVERVIEW_CACHE_SECONDS = 600
RECENT_CHANGES = 8


# Home page ---------------------------------------------------------------------


def score_tier(share: float | None) -> str:
    """``strong``, ``moderate`` or ``weak`` for the share (0 to 1) of assessed criteria met."""
    # A tiny tolerance so 6 of 9 (0.666...) counts as two-thirds.
    if share is None or share < MODERATE_SHARE - 1e-9:
        return "weak"
    return "strong" if share >= STRONG_SHARE - 1e-9 else "moderate"


@dataclass(frozen=True, slots=True)
class StateRow:
    """One state in the national overview: its best published bill, if any (picklable)."""

    abbr: str
    name: str
    fips: str
    url: str
    bill_identifier: str = ""
    bill_year: int | None = None
    bill_url: str = ""
    status: str = ""
    end_text: str = ""
    start_text: str = ""
    share: float | None = None
    assessed: int = 0
    bill_count: int = 0
    local_count: int = 0

    @property
    def tier(self) -> str:
        """Colour tier on the map."""
        return score_tier(self.share) if self.bill_identifier else "none"

    @property
    def outcome(self) -> str:
        """``enacted``, ``pending``, ``defeated`` or empty when there is no bill."""
        if not self.status:
            return ""
        return status_outcome(self.status).value

    @property
    def status_label(self) -> str:
        """The status word, e.g. "Failed"."""
        return BillStatus(self.status).label if self.status else ""

    def map_label(self) -> str:
        """The map tooltip and accessible name: everything the colour says, in words."""
        if not self.bill_identifier:
            return f"{self.name}: no bill tracked yet"
        year = f" ({self.bill_year})" if self.bill_year else ""
        scores = (
            f"end {self.end_text}, start {self.start_text}" if self.end_text else "not evaluated"
        )
        more = f"; {self.bill_count} bills tracked" if self.bill_count > 1 else ""
        return f"{self.name}: {self.bill_identifier}{year}, {self.status_label}; {scores}{more}"

    @property
    def partly_assessed(self) -> bool:
        """Whether the best bill's stored text leaves some criteria undecided."""
        return bool(self.bill_identifier) and self.assessed < len(CRITERIA)


def national_overview() -> list[StateRow]:
    """Every state with its best published state bill, in a constant number of queries.

    Local laws (a city's or county's) never stand for the state; they are counted
    separately so the table can mention them.
    """
    by_abbr = {state.abbr: state for state in State.objects.with_published_bills()}
    rows = []
    for info in all_states():
        state = by_abbr.get(info.abbr)
        bill = state.best_bill() if state is not None else None
        local_count = len(state.local_bills()) if state is not None else 0
        if bill is None:
            rows.append(
                StateRow(
                    abbr=info.abbr,
                    name=info.name,
                    fips=info.fips,
                    url=f"/{info.slug}/",
                    local_count=local_count,
                )
            )
            continue
        evaluation = bill.current_evaluation
        groups = {group.id: group.text for group in evaluation.groups} if evaluation else {}
        rows.append(
            StateRow(
                abbr=info.abbr,
                name=info.name,
                fips=info.fips,
                url=f"/{info.slug}/",
                bill_identifier=bill.identifier,
                bill_year=bill.year,
                bill_url=bill.get_absolute_url(),
                status=bill.status,
                end_text=groups.get("end", ""),
                start_text=groups.get("start", ""),
                share=evaluation.assessed_share() if evaluation else None,
                assessed=evaluation.assessed_count() if evaluation else 0,
                bill_count=len(state.state_bills()),
                local_count=local_count,
            )
        )
    return rows


def _hatch_pattern(tier: str, line_class: str) -> str:
    """An SVG pattern: the tier colour crossed by diagonal lines (bills that failed)."""
    return (
        f'<pattern id="hatch-{tier}" width="7" height="7" patternUnits="userSpaceOnUse" '
        'patternTransform="rotate(45)">'
        f'<rect width="7" height="7" class="hatch-bg-{tier}"/>'
        f'<line x1="1" y1="0" x2="1" y2="7" class="{line_class}"/></pattern>'
    )


MAP_PATTERNS = "".join(
    [
        _hatch_pattern("weak", "hatch-line-dark"),
        _hatch_pattern("moderate", "hatch-line"),
        _hatch_pattern("strong", "hatch-line"),
    ]
)


def map_css_class(row: StateRow) -> str:
    """CSS classes of a state's shape: its tier, and ``status-dead`` for defeated bills."""
    classes = [f"tier-{row.tier}"]
    if row.outcome == StatusOutcome.DEFEATED:
        classes.append("status-dead")
    return " ".join(classes)


def render_national_map(rows: list[StateRow]) -> tuple[str, str]:
    """``(svg, error)``: the map as inline SVG, or a message saying how to install its data."""
    try:
        shapes = usmap.load_state_shapes(usmap.atlas_path(settings.NODE_MODULES_DIR))
    except usmap.MapDataMissing as error:
        return "", str(error)
    styles = {
        row.fips: usmap.StateStyle(
            css_class=map_css_class(row),
            href=row.url,
            label=row.map_label(),
            marker=row.outcome == StatusOutcome.ENACTED,
        )
        for row in rows
    }
    svg = usmap.render_svg(
        shapes,
        styles,
        title="Map of bills to end qualified immunity, by state",
        description=(
            "Each state is shaded by the score of its best bill; hatched states' best bill "
            "failed, was vetoed or withdrawn; a dot marks a bill that became law. "
            "The table below lists the same facts."
        ),
        defs=MAP_PATTERNS,
    )
    return svg, ""


def data_fingerprint() -> str:
    """A string that changes whenever bills, evaluations, reviews or statuses change."""
    return table_fingerprint(app_models(["legislation"]))


DISTRICT_OF_COLUMBIA = "DC"


def overview_fragment() -> str:
    """The map, its legend and the table alternative as HTML, cached per data version."""
    key = f"endqi:home-overview:v2:{get_language()}:{data_fingerprint()}"
    fragment = cache.get(key)
    if fragment is None:
        rows = national_overview()
        svg, map_error = render_national_map(rows)
        fragment = render_to_string(
            "legislation/_overview.html",
            {
                "rows": rows,
                "map_svg": mark_safe(svg),  # built by usmap.render_svg, which escapes every value
                "map_error": map_error,
                "install_command": usmap.INSTALL_HINT,
                "legend": legend_items(),
                "states_with_bills": sum(1 for row in rows if row.bill_identifier),
                "jurisdictions_text": jurisdictions_text(rows),
            },
        )
        cache.set(key, fragment, OVERVIEW_CACHE_SECONDS)
    return fragment


def jurisdictions_text(rows: list[StateRow]) -> str:
    """``the 50 states and DC``: the states counted without DC, which is named apart."""
    states = sum(1 for row in rows if row.abbr != DISTRICT_OF_COLUMBIA)
    has_dc = any(row.abbr == DISTRICT_OF_COLUMBIA for row in rows)
    if has_dc:
        return gettext("the %(count)s states and DC") % {"count": states}
    return gettext("the %(count)s states") % {"count": states}


@dataclass(frozen=True, slots=True)
class LegendItem:
    """One legend entry: the CSS classes of its swatch, whether it has a dot, its words."""

    css_class: str
    label: str
    marker: bool = False


def legend_items() -> list[LegendItem]:
    """Legend entries in the order a reader needs them."""
    return [
        LegendItem("tier-strong", gettext(TIER_LABELS["strong"])),
        LegendItem("tier-moderate", gettext(TIER_LABELS["moderate"])),
        LegendItem("tier-weak", gettext(TIER_LABELS["weak"])),
        LegendItem("tier-none", gettext(TIER_LABELS["none"])),
        LegendItem(
            "tier-moderate status-dead",
            gettext("Hatched: the best bill failed, was vetoed or withdrawn"),
        ),
        LegendItem("tier-strong", gettext("Dot: the bill became law"), marker=True),
    ]


def recent_status_changes(limit: int = RECENT_CHANGES) -> list[BillStatusChange]:
    """Latest dated status changes of published bills (one query; undated ones last)."""
    return list(
        BillStatusChange.objects.filter(bill__published=True)
        .select_related("bill__state")
        .order_by(F("date").desc(nulls_last=True), "-created", "-id")[:limit]
    )


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    """The home page: what qualified immunity is, the national map and table, recent changes."""
    return render(
        request,
        "legislation/home.html",
        {
            "overview": mark_safe(overview_fragment()),  # rendered by our own template
            "recent_statuses": recent_status_changes(),
            "recent_site_changes": recent_changes(RECENT_CHANGES),
            "criteria": CRITERIA,
        },
    )


@require_GET
def go_to_state(request: HttpRequest) -> HttpResponse:
    """The header's state picker: ``/go/?state=mo`` → ``/mo/``; anything else back home."""
    value = (request.GET.get("state") or "").strip()
    try:
        info = get_state_info(value)
    except KeyError:
        if value:
            messages.error(request, "Choose a state from the list.")
        else:
            messages.info(request, "Choose your state from the list, then press Go.")
        return redirect("legislation:home")
    return redirect("legislation:state", abbr=info.slug)


# State and bill pages ----------------------------------------------------------------------


def state_or_404(abbr: str) -> State:
    """The State row for a valid abbreviation (creating the reference rows if missing)."""
    info = get_state_info(abbr)  # the URL pattern admits only valid abbreviations
    state = State.objects.filter(abbr=info.abbr).first()
    if state is None:
        # Reference data, not user data: the 51 rows come from the `us` package.
        ensure_states()
        state = get_object_or_404(State, abbr=info.abbr)
    return state


@require_GET
def state_page(request: HttpRequest, abbr: str) -> HttpResponse:
    """One state's page: its published bills with scorecards, case studies, take action."""
    state = state_or_404(abbr)
    bills = list(state.bills.published().with_scorecards().order_by("-year", "identifier"))
    state_bills = [bill for bill in bills if not bill.is_local]
    return render(
        request,
        "legislation/state.html",
        {
            "state": state,
            "bills": state_bills,
            "local_bills": [bill for bill in bills if bill.is_local],
            # The summary is about the state's own law, not a city's ordinance.
            "situation": state_situation(state.name, state.slug, state_bills),
            "contact_email": getattr(settings, "ENDQI_CONTACT_EMAIL", ""),
        },
    )


@dataclass(frozen=True, slots=True)
class ChangeEntry:
    """One line of a bill's change log."""

    when: datetime.datetime
    who: str
    what: str
    note: str = ""


# Fields of the historical records worth telling a reader about, with their labels.
BILL_FIELD_LABELS = {
    "status": gettext_lazy("status"),
    "status_date": gettext_lazy("status date"),
    "published": gettext_lazy("published"),
    "title": gettext_lazy("title"),
    "short_description": gettext_lazy("description"),
    "source_url": gettext_lazy("link to the legislature"),
    "identifier": gettext_lazy("identifier"),
    "session": gettext_lazy("session"),
    "law_number": gettext_lazy("law number"),
    "locality": gettext_lazy("jurisdiction"),
    "year": gettext_lazy("year"),
}


def _history_user(record: Any) -> str:
    """The name of whoever made a historical change, or "data import" for commands."""
    user = getattr(record, "history_user", None)
    return reviewer_name(user) if user is not None else gettext("data import")


def _describe_value(field_name: str, value: Any) -> str:
    """A historical field value in words."""
    if field_name == "status" and value:
        return gettext(BillStatus(value).label)
    if field_name == "published":
        return gettext("yes") if value else gettext("no")
    return str(value) if value not in (None, "") else gettext("(empty)")


def bill_change_log(bill: Bill) -> list[ChangeEntry]:
    """Every recorded change to a bill, its versions, evaluations and reviews, newest first.

    Built from django-simple-history records, so it includes changes made in the
    admin as well as on the review screen.
    """
    entries: list[ChangeEntry] = []
    bill_records = list(
        bill.history.select_related("history_user").order_by("history_date", "history_id")
    )
    previous = None
    for record in bill_records:
        if record.history_type == "+":
            entries.append(
                ChangeEntry(record.history_date, _history_user(record), gettext("Bill added"))
            )
        elif previous is not None:
            delta = record.diff_against(previous, included_fields=list(BILL_FIELD_LABELS))
            for change in delta.changes:
                entries.append(
                    ChangeEntry(
                        record.history_date,
                        _history_user(record),
                        gettext("%(field)s changed from %(old)s to %(new)s")
                        % {
                            "field": str(BILL_FIELD_LABELS[change.field]).capitalize(),
                            "old": _describe_value(change.field, change.old),
                            "new": _describe_value(change.field, change.new),
                        },
                    )
                )
        previous = record

    for version in BillVersion.history.filter(bill_id=bill.pk, history_type="+").select_related(
        "history_user"
    ):
        entries.append(
            ChangeEntry(
                version.history_date,
                _history_user(version),
                gettext("Text added: “%(label)s”") % {"label": version.label},
            )
        )

    evaluation_records = Evaluation.history.filter(bill_id=bill.pk).select_related("history_user")
    for record in evaluation_records:
        if record.history_type == "+":
            entries.append(
                ChangeEntry(
                    record.history_date,
                    _history_user(record),
                    gettext("Evaluated automatically (engine %(engine)s, rubric %(rubric)s)")
                    % {"engine": record.engine_version, "rubric": record.rubric_version},
                )
            )

    result_records = list(
        CriterionResult.history.filter(evaluation__bill_id=bill.pk)
        .select_related("history_user")
        .order_by("id", "history_date", "history_id")
    )
    last_by_result: dict[int, Any] = {}
    for record in result_records:
        before = last_by_result.get(record.id)
        last_by_result[record.id] = record
        old = (before.override_verdict, before.override_note) if before else (None, "")
        new = (record.override_verdict, record.override_note)
        # A new evaluation copies an existing override: that is not a new review.
        carried = before is None and record.history_type == "+"
        if new == old or (carried and new[0]):
            continue
        title = criterion_title(get_criterion(record.criterion_id).id)
        if record.override_verdict:
            what = gettext("Reviewed “%(title)s”: verdict set to %(verdict)s") % {
                "title": title,
                "verdict": verdict_label(record.override_verdict),
            }
            note = record.override_note
        else:
            what = gettext("Review of “%(title)s” removed; the automatic verdict applies again") % {
                "title": title
            }
            note = record.history_change_reason or ""
        entries.append(ChangeEntry(record.history_date, _history_user(record), what, note))

    entries.sort(key=lambda entry: entry.when, reverse=True)
    return entries


def bill_for_page(request: HttpRequest, abbr: str, slug: str) -> Bill:
    """A published bill (staff also see unpublished ones, to preview them)."""
    bills = Bill.objects.with_scorecards()
    if not request.user.is_staff:
        bills = bills.published()
    return get_object_or_404(bills, state__abbr=get_state_info(abbr).abbr, slug=slug)


def highlighted_version_text(evaluation: Evaluation | None) -> SafeString:
    """The evaluated version's text, escaped, with every evidence quote marked."""
    if evaluation is None:
        return mark_safe("")
    # highlighted_text_html escapes the whole text itself; only its <mark> tags are markup.
    return mark_safe(
        highlighted_text_html(evaluation.version.text, evaluation.scorecard().criteria)
    )


def renamed_bill_url(abbr: str, slug: str) -> str | None:
    """The current address of a published bill that once had ``slug`` (renamed bills).

    Bills once named by a counter, or by a wrong number, were renamed; links and
    citations to their old address still reach them. One query, only on a miss.
    """
    record = (
        Bill.history.filter(state__abbr=get_state_info(abbr).abbr, slug=slug)
        .order_by("-history_date")
        .first()
    )
    if record is None:
        return None
    bill = Bill.objects.published().filter(pk=record.id).select_related("state").first()
    return bill.get_absolute_url() if bill is not None and bill.slug != slug else None


@require_GET
def bill_page(request: HttpRequest, abbr: str, slug: str) -> HttpResponse:
    """One bill: scorecard, highlighted text, versions, evaluations and its change log."""
    try:
        bill = bill_for_page(request, abbr, slug)
    except Http404:
        moved = renamed_bill_url(abbr, slug)
        if moved is None:
            raise
        return HttpResponsePermanentRedirect(moved)
    evaluation = bill.current_evaluation
    return render(
        request,
        "legislation/bill.html",
        {
            "bill": bill,
            "state": bill.state,
            "evaluation": evaluation,
            "bill_text": highlighted_version_text(evaluation),
            "versions": list(
                bill.versions.select_related("created_by").order_by("-created", "-id")
            ),
            "version_changes": version_changes(bill),
            "change_log": bill_change_log(bill),
        },
    )


# Staff --------------------------------------------------------------------------------------


def too_large_response(request: HttpRequest) -> HttpResponse:
    """A clear 413 page naming the limit."""
    return render(
        request,
        "413.html",
        {"limit": upload_limit_text()},
        status=413,
    )


def upload_view(view: Any) -> Any:
    """Staff-only upload view that answers 413 for oversize bodies before reading them.

    Django's CSRF middleware reads the POST body before any view runs, so an
    oversize body would become a 400 there. The wrapper is exempt from the
    middleware, checks staff access and the size first, then applies the same
    CSRF check itself (``csrf_protect``) before the real view reads anything.
    """
    protected = csrf_protect(view)

    @csrf_exempt
    @staff_member_required
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if request.method == "POST" and body_too_large(request):
            return too_large_response(request)
        if request.method == "POST" and not allow(UPLOAD_PER_IP, client_ip(request)):
            response = render(
                request,
                "429.html",
                {"message": "Too many uploads from your address; please wait and try again."},
                status=429,
            )
            response["Retry-After"] = str(retry_after_seconds(UPLOAD_PER_IP))
            return response
        try:
            return protected(request, *args, **kwargs)
        except (RequestDataTooBig, UploadTooLarge):
            return too_large_response(request)

    wrapper.__doc__ = view.__doc__
    wrapper.__name__ = view.__name__
    return wrapper


@staff_member_required
@require_GET
def staff_bill_list(request: HttpRequest) -> HttpResponse:
    """Every bill, published or not, with its scores and a link to review it."""
    bills = list(Bill.objects.with_scorecards().order_by("state__name", "-year", "identifier"))
    return render(request, "legislation/staff/list.html", {"bills": bills})


@upload_view
def staff_new_bill(request: HttpRequest) -> HttpResponse:
    """Add a bill from pasted text or an uploaded file; evaluate it; go to its review screen."""
    if request.method == "POST":
        form = NewBillForm(request.POST, request.FILES)
        if form.is_valid():
            bill = _create_bill_from_form(request, form)
            if bill is not None:
                messages.success(
                    request, f"{bill.identifier} added and evaluated. Review it, then publish."
                )
                return redirect("legislation:staff-review", bill_id=bill.pk)
    elif request.method == "GET":
        form = NewBillForm(initial={"status": BillStatus.INTRODUCED})
    else:
        return HttpResponse(status=405, headers={"Allow": "GET, POST"})
    status = 400 if form.is_bound else 200
    return render(request, "legislation/staff/new.html", {"form": form}, status=status)


def _create_bill_from_form(request: HttpRequest, form: NewBillForm) -> Bill | None:
    """Create the bill and its first evaluated version in one transaction.

    Returns ``None`` (with the problem added to the form) when the text cannot
    be read; nothing is written then.
    """
    data = form.cleaned_data
    content, filename = form.content()
    try:
        with transaction.atomic():
            bill = bill_writes.create_bill(
                state=State.objects.get_or_create(
                    abbr=data["state"],
                    defaults={
                        "name": get_state_info(data["state"]).name,
                        "fips": get_state_info(data["state"]).fips,
                    },
                )[0],
                identifier=data["identifier"],
                year=data["year"],
                title=data["title"],
                status=data["status"],
                source_url=data["source_url"],
                user=request.user,
            )
            bill_writes.add_bill_version(
                bill,
                content,
                filename=filename,
                label=data["version_label"] or "introduced",
                source_url=data["version_source_url"],
                coverage=data["version_coverage"],
                version_date=data["version_date"],
                user=request.user,
            )
    except ValidationError as error:
        form.add_error(None, error)
        return None
    return bill


def _review_context(request: HttpRequest, bill: Bill, **forms: Any) -> dict[str, Any]:
    """Everything the review screen shows."""
    evaluation = bill.current_evaluation
    results = evaluation.ordered_results() if evaluation else []
    override_forms = {}
    for result in results:
        prefix = result.criterion_id.replace(".", "-")
        bound = forms.get("override_forms", {}).get(result.criterion_id)
        override_forms[result.criterion_id] = bound or OverrideForm(
            prefix=prefix,
            initial={"verdict": result.effective_verdict.value, "note": ""},
        )
    return {
        "bill": bill,
        "state": bill.state,
        "evaluation": evaluation,
        "override_forms": override_forms,
        "clear_forms": {
            result.criterion_id: ClearOverrideForm(
                prefix=result.criterion_id.replace(".", "-") + "-clear"
            )
            for result in results
            if result.is_overridden
        },
        "disagreements": [result for result in results if result.automatic_disagrees],
        "version_form": forms.get("version_form") or NewVersionForm(),
        "bill_text": highlighted_version_text(evaluation),
        "versions": list(bill.versions.order_by("-created", "-id")),
    }


def _staff_bill(bill_id: int) -> Bill:
    """Any bill (published or not) with its scorecard loaded."""
    return get_object_or_404(Bill.objects.with_scorecards(), pk=bill_id)


@staff_member_required
@require_GET
def staff_review(request: HttpRequest, bill_id: int) -> HttpResponse:
    """The review screen: automatic evaluation, overrides, publish, new version."""
    bill = _staff_bill(bill_id)
    return render(request, "legislation/staff/review.html", _review_context(request, bill))


def _review_url(bill: Bill, anchor: str = "") -> str:
    """The review screen URL, optionally at an anchor."""
    url = reverse("legislation:staff-review", kwargs={"bill_id": bill.pk})
    return f"{url}#{anchor}" if anchor else url


@staff_member_required
@require_POST
def staff_override(request: HttpRequest, bill_id: int, criterion_id: str) -> HttpResponse:
    """Set a reviewer's verdict on one criterion of the bill's current evaluation."""
    bill = _staff_bill(bill_id)
    evaluation = bill.current_evaluation
    if evaluation is None:
        raise Http404("This bill has no evaluation to review yet.")
    result = get_object_or_404(CriterionResult, evaluation=evaluation, criterion_id=criterion_id)
    prefix = criterion_id.replace(".", "-")
    form = OverrideForm(request.POST, prefix=prefix)
    if form.is_valid():
        try:
            evaluation_writes.override_criterion(
                result, form.cleaned_data["verdict"], form.cleaned_data["note"], request.user
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, f"Saved your verdict on “{result.criterion.title}”.")
            return HttpResponseRedirect(_review_url(bill, f"criterion-{prefix}"))
    context = _review_context(request, bill, override_forms={criterion_id: form})
    return render(request, "legislation/staff/review.html", context, status=400)


@staff_member_required
@require_POST
def staff_clear_override(request: HttpRequest, bill_id: int, criterion_id: str) -> HttpResponse:
    """Remove a reviewer's verdict (with a note) so the automatic verdict shows again."""
    bill = _staff_bill(bill_id)
    evaluation = bill.current_evaluation
    if evaluation is None:
        raise Http404("This bill has no evaluation to review yet.")
    result = get_object_or_404(CriterionResult, evaluation=evaluation, criterion_id=criterion_id)
    form = ClearOverrideForm(request.POST, prefix=criterion_id.replace(".", "-") + "-clear")
    if form.is_valid():
        try:
            evaluation_writes.clear_override(result, form.cleaned_data["note"], request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, f"Removed the review of “{result.criterion.title}”.")
    else:
        messages.error(request, "Say why you are removing the review.")
    return HttpResponseRedirect(_review_url(bill, "criterion-" + criterion_id.replace(".", "-")))


@staff_member_required
@require_POST
def staff_publish(request: HttpRequest, bill_id: int) -> HttpResponse:
    """Publish or unpublish a bill."""
    bill = _staff_bill(bill_id)
    form = PublishForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose publish or unpublish.")
        return HttpResponseRedirect(_review_url(bill))
    published = form.cleaned_data["published"]
    if bill_writes.set_published(bill, published, user=request.user):
        messages.success(request, "Published." if published else "Unpublished.")
    return HttpResponseRedirect(_review_url(bill))


@upload_view
def staff_new_version(request: HttpRequest, bill_id: int) -> HttpResponse:
    """Add a new version of the text; it is evaluated and every override is kept."""
    if request.method != "POST":
        return HttpResponse(status=405, headers={"Allow": "POST"})
    bill = _staff_bill(bill_id)
    form = NewVersionForm(request.POST, request.FILES)
    if form.is_valid():
        content, filename = form.content()
        try:
            bill_writes.add_bill_version(
                bill,
                content,
                filename=filename,
                label=form.cleaned_data["version_label"],
                source_url=form.cleaned_data["version_source_url"],
                coverage=form.cleaned_data["version_coverage"],
                version_date=form.cleaned_data["version_date"],
                user=request.user,
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            bill = _staff_bill(bill_id)
            flagged = [
                r for r in bill.current_evaluation.ordered_results() if r.automatic_disagrees
            ]
            text = "New version evaluated; your reviews were kept."
            if flagged:
                text += f" The automatic verdict now disagrees on {len(flagged)} reviewed criteria: look again."
            messages.success(request, text)
            return HttpResponseRedirect(_review_url(bill))
    context = _review_context(request, bill, version_form=form)
    return render(request, "legislation/staff/review.html", context, status=400)
