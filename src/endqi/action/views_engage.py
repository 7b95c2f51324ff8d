"""Pages for engaging legislators: the rubric, the model policy and "evaluate your draft"."""

from __future__ import annotations

from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import formats
from django.utils.translation import gettext, gettext_lazy, ngettext
from django.views.decorators.http import require_http_methods

from endqi.action.drafts import DraftError, DraftResult, clean_state, score_draft, too_large_message
from endqi.action.forms import EvaluateForm
from endqi.action.limits import EVALUATE_PER_IP
from endqi.action.pdf import text_pdf
from endqi.action.ratelimit import allow, client_ip, retry_after_seconds
from endqi.analysis.highlight import evidence_anchor, highlighted_text_html
from endqi.legislation.rubric_text import (
    criterion_title,
    translated_criterion,
    translated_group,
    verdict_label,
)
from endqi.rubric import CRITERIA, GROUPS, RUBRIC_VERSION, Glossary, Verdict, model_policy_text
from endqi.web.uploads import UploadTooLarge, body_too_large, max_upload_text, read_upload

MODEL_POLICY_TITLE = "Model policy: a state act ending qualified immunity"
# The page's heading (the PDF and text files stay English: they go to legislatures).
MODEL_POLICY_HEADING = gettext_lazy("Model policy: a state act ending qualified immunity")


def rubric_page(request: HttpRequest) -> HttpResponse:
    """``/rubric/``: the nine criteria in plain words, and how scores add up."""
    glossary = Glossary()  # legal terms explained where the page first uses them
    groups = [
        {
            "group": translated_group(group),
            "criteria": [
                {
                    "criterion": criterion,
                    "meanings": [
                        (verdict, glossary.explain(text))
                        for verdict, text in criterion.meaning.items()
                    ],
                }
                for criterion in map(translated_criterion, CRITERIA)
                if criterion.group == group.id
            ],
        }
        for group in GROUPS
    ]
    verdicts = [{"verdict": verdict, "points": _points_text(verdict.points)} for verdict in Verdict]
    return render(
        request,
        "action/rubric.html",
        {"groups": groups, "verdicts": verdicts, "rubric_version": RUBRIC_VERSION},
    )


def _points_text(points: float) -> str:
    return ngettext("%(points)s point", "%(points)s points", 1 if points == 1 else 2) % {
        "points": f"{points:g}".replace(".", formats.get_format("DECIMAL_SEPARATOR"))
    }


def model_policy_page(request: HttpRequest) -> HttpResponse:
    """``/model-policy/``: the model bill, provision by provision, with downloads."""
    return render(
        request,
        "action/model_policy.html",
        {
            "criteria": [translated_criterion(criterion) for criterion in CRITERIA],
            "policy_text": model_policy_text(),
            "rubric_version": RUBRIC_VERSION,
            "title": MODEL_POLICY_HEADING,
        },
    )


def model_policy_txt(request: HttpRequest) -> HttpResponse:
    """``/model-policy.txt``: the model bill as plain text."""
    response = HttpResponse(model_policy_text(), content_type="text/plain; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="endqi-model-policy.txt"'
    return response


def model_policy_pdf(request: HttpRequest) -> HttpResponse:
    """``/model-policy.pdf``: the model bill as a PDF with a real text layer."""
    heading = f"{MODEL_POLICY_TITLE} (rubric {RUBRIC_VERSION})"
    response = HttpResponse(text_pdf(heading, model_policy_text()), content_type="application/pdf")
    response["Content-Disposition"] = 'attachment; filename="endqi-model-policy.pdf"'
    return response


@require_http_methods(["GET", "POST"])
def evaluate_page(request: HttpRequest) -> HttpResponse:
    """``/evaluate/``: paste or upload a draft; see its scorecard and gap list. Stores nothing."""
    if request.method == "GET":
        return _render_evaluate(request, {"form": EvaluateForm()})
    if body_too_large(request):
        return _evaluate_error(request, EvaluateForm(), DraftError(too_large_message(), status=413))
    if not allow(EVALUATE_PER_IP, client_ip(request)):
        response = _evaluate_error(
            request,
            EvaluateForm(),
            DraftError(
                gettext("Too many evaluations from your connection; please wait and try again."),
                status=429,
            ),
        )
        response["Retry-After"] = str(retry_after_seconds(EVALUATE_PER_IP))
        return response
    try:
        form = EvaluateForm(request.POST, request.FILES)
        valid = form.is_valid()
    except RequestDataTooBig:
        return _evaluate_error(request, EvaluateForm(), DraftError(too_large_message(), status=413))
    if not valid:
        # Say what is wrong (an empty file, a NUL in the text, an unknown state).
        return _evaluate_error(request, form, DraftError(form_error_text(form)))
    upload = form.cleaned_data.get("file")
    try:
        state = clean_state(form.cleaned_data.get("state"))
        if upload is not None:
            result, highlighted = score_draft(
                data=read_upload(upload),
                filename=upload.name or "",
                state=state,
                extra=_highlight,
            )
        else:
            result, highlighted = score_draft(
                text=form.cleaned_data.get("text") or "", state=state, extra=_highlight
            )
    except UploadTooLarge:
        return _evaluate_error(request, form, DraftError(too_large_message(), status=413))
    except DraftError as error:
        return _evaluate_error(request, form, error)
    criteria = [
        {
            "result": item,
            "criterion": item.criterion,
            "title": criterion_title(item.criterion_id),
            "verdict": verdict_label(item.verdict),
            "evidence": [
                {"item": evidence, "anchor": evidence_anchor(item.criterion_id, index)}
                for index, evidence in enumerate(item.evidence)
            ],
        }
        for item in result.scorecard.criteria
    ]
    context = {
        "form": form,
        "result": result,
        "criteria": criteria,
        "groups": [
            {"score": score, "group": translated_group(group)}
            for score, group in zip(result.scorecard.groups, GROUPS, strict=True)
        ],
        "highlighted": highlighted,
        "source_name": upload.name if upload is not None else gettext("pasted text"),
    }
    return _render_evaluate(request, context)


def _highlight(result: DraftResult) -> str:
    """The draft's text with its evidence marked (built in the budgeted child)."""
    return highlighted_text_html(result.document.text, result.scorecard.criteria)


def form_error_text(form: EvaluateForm) -> str:
    """Every problem of an invalid form in one line, each with its field's label."""
    problems = []
    for name, errors in form.errors.items():
        label = form.fields[name].label if name in form.fields else ""
        for message in errors:
            problems.append(f"{label}: {message}" if label else str(message))
    return " ".join(problems) or gettext("The form could not be read; please try again.")


def _evaluate_error(request: HttpRequest, form: EvaluateForm, error: DraftError) -> HttpResponse:
    return _render_evaluate(request, {"form": form, "error": str(error)}, status=error.status)


def _render_evaluate(request: HttpRequest, context: dict, status: int = 200) -> HttpResponse:
    context["max_upload_text"] = max_upload_text()
    result = context.get("result")
    if result is not None:
        # What each gap needs (in the page's language), with legal terms explained where
        # the list first uses them.
        glossary = Glossary()
        context["gap_rows"] = [
            {
                "gap": gap,
                "title": criterion_title(gap.criterion.id),
                "verdict": verdict_label(gap.verdict),
                "needed": glossary.explain(
                    translated_criterion(gap.criterion).meaning[Verdict.YES]
                ),
            }
            for gap in result.gaps
        ]
    return render(request, "action/evaluate.html", context, status=status)
