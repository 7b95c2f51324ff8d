"""The subscribe form."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from endqi.action.forms import HoneypotMixin, honeypot_field
from endqi.alerts.models import Cadence
from endqi.legislation.models import Bill


class SubscribeForm(HoneypotMixin, forms.Form):
    """An address, what to follow (the state or one of its bills) and how often."""

    email = forms.EmailField(label=_("Your e-mail address"))
    bill = forms.ModelChoiceField(
        queryset=Bill.objects.none(),
        required=False,
        empty_label=_("Every bill in the state"),
        label=_("Follow"),
    )
    cadence = forms.ChoiceField(
        choices=Cadence.choices,
        initial=Cadence.EACH,
        widget=forms.RadioSelect,
        label=_("How often"),
    )
    website = honeypot_field()

    def __init__(self, *args, state_abbr: str, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["bill"].queryset = Bill.objects.published().filter(
            state__abbr=state_abbr.upper()
        )
