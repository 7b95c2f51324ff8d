"""Write to your officials: the editable message, mailto link, call script, optional sending.

``/<abbr>/act/write/`` asks for the model policy; ``/<abbr>/bills/<slug>/act/``
is about one bill. Both take the officials lookup's GET parameters to address
the message. POSTs carry the visitor's edits (``update``) or send the message
from the server when the site enables it (``send``); nothing is stored.
"""

from __future__ import annotations

import json
import logging
import smtplib
from dataclasses import dataclass
from urllib.parse import urlencode

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.functional import Promise
from django.utils.translation import gettext, gettext_lazy, ngettext
from django.views.decorators.http import require_http_methods

from endqi.action import confirmation, delivery
from endqi.action.forms import ACTION_SEND, WriteForm
from endqi.action.limits import (
    CONFIRM_PER_ADDRESS,
    MAILTO_MAX_CHARS,
    SEND_PER_ADDRESS,
    SEND_PER_IP,
)
from endqi.action.mailto import plan_mailto
from endqi.action.messages import (
    DEFAULT_LETTER_LANGUAGE,
    PLACEHOLDER_PATTERN,
    BillFacts,
    Message,
    Office,
    Stance,
    call_script,
    compose_bill_message,
    compose_state_message,
    letter_language,
    placeholders_left,
    suggested_stance,
)
from endqi.action.ratelimit import allow, client_ip, retry_after_seconds
from endqi.action.recipients import Addressing, Recipient, resolve
from endqi.action.summaries import bill_facts, bill_label, published_bill, state_info_or_404
from endqi.legislation.models import Bill
from endqi.states import StateInfo
from endqi.web.i18n import SPANISH, url_in_language

logger = logging.getLogger(__name__)
StrOrPromise = str | Promise


@require_http_methods(["GET", "POST"])
def write_state(request: HttpRequest, abbr: str) -> HttpResponse:
    """``/<abbr>/act/write/``: ask your legislators to introduce the model policy."""
    return _write(request, state_info_or_404(abbr), None)


@require_http_methods(["GET", "POST"])
def write_bill(request: HttpRequest, abbr: str, slug: str) -> HttpResponse:
    """``/<abbr>/bills/<slug>/act/``: write to your legislators about one bill."""
    info = state_info_or_404(abbr)
    return _write(request, info, published_bill(info.abbr, slug))


def _stance(value: str | None) -> Stance | None:
    try:
        return Stance(value) if value else None
    except ValueError:
        return None


def _compose(
    request: HttpRequest,
    info: StateInfo,
    bill: Bill | None,
    facts: BillFacts | None,
    addressing: Addressing,
) -> Message:
    """The default message for this page and its query (stance, short or full).

    It is addressed to the default recipients (:func:`default_recipients`) and
    worded for their office: legislators, or the governor when only they have an
    e-mail address.
    """
    recipients = default_recipients(addressing)
    office = (
        Office.GOVERNOR
        if recipients and not any(r.legislator for r in recipients)
        else Office.LEGISLATOR
    )
    language = chosen_letter_language(request)
    names = [r.greeting_in(language) for r in recipients]
    # Links in the letter lead to the pages in the letter's language.
    with translation.override(language):
        policy_url = request.build_absolute_uri(reverse("action-model-policy"))
    if facts is None:
        return compose_state_message(
            info.name,
            recipient_names=names,
            with_model_language=_quotes_model(request),
            policy_url=policy_url,
            office=office,
            language=language,
        )
    return compose_bill_message(
        facts,
        stance=_stance(request.GET.get("stance")),
        recipient_names=names,
        with_model_language=_quotes_model(request),
        policy_url=policy_url,
        office=office,
        language=language,
    )


def chosen_letter_language(request: HttpRequest) -> str:
    """The letter's language: English unless the visitor chose another (``?letter=es``).

    Not the page's language: offices work in English, so a Spanish page still
    writes an English letter until the visitor asks for a Spanish one. The choice
    is in the address, which the editor's POST keeps, so it survives updates.
    """
    return letter_language(request.GET.get("letter"))


