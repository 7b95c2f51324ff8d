import pytest
from .bill_factories import make_bill
from .page_helpers import parse
from .test_spanish import english_words, visible_spanish_text

pytestmark = pytest.mark.django_db

PATHS = ["/es/evaluate/", "/es/model-policy/", "/es/share/", "/es/share/mo/", "/es/mo/alerts/",
         "/es/mo/embed/", "/es/cases/", "/es/nope-nope/", "/es/act/confirm/?t=bad", "/es/mo/act/write/",
         "/es/alerts/confirm/abc/", "/es/act/?zip=65101"]

def test_probe(client):
    bill = make_bill("HB 7")
    for path in PATHS + [f"/es/mo/bills/{bill.slug}/alerts/", f"/es/share/mo/{bill.slug}/"]:
        r = client.get(path)
        try:
            tree = parse(r)
            text = visible_spanish_text(tree)
        except Exception as e:
            print(path, r.status_code, "ERR", e); continue
        print("\n==", path, r.status_code, english_words(text))
        print(text[:1500])
