"""Forms of the action app: the message editor, server-side sending and the evaluator."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from endqi.action.limits import (
    BODY_MAX_CHARS,
    MAX_RECIPIENTS,
    NAME_MAX_CHARS,
    SUBJECT_MAX_CHARS,
)
from endqi.action.messages import placeholders_left
from endqi.action.recipients import Recipient
from endqi.states import STATE_CHOICES

HONEYPOT_FIELD = "website"


def honeypot_field() -> forms.CharField:
    """A field people never see (hidden by CSS and from assistive technology); bots fill it."""
    return forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )


class HoneypotMixin:
    """For forms that declare ``website = honeypot_field()``: was it filled in?"""

    data: Any

    @property
    def is_bot(self) -> bool:
        """True when the honeypot field was filled in."""
        return bool((self.data.get(HONEYPOT_FIELD) or "").strip())


# Which submit button was pressed.
ACTION_UPDATE = "update"
ACTION_SEND = "send"


class EvaluateForm(forms.Form):
    """Paste a draft bill or upload it (one of the two)."""

    text = forms.CharField(
        label=_("Paste the bill's text"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 12, "spellcheck": "false"}),
    )
    file = forms.FileField(
        label=_("…or upload a file (PDF, HTML or plain text)"),
        required=False,
        widget=forms.ClearableFileInput(
            attrs={"accept": ".pdf,.html,.htm,.txt,application/pdf,text/html,text/plain"}
        ),
    )
    state = forms.ChoiceField(
        label=_("State (used for the state's own damage caps)"),
        required=False,
        choices=[("", _("Not specified")), *STATE_CHOICES],
    )

    def clean(self) -> dict:
        """Exactly one of text and file."""
        data = super().clean()
        if data.get("file") and (data.get("text") or "").strip():
            raise forms.ValidationError(_("Paste text or upload a file, not both."))
        return data


class WriteForm(HoneypotMixin, forms.Form):
    """The visitor's edited message, who it goes to and (optionally) how to send it."""

    action = forms.ChoiceField(
        choices=[(ACTION_UPDATE, _("Update")), (ACTION_SEND, _("Send"))],
        required=False,
        widget=forms.HiddenInput,
    )
    recipients = forms.MultipleChoiceField(
        label=_("Send to"), required=False, widget=forms.CheckboxSelectMultiple
    )
    to_address = forms.EmailField(
        label=_("Their e-mail address"),
        required=False,
        help_text=_("Officials are not loaded on this site, so type the address yourself."),
    )
    subject = forms.CharField(label=_("Subject"), max_length=SUBJECT_MAX_CHARS)
    body = forms.CharField(
        label=_("Your message"),
        max_length=BODY_MAX_CHARS,
        widget=forms.Textarea(attrs={"rows": 22}),
    )
    sender_name = forms.CharField(label=_("Your name"), max_length=NAME_MAX_CHARS, required=False)
    sender_email = forms.EmailField(
        label=_("Your e-mail address"),
        required=False,
        help_text=_("Replies from their office come straight to you. We do not keep it."),
    )
    send_copy = forms.BooleanField(
        label=_("E-mail me a copy (we first send a link to confirm the address is yours)"),
        required=False,
    )
    website = honeypot_field()

    def __init__(self, *args, recipients: list[Recipient] = (), **kwargs) -> None:
        super().__init__(*args, **kwargs)
        emailable = [recipient for recipient in recipients if recipient.has_email]
        self.fields["recipients"].choices = [
            (recipient.key, f"{recipient.greeting} <{recipient.email}>") for recipient in emailable
        ]

    def clean_recipients(self) -> list[str]:
        """At most MAX_RECIPIENTS officials."""
        chosen = self.cleaned_data.get("recipients") or []
        if len(chosen) > MAX_RECIPIENTS:
            raise forms.ValidationError(
                gettext("Choose at most %(count)s recipients.") % {"count": MAX_RECIPIENTS}
            )
        return chosen

    def check_sendable(self) -> bool:
        """Extra rules for server-side sending; adds errors and returns False when broken."""
        data = self.cleaned_data
        if not data.get("recipients"):
            self.add_error(
                "recipients",
                gettext("Choose at least one of your officials to send the message to."),
            )
        if not (data.get("sender_name") or "").strip():
            self.add_error(
                "sender_name", gettext("Add your name: offices answer constituents by name.")
            )
        if not data.get("sender_email"):
            self.add_error(
                "sender_email", gettext("Add your e-mail address so their office can reply.")
            )
        left = placeholders_left(data.get("body", "")) + placeholders_left(data.get("subject", ""))
        if left:
            self.add_error(
                "body",
                gettext("Replace the bracketed prompts with your own words first: %(prompt)s")
                % {"prompt": left[0]},
            )
        return not self.errors
