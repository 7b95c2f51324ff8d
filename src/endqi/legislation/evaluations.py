"""Store the evaluator's results and a reviewer's overrides.

The evaluator itself is the pure :func:`endqi.analysis.evaluate`; this module
only runs it on a stored version and keeps what it says, so the web pages, the
seed command and the importers all evaluate the same way.

The one rule that matters: a reviewer's override is never lost. Re-evaluating
(a new version, or a new engine) carries every override to the new
evaluation and flags the criteria whose automatic verdict changed.
"""

from __future__ import annotations

import hashlib
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from endqi.analysis import ENGINE_VERSION, Scorecard, evaluate
from endqi.analysis.serialise import evidence_to_dict
from endqi.budget import run_within_budget
from endqi.documents import Document, document_from_text, load_bytes
from endqi.legislation.coverage import decides
from endqi.legislation.models import (
    CRITERION_POSITION,
    BillVersion,
    CriterionResult,
    Evaluation,
    EvaluationKind,
)
from endqi.rubric import RUBRIC_VERSION, Verdict


def text_sha256(text: str) -> str:
    """SHA-256 of a clean text (what ``Evaluation.text_sha256`` records)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def version_document(version: BillVersion) -> Document:
    """The document a version's evaluation reads, rebuilt from what was stored.

    An uploaded file is loaded again from its bytes (its pages, printed line
    numbers and struck text come back); pasted text, and versions stored without
    their source, are cleaned from their text. Either way ``.text`` equals
    ``version.text``, so evidence offsets index the stored text.
    """
    content = bytes(version.content or b"")
    if content and version.filename:
        return load_bytes(
            content,
            filename=version.filename,
            max_bytes=len(content),
            media_type=version.media_type or None,
        )
    text = content.decode("utf-8") if content else version.text
    return document_from_text(text, path=version.label or "-")


def run_evaluator(version: BillVersion, document: Document | None = None) -> Scorecard:
    """Run the pure evaluator on a version (no database writes).

    ``document`` is the loaded document the version came from, when the caller
    has it; otherwise it is rebuilt with :func:`version_document`.
    """
    state = version.bill.state.abbr  # read here: the budgeted child never queries
    if document is not None and document.text == version.text:
        return run_within_budget(evaluate, document, state=state)
    return run_within_budget(_rebuild_and_evaluate, version, state)


def _rebuild_and_evaluate(version: BillVersion, state: str) -> Scorecard:
    return evaluate(version_document(version), state=state)


def _automatic_fields(scorecard: Scorecard, *, passage: bool) -> dict[str, dict[str, Any]]:
    """``{criterion id: stored automatic fields}`` for one scorecard.

    ``passage`` says the evaluated version holds only passages of the bill; a
    criterion it is silent on is stored as not assessed (see :mod:`coverage`).
    """
    return {
        result.criterion_id: {
            "verdict": result.verdict.value,
            "explanation": result.explanation,
            "confidence": float(result.confidence),
            "evidence": [evidence_to_dict(item) for item in result.evidence],
            "assessed": decides(
                passage=passage, verdict=result.verdict.value, evidence=result.evidence
            ),
        }
        for result in scorecard.criteria
    }


def _stored_automatic_fields(evaluation: Evaluation) -> dict[str, dict[str, Any]]:
    """The same shape as :func:`_automatic_fields`, read back from the database."""
    return {
        result.criterion_id: {
            "verdict": result.verdict,
            "explanation": result.explanation,
            "confidence": float(result.confidence),
            "evidence": list(result.evidence or []),
            "assessed": result.assessed,
        }
        for result in evaluation.results.all()
    }


@transaction.atomic
def evaluate_version(
    version: BillVersion,
    user: Any = None,
    *,
    document: Document | None = None,
    scorecard: Scorecard | None = None,
) -> Evaluation:
    """Evaluate a version and make the result the bill's current evaluation.

    Overrides on the bill's previous current evaluation are carried over; where
    the new automatic verdict differs from an override, ``automatic_disagrees``
    is set so a reviewer can look again. ``scorecard`` lets a caller that has
    just run the evaluator avoid running it twice.
    """
    if scorecard is None:
        scorecard = run_evaluator(version, document)
    bill = version.bill
    previous = (
        Evaluation.objects.select_for_update(of=("self",))
        .filter(bill=bill, is_current=True)
        .select_related("reviewed_by")
        .first()
    )
    carried: dict[str, CriterionResult] = {}
    if previous is not None:
        carried = {
            result.criterion_id: result
            for result in previous.results.select_related("overridden_by")
            if result.is_overridden
        }
        previous.is_current = False
        previous._history_user = user
        previous.save(update_fields=["is_current"])

    evaluation = Evaluation(
        version=version,
        rubric_version=scorecard.rubric_version or RUBRIC_VERSION,
        engine_version=scorecard.engine_version or ENGINE_VERSION,
        text_sha256=text_sha256(version.text),
        relevant=scorecard.relevant,
        kind=EvaluationKind.REVIEWED if carried else EvaluationKind.AUTOMATIC,
        created_by=user,
        reviewed_by=previous.reviewed_by if carried and previous is not None else None,
        reviewed_at=previous.reviewed_at if carried and previous is not None else None,
        is_current=True,
    )
    evaluation._history_user = user
    evaluation.save()

    for criterion_id, fields in _automatic_fields(scorecard, passage=version.is_passage).items():
        result = CriterionResult(
            evaluation=evaluation,
            criterion_id=criterion_id,
            position=CRITERION_POSITION[criterion_id],
            **fields,
        )
        override = carried.get(criterion_id)
        if override is not None:
            result.override_verdict = override.override_verdict
            result.override_note = override.override_note
            result.overridden_by = override.overridden_by
            result.overridden_at = override.overridden_at
            # Flag only a change of the automatic verdict since the reviewer looked (or a
            # flag the reviewer has not cleared yet); an override that simply differs
            # from an unchanged automatic verdict is the reviewer's settled decision.
            result.automatic_disagrees = (
                override.automatic_disagrees or fields["verdict"] != override.verdict
            )
        result._history_user = user
        result.save()
    return evaluation


def ensure_current_evaluation(
    version: BillVersion, *, document: Document | None = None
) -> tuple[Evaluation, bool]:
    """Evaluate ``version`` unless the bill's current evaluation already says the same.

    Returns ``(evaluation, created)``. Nothing is written when the current
    evaluation is of this version's text with this rubric and engine and its
    automatic results equal what the evaluator says now — so seeding twice
    writes nothing, and a changed engine is noticed even if its version string
    was not bumped.
    """
    scorecard = run_evaluator(version, document)
    current = (
        Evaluation.objects.filter(bill_id=version.bill_id, is_current=True)
        .prefetch_related("results")
        .first()
    )
    if (
        current is not None
        and current.version_id == version.pk
        and current.text_sha256 == text_sha256(version.text)
        and current.rubric_version == scorecard.rubric_version
        and current.engine_version == ENGINE_VERSION
        and current.relevant == scorecard.relevant
        and _stored_automatic_fields(current)
        == _automatic_fields(scorecard, passage=version.is_passage)
    ):
        return current, False
    return evaluate_version(version, scorecard=scorecard), True


def _require_note(note: str) -> str:
    """A reviewer must say why; an empty note is refused."""
    note = (note or "").strip()
    if not note:
        raise ValidationError("A note explaining the change is required.", code="note_required")
    return note


@transaction.atomic
def override_criterion(
    result: CriterionResult, verdict: str | Verdict, note: str, user: Any
) -> CriterionResult:
    """Set a reviewer's verdict on one criterion, with a required note.

    The evaluation becomes "reviewed" by ``user``. Raises ``ValidationError``
    for an unknown verdict, an empty note or a result that is no longer current.
    """
    try:
        verdict = Verdict(str(verdict).strip().lower())
    except ValueError:
        allowed = ", ".join(v.value for v in Verdict)
        raise ValidationError(
            f"Unknown verdict {verdict!r}; use one of: {allowed}.", code="bad_verdict"
        ) from None
    note = _require_note(note)
    evaluation = Evaluation.objects.select_for_update().get(pk=result.evaluation_id)
    if not evaluation.is_current:
        raise ValidationError(
            "This evaluation has been replaced; review the current one.", code="not_current"
        )
    now = timezone.now()
    result.override_verdict = verdict.value
    result.override_note = note
    result.overridden_by = user
    result.overridden_at = now
    # The reviewer has just looked at the automatic verdict; nothing to flag until
    # the evaluator runs again.
    result.automatic_disagrees = False
    result._history_user = user
    result.save()
    _mark_reviewed(evaluation, user, now)
    result.evaluation = evaluation
    return result


@transaction.atomic
def clear_override(result: CriterionResult, note: str, user: Any) -> CriterionResult:
    """Remove a reviewer's verdict so the automatic one shows again (note required)."""
    note = _require_note(note)
    evaluation = Evaluation.objects.select_for_update().get(pk=result.evaluation_id)
    if not evaluation.is_current:
        raise ValidationError(
            "This evaluation has been replaced; review the current one.", code="not_current"
        )
    result.override_verdict = None
    result.override_note = ""
    result.overridden_by = None
    result.overridden_at = None
    result.automatic_disagrees = False
    # The history record keeps who cleared it and why.
    result._history_user = user
    result._change_reason = note
    result.save()
    _mark_reviewed(evaluation, user, timezone.now())
    result.evaluation = evaluation
    return result


def _mark_reviewed(evaluation: Evaluation, user: Any, when: Any) -> None:
    """Record that ``user`` reviewed ``evaluation`` at ``when``."""
    evaluation.kind = EvaluationKind.REVIEWED
    evaluation.reviewed_by = user
    evaluation.reviewed_at = when
    evaluation._history_user = user
    evaluation.save(update_fields=["kind", "reviewed_by", "reviewed_at"])
