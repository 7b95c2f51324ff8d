"""Helpers that build bills through the project's own functions (no mocks).

Shared by the legislation tests (models, evaluations, API, feed). The sample
text is written for these tests; it reads like a typical state bill so the
evaluator has real clauses to find.
"""

from __future__ import annotations

from endqi.legislation.bills import add_bill_version, create_bill
from endqi.legislation.models import Bill, State, ensure_states
from endqi.legislation.status import BillStatus

SAMPLE_BILL_TEXT = """\
Section 1. Civil action for deprivation of rights.

1. A peace officer who, under color of law, subjects or causes to be subjected any
person to the deprivation of any right, privilege, or immunity secured by the
constitution of this state is liable to the injured party in an action at law.

2. Qualified immunity shall not be a defense to liability under this section.

3. In any action brought under this section, the court shall award reasonable
attorney fees and costs to a prevailing plaintiff.

4. A public entity shall indemnify its peace officers for any liability incurred
under this section, except that a peace officer who acted in bad faith shall
personally pay five percent of the judgment or twenty-five thousand dollars,
whichever is less.
"""

OTHER_BILL_TEXT = """\
Section 1. A law enforcement officer may not be held personally liable for
conduct within the scope of employment. The limits of liability in section 537.610
apply to every action under this section.
"""


def get_state(abbr: str = "MO") -> State:
    """A state row (creating all states the first time)."""
    ensure_states()
    return State.objects.get(abbr=abbr)


def make_bill(
    identifier: str = "HB 1",
    *,
    state: str = "MO",
    text: str | None = SAMPLE_BILL_TEXT,
    year: int | None = 2024,
    status: str = BillStatus.IN_COMMITTEE,
    published: bool = True,
    user=None,
) -> Bill:
    """A bill created and (when ``text`` is given) evaluated the way staff would."""
    bill = create_bill(
        state=get_state(state),
        identifier=identifier,
        year=year,
        status=status,
        short_description=f"Test bill {identifier}.",
        published=published,
        user=user,
    )
    if text is not None:
        add_bill_version(bill, text, label="introduced", user=user)
    return bill
