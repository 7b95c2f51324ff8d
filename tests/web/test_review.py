"""Staff screens: bill list, add a bill (paste or upload), review, override, publish, versions."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from endqi.analysis import evaluate
from endqi.documents import document_from_text
from endqi.legislation.evaluations import override_criterion
from endqi.legislation.models import Bill, BillVersion, CriterionResult, Evaluation
from endqi.legislation.status import BillStatus
from endqi.rubric import CRITERIA, Verdict

from .bill_factories import OTHER_BILL_TEXT, SAMPLE_BILL_TEXT, make_bill
from .page_helpers import make_user, parse, text_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(client):
    """A client logged in as a staff member."""
    user = make_user("rita", staff=True, first_name="Rita", last_name="Okafor")
    client.force_login(user)
    client.user = user
    return client


def new_bill_data(**overrides):
    """A valid "add a bill" form with pasted text."""
    data = {
        "state": "MO",
        "identifier": "HB 321",
        "year": "2025",
        "status": BillStatus.INTRODUCED,
        "title": "Civil action for deprivation of rights",
        "source_url": "",
        "text": SAMPLE_BILL_TEXT,
        "version_label": "introduced",
        "version_source_url": "",
    }
    data.update(overrides)
    return data


def expected_verdicts(text: str, state: str = "MO") -> list[str]:
    """What the evaluator says about a text, in rubric order (never hard-coded)."""
    scorecard = evaluate(document_from_text(text), state=state)
    return [scorecard.result(c.id).verdict.value for c in CRITERIA]


def page_verdicts(response) -> list[str]:
    """Verdict classes of the scorecard on a page, in order."""
    return [
        next(c for c in node.attributes["class"].split() if c.startswith("verdict-"))[8:]
        for node in parse(response).css(
            "#scorecard-heading ~ .scorecard-group li.criterion > .criterion-head .verdict"
        )
    ]


def test_staff_list_shows_every_bill_with_review_links(staff) -> None:
    draft = make_bill("HB 1", published=False)
    public = make_bill("SB 2", state="KS")
    tree = parse(staff.get("/staff/"))
    rows = tree.css("tbody tr")
    assert len(rows) == 2
    links = {a.attributes["href"] for a in tree.css("tbody th a")}
    assert links == {f"/staff/bills/{draft.pk}/review/", f"/staff/bills/{public.pk}/review/"}
    text = text_of(tree.css_first("tbody"))
    assert "Draft" in text and "Published" in text
    assert tree.css_first("a[href='/staff/bills/new/']") is not None


def test_add_a_bill_by_pasting_text_creates_bill_version_and_evaluation(staff) -> None:
    form = parse(staff.get("/staff/bills/new/"))
    for name in ("state", "identifier", "year", "status", "text", "file"):
        field = form.css_first(f"[name={name}]")
        assert form.css_first(f"label[for={field.attributes['id']}]") is not None, name
    assert form.css_first("input[name=csrfmiddlewaretoken]") is not None

    response = staff.post("/staff/bills/new/", new_bill_data())
    bill = Bill.objects.get(identifier="HB 321")
    assert response.status_code == 302
    assert response["Location"] == f"/staff/bills/{bill.pk}/review/"
    assert not bill.published and bill.year == 2025 and bill.state.abbr == "MO"
    version = BillVersion.objects.get(bill=bill)
    assert version.label == "introduced" and version.created_by == staff.user
    evaluation = Evaluation.objects.get(bill=bill, is_current=True)
    assert evaluation.kind == "automatic"

    review = staff.get(response["Location"])
    assert review.status_code == 200
    assert page_verdicts(review) == expected_verdicts(version.text)
    assert "added and evaluated" in text_of(parse(review).css_first(".messages"))
    assert parse(review).css_first(".bill-text") is not None


@pytest.mark.parametrize(
    ("filename", "content"),
    [
        ("hb321.txt", SAMPLE_BILL_TEXT.encode()),
        (
            "hb321.html",
            (
                "<html><head><title>HB 321</title><script>alert(1)</script></head><body>"
                + "".join(f"<p>{line}</p>" for line in SAMPLE_BILL_TEXT.splitlines())
                + "</body></html>"
            ).encode(),
        ),
    ],
)
def test_add_a_bill_by_uploading_a_file(staff, filename: str, content: bytes) -> None:
    data = new_bill_data(text="")
    data["file"] = SimpleUploadedFile(filename, content)
    response = staff.post("/staff/bills/new/", data)
    assert response.status_code == 302, text_of(parse(response).css_first(".errorlist"))
    version = BillVersion.objects.get(bill__identifier="HB 321")
    assert version.filename == filename
    assert "Qualified immunity shall not be a defense" in " ".join(version.text.split())
    assert "alert(1)" not in version.text


def test_unreadable_upload_gets_one_clear_message_and_writes_nothing(staff) -> None:
    data = new_bill_data(text="")
    data["file"] = SimpleUploadedFile("broken.pdf", b"%PDF-1.7 this is not really a pdf")
    response = staff.post("/staff/bills/new/", data)
    assert response.status_code == 400
    errors = text_of(parse(response).css_first(".errorlist"))
    assert errors and "Traceback" not in response.content.decode()
    assert not Bill.objects.exists() and not BillVersion.objects.exists()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"text": ""}, "Paste the bill's text or upload a file"),
        ({"identifier": ""}, "This field is required"),
        ({"state": "ZZ"}, "Select a valid choice"),
        ({"year": "20255"}, "less than or equal to 2100"),
    ],
)
def test_invalid_new_bill_forms_explain_what_is_wrong(staff, changes, message) -> None:
    response = staff.post("/staff/bills/new/", new_bill_data(**changes))
    assert response.status_code == 400
    assert message in text_of(parse(response).css_first("main form"))
    assert not Bill.objects.exists()


def test_text_and_file_together_are_refused(staff) -> None:
    data = new_bill_data()
    data["file"] = SimpleUploadedFile("hb.txt", b"Some text.")
    response = staff.post("/staff/bills/new/", data)
    assert response.status_code == 400
    assert "not both" in text_of(parse(response).css_first("main form"))
    assert not Bill.objects.exists()


def _result(bill: Bill, index: int = 0) -> CriterionResult:
    return Bill.objects.get(pk=bill.pk).current_evaluation.ordered_results()[index]


def _other_verdict(verdict: Verdict) -> Verdict:
    return Verdict.PARTIAL if verdict != Verdict.PARTIAL else Verdict.YES


def test_review_screen_has_an_override_form_per_criterion(staff) -> None:
    bill = make_bill("HB 2", published=False)
    tree = parse(staff.get(f"/staff/bills/{bill.pk}/review/"))
    forms = tree.css("form.override-form")
    assert len(forms) == len(CRITERIA)
    ids = set()
    for form, criterion in zip(forms, CRITERIA, strict=True):
        assert (
            form.attributes["action"] == f"/staff/bills/{bill.pk}/criteria/{criterion.id}/override/"
        )
        assert form.css_first("input[name=csrfmiddlewaretoken]") is not None
        note = form.css_first("textarea")
        assert "required" in note.attributes
        for control in form.css("select, textarea"):
            assert form.css_first(f"label[for={control.attributes['id']}]") is not None
            ids.add(control.attributes["id"])
    assert len(ids) == 2 * len(CRITERIA)  # every control id unique on the page


def test_override_with_a_note_is_saved_attributed_and_shown(staff) -> None:
    bill = make_bill("HB 3")
    result = _result(bill)
    new = _other_verdict(result.effective_verdict)
    prefix = result.criterion_id.replace(".", "-")
    response = staff.post(
        f"/staff/bills/{bill.pk}/criteria/{result.criterion_id}/override/",
        {f"{prefix}-verdict": new.value, f"{prefix}-note": "Section 2 bars the defense outright."},
    )
    assert response.status_code == 302
    assert response["Location"].endswith(f"#criterion-{prefix}")
    result.refresh_from_db()
    assert result.override_verdict == new.value and result.overridden_by == staff.user
    assert result.override_note == "Section 2 bars the defense outright."

    review = parse(staff.get(f"/staff/bills/{bill.pk}/review/"))
    item = review.css_first(f"#criterion-{prefix}")
    assert text_of(item.css_first(".verdict")) == f"{new.symbol} {new.label}"
    assert "Reviewed by Rita Okafor" in text_of(item)

    public = parse(Client().get(Bill.objects.get(pk=bill.pk).get_absolute_url()))
    assert "Section 2 bars the defense outright." in text_of(public.css_first("#history"))


@pytest.mark.parametrize("note", ["", "   "])
def test_override_without_a_note_is_refused(staff, note: str) -> None:
    bill = make_bill("HB 4")
    result = _result(bill)
    prefix = result.criterion_id.replace(".", "-")
    response = staff.post(
        f"/staff/bills/{bill.pk}/criteria/{result.criterion_id}/override/",
        {
            f"{prefix}-verdict": _other_verdict(result.effective_verdict).value,
            f"{prefix}-note": note,
        },
    )
    assert response.status_code == 400
    item = parse(response).css_first(f"#criterion-{prefix}")
    assert item.css_first(".errorlist") is not None
    result.refresh_from_db()
    assert not result.is_overridden


def test_override_with_an_unknown_verdict_is_refused(staff) -> None:
    bill = make_bill("HB 5")
    result = _result(bill)
    prefix = result.criterion_id.replace(".", "-")
    response = staff.post(
        f"/staff/bills/{bill.pk}/criteria/{result.criterion_id}/override/",
        {f"{prefix}-verdict": "maybe", f"{prefix}-note": "Hmm."},
    )
    assert response.status_code == 400
    result.refresh_from_db()
    assert not result.is_overridden


def test_unknown_criterion_or_bill_is_404(staff) -> None:
    bill = make_bill("HB 6")
    assert (
        staff.post(f"/staff/bills/{bill.pk}/criteria/end.nothing/override/", {}).status_code == 404
    )
    assert staff.get("/staff/bills/999999/review/").status_code == 404


def test_clear_an_override_needs_a_note(staff) -> None:
    bill = make_bill("HB 7")
    result = _result(bill)
    override_criterion(result, _other_verdict(result.effective_verdict), "First look.", staff.user)
    prefix = result.criterion_id.replace(".", "-") + "-clear"
    url = f"/staff/bills/{bill.pk}/criteria/{result.criterion_id}/clear/"
    staff.post(url, {f"{prefix}-note": ""})
    result.refresh_from_db()
    assert result.is_overridden
    staff.post(url, {f"{prefix}-note": "The automatic verdict was right."})
    result.refresh_from_db()
    assert not result.is_overridden


def test_publish_and_unpublish(staff) -> None:
    client = Client()  # a visitor, not the logged-in staff client
    bill = make_bill("HB 8", published=False)
    url = Bill.objects.get(pk=bill.pk).get_absolute_url()
    assert client.get(url).status_code == 404
    staff.post(f"/staff/bills/{bill.pk}/publish/", {"published": "1"})
    assert Bill.objects.get(pk=bill.pk).published
    assert client.get(url).status_code == 200
    assert "HB 8" in client.get("/mo/").content.decode()
    staff.post(f"/staff/bills/{bill.pk}/publish/", {"published": "0"})
    assert not Bill.objects.get(pk=bill.pk).published
    assert client.get(url).status_code == 404
    history = text_of(parse(staff.get(url)).css_first("#history"))
    assert "Published changed from no to yes" in history
    assert "Published changed from yes to no" in history


def test_new_version_keeps_overrides_and_flags_only_changed_verdicts(staff) -> None:
    bill = make_bill("HB 9", text=SAMPLE_BILL_TEXT)
    before = evaluate(document_from_text(SAMPLE_BILL_TEXT), state="MO").verdicts()
    after = evaluate(document_from_text(OTHER_BILL_TEXT), state="MO").verdicts()
    changed = next(cid for cid in before if before[cid] != after[cid])
    steady = next(cid for cid in before if before[cid] == after[cid])
    evaluation = bill.current_evaluation
    for criterion_id in (changed, steady):
        result = evaluation.results.get(criterion_id=criterion_id)
        override = _other_verdict(result.automatic_verdict)
        override_criterion(result, override, "Reviewed by hand.", staff.user)

    response = staff.post(
        f"/staff/bills/{bill.pk}/versions/new/",
        {"text": OTHER_BILL_TEXT, "version_label": "as amended"},
    )
    assert response.status_code == 302
    current = Bill.objects.get(pk=bill.pk).current_evaluation
    assert current.version.label == "as amended"
    results = {result.criterion_id: result for result in current.ordered_results()}
    assert all(results[cid].is_overridden for cid in (changed, steady))
    # Flagged where the automatic verdict moved; not where only the review differs from it.
    assert results[changed].automatic_disagrees
    assert not results[steady].automatic_disagrees

    review = parse(staff.get(f"/staff/bills/{bill.pk}/review/"))
    flag = text_of(review.css_first("div.disagreement"))
    title = next(c.title for c in CRITERIA if c.id == changed)
    assert title in flag
    assert "look again" in text_of(review.css_first(".messages"))
    assert "automatic verdict disagrees" in text_of(parse(staff.get("/staff/")).css_first("tbody"))


def test_same_text_again_raises_no_flag(staff) -> None:
    bill = make_bill("HB 11", text=SAMPLE_BILL_TEXT)
    result = _result(bill)
    override_criterion(result, _other_verdict(result.automatic_verdict), "By hand.", staff.user)
    staff.post(
        f"/staff/bills/{bill.pk}/versions/new/",
        {"text": SAMPLE_BILL_TEXT + "\n5. This act takes effect on passage.\n"},
    )
    carried = Bill.objects.get(pk=bill.pk).current_evaluation.ordered_results()[0]
    assert carried.is_overridden and carried.verdict == result.verdict
    assert not carried.automatic_disagrees


def test_new_version_without_text_is_refused(staff) -> None:
    bill = make_bill("HB 10", text=OTHER_BILL_TEXT)
    response = staff.post(f"/staff/bills/{bill.pk}/versions/new/", {"text": "  "})
    assert response.status_code == 400
    assert BillVersion.objects.filter(bill=bill).count() == 1
