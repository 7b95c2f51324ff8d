"""Subscribe, confirm (double opt-in), unsubscribe in one click, delete the address."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.translation import get_language
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from endqi.action.limits import RateLimit
from endqi.action.ratelimit import allow, client_ip, retry_after_seconds
from endqi.action.summaries import state_info_or_404
from endqi.alerts.forms import SubscribeForm
from endqi.alerts.models import Subscription
from endqi.alerts.sending import latest_event_id
from endqi.legislation.models import State

# Subscriptions per visitor address, and confirmation requests per e-mail address (so
# nobody can use the form to flood a third party's inbox).
SUBSCRIBE_PER_IP = RateLimit("alerts-ip", limit=10, window_seconds=3600)
SUBSCRIBE_PER_ADDRESS = RateLimit("alerts-address", limit=3, window_seconds=24 * 3600)


@require_http_methods(["GET", "POST"])
def subscribe(request: HttpRequest, abbr: str) -> HttpResponse:
    """``/<abbr>/alerts/``: ask for alerts about a state or one of its bills."""
    info = state_info_or_404(abbr)
    form = SubscribeForm(request.POST or None, state_abbr=info.abbr, initial=request.GET)
    context = {"info": info, "form": form}
    if request.method != "POST":
        return render(request, "alerts/subscribe.html", context)
    if not form.is_valid():
        return render(request, "alerts/subscribe.html", context, status=400)
    if form.is_bot:
        return render(request, "alerts/check_inbox.html", context)
    email = form.cleaned_data["email"].strip().lower()
    if not allow(SUBSCRIBE_PER_IP, client_ip(request)) or not allow(SUBSCRIBE_PER_ADDRESS, email):
        response = render(
            request, "alerts/subscribe.html", {**context, "limited": True}, status=429
        )
        response["Retry-After"] = str(retry_after_seconds(SUBSCRIBE_PER_IP))
        return response
    state = get_object_or_404(State, abbr=info.abbr)  # the rows come from a migration
    subscription, created = Subscription.objects.get_or_create(
        email=email,
        state=state,
        bill=form.cleaned_data["bill"],
        defaults={"cadence": form.cleaned_data["cadence"], "language": _page_language()},
    )
    if not created and subscription.confirmed_at is None:
        # Asked again before confirming: send the confirmation again on the next run.
        subscription.confirmation_sent_at = None
        subscription.unsubscribed_at = None
        subscription.cadence = form.cleaned_data["cadence"]
        subscription.language = _page_language()
        subscription.save()
    # The same answer whether or not the address was already subscribed: the page
    # never tells a visitor who else follows what.
    return render(request, "alerts/check_inbox.html", context)


def _page_language() -> str:
    """The language of the page the visitor subscribed on (their e-mails' language)."""
    return (get_language() or settings.LANGUAGE_CODE).split("-")[0]


def _subscription(token: str) -> Subscription:
    return get_object_or_404(Subscription.objects.select_related("state", "bill"), token=token)


@require_http_methods(["GET", "POST"])
def confirm(request: HttpRequest, token: str) -> HttpResponse:
    """Confirm with a button (a mail scanner that opens the link confirms nothing)."""
    subscription = _subscription(token)
    if request.method == "POST" and subscription.confirmed_at is None:
        subscription.confirmed_at = timezone.now()
        subscription.unsubscribed_at = None
        subscription.last_event_id = latest_event_id()
        subscription.save()
    return render(request, "alerts/confirm.html", {"subscription": subscription})


@csrf_exempt  # RFC 8058 one-click POSTs come from mail clients; the token is the secret.
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    """Stop the alerts: GET shows a button, POST (or the mail client's one-click) stops them."""
    subscription = _subscription(token)
    if request.method == "POST" and subscription.unsubscribed_at is None:
        subscription.unsubscribed_at = timezone.now()
        subscription.save(update_fields=["unsubscribed_at"])
    return render(request, "alerts/unsubscribe.html", {"subscription": subscription})


@require_http_methods(["POST"])
def delete(request: HttpRequest, token: str) -> HttpResponse:
    """Delete the subscription and with it the address."""
    subscription = _subscription(token)
    scope = subscription.scope_name
    subscription.delete()
    return render(request, "alerts/deleted.html", {"scope": scope})
