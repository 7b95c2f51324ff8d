"""The rubric's visitor-facing words in the visitor's language (Django side).

The rubric core (:mod:`endqi.rubric`) stays pure Python in English; this module
maps its ids to the same English marked for translation, so pages in Spanish
show the Spanish rubric. ``tests/web/test_spanish.py`` checks the English here
is word for word the core's, so the two cannot drift apart. Model language
stays English: it is statute text for legislatures that legislate in English.
"""

from __future__ import annotations

from dataclasses import replace

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from endqi.rubric.criteria import Criterion, Group
from endqi.rubric.vocabulary import Verdict

StrOrPromise = str | Promise

VERDICT_LABELS: dict[Verdict, StrOrPromise] = {
    Verdict.YES: _("Yes"),
    Verdict.PARTIAL: _("Partial"),
    Verdict.NO: _("No"),
}
GROUP_TITLES: dict[str, StrOrPromise] = {
    "end": _("Practices the bill ends"),
    "start": _("Practices the bill starts"),
}
GROUP_DESCRIPTIONS: dict[str, StrOrPromise] = {
    "end": _(
        "Whether the bill removes the shields that let officials escape liability: qualified immunity for police and other public employees, limits on which constitutional rights can be enforced, and caps on what victims can recover."
    ),
    "start": _(
        "Whether the bill adds the pieces that make liability real: a duty to intervene, guaranteed payment of awards, attorney fees, personal consequences for the officer, and public records of misconduct."
    ),
}
TITLES: dict[str, StrOrPromise] = {
    "end.law_enforcement": _("Ends qualified immunity for all law enforcement officers"),
    "end.public_employees": _("Ends qualified immunity for all public employees"),
    "end.state_constitution": _("Ends qualified immunity for all state constitutional violations"),
    "end.damage_caps": _("Ends monetary caps on all public liability amounts"),
    "start.failure_to_intervene": _("Implements a failure-to-intervene clause"),
    "start.full_compensation": _("Guarantees that victims are compensated the full amount awarded"),
    "start.attorney_fees": _("Starts attorney fees"),
    "start.individual_accountability": _("Starts holding individual employees accountable"),
    "start.public_records": _("Starts disclosing public records"),
}
QUESTIONS: dict[str, StrOrPromise] = {
    "end.law_enforcement": _(
        "Can a person sue a peace officer who violated their rights, without the officer hiding behind qualified immunity or a good-faith defense?"
    ),
    "end.public_employees": _(
        "Does the claim, and the bar on immunity, reach every public employee, official and public body, not only police?"
    ),
    "end.state_constitution": _(
        "Does the claim cover every right in the state constitution, not a short list?"
    ),
    "end.damage_caps": _(
        "Do the state's caps on damages and its governmental-immunity or tort-claims limits stay out of these claims?"
    ),
    "start.failure_to_intervene": _(
        "Must an officer who sees a colleague violate someone's rights step in and report it, and are they liable if they do not?"
    ),
    "start.full_compensation": _(
        "Must the employer pay the whole judgment or settlement, including what the officer cannot pay?"
    ),
    "start.attorney_fees": _(
        "Must the court award reasonable attorney fees and costs to a winning plaintiff?"
    ),
    "start.individual_accountability": _(
        "Does the officer personally bear a consequence: a share of the judgment, decertification or discipline?"
    ),
    "start.public_records": _(
        "Must misconduct records, complaints, settlements and judgments be disclosed to the public?"
    ),
}
WHY_IT_MATTERS: dict[str, StrOrPromise] = {
    "end.law_enforcement": _(
        "Qualified immunity lets officers escape liability unless an earlier court decision found nearly identical conduct unlawful. A state-law claim without that defense lets victims reach the merits."
    ),
    "end.public_employees": _(
        "Corrections officers, school officials, child-welfare workers and other public employees can violate rights too, and qualified immunity shields them the same way."
    ),
    "end.state_constitution": _(
        "A claim limited to force or searches leaves speech, religion, due-process and equal-protection violations without a remedy."
    ),
    "end.damage_caps": _("A right to sue means little if the award is capped below the harm done."),
    "start.failure_to_intervene": _(
        "Bystander officers watched George Floyd die. A duty to intervene, with liability behind it, turns bystanders into a check."
    ),
    "start.full_compensation": _(
        "Victims are made whole only if someone with money must pay the award in full."
    ),
    "start.attorney_fees": _(
        "Civil-rights cases are expensive; mandatory fees let people without money find a lawyer."
    ),
    "start.individual_accountability": _(
        "When taxpayers pay every award, the officer who caused the harm feels nothing. A personal stake deters misconduct."
    ),
    "start.public_records": _(
        "Communities cannot hold departments accountable for patterns they cannot see."
    ),
}
MEANINGS: dict[tuple[str, Verdict], StrOrPromise] = {
    ("end.law_enforcement", Verdict.YES): _(
        "The bill gives a civil claim against law-enforcement officers and bars qualified immunity, and any good-faith or reasonable-belief defense, for that claim."
    ),
    ("end.law_enforcement", Verdict.PARTIAL): _(
        "Only some agencies or classes of officer are reached, or a good-faith style defense survives under another name."
    ),
    ("end.law_enforcement", Verdict.NO): _(
        "There is no civil claim, qualified immunity is not barred, or the bill expressly keeps it for some claims."
    ),
    ("end.public_employees", Verdict.YES): _(
        "The claim and the immunity bar reach every public employee, official or public body."
    ),
    ("end.public_employees", Verdict.PARTIAL): _(
        "A wider class than police is covered, but not all public employees."
    ),
    ("end.public_employees", Verdict.NO): _("Only law-enforcement officers are covered."),
    ("end.state_constitution", Verdict.YES): _(
        "Any right secured by the state constitution (or constitutional rights without limit) can be enforced."
    ),
    ("end.state_constitution", Verdict.PARTIAL): _(
        "Only some listed rights, sections or articles are covered."
    ),
    ("end.state_constitution", Verdict.NO): _(
        "There is no constitutional claim, or only force or search-and-seizure claims are covered."
    ),
    ("end.damage_caps", Verdict.YES): _(
        "Statutory limits on liability, damages or fees, and the state's governmental-immunity or tort-claims act, do not apply to these claims (or the state has no such cap to begin with)."
    ),
    ("end.damage_caps", Verdict.PARTIAL): _(
        "A cap is raised but still applies, or only some limits are lifted."
    ),
    ("end.damage_caps", Verdict.NO): _(
        "An existing cap still applies, the bill adds its own cap, or it is silent."
    ),
    ("start.failure_to_intervene", Verdict.YES): _(
        "Officers present have their own duty to intervene (and to report), and are civilly liable for failing to."
    ),
    ("start.failure_to_intervene", Verdict.PARTIAL): _(
        "Failing to intervene is only named as one way of causing the deprivation, with no duty or consequence of its own."
    ),
    ("start.failure_to_intervene", Verdict.NO): _(
        "The bill is silent, or mentions intervention outside civil liability."
    ),
    ("start.full_compensation", Verdict.YES): _(
        "The employer or its insurer must indemnify or satisfy the whole judgment or settlement, including any part the officer cannot pay."
    ),
    ("start.full_compensation", Verdict.PARTIAL): _(
        "Indemnification is required, but the full award is not guaranteed."
    ),
    ("start.full_compensation", Verdict.NO): _(
        "The bill is silent, indemnification is optional, or the employer may refuse to pay for some conduct."
    ),
    ("start.attorney_fees", Verdict.YES): _(
        "The court shall award reasonable attorney fees and costs to a prevailing plaintiff."
    ),
    ("start.attorney_fees", Verdict.PARTIAL): _(
        "Fees are mandatory but limited (capped, or only for some claims)."
    ),
    ("start.attorney_fees", Verdict.NO): _(
        'The bill is silent, or fees are only discretionary ("may award").'
    ),
    ("start.individual_accountability", Verdict.YES): _(
        "The officer pays part of the judgment (for example 5% or $25,000, whichever is less) or faces decertification or discipline tied to the violation."
    ),
    ("start.individual_accountability", Verdict.PARTIAL): _(
        "A consequence exists but is narrow, or left to the employer's discretion in a way that rarely applies."
    ),
    ("start.individual_accountability", Verdict.NO): _("The bill is silent."),
    ("start.public_records", Verdict.YES): _(
        "Misconduct records, complaints, settlements or judgments relating to these claims must be made public."
    ),
    ("start.public_records", Verdict.PARTIAL): _(
        "Only some records are disclosed (for example body-camera footage)."
    ),
    ("start.public_records", Verdict.NO): _("The bill is silent."),
}

