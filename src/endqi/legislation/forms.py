"""Forms of the staff screens: add a bill, add a version, override a verdict, publish.

Forms only validate input; the writes are done by ``endqi.legislation.bills``
and ``endqi.legislation.evaluations`` so the importers and commands share them.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.files.uploadedfile import UploadedFile

from endqi.legislation.models import TextCoverage
from endqi.legislation.sources import is_official_url
from endqi.legislation.status import BillStatus
from endqi.rubric import Verdict
from endqi.states import STATE_CHOICES
from endqi.web.uploads import max_upload_text, read_upload, refuse_oversize_upload

# Extensions the document loader reads; anything else is refused before reading it.
UPLOAD_EXTENSIONS = (".pdf", ".html", ".htm", ".txt", ".text", ".xml")
UPLOAD_ACCEPT = (
    ",".join(UPLOAD_EXTENSIONS) + ",application/pdf,text/html,text/plain,application/xml,text/xml"
)
NOTE_MAX_CHARS = 4000
MIN_YEAR, MAX_YEAR = 1900, 2100


class BillTextMixin(forms.Form):
    """Pasted text or an uploaded file, exactly one of them."""

    text = forms.CharField(
        label="Paste the bill text",
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 10, "spellcheck": "false"}),
    )
    file = forms.FileField(
        label="…or upload a file",
        required=False,
        help_text="PDF, HTML or plain text.",
        widget=forms.ClearableFileInput(attrs={"accept": UPLOAD_ACCEPT}),
    )
    version_label = forms.CharField(
        label="Version label",
        max_length=100,
        required=False,
        help_text='E.g. "introduced", "as amended in committee", "as passed".',
    )
    version_source_url = forms.URLField(
        label="Where this text comes from (URL)",
        required=False,
        max_length=500,
        assume_scheme="https",
    )

    version_coverage = forms.ChoiceField(
        label="How much of the bill is this text?",
        choices=TextCoverage.choices,
        initial=TextCoverage.WHOLE,
        required=False,
        help_text="Passages only: criteria the passages say nothing on are not scored.",
    )
    version_date = forms.DateField(
        label="Date of this version (YYYY-MM-DD)",
        required=False,
        help_text="The date the legislature gives it, e.g. when it was introduced or amended.",
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = f"PDF, HTML or plain text, up to {max_upload_text()}."

    def clean_version_coverage(self) -> str:
        """The whole bill unless staff say it is only passages."""
        return self.cleaned_data.get("version_coverage") or TextCoverage.WHOLE

    def clean_version_source_url(self) -> str:
        """Only the legislature's (or city council's) own site: never an advocacy page."""
        return _official_or_empty(self.cleaned_data.get("version_source_url") or "")

    def clean_file(self) -> UploadedFile | None:
        """Refuse unknown types early; oversize files raise :class:`UploadTooLarge`."""
        upload = self.cleaned_data.get("file")
        if not upload:
            return None
        refuse_oversize_upload(upload)
        if not upload.name.lower().endswith(UPLOAD_EXTENSIONS):
            raise forms.ValidationError(
                "Upload a PDF, HTML, XML or plain-text file (.pdf, .html, .htm, .xml or .txt)."
            )
        return upload

    def clean(self) -> dict[str, Any]:
        """Exactly one of pasted text and file."""
        cleaned = super().clean()
        has_text = bool((cleaned.get("text") or "").strip())
        has_file = bool(cleaned.get("file"))
        if not self.errors.get("file"):
            if has_text and has_file:
                raise forms.ValidationError("Paste the text or upload a file, not both.")
            if not has_text and not has_file:
                raise forms.ValidationError("Paste the bill's text or upload a file of it.")
        return cleaned

    def content(self) -> tuple[str | bytes, str]:
        """``(content, filename)`` for ``add_bill_version``: pasted text or the file's bytes."""
        upload = self.cleaned_data.get("file")
        if upload:
            return read_upload(upload), upload.name
        return self.cleaned_data["text"], ""


def _official_or_empty(url: str) -> str:
    """``url`` when empty or on a legislature's own host; a form error otherwise."""
    if url and not is_official_url(url):
        raise forms.ValidationError(
            "Link the legislature's (or city council's) own page, not another site."
        )
    return url


class NewBillForm(BillTextMixin):
    """Everything needed to create a bill with its first version."""

    field_order = [
        "state",
        "identifier",
        "year",
        "status",
        "title",
        "source_url",
        "text",
        "file",
        "version_label",
        "version_source_url",
        "version_coverage",
        "version_date",
    ]

    state = forms.ChoiceField(label="State", choices=[("", "Choose a state…"), *STATE_CHOICES])
    identifier = forms.CharField(
        label="Bill identifier", max_length=100, help_text='As the legislature writes it: "HB 30".'
    )
    year = forms.IntegerField(label="Year", min_value=MIN_YEAR, max_value=MAX_YEAR)
    status = forms.ChoiceField(label="Status", choices=BillStatus.choices)
    title = forms.CharField(label="Title", max_length=500, required=False)
    source_url = forms.URLField(
        label="Bill page at the legislature (URL)",
        required=False,
        max_length=500,
        assume_scheme="https",
    )

    def clean_source_url(self) -> str:
        """Only the legislature's (or city council's) own site."""
        return _official_or_empty(self.cleaned_data.get("source_url") or "")


class NewVersionForm(BillTextMixin):
    """A new text of an existing bill (re-evaluated; overrides are kept)."""


class OverrideForm(forms.Form):
    """A reviewer's verdict on one criterion, with the required reason."""

    verdict = forms.ChoiceField(
        label="Verdict", choices=[(v.value, f"{v.symbol} {v.label}") for v in Verdict]
    )
    note = forms.CharField(
        label="Why (required)",
        max_length=NOTE_MAX_CHARS,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Say what in the text decides it; the note is shown publicly.",
    )

    def clean_note(self) -> str:
        """A note of only spaces is no note."""
        note = self.cleaned_data["note"].strip()
        if not note:
            raise forms.ValidationError("Explain the change in a note.")
        return note


class ClearOverrideForm(forms.Form):
    """Remove a reviewer's verdict so the automatic one shows again."""

    note = forms.CharField(
        label="Why remove the review (required)",
        max_length=NOTE_MAX_CHARS,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class PublishForm(forms.Form):
    """Publish or unpublish a bill."""

    published = forms.TypedChoiceField(
        choices=[("1", "Publish"), ("0", "Unpublish")], coerce=lambda value: value == "1"
    )
