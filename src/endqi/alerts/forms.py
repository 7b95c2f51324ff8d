"""The subscribe form."""

from __future__ import annotations

from django import forms

from endqi.alerts.models import Cadence
from endqi.legislation.models import Bill

HONEYPOT_FIELD = "website"


class SubscribeForm(forms.Form):
    """An address, what to follow (the state or one of its bills) and how often."""

    email = forms.EmailField(label="Your e-mail address")
    bill = forms.ModelChoiceField(
        queryset=Bill.objects.none(),
        required=False,
        empty_label="Every bill in the state",
        label="Follow",
    )
    cadence = forms.ChoiceField(
        choices=Cadence.choices, initial=Cadence.EACH, widget=forms.RadioSelect, label="How often"
    )
    website = forms.CharField(
        required=False,
        label="Leave this field empty",
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def __init__(self, *args, state_abbr: str, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["bill"].queryset = Bill.objects.published().filter(
            state__abbr=state_abbr.upper()
        )

    def is_bot(self) -> bool:
        """True when the hidden field was filled in."""
        return bool((self.data.get(HONEYPOT_FIELD) or "").strip())