# The criteria in a few words (endqi.rubric.gaps.SHORT_NAMES), for short letters: marked
# here so the catalog has them; letters translate them through that catalog.
SHORT_NAMES: dict[str, StrOrPromise] = {
    "end.law_enforcement": _("no qualified immunity for police"),
    "end.public_employees": _("no qualified immunity for any public employee"),
    "end.state_constitution": _("every state constitutional right enforceable"),
    "end.damage_caps": _("no caps on damages"),
    "start.failure_to_intervene": _("a duty to intervene"),
    "start.full_compensation": _("full payment of awards"),
    "start.attorney_fees": _("attorney fees for winning plaintiffs"),
    "start.individual_accountability": _("a personal stake for the officer"),
    "start.public_records": _("public misconduct records"),
}


def verdict_label(verdict: str | Verdict) -> str:
    """ "Yes", "Partial" or "No" in the active language."""
    return str(VERDICT_LABELS[Verdict(str(verdict))])


def translated_group(group: Group) -> Group:
    """The group with its title and description in the active language."""
    return replace(
        group,
        title=str(GROUP_TITLES[group.id]),
        description=str(GROUP_DESCRIPTIONS[group.id]),
    )


def translated_criterion(criterion: Criterion) -> Criterion:
    """The criterion with its visitor-facing words in the active language."""
    return replace(
        criterion,
        title=str(TITLES[criterion.id]),
        question=str(QUESTIONS[criterion.id]),
        meaning={verdict: str(MEANINGS[(criterion.id, verdict)]) for verdict in criterion.meaning},
        why_it_matters=str(WHY_IT_MATTERS[criterion.id]),
    )


def criterion_title(criterion_id: str) -> str:
    """A criterion's title in the active language."""
    return str(TITLES[criterion_id])
