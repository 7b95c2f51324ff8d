"""``evaluate(document) -> Scorecard``: run every detector and attach evidence spans."""

from __future__ import annotations

from dataclasses import replace

from endqi.analysis import alternatives, detectors
from endqi.analysis.clauses import Reading
from endqi.analysis.conventions import apply_state_conventions
from endqi.analysis.line_amendments import apply_adopted_line_amendments
from endqi.analysis.relevance import is_relevant
from endqi.analysis.rules import ENGINE_VERSION
from endqi.analysis.scorecard import CriterionResult, Evidence, Scorecard, Source, Verdict
from endqi.analysis.state_law import (
    cites_civil_rights_act,
    codified_immunity_law,
    employee_immunity_law,
)
from endqi.analysis.text import AnalysisText, Sentence
from endqi.documents import document_from_text
from endqi.documents.model import Document, with_line_index
from endqi.rubric import CRITERIA

# Quotes longer than this are cut to a window around the clause's own sentence
# so a scorecard stays readable; the span still indexes the clean text exactly.
MAX_QUOTE_CHARS = 900
# Which of two verdicts is the weaker, for drafts read once per open choice.
_STRENGTH = {Verdict.NO: 0, Verdict.PARTIAL: 1, Verdict.YES: 2}


def evaluate(source: str | Document, *, state: str | None = None) -> Scorecard:
    """Evaluate a bill against the rubric.

    Args:
        source: the bill's text, or a :class:`~endqi.documents.Document` from
            ``load_document``/``load_bytes``.
        state: postal code of the bill's state; some verdicts depend on the
            state's existing law (e.g. tort-claims caps).

    Returns:
        A :class:`Scorecard` with one result per criterion, each with evidence
        spans whose ``quote`` equals ``document.text[start:end]``.
    """
    document = source if isinstance(source, Document) else document_from_text(source)
    document = with_line_index(document)
    state = state.strip().upper() if state else None
    document = apply_state_conventions(document, state)
    # Amendments by page and line that the record shows adopted are made to the print.
    document = apply_adopted_line_amendments(document)
    # A draft that leaves choices open is read once per combination of them, and keeps the
    # weakest verdict of each criterion (see endqi.analysis.alternatives).
    decisions: dict[str, detectors.Decision] = {}
    differ: set[str] = set()
    for reading_of_choices in alternatives.readings(document):
        for criterion_id, decision in _decide(reading_of_choices, state).items():
            kept = decisions.get(criterion_id)
            if kept is not None and kept.verdict != decision.verdict:
                differ.add(criterion_id)
            if kept is None or _STRENGTH[decision.verdict] < _STRENGTH[kept.verdict]:
                decisions[criterion_id] = decision
    for criterion_id in differ:
        decision = decisions[criterion_id]
        decisions[criterion_id] = replace(
            decision,
            explanation=decision.explanation
            + " (The draft leaves a choice open here; this is what its weakest alternative does.)",
        )

    results = tuple(
        CriterionResult(
            criterion_id=criterion.id,
            verdict=decisions[criterion.id].verdict,
            explanation=decisions[criterion.id].explanation,
            confidence=decisions[criterion.id].confidence,
            evidence=tuple(_evidence(document, s) for s in decisions[criterion.id].evidence),
        )
        for criterion in CRITERIA
    )
    return Scorecard(
        criteria=results,
        engine_version=ENGINE_VERSION,
        source=Source.of(document),
        state=state,
        relevant=is_relevant(document.text),
    )


def _read(
    document: Document,
    state: str | None,
    *,
    set_aside_by_record: tuple[tuple[int, int], ...] | None = None,
) -> Reading:
    """The clause reading of ``document`` with the state's facts it needs."""
    codified = codified_immunity_law(state)
    employee_immunity = employee_immunity_law(state)
    return Reading(
        AnalysisText(document),
        codified.sections if codified else (),
        state_bill=state not in (None, "US"),
        employee_immunity=employee_immunity.citation if employee_immunity else None,
        set_aside_by_record=set_aside_by_record,
    )


def _decide(document: Document, state: str | None) -> dict[str, detectors.Decision]:
    """Every criterion's decision on one reading of the document."""
    reading = _read(document, state)
    not_law = reading.not_law_by_the_record
    if not_law:
        # (read again with what the record set aside struck, as struck text is: a detector
        # that asks the text for its sentences then never meets a rejected amendment's)
        document = replace(document, deletions=tuple(sorted({*document.deletions, *not_law})))
        reading = _read(document, state, set_aside_by_record=not_law)
    context = detectors.Context(reading=reading, state=state)

    decisions: dict[str, detectors.Decision] = {}
    if reading.describes_a_bill:
        # A fiscal note or an analysis quotes and paraphrases the bill; it enacts none of it.
        for criterion in CRITERIA:
            decisions[criterion.id] = detectors.describes_a_bill()
    elif reading.amendment_not_adopted:
        # A floor or committee amendment the chamber rejected or its sponsor withdrew: what it
        # would have inserted is no law.
        for criterion in CRITERIA:
            decisions[criterion.id] = detectors.amendment_not_adopted()
    elif not reading.concerns_officer_liability:
        # Nothing here is about suing officers or their immunity: no criterion is met, however
        # many fee, indemnity or records clauses the bill has for other purposes.
        for criterion in CRITERIA:
            decisions[criterion.id] = detectors.not_about_officers()
    elif reading.concerns_only_through_caps and not _caps_about_rights_claims(reading, state):
        # Only tort-claims limits change, none about claims for deprivation of rights: no claim
        # or immunity of officers changes (issue 14: "no" on every criterion).
        for criterion in CRITERIA:
            decisions[criterion.id] = detectors.caps_of_other_claims(reading)
    else:
        for criterion_id, detector in detectors.DETECTORS.items():
            decisions[criterion_id] = detector(context)
        decisions["end.public_employees"] = detectors.public_employees(
            context, decisions["end.law_enforcement"].verdict
        )
        if reading.concerns_only_through_caps:
            for criterion in CRITERIA:
                if criterion.group == "start":
                    decisions[criterion.id] = detectors.outside_the_limits(
                        decisions[criterion.id], reading
                    )
    return decisions


def _caps_about_rights_claims(reading: Reading, state: str | None) -> bool:
    """Whether a cap the bill sets, raises, keeps or lifts is about claims for deprivation of
    rights: in its own words, or by citing the state's civil-rights act ("the limitations ... do
    not apply to any judgment ... in an action brought pursuant to section 13-21-131")."""
    return reading.caps_about_rights_claims or any(
        cites_civil_rights_act(state, cap.clause.text) for cap in reading.caps
    )


def _evidence(document: Document, sentence: Sentence) -> Evidence:
    start, end = sentence.start, sentence.end
    if end - start > MAX_QUOTE_CHARS:
        end = start + MAX_QUOTE_CHARS
        space = document.text.rfind(" ", start, end)
        if space > start + MAX_QUOTE_CHARS // 2:
            end = space
    page, line = document.locate(start)
    return Evidence(
        quote=document.text[start:end],
        start=start,
        end=end,
        section=document.section_at(start),
        page=page,
        line=line,
    )