def default_recipients(addressing: Addressing) -> list[Recipient]:
    """Who the message goes to unless the visitor changes it: the legislators with an
    e-mail address, or, when none has one, the governor (if they have one)."""
    legislators = [r for r in addressing.emailable if r.legislator]
    return legislators or [r for r in addressing.emailable if not r.legislator]


def _quotes_model(request: HttpRequest) -> bool:
    """Whether the message quotes the model language (``?length=full``).

    The short letter is the default: it names what the bill does and lacks and
    links to the model language, so it fits in a one-tap e-mail link.
    """
    return request.GET.get("length") == "full"


@dataclass(frozen=True, slots=True)
class WritePage:
    """What one request's write page is about: the state, the bill (if any) and its facts,
    who can be addressed, and the default message."""

    info: StateInfo
    bill: Bill | None
    facts: BillFacts | None
    addressing: Addressing
    default: Message


def _write(request: HttpRequest, info: StateInfo, bill: Bill | None) -> HttpResponse:
    addressing = resolve(info.abbr, request.GET)
    language = chosen_letter_language(request)
    facts = (
        # The letter links the bill's page in the letter's language (English by default).
        bill_facts(bill, url=request.build_absolute_uri(url_in_language(bill, language)))
        if bill
        else None
    )
    default = _compose(request, info, bill, facts, addressing)
    page = WritePage(info, bill, facts, addressing, default)
    if request.method == "GET":
        form = WriteForm(
            initial={
                "subject": default.subject,
                "body": default.body,
                "recipients": [r.key for r in default_recipients(addressing)],
            },
            recipients=addressing.recipients,
        )
        return _render_write(request, page, form)

    form = WriteForm(request.POST, recipients=addressing.recipients)
    if form.is_bot:
        # Say nothing useful to a bot; a person never sees this field.
        return _render_write(
            request,
            page,
            form,
            status=400,
            error=gettext("We could not accept this form. Please try again."),
        )
    if not form.is_valid():
        return _render_write(request, page, form, status=400)
    if form.cleaned_data.get("action") != ACTION_SEND:
        return _render_write(request, page, form)
    return _send(request, page, form)


def _send(request: HttpRequest, page: WritePage, form: WriteForm) -> HttpResponse:
    """Send the message from the server (only to officials found by the lookup)."""

    def fail(status: int, error: str) -> HttpResponse:
        return _render_write(request, page, form, status=status, error=error)

    if not delivery.server_send_enabled():
        return fail(
            403, gettext("This site does not send messages itself; use your e-mail program.")
        )
    if not form.check_sendable():
        return fail(400, "")
    data = form.cleaned_data
    if not allow(SEND_PER_IP, client_ip(request)) or not allow(
        SEND_PER_ADDRESS, data["sender_email"]
    ):
        response = fail(
            429,
            gettext(
                "You have sent several messages in a short time; please wait an hour, or use "
                "your e-mail program."
            ),
        )
        response["Retry-After"] = str(retry_after_seconds(SEND_PER_IP))
        return response
    recipients = page.addressing.by_key(data["recipients"])
    site = request.get_host()
    try:
        delivery.send_to_officials(
            recipients=recipients,
            subject=data["subject"],
            body=data["body"],
            sender_name=data["sender_name"],
            sender_email=data["sender_email"],
            site=site,
        )
    except (smtplib.SMTPException, OSError) as error:
        # The error names the mail server, never the visitor.
        logger.warning("sending a constituent message failed: %s", type(error).__name__)
        return fail(
            503,
            gettext(
                "The mail server did not accept the message just now. Nothing was sent; try "
                "again later or use your e-mail program."
            ),
        )
    copy_requested = bool(data.get("send_copy"))
    confirmation_sent = False
    if copy_requested and allow(CONFIRM_PER_ADDRESS, data["sender_email"]):
        confirmation_sent = _request_confirmation(request, recipients, data)
    return render(
        request,
        "action/sent.html",
        {
            "state": page.info,
            "bill": page.bill,
            "bill_label": bill_label(page.bill) if page.bill else "",
            "recipients": recipients,
            "sender_email": data["sender_email"],
            "copy_requested": copy_requested,
            "confirmation_sent": confirmation_sent,
        },
    )


