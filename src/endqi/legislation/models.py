"""Legislation models: states, bills, versions, evaluations, criterion results.

State → bills → versions (the text) → evaluations (one run of the evaluator,
possibly reviewed) → criterion results (verdict, explanation, evidence spans,
and a reviewer's override). Every change to a bill, version, evaluation or
criterion result is kept by django-simple-history.

Functions that change these rows live in :mod:`endqi.legislation.evaluations`
(evaluate, override, add a version); views call those, never the ORM directly
for writes.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.db.models import Prefetch, Q
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from endqi.analysis import CriterionResult as AnalysisResult
from endqi.analysis import Evidence, Scorecard
from endqi.legislation.coverage import (
    NOT_IN_TEXT_LABEL,
    AssessedGroupScore,
    assessed_groups,
    assessed_share,
)
from endqi.legislation.status import STATUS_RANK, BillStatus, StatusOutcome, status_outcome
from endqi.rubric import CRITERIA, Verdict, get_criterion
from endqi.states import STATE_CHOICES

CRITERION_CHOICES: tuple[tuple[str, str], ...] = tuple((c.id, c.title) for c in CRITERIA)
CRITERION_POSITION: dict[str, int] = {c.id: index for index, c in enumerate(CRITERIA)}
VERDICT_CHOICES: tuple[tuple[str, str], ...] = tuple((v.value, v.label) for v in Verdict)


class StateQuerySet(models.QuerySet):
    """Queries on states."""

    def with_published_bills(self) -> StateQuerySet:
        """Prefetch each state's published bills with their current scorecards.

        A constant number of queries however many states and bills; used by the
        home page map and the states API so ``state.best_bill()`` costs nothing.
        """
        return self.prefetch_related(
            Prefetch(
                "bills",
                queryset=Bill.objects.published().with_scorecards(),
                to_attr="prefetched_published_bills",
            )
        )


class State(models.Model):
    """One of the 50 states or DC. Rows are created from ``endqi.states``."""

    abbr = models.CharField(max_length=2, unique=True, choices=STATE_CHOICES)
    name = models.CharField(max_length=64)
    fips = models.CharField(max_length=2, unique=True)

    objects = StateQuerySet.as_manager()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @property
    def slug(self) -> str:
        """Lower-case abbreviation used in URLs."""
        return self.abbr.lower()

    def get_absolute_url(self) -> str:
        """The state page, ``/mo/`` (``/es/mo/`` in Spanish)."""
        return reverse("legislation:state", kwargs={"abbr": self.slug})

    def published_bills(self) -> list[Bill]:
        """Published bills with scorecards (uses the prefetch of ``with_published_bills``)."""
        prefetched = getattr(self, "prefetched_published_bills", None)
        if prefetched is not None:
            return list(prefetched)
        return list(self.bills.published().with_scorecards())

    def state_bills(self) -> list[Bill]:
        """Published bills of the state legislature itself (local laws left out)."""
        return [bill for bill in self.published_bills() if not bill.is_local]

    def local_bills(self) -> list[Bill]:
        """Published local laws (city or county) within the state."""
        return [bill for bill in self.published_bills() if bill.is_local]

    def best_bill(self) -> Bill | None:
        """The state legislature's most advanced, highest-scoring published bill (for the map).

        Ranked by status (law, then live bills by progress, then dead bills),
        then by the share of assessed criteria met, then by year; ``None`` when
        the state has none. A city's or county's local law is never the state's
        best bill: it is not the state's law.
        """
        bills = self.state_bills()
        if not bills:
            return None
        return max(bills, key=lambda bill: bill.rank_key())


def ensure_states() -> int:
    """Create any missing State rows (idempotent); returns how many were created.

    The migration ``0006_state_rows`` creates them; importers and seeds call this so a
    database emptied by ``manage.py flush`` works again. Pages never call it: no GET writes.
    """
    from endqi.states import all_states

    existing = set(State.objects.values_list("abbr", flat=True))
    missing = [
        State(abbr=s.abbr, name=s.name, fips=s.fips) for s in all_states() if s.abbr not in existing
    ]
    State.objects.bulk_create(missing)
    return len(missing)


class BillQuerySet(models.QuerySet):
    """Queries on bills."""

    def published(self) -> BillQuerySet:
        """Bills visible to the public."""
        return self.filter(published=True)

    def for_state(self, abbr: str) -> BillQuerySet:
        """Bills of one state, by postal abbreviation (any case)."""
        return self.filter(state__abbr=abbr.strip().upper())

    def with_scorecards(self) -> BillQuerySet:
        """Everything a state page or API list shows, in a constant number of queries.

        Loads the state, the current evaluation with its version, reviewer and
        criterion results, and the dated status history.
        """
        return self.select_related("state").prefetch_related(
            Prefetch(
                "evaluations",
                queryset=Evaluation.objects.filter(is_current=True)
                .select_related("version", "created_by", "reviewed_by")
                .prefetch_related(
                    Prefetch(
                        "results",
                        queryset=CriterionResult.objects.select_related("overridden_by"),
                    )
                ),
                to_attr="prefetched_current_evaluations",
            ),
            Prefetch(
                "status_changes",
                queryset=BillStatusChange.objects.order_by("date", "id"),
                to_attr="prefetched_status_changes",
            ),
        )


class Bill(models.Model):
    """A bill in one state's legislature, or a local law of a city or county in that state."""

    state = models.ForeignKey(State, on_delete=models.PROTECT, related_name="bills")
    locality = models.CharField(
        max_length=100,
        blank=True,
        help_text='City or county for a local law (e.g. "New York City"); empty for a state bill.',
    )
    identifier = models.CharField(
        max_length=100,
        help_text='As the legislature writes it, e.g. "HB 30", "SB 20-217" or "Int. 2220-A".',
    )
    law_number = models.CharField(
        max_length=100,
        blank=True,
        help_text='The number it has as law, when enacted, e.g. "Local Law 48 of 2021".',
    )
    sponsors = models.JSONField(
        default=list, blank=True, help_text="Sponsors' names as the legislature lists them."
    )
    slug = models.SlugField(max_length=100, help_text="Unique within the state; used in URLs.")
    session = models.CharField(
        max_length=100, blank=True, help_text='Legislative session, e.g. "2021" or "2021S1".'
    )
    year = models.PositiveSmallIntegerField(null=True, blank=True)
    title = models.CharField(max_length=500, blank=True)
    short_description = models.TextField(blank=True)
    status = models.CharField(
        max_length=32, choices=BillStatus.choices, default=BillStatus.INTRODUCED
    )
    status_date = models.DateField(null=True, blank=True)
    source_url = models.URLField(max_length=500, blank=True)
    text_links = models.JSONField(
        default=list,
        blank=True,
        help_text="Official texts known from an import but not yet stored: note, url, media_type.",
    )
    status_checked = models.DateField(
        null=True,
        blank=True,
        help_text="When the status and actions were last checked against the legislature.",
    )
    text_checked = models.DateField(
        null=True,
        blank=True,
        help_text="When the stored text was last checked against the legislature's text.",
    )
    openstates_id = models.CharField(max_length=100, null=True, blank=True, unique=True)
    legiscan_id = models.PositiveIntegerField(null=True, blank=True, unique=True)
    published = models.BooleanField(default=False)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()
    objects = BillQuerySet.as_manager()

    class Meta:
        ordering = ["state__name", "-year", "identifier"]
        constraints = [
            models.UniqueConstraint(fields=["state", "slug"], name="bill_slug_unique_per_state")
        ]

    def __str__(self) -> str:
        year = f" ({self.year})" if self.year else ""
        return f"{self.jurisdiction_short} {self.identifier}{year}"

    @property
    def is_local(self) -> bool:
        """Whether this is a city's or county's local law rather than a state bill."""
        return bool(self.locality)

    @property
    def jurisdiction_name(self) -> str:
        """ "New York" for a state bill, "New York City, New York" for a local law."""
        state = self.state.name if self.state_id else ""
        return f"{self.locality}, {state}" if self.locality else state

    @property
    def jurisdiction_short(self) -> str:
        """ "NY" for a state bill, "New York City" for a local law (titles, feeds)."""
        return self.locality or (self.state.abbr if self.state_id else "")

    @property
    def display_name(self) -> str:
        """How the bill is cited: "Colorado SB 20-217", "New York City Int. 2220-A"."""
        return f"{self.locality or (self.state.name if self.state_id else '')} {self.identifier}"

    def get_absolute_url(self) -> str:
        """The bill page, ``/mo/bills/hb-30/`` (``/es/mo/bills/hb-30/`` in Spanish)."""
        return reverse("legislation:bill", kwargs={"abbr": self.state.slug, "slug": self.slug})

    @property
    def status_label(self) -> str:
        """Human label of the status, e.g. "Passed one chamber"."""
        return gettext(BillStatus(self.status).label)

    @property
    def outcome(self) -> StatusOutcome:
        """Enacted, pending or defeated (map colour)."""
        return status_outcome(self.status)

    @property
    def current_evaluation(self) -> Evaluation | None:
        """The evaluation shown on pages (one per bill at most), or ``None``."""
        prefetched = getattr(self, "prefetched_current_evaluations", None)
        if prefetched is not None:
            return prefetched[0] if prefetched else None
        return (
            self.evaluations.filter(is_current=True)
            .select_related("version", "created_by", "reviewed_by")
            .prefetch_related("results")
            .first()
        )

    @property
    def current_version(self) -> BillVersion | None:
        """The newest version of the text, or ``None``."""
        return self.versions.order_by("-created", "-id").first()

    def status_history(self) -> list[BillStatusChange]:
        """Dated status changes, oldest first (uses the prefetch when present)."""
        prefetched = getattr(self, "prefetched_status_changes", None)
        if prefetched is not None:
            return list(prefetched)
        return list(self.status_changes.order_by("date", "id"))

    def scorecard(self) -> Scorecard | None:
        """The current evaluation's scorecard (overrides applied), or ``None``."""
        evaluation = self.current_evaluation
        return evaluation.scorecard() if evaluation else None

    def rank_key(self) -> tuple[int, float, int, int]:
        """Sort key for "best bill": status rank, share of assessed criteria met, year.

        Criteria the stored text does not decide (a passage silent on them) are
        left out of the share, so they do not count against the bill.
        """
        evaluation = self.current_evaluation
        share = evaluation.assessed_share() if evaluation else 0.0
        assessed = evaluation.assessed_count() if evaluation else 0
        return (STATUS_RANK.get(self.status, 0), share, assessed, self.year or 0)


