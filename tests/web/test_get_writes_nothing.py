"""A GET never writes to the database: the 51 State rows come from a migration.

The state page used to create the State rows on its first visit. Now the
migration ``legislation/0006_state_rows`` creates them, and a GET on the home
page or a state page of a database with no bills runs no INSERT, UPDATE or
DELETE on any data table. The cache may write: in tests it is Django's database
cache (table ``endqi_cache``), which holds rendered fragments, not data.
"""

from __future__ import annotations

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext

from endqi.legislation.models import Bill, State
from endqi.states import all_states

pytestmark = pytest.mark.django_db

WRITE_VERBS = ("INSERT", "UPDATE", "DELETE", "REPLACE")


def data_writes(queries: CaptureQueriesContext) -> list[str]:
    """The captured statements that write to a table other than the cache's."""
    cache_table = settings.CACHES["default"].get("LOCATION", "")
    writes = []
    for query in queries.captured_queries:
        sql = query["sql"].lstrip().upper()
        if sql.startswith(WRITE_VERBS) and not (cache_table and cache_table.upper() in sql):
            writes.append(query["sql"])
    return writes


def test_the_migration_created_every_state_from_the_one_table() -> None:
    rows = set(State.objects.values_list("abbr", "name", "fips"))
    assert rows == {(info.abbr, info.name, info.fips) for info in all_states()}
    assert len(rows) == 51


@pytest.mark.parametrize("path", ["/", "/mo/", "/es/", "/es/dc/"])
def test_a_get_on_an_empty_database_writes_no_data(client, path: str) -> None:
    assert not Bill.objects.exists()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    assert data_writes(queries) == []
    # Nothing was written by some other path either.
    assert State.objects.count() == 51 and not Bill.objects.exists()


def test_a_state_page_without_its_row_is_a_404_not_a_write(client) -> None:
    State.objects.filter(abbr="MO").delete()
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/mo/")
    assert response.status_code == 404
    assert data_writes(queries) == []
    assert not State.objects.filter(abbr="MO").exists()
