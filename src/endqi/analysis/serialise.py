"""The one JSON shape of a scorecard, written and read here only.

``endqi evaluate --format json``, ``endqi screen``, the web API (bills, states,
``POST /api/v1/evaluate``) and the stored evaluations all go through
:func:`scorecard_to_dict`; :func:`scorecard_from_dict` reads it back. The shape::

    {"rubric_version", "engine_version",
     "source": {"path", "sha256", "media_type", "pages", "chars"},
     "state", "relevant", "assessed",
     "groups": [{"id", "score", "max", "assessed", "text"}],
     "criteria": [{"id", "group", "title", "verdict", "points", "assessed",
                   "explanation", "confidence",
                   "evidence": [{"quote", "start", "end", "section", "page", "line"}]}]}

Readers also take the shapes earlier releases wrote, in this one place: the API's
``source`` once named a stored version (``bill``, ``version``, ``label``) and the
CLI's had no ``media_type``; criteria without ``assessed`` were all assessed.
"""

from __future__ import annotations

from typing import Any

from endqi.analysis.scorecard import CriterionResult, Evidence, Scorecard, Source
from endqi.rubric import GROUPS, RUBRIC_VERSION, GroupScore, Verdict

# How many decimals a confidence keeps in JSON.
CONFIDENCE_DECIMALS = 3


def source_to_dict(source: Source | None) -> dict[str, Any] | None:
    """The ``source`` object: where the evaluated text came from."""
    if source is None:
        return None
    return {
        "path": source.path,
        "sha256": source.sha256,
        "media_type": source.media_type,
        "pages": source.pages,
        "chars": source.chars,
    }


def source_from_dict(data: dict[str, Any] | None) -> Source | None:
    """A :class:`Source` from :func:`source_to_dict` output or an older ``source`` object."""
    if not data:
        return None
    defaults = Source()
    path = data.get("path") or data.get("label") or defaults.path
    return Source(
        path=str(path),
        sha256=str(data.get("sha256") or ""),
        media_type=str(data.get("media_type") or defaults.media_type),
        pages=_optional_int(data.get("pages")),
        chars=_optional_int(data.get("chars")),
    )


def evidence_to_dict(evidence: Evidence) -> dict[str, Any]:
    """One quoted span; also the shape stored in ``CriterionResult.evidence``."""
    return {
        "quote": evidence.quote,
        "start": evidence.start,
        "end": evidence.end,
        "section": evidence.section,
        "page": evidence.page,
        "line": evidence.line,
    }


def evidence_from_dict(data: dict[str, Any]) -> Evidence:
    """An :class:`Evidence` from :func:`evidence_to_dict` output."""
    return Evidence(
        quote=data["quote"],
        start=int(data["start"]),
        end=int(data["end"]),
        section=data.get("section"),
        page=_optional_int(data.get("page")),
        line=_optional_int(data.get("line")),
    )


def group_score_to_dict(score: GroupScore) -> dict[str, Any]:
    """A group's score: points over its assessed criteria, and the ``3/4`` text."""
    return {
        "id": score.id,
        "score": score.score,
        "max": score.max,
        "assessed": score.assessed,
        "text": score.text,
    }


def criterion_to_dict(result: CriterionResult) -> dict[str, Any]:
    """One criterion's verdict, explanation and evidence."""
    return {
        "id": result.criterion_id,
        "group": result.group,
        "title": result.title,
        "verdict": result.verdict.value,
        "points": result.points,
        "assessed": result.assessed,
        "explanation": result.explanation,
        "confidence": round(result.confidence, CONFIDENCE_DECIMALS),
        "evidence": [evidence_to_dict(item) for item in result.evidence],
    }


def criterion_from_dict(data: dict[str, Any]) -> CriterionResult:
    """A :class:`CriterionResult` from :func:`criterion_to_dict` output."""
    return CriterionResult(
        criterion_id=data["id"],
        verdict=Verdict(data["verdict"]),
        explanation=data.get("explanation", ""),
        confidence=float(data.get("confidence", 0.0)),
        evidence=tuple(evidence_from_dict(item) for item in data.get("evidence", ())),
        assessed=bool(data.get("assessed", True)),
    )


def scorecard_to_dict(scorecard: Scorecard) -> dict[str, Any]:
    """The scorecard's JSON shape (see the module docstring)."""
    return {
        "rubric_version": scorecard.rubric_version,
        "engine_version": scorecard.engine_version,
        "source": source_to_dict(scorecard.source),
        "state": scorecard.state,
        "relevant": scorecard.relevant,
        "assessed": scorecard.assessed_count,
        "groups": [group_score_to_dict(group) for group in scorecard.groups],
        "criteria": [criterion_to_dict(result) for result in scorecard.criteria],
    }


