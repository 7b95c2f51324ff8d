"""The 51 State rows (50 states and DC) from ``endqi.states``: reference data, created once.

Pages only read them; before this migration the state page created them on its
first GET. ``ensure_states`` stays for importers and seeds that run after a
database was emptied (``manage.py flush``).
"""

from django.db import migrations


def create_states(apps, schema_editor):
    """Create every State row that is missing (idempotent)."""
    from endqi.states import all_states

    State = apps.get_model("legislation", "State")
    existing = set(State.objects.values_list("abbr", flat=True))
    State.objects.bulk_create(
        [State(abbr=s.abbr, name=s.name, fips=s.fips) for s in all_states() if s.abbr not in existing]
    )


class Migration(migrations.Migration):
    dependencies = [("legislation", "0005_bill_identity_coverage_freshness")]

    # Reversing leaves the rows: they are reference data other tables point at.
    operations = [migrations.RunPython(create_states, migrations.RunPython.noop)]
