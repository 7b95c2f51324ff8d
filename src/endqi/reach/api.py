"""API of the reach app: ``GET /api/v1/states/<abbr>/card`` (collected by endqi.api).

The data behind the embeddable card, with the addresses of everything made to be
used elsewhere: the card to frame, the one-page PDFs, the alerts sign-up page.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, JsonResponse
from django.urls import path, reverse
from django.views.decorators.http import require_safe

from endqi.api.errors import json_error
from endqi.api.schema import error_response, json_response, ref
from endqi.reach.cards import state_card
from endqi.states import get_state_info
from endqi.web.i18n import unprefixed_reverse


@require_safe
def card_api(request: HttpRequest, abbr: str) -> JsonResponse:
    """``GET /api/v1/states/<abbr>/card``."""
    try:
        info = get_state_info(abbr)
    except KeyError:
        return json_error(404, f"{abbr!r} is not a state abbreviation.")
    card = state_card(info)
    base = reverse("legislation:state", kwargs={"abbr": info.slug})
    in_state = {"abbr": info.slug}
    best: dict[str, Any] | None = None
    if card.bill is not None:
        best = {
            "identifier": card.bill_label,
            "status": card.status,
            "url": card.bill.get_absolute_url(),
            "one_pager_pdf": unprefixed_reverse(
                "reach-bill-pdf", abbr=info.slug, slug=card.bill.slug
            ),
            "scores": [{"label": label, "score": value} for label, value in card.scores],
        }
    return JsonResponse(
        {
            "state": info.abbr,
            "name": info.name,
            "bills_tracked": card.bill_count,
            "best_bill": best,
            "links": {
                "state_page": base,
                "act": reverse("officials-find-state", kwargs=in_state),
                "embed_card": unprefixed_reverse("reach-embed", **in_state),
                "embed_snippet": reverse("reach-snippet", kwargs=in_state),
                "one_pager_pdf": unprefixed_reverse("reach-state-pdf", **in_state),
                "alerts": reverse("alerts-subscribe", kwargs=in_state),
                "report_correction": f"{reverse('corrections:new')}?page={base}",
            },
        },
        json_dumps_params={"indent": 1},
    )


urlpatterns = [path("states/<str:abbr>/card", card_api, name="api-state-card")]

OPENAPI_SCHEMAS: dict[str, Any] = {
    "StateCard": {
        "type": "object",
        "required": ["state", "name", "bills_tracked", "best_bill", "links"],
        "properties": {
            "state": {"type": "string", "example": "MO"},
            "name": {"type": "string", "example": "Missouri"},
            "bills_tracked": {"type": "integer"},
            "best_bill": {
                "type": ["object", "null"],
                "properties": {
                    "identifier": {"type": "string"},
                    "status": {"type": "string"},
                    "url": {"type": "string"},
                    "one_pager_pdf": {"type": "string"},
                    "scores": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "properties": {
                                "label": {"type": "string"},
                                "score": {"type": "string", "example": "3.5/5"},
                            },
                        },
                    },
                },
            },
            "links": {
                "type": "object",
                "description": "Site paths: the embeddable card (an iframe page that any site "
                "may frame; add light/ or dark/ for a fixed theme), its snippet page, the "
                "state's one-page PDF, the e-mail alerts sign-up and the corrections form.",
                "additionalProperties": {"type": "string"},
            },
        },
    }
}

OPENAPI_PATHS: dict[str, Any] = {
    "/api/v1/states/{abbr}/card": {
        "get": {
            "summary": "A state's card: its best bill, scores and links to share, print, follow",
            "operationId": "getStateCard",
            "tags": ["reach"],
            "parameters": [
                {
                    "name": "abbr",
                    "in": "path",
                    "required": True,
                    "description": "Postal abbreviation, any case (mo).",
                    "schema": {"type": "string", "pattern": "^[A-Za-z]{2}$"},
                }
            ],
            "responses": {
                "200": json_response("The card's data.", ref("StateCard")),
                "404": error_response("Not a state abbreviation."),
            },
        }
    }
}