def scorecard_from_dict(data: dict[str, Any]) -> Scorecard:
    """A :class:`Scorecard` from :func:`scorecard_to_dict` output (groups are recomputed)."""
    return Scorecard(
        criteria=tuple(criterion_from_dict(item) for item in data["criteria"]),
        rubric_version=data.get("rubric_version") or RUBRIC_VERSION,
        engine_version=data.get("engine_version") or "",
        source=source_from_dict(data.get("source")),
        state=data.get("state"),
        relevant=bool(data.get("relevant", True)),
    )


def _optional_int(value: Any) -> int | None:
    return None if value is None else int(value)


# --- JSON Schema of the shape ------------------------------------------------------------
# Kept beside the serialiser so the two change together; the API's OpenAPI document
# includes these as components (and extends them), and a test validates the CLI's
# output against them too.

_NULLABLE_STRING = {"type": ["string", "null"]}
_NULLABLE_INTEGER = {"type": ["integer", "null"]}
_VERDICTS = [verdict.value for verdict in Verdict]


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


SCORECARD_SCHEMAS: dict[str, Any] = {
    "Source": {
        "type": "object",
        "description": "Where the evaluated text came from; the same keys everywhere.",
        "required": ["path", "sha256", "media_type", "pages", "chars"],
        "properties": {
            "path": {
                "type": "string",
                "description": "The file as given (- for standard input), the uploaded file's "
                "name, 'pasted text', or a stored version's file name or label.",
            },
            "sha256": {"type": "string", "description": "Of the input bytes."},
            "media_type": {"type": "string"},
            "pages": {**_NULLABLE_INTEGER, "description": "Null when none or not known."},
            "chars": {
                **_NULLABLE_INTEGER,
                "description": "Length of the clean text the evidence offsets index.",
            },
        },
    },
    "Evidence": {
        "type": "object",
        "required": ["quote", "start", "end", "section", "page", "line"],
        "description": "A quoted span; quote == text[start:end] of the evaluated clean text.",
        "properties": {
            "quote": {"type": "string"},
            "start": {"type": "integer"},
            "end": {"type": "integer"},
            "section": _NULLABLE_STRING,
            "page": _NULLABLE_INTEGER,
            "line": _NULLABLE_INTEGER,
        },
    },
    "GroupScore": {
        "type": "object",
        "required": ["id", "score", "max", "assessed", "text"],
        "description": (
            "A group's score over the criteria the evaluated text decides. When the text is "
            "only passages of the bill, criteria it is silent on are not assessed and are "
            "left out of `score` (they are not counted as unmet)."
        ),
        "properties": {
            "id": {"type": "string", "enum": [group.id for group in GROUPS]},
            "score": {"type": "number", "description": "Points over the assessed criteria."},
            "max": {"type": "integer", "description": "Number of criteria in the group."},
            "assessed": {
                "type": "integer",
                "description": "How many of the group's criteria were assessed (max when all).",
            },
            "text": {
                "type": "string",
                "description": 'As advocates write it: "3/4"; "2/3 assessed of 4" when '
                'some criteria were not assessed; "0 of 5 assessed" when none were.',
            },
        },
    },
    "EvaluatorCriterion": {
        "type": "object",
        "required": [
            "id",
            "group",
            "title",
            "verdict",
            "points",
            "assessed",
            "explanation",
            "confidence",
            "evidence",
        ],
        "properties": {
            "id": {"type": "string", "description": "Rubric criterion id, e.g. end.damage_caps"},
            "group": {"type": "string", "enum": [group.id for group in GROUPS]},
            "title": {"type": "string"},
            "verdict": {"type": "string", "enum": _VERDICTS},
            "points": {"type": "number"},
            "assessed": {
                "type": "boolean",
                "description": (
                    "False when the evaluated text is only passages of the bill and says "
                    "nothing on this criterion (automatic verdict no, no evidence): pages "
                    'show "not in the text we have" instead of the verdict, and the '
                    "criterion does not count in group scores, the map or rankings. A "
                    "reviewer's override always counts as assessed."
                ),
            },
            "explanation": {"type": "string"},
            "confidence": {"type": "number"},
            "evidence": {"type": "array", "items": _ref("Evidence")},
        },
    },
    "EvaluatorScorecard": {
        "type": "object",
        "description": "The one scorecard shape of `endqi evaluate --format json` and the API.",
        "required": [
            "rubric_version",
            "engine_version",
            "source",
            "state",
            "relevant",
            "assessed",
            "groups",
            "criteria",
        ],
        "properties": {
            "rubric_version": {"type": "string"},
            "engine_version": {"type": "string"},
            "source": {"oneOf": [_ref("Source"), {"type": "null"}]},
            "state": _NULLABLE_STRING,
            "relevant": {"type": "boolean"},
            "assessed": {
                "type": "integer",
                "description": "How many of the nine criteria the evaluated text decides.",
            },
            "groups": {"type": "array", "items": _ref("GroupScore")},
            "criteria": {"type": "array", "items": _ref("EvaluatorCriterion")},
        },
    },
}