def _request_confirmation(request: HttpRequest, recipients: list[Recipient], data: dict) -> bool:
    """E-mail the sender a link that, once followed, sends them their copy."""
    pending = confirmation.PendingCopy(
        sender_name=data["sender_name"],
        sender_email=data["sender_email"],
        subject=data["subject"],
        body=data["body"],
        sent_to=tuple(f"{r.greeting} <{r.email}>" for r in recipients),
    )
    token = confirmation.make_token(pending)
    link = request.build_absolute_uri(reverse("action-confirm") + "?" + urlencode({"t": token}))
    # In the language of the page the visitor sent from.
    count = len(recipients)
    body = (
        ngettext(
            "Someone (we hope you) sent a message to %(count)s official through %(site)s and "
            "asked for a copy at this address.",
            "Someone (we hope you) sent a message to %(count)s officials through %(site)s and "
            "asked for a copy at this address.",
            count,
        )
        % {"count": count, "site": request.get_host()}
        + "\n\n"
        + gettext("To get the copy, open this link and press the button:")
        + f"\n{link}\n\n"
        + gettext("If this was not you, ignore this e-mail: nothing more will be sent.")
        + "\n"
    )
    try:
        delivery.send_plain(
            to=data["sender_email"],
            subject=gettext("Confirm your address to get your copy"),
            body=body,
        )
    except (smtplib.SMTPException, OSError) as error:
        logger.warning("sending a confirmation request failed: %s", type(error).__name__)
        return False
    return True


def _render_write(
    request: HttpRequest,
    page: WritePage,
    form: WriteForm,
    *,
    status: int = 200,
    error: str = "",
) -> HttpResponse:
    info, bill, facts, addressing, default = (
        page.info,
        page.bill,
        page.facts,
        page.addressing,
        page.default,
    )
    if form.is_bound and form.is_valid():
        subject, body = form.cleaned_data["subject"], form.cleaned_data["body"]
        keys = form.cleaned_data.get("recipients") or []
        typed = form.cleaned_data.get("to_address") or ""
    else:
        subject = form.data.get("subject", default.subject) if form.is_bound else default.subject
        body = form.data.get("body", default.body) if form.is_bound else default.body
        keys = form["recipients"].value() or []
        typed = form.data.get("to_address", "") if form.is_bound else ""
    chosen = addressing.by_key(list(keys))
    addresses = [r.email for r in chosen] or ([typed] if typed else [])
    plan = plan_mailto(addresses, subject, body)
    scorecard = bill.scorecard() if bill else None
    query = dict(addressing.params)
    language = chosen_letter_language(request)
    # Carried by every link and GET form that recomposes the letter.
    letter_param = {} if language == DEFAULT_LETTER_LANGUAGE else {"letter": language}
    context = {
        "state": info,
        "bill": bill,
        "bill_label": bill_label(bill) if bill else "",
        "facts": facts,
        "scorecard": scorecard,
        "addressing": addressing,
        "form": form,
        "subject": subject,
        "body": body,
        "plan": plan,
        "addresses": addresses,
        "chosen_keys": list(keys),
        "mailto_max": MAILTO_MAX_CHARS,
        "placeholders": placeholders_left(subject + "\n" + body),
        "server_send": delivery.server_send_enabled(),
        "error": error,
        "stance": default.stance,
        "stances": list(Stance),
        "quotes_model": _quotes_model(request),
        "pending": facts is None or facts.outcome == "pending",
        "other_state_url": _other_state_url(addressing),
        "is_staff": request.user.is_staff,
        "length": request.GET.get("length") or "",
        "query": query,
        "query_string": urlencode(query),
        "short_query": urlencode({**query, **_stance_param(default), **letter_param}),
        "full_query": urlencode(
            {**query, **_stance_param(default), **letter_param, "length": "full"}
        ),
        "letter_language": language,
        "script_words": json.dumps(
            {
                "placeholder": PLACEHOLDER_PATTERN.pattern,
                "left": gettext("Still to fill in:"),
                "copied": gettext("Message copied. Paste it into your e-mail."),
                "copyFailed": gettext(
                    "Could not copy automatically: select the text in the message box and copy it."
                ),
            }
        ),
        "letter_switch_query": _letter_switch_query(request, language),
        "calls": [
            {
                "recipient": recipient,
                "script": call_script(
                    official_name=recipient.greeting_in(language),
                    state_name=info.name,
                    bill=facts,
                    stance=default.stance,
                    legislator=recipient.legislator,
                    language=language,
                ),
            }
            for recipient in addressing.recipients
            if recipient.tel
        ],
        "districts": _district_choices(info, addressing),
        "suggested": suggested_stance(facts.results) if facts else None,
        "officials_page": reverse("officials-find-state", kwargs={"abbr": info.slug}),
    }
    return render(request, "action/write.html", context, status=status)


