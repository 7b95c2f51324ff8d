"""Which of a bill's fields a staff member has edited, so imports leave them alone.

An import writes without a user; a staff member's save (the admin, the staff
screens) records who did it in the bill's history. A field belongs to staff
when the last change of its value in that history was made by a user: the
importers then keep the staff value, as reviewers' overrides are kept.
"""

from __future__ import annotations

from collections.abc import Iterable

from endqi.legislation.models import Bill

#: Fields staff may correct by hand that a source would otherwise write again.
STAFF_EDITABLE_FIELDS: tuple[str, ...] = ("title", "short_description")


def staff_edited_fields(bill: Bill, names: Iterable[str] = STAFF_EDITABLE_FIELDS) -> set[str]:
    """The fields among ``names`` whose current value was last set by a user (one query)."""
    names = tuple(names)
    if bill.pk is None or not names:
        return set()
    records = bill.history.order_by("history_date", "history_id").values("history_user_id", *names)
    last_writer: dict[str, int | None] = {}
    last_value: dict[str, object] = {}
    for record in records:
        for name in names:
            if name not in last_value or record[name] != last_value[name]:
                last_value[name] = record[name]
                last_writer[name] = record["history_user_id"]
    return {name for name in names if last_writer.get(name) is not None}
