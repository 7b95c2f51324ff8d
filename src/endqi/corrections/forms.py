"""The public "Report a correction" form."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from endqi.action.forms import HoneypotMixin, honeypot_field
from endqi.corrections.models import SOURCE_MAX_CHARS, WHAT_MAX_CHARS


class CorrectionForm(HoneypotMixin, forms.Form):
    """What is wrong, where the right fact is, and an optional address for a reply."""

    what_is_wrong = forms.CharField(
        label=_("What is wrong?"),
        max_length=WHAT_MAX_CHARS,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Quote the words on the page that are wrong and say what is right."),
    )
    source = forms.CharField(
        label=_("Your source"),
        max_length=SOURCE_MAX_CHARS,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("A link to the legislature, a court record or another public source."),
    )
    reply_to = forms.EmailField(
        label=_("Your e-mail address (optional)"),
        required=False,
        help_text=_("Only if you would like a reply. We use it for nothing else."),
    )
    website = honeypot_field()

    def clean_what_is_wrong(self) -> str:
        """Refuse control characters people never type."""
        return _plain_text(self.cleaned_data["what_is_wrong"])

    def clean_source(self) -> str:
        """Refuse control characters people never type."""
        return _plain_text(self.cleaned_data["source"])


def _plain_text(value: str) -> str:
    if any(ord(ch) < 32 and ch not in "\t\n\r" for ch in value):
        raise forms.ValidationError("Remove the control characters from this text.")
    return value.strip()