class BillStatusChange(models.Model):
    """One dated step of a bill's status history."""

    bill = models.ForeignKey(Bill, on_delete=models.CASCADE, related_name="status_changes")
    status = models.CharField(max_length=32, choices=BillStatus.choices)
    date = models.DateField(null=True, blank=True)
    note = models.CharField(
        max_length=500, blank=True, help_text="The action as the source describes it."
    )
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["date", "id"]

    def __str__(self) -> str:
        return f"{self.bill}: {self.get_status_display()} on {self.date or 'unknown date'}"


class TextCoverage(models.TextChoices):
    """How much of the bill a stored version holds."""

    WHOLE = "whole", _("Whole text")
    PASSAGE = "passage", _("Passages only")


class BillVersion(models.Model):
    """One text of a bill: as introduced, as amended, as passed, or passages of one.

    ``text`` is the clean text the evaluator read; evidence offsets index it.
    ``coverage`` says whether it is the whole bill or only passages of it: on a
    passage, a criterion the passage is silent on is "not in the text we have".
    """

    bill = models.ForeignKey(Bill, on_delete=models.CASCADE, related_name="versions")
    label = models.CharField(
        max_length=100, help_text='E.g. "excerpts", "introduced", "as passed".'
    )
    text = models.TextField(blank=True)
    coverage = models.CharField(
        max_length=16, choices=TextCoverage.choices, default=TextCoverage.WHOLE
    )
    version_date = models.DateField(
        null=True, blank=True, help_text="The date the legislature gives this version."
    )
    source_url = models.URLField(max_length=500, blank=True)
    filename = models.CharField(max_length=255, blank=True)
    media_type = models.CharField(max_length=100, default="text/plain")
    fetched = models.DateField(
        null=True, blank=True, help_text="When the text was obtained from its source."
    )
    sha256 = models.CharField(max_length=64, blank=True, help_text="Of the source bytes.")
    # The bytes as received (pasted text as UTF-8). Evaluations re-read them, so a
    # re-evaluation sees the same pages, printed line numbers and struck text as the
    # first one did; ``text`` is derived from them and never edited by hand.
    content = models.BinaryField(blank=True, default=b"", editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created = models.DateTimeField(auto_now_add=True)

    # The source bytes never change once stored; history keeps the rest.
    history = HistoricalRecords(excluded_fields=["content"])

    class Meta:
        ordering = ["created", "id"]

    def __str__(self) -> str:
        return f"{self.bill} — {self.label}"

    @property
    def is_passage(self) -> bool:
        """Whether only passages of the bill are stored."""
        return self.coverage == TextCoverage.PASSAGE


class EvaluationKind(models.TextChoices):
    """Whether a person has reviewed an evaluation."""

    AUTOMATIC = "automatic", "Automatic"
    REVIEWED = "reviewed", "Reviewed"


class Evaluation(models.Model):
    """One run of the evaluator on one version, with any reviewer's overrides."""

    version = models.ForeignKey(BillVersion, on_delete=models.CASCADE, related_name="evaluations")
    # Denormalised from version.bill so "the bill's current evaluation" is one lookup.
    bill = models.ForeignKey(Bill, on_delete=models.CASCADE, related_name="evaluations")
    rubric_version = models.CharField(max_length=32)
    engine_version = models.CharField(max_length=32)
    text_sha256 = models.CharField(max_length=64, help_text="Of the clean text evaluated.")
    relevant = models.BooleanField(
        default=True, help_text="Whether the text is about immunity or liability at all."
    )
    kind = models.CharField(
        max_length=16, choices=EvaluationKind.choices, default=EvaluationKind.AUTOMATIC
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="Who ran the evaluation; empty when loaded by a command.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    is_current = models.BooleanField(default=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["bill"],
                condition=Q(is_current=True),
                name="one_current_evaluation_per_bill",
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} evaluation of {self.version}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        """Keep the denormalised ``bill`` equal to ``version.bill``."""
        self.bill_id = self.version.bill_id
        super().save(*args, **kwargs)

    def ordered_results(self) -> list[CriterionResult]:
        """Criterion results in rubric order (uses prefetched results when present)."""
        return sorted(self.results.all(), key=lambda result: result.position)

    def scorecard(self) -> Scorecard:
        """The scorecard with effective verdicts (a reviewer's override wins)."""
        cached = getattr(self, "_scorecard", None)
        if cached is None:
            cached = Scorecard(
                criteria=tuple(result.to_analysis_result() for result in self.ordered_results()),
                rubric_version=self.rubric_version,
                source={
                    "bill": self.bill_id,
                    "version": self.version_id,
                    "label": self.version.label,
                    "sha256": self.text_sha256,
                },
                state=self.bill.state.abbr,
                relevant=self.relevant,
            )
            self._scorecard = cached
        return cached

    @property
    def groups(self) -> tuple[AssessedGroupScore, ...]:
        """Group scores over assessed criteria (``.text`` like "3/4" or "2/3 assessed of 4")."""
        return assessed_groups(self.ordered_results())

    def assessed_count(self) -> int:
        """How many criteria the evaluated text decides (all nine for a whole text)."""
        return sum(1 for result in self.ordered_results() if result.is_assessed)

    def assessed_share(self) -> float:
        """Points per assessed criterion, 0 to 1: what the map and rankings compare."""
        return assessed_share(self.ordered_results())

    @property
    def all_assessed(self) -> bool:
        """Whether every criterion was assessed."""
        return self.assessed_count() == len(CRITERIA)

    @property
    def total(self) -> float:
        """Combined score out of nine, overrides applied."""
        return self.scorecard().total

    @property
    def is_reviewed(self) -> bool:
        """Whether a reviewer has overridden or confirmed any criterion."""
        return self.kind == EvaluationKind.REVIEWED

    def to_dict(self) -> dict[str, Any]:
        """The scorecard JSON shape plus who evaluated what, and any overrides."""
        data = self.scorecard().to_dict()
        results = {result.criterion_id: result for result in self.ordered_results()}
        data["groups"] = [group.to_dict() for group in self.groups]
        data["assessed"] = self.assessed_count()
        for item in data["criteria"]:
            item.update(results[item["id"]].review_dict())
        data["evaluation"] = {
            "id": self.pk,
            "kind": self.kind,
            "engine_version": self.engine_version,
            "created_at": self.created_at.isoformat() if self.created_at else None,
            "reviewed_by": self.reviewed_by.get_username() if self.reviewed_by else None,
            "reviewed_at": self.reviewed_at.isoformat() if self.reviewed_at else None,
            "version": {
                "id": self.version_id,
                "label": self.version.label,
                "source_url": self.version.source_url or None,
                "media_type": self.version.media_type,
                "coverage": self.version.coverage,
                "version_date": (
                    self.version.version_date.isoformat() if self.version.version_date else None
                ),
                "fetched": self.version.fetched.isoformat() if self.version.fetched else None,
            },
        }
        return data


class CriterionResult(models.Model):
    """The verdict on one criterion in one evaluation, with a reviewer's override."""

    evaluation = models.ForeignKey(Evaluation, on_delete=models.CASCADE, related_name="results")
    criterion_id = models.CharField(max_length=64, choices=CRITERION_CHOICES)
    position = models.PositiveSmallIntegerField(default=0, help_text="Rubric order.")
    verdict = models.CharField(max_length=16, choices=VERDICT_CHOICES, help_text="Automatic.")
    explanation = models.TextField(blank=True)
    confidence = models.FloatField(default=0.0)
    evidence = models.JSONField(
        default=list, blank=True, help_text="Quoted spans: quote, start, end, section, page, line."
    )
    assessed = models.BooleanField(
        default=True,
        help_text="False when the text is a passage silent on this criterion (automatic only).",
    )
    override_verdict = models.CharField(
        max_length=16, choices=VERDICT_CHOICES, null=True, blank=True
    )
    override_note = models.TextField(blank=True)
    overridden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    overridden_at = models.DateTimeField(null=True, blank=True)
    automatic_disagrees = models.BooleanField(
        default=False,
        help_text="Set on re-evaluation when the new automatic verdict differs from the override.",
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["evaluation", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["evaluation", "criterion_id"], name="one_result_per_criterion"
            )
        ]

    def __str__(self) -> str:
        return f"{self.criterion_id}: {self.effective_verdict.value}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        """Keep ``position`` equal to the criterion's place in the rubric."""
        self.position = CRITERION_POSITION.get(self.criterion_id, 0)
        super().save(*args, **kwargs)

    @property
    def criterion(self):  # -> endqi.rubric.Criterion
        """The rubric criterion."""
        return get_criterion(self.criterion_id)

    @property
    def is_overridden(self) -> bool:
        """Whether a reviewer set the verdict."""
        return bool(self.override_verdict)

    @property
    def automatic_verdict(self) -> Verdict:
        """What the evaluator said."""
        return Verdict(self.verdict)

    @property
    def effective_verdict(self) -> Verdict:
        """The verdict shown: the reviewer's when there is one."""
        return Verdict(self.override_verdict or self.verdict)

    @property
    def points(self) -> float:
        """Points of the effective verdict."""
        return self.effective_verdict.points

    @property
    def is_assessed(self) -> bool:
        """Whether the verdict shown is a finding: the text decides it, or a reviewer did."""
        return self.assessed or self.is_overridden

    @property
    def verdict_text(self) -> str:
        """The verdict in words for readers: "Yes", "Partial", "No" or "Not in the text we have"."""
        return self.effective_verdict.label if self.is_assessed else NOT_IN_TEXT_LABEL

    def evidence_items(self) -> tuple[Evidence, ...]:
        """The stored evidence as analysis ``Evidence`` objects."""
        return tuple(Evidence.from_dict(item) for item in self.evidence or ())

    def to_analysis_result(self) -> AnalysisResult:
        """This result as the evaluator's ``CriterionResult``, with the effective verdict.

        When a reviewer overrode the verdict, their note is the explanation (the
        automatic one no longer explains the verdict shown).
        """
        return AnalysisResult(
            criterion_id=self.criterion_id,
            verdict=self.effective_verdict,
            explanation=self.override_note if self.is_overridden else self.explanation,
            confidence=1.0 if self.is_overridden else self.confidence,
            evidence=self.evidence_items(),
        )

    def review_dict(self) -> dict[str, Any]:
        """Extra API keys: the automatic verdict and the override, if any."""
        return {
            "assessed": self.is_assessed,
            "automatic": {
                "verdict": self.verdict,
                "assessed": self.assessed,
                "explanation": self.explanation,
                "confidence": round(self.confidence, 3),
            },
            "reviewed": self.is_overridden,
            "override": (
                {
                    "verdict": self.override_verdict,
                    "note": self.override_note,
                    "by": self.overridden_by.get_username() if self.overridden_by else None,
                    "at": self.overridden_at.isoformat() if self.overridden_at else None,
                    "automatic_disagrees": self.automatic_disagrees,
                }
                if self.is_overridden
                else None
            ),
        }
