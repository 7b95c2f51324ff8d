"""URLs of the public pages (home, state, bill) and the staff review screens.

Included last at the site root: ``/<abbr>/`` only matches real state
abbreviations (``STATE_SLUG_PATTERN``), so unknown ones are a 404 by pattern.
"""

from django.urls import path, re_path

from endqi.legislation.views import home, pages, staff
from endqi.states import STATE_SLUG_PATTERN

app_name = "legislation"

CRITERION_PATTERN = r"(?P<criterion_id>(?:end|start)\.[a-z_]+)"

urlpatterns = [
    path("", home.home, name="home"),
    path("go/", home.go_to_state, name="go"),
    path("staff/", staff.staff_bill_list, name="staff-list"),
    path("staff/bills/new/", staff.staff_new_bill, name="staff-new"),
    path("staff/bills/<int:bill_id>/review/", staff.staff_review, name="staff-review"),
    path("staff/bills/<int:bill_id>/publish/", staff.staff_publish, name="staff-publish"),
    path("staff/bills/<int:bill_id>/versions/new/", staff.staff_new_version, name="staff-version"),
    re_path(
        rf"^staff/bills/(?P<bill_id>\d+)/criteria/{CRITERION_PATTERN}/override/$",
        staff.staff_override,
        name="staff-override",
    ),
    re_path(
        rf"^staff/bills/(?P<bill_id>\d+)/criteria/{CRITERION_PATTERN}/clear/$",
        staff.staff_clear_override,
        name="staff-clear",
    ),
    re_path(rf"^{STATE_SLUG_PATTERN}/$", pages.state_page, name="state"),
    re_path(
        rf"^{STATE_SLUG_PATTERN}/bills/(?P<slug>[-a-zA-Z0-9_]+)/$",
        pages.bill_page,
        name="bill",
    ),
]
