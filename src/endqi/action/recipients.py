"""Who a visitor writes to: their officials from the officials app's lookup.

The write pages accept the same plain GET parameters as the officials pages
(``zip``, ``lat``/``lon``, ``district_upper``/``district_lower``/
``district_legislature``; see ``endqi.officials.lookup.lookup_from_params``) and
turn them into :class:`Recipient` objects. When
the officials are not loaded the page says so and lets the visitor type an
address for their own mail program (never for server-side sending).
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass, field

from endqi.action.messages import DEFAULT_LETTER_LANGUAGE, official_greeting
from endqi.officials import lookup
from endqi.officials.lookup import LookupInputError, LookupResult
from endqi.officials.models import Person
from endqi.states import StateInfo, get_state_info


@dataclass(frozen=True, slots=True)
class Recipient:
    """One official the visitor may write to or call."""

    key: str  # stable id: Open States id or staff/<pk>
    name: str
    title: str  # "State Senator"
    greeting: str  # "Senator Doe"
    district: str
    party: str
    email: str  # empty when the official publishes no address
    phone: str
    tel: str  # digits for a tel: link
    contact_as_of: datetime.date | None
    legislator: bool
    role_type: str = ""  # Open States role type: upper, lower, governor…
    surname: str = ""

    def greeting_in(self, language: str) -> str:
        """How a letter in ``language`` greets this official (``Senador/a Doe``)."""
        if not self.role_type or language == DEFAULT_LETTER_LANGUAGE:
            return self.greeting
        greeting = official_greeting(self.role_type, self.surname, language=language)
        # Roles without a greeting title are greeted by their full name, as in English.
        return greeting if greeting != self.surname else self.greeting

    @property
    def has_email(self) -> bool:
        """Whether a message can be addressed to this official."""
        return bool(self.email)


@dataclass(slots=True)
class Addressing:
    """The result of resolving a write page's recipients."""

    state: StateInfo
    recipients: list[Recipient] = field(default_factory=list)
    lookup: LookupResult | None = None
    error: str = ""  # the lookup's one-sentence complaint about the input
    officials_loaded: bool = False
    params: dict[str, str] = field(default_factory=dict)  # lookup params to carry along
    other_state: StateInfo | None = None  # the place looked up is in this other state

    @property
    def searched(self) -> bool:
        """Whether the visitor gave anything to look up."""
        return bool(self.params)

    @property
    def emailable(self) -> list[Recipient]:
        """Recipients with an e-mail address."""
        return [recipient for recipient in self.recipients if recipient.has_email]

    def by_key(self, keys: list[str]) -> list[Recipient]:
        """The recipients whose keys are in ``keys`` (order of the page)."""
        wanted = set(keys)
        return [recipient for recipient in self.recipients if recipient.key in wanted]


def recipient_from_person(person: Person) -> Recipient:
    """A Recipient made from an officials-app Person."""
    role = person.primary_role
    role_type = role.role_type if role else ""
    title = role.title if role else ""
    surname = person.family_name or person.name
    greeting = official_greeting(role_type, surname)
    return Recipient(
        key=person.openstates_id or f"staff/{person.pk}",
        name=person.name,
        title=title,
        greeting=greeting if greeting != surname else person.name,
        district=role.district if role else "",
        party=person.party,
        email=person.email.strip() if person.email_is_address else "",
        phone=person.phone,
        tel=person.tel_number,
        contact_as_of=person.source_date,
        legislator=bool(role and not role.is_executive),
        role_type=role_type,
        surname=surname,
    )


def lookup_params(query: Mapping[str, str]) -> dict[str, str]:
    """The officials lookup's parameters in ``query``, cleaned, without a street address.

    The write pages never geocode (that would be a network call per page view); the
    officials page turns an address into district parameters before linking here.
    """
    params = lookup.clean_params(query)
    params.pop("address", None)
    return params


def resolve(abbr: str, query: Mapping[str, str]) -> Addressing:
    """Look up the officials for a write page of state ``abbr``."""
    info = get_state_info(abbr)
    params = lookup_params(query)
    addressing = Addressing(
        state=info, params=params, officials_loaded=lookup.officials_loaded(info.abbr)
    )
    if not params:
        return addressing
    try:
        result = lookup.lookup_from_params(params, info.abbr)
    except LookupInputError as error:
        addressing.error = str(error)
        return addressing
    if result is None:
        return addressing
    if result.state and result.state.abbr != info.abbr:
        addressing.error = (
            f"That place is in {result.state.name}, not {info.name}; "
            f"write to your {result.state.name} legislators instead."
        )
        addressing.other_state = result.state
        return addressing
    addressing.lookup = result
    addressing.recipients = [recipient_from_person(person) for person in result.officials]
    return addressing