def _letter_switch_query(request: HttpRequest, language: str) -> str:
    """The query of this page with the letter in the other language (English ↔ Spanish)."""
    query = {key: value for key, value in request.GET.items() if key != "letter"}
    if language == DEFAULT_LETTER_LANGUAGE:
        query["letter"] = SPANISH
    return urlencode(query)


def _stance_param(message: Message) -> dict[str, str]:
    """The chosen stance as a query parameter, so switching length keeps it."""
    return {"stance": message.stance.value} if message.stance else {}


def _other_state_url(addressing: Addressing) -> str:
    """The write page of the state the visitor's place is in, when it is another state."""
    other = addressing.other_state
    if other is None:
        return ""
    query = urlencode(addressing.params)
    page = reverse("action-write-state", kwargs={"abbr": other.slug})
    return f"{page}?{query}" if query else page


CHAMBER_DISTRICT_LABELS: dict[str, StrOrPromise] = {
    "upper": gettext_lazy("Senate district"),
    "lower": gettext_lazy("House district"),
    "legislature": gettext_lazy("Legislative district"),
}


def _district_choices(info: StateInfo, addressing: Addressing) -> list[dict]:
    """Per chamber: label, district names and the current choice, for the district form."""
    if not addressing.officials_loaded:
        return []
    from endqi.officials.lookup import known_districts

    lookup = addressing.lookup
    return [
        {
            "chamber": chamber,
            "label": CHAMBER_DISTRICT_LABELS.get(chamber, gettext("District")),
            "names": names,
            "selected": lookup.district_choice(chamber) if lookup else "",
        }
        for chamber, names in known_districts(info.abbr).items()
    ]


@require_http_methods(["GET", "POST"])
def confirm_copy(request: HttpRequest) -> HttpResponse:
    """``/act/confirm/?t=…``: confirm your address, then (POST) receive your copy.

    GET only shows a button, so mail scanners that open links send nothing.
    """
    token = (request.POST.get("t") if request.method == "POST" else request.GET.get("t")) or ""
    try:
        pending = confirmation.read_token(token)
    except confirmation.ConfirmationError as error:
        return render(request, "action/confirm.html", {"error": str(error)}, status=400)
    if request.method == "GET":
        return render(request, "action/confirm.html", {"pending": pending, "token": token})
    # One link sends one copy; links only come from rate-limited sends.
    if not confirmation.claim_token(token):
        return render(request, "action/confirm.html", {"already_sent": True, "pending": pending})
    try:
        delivery.send_plain(
            to=pending.sender_email,
            subject=gettext("Your copy: %(subject)s") % {"subject": pending.subject},
            body=pending.copy_body(),
        )
    except (smtplib.SMTPException, OSError) as error:
        confirmation.release_token(token)
        logger.warning("sending a copy failed: %s", type(error).__name__)
        return render(
            request,
            "action/confirm.html",
            {
                "error": gettext(
                    "The mail server did not accept the copy just now; try the link again."
                )
            },
            status=503,
        )
    return render(request, "action/confirm.html", {"copy_sent": True, "pending": pending})
