"""URLs of the cases app (mounted at ``/cases/``)."""

from django.urls import path

from endqi.cases import views

app_name = "cases"

urlpatterns = [
    path("", views.case_list, name="list"),
    path("results/", views.case_results, name="results"),
    path("<slug:slug>/", views.case_detail, name="detail"),
]
