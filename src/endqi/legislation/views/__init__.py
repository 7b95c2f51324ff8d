"""Pages of the legislation app, one module per concept.

- :mod:`~endqi.legislation.views.home`: the home page (national map, recent changes)
  and the header's state picker.
- :mod:`~endqi.legislation.views.pages`: the public state and bill pages.
- :mod:`~endqi.legislation.views.staff`: the staff screens (bill list, new bill,
  review, overrides, publish, new version) and their upload guard.

Views only read requests and render; what a page shows is computed in
:mod:`endqi.legislation.overview` and :mod:`endqi.legislation.changes`, and writes
go through :mod:`endqi.legislation.bills` and :mod:`endqi.legislation.evaluations`.
No GET writes to the database (the State rows come from a migration).
"""
