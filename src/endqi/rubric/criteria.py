"""The nine criteria of the qualified-immunity rubric, as data.

Identifiers match ``RUBRIC.md`` exactly because tools outside the project read
them. Descriptions and model-policy language are this project's own wording.
"""

from __future__ import annotations

from dataclasses import dataclass

from endqi.rubric.vocabulary import Verdict

RUBRIC_VERSION = "2024.1"


@dataclass(frozen=True, slots=True)
class Group:
    """A group of criteria that is scored together (``end`` or ``start``)."""

    id: str
    title: str
    description: str


@dataclass(frozen=True, slots=True)
class Criterion:
    """One rubric criterion: what each verdict means and language that meets it."""

    id: str
    group: str
    title: str
    question: str
    meaning: dict[Verdict, str]
    model_language: str
    why_it_matters: str

    @property
    def short_id(self) -> str:
        """The id without its group prefix, e.g. ``law_enforcement``."""
        return self.id.split(".", 1)[1]


GROUPS: tuple[Group, ...] = (
    Group(
        id="end",
        title="Practices the bill ends",
        description=(
            "Whether the bill removes the shields that let officials escape liability: "
            "qualified immunity for police and other public employees, limits on which "
            "constitutional rights can be enforced, and caps on what victims can recover."
        ),
    ),
    Group(
        id="start",
        title="Practices the bill starts",
        description=(
            "Whether the bill adds the pieces that make liability real: a duty to "
            "intervene, guaranteed payment of awards, attorney fees, personal "
            "consequences for the officer, and public records of misconduct."
        ),
    ),
)

CRITERIA: tuple[Criterion, ...] = (
    Criterion(
        id="end.law_enforcement",
        group="end",
        title="Ends qualified immunity for all law enforcement officers",
        question=(
            "Can a person sue a peace officer who violated their rights, without the "
            "officer hiding behind qualified immunity or a good-faith defense?"
        ),
        meaning={
            Verdict.YES: (
                "The bill gives a civil claim against law-enforcement officers and bars "
                "qualified immunity, and any good-faith or reasonable-belief defense, "
                "for that claim."
            ),
            Verdict.PARTIAL: (
                "Only some agencies or classes of officer are reached, or a good-faith "
                "style defense survives under another name."
            ),
            Verdict.NO: (
                "There is no civil claim, qualified immunity is not barred, or the bill "
                "expressly keeps it for some claims."
            ),
        },
        model_language=(
            "(1) A peace officer who, under color of law, subjects or causes to be subjected "
            "any person to the deprivation of any right, privilege, or immunity secured by "
            "the constitution or laws of this state is liable to the injured person for "
            "damages, declaratory and injunctive relief, and any other appropriate relief.\n"
            "(2) It is not a defense or an immunity to a claim under this section that the "
            "defendant acted in good faith, that the defendant believed the conduct was "
            "lawful, that the right was not clearly established at the time, or that the "
            "defendant has qualified immunity or any substantially similar immunity."
        ),
        why_it_matters=(
            "Qualified immunity lets officers escape liability unless an earlier court "
            "decision found nearly identical conduct unlawful. A state-law claim without "
            "that defense lets victims reach the merits."
        ),
    ),
    Criterion(
        id="end.public_employees",
        group="end",
        title="Ends qualified immunity for all public employees",
        question=(
            "Does the claim, and the bar on immunity, reach every public employee, "
            "official and public body, not only police?"
        ),
        meaning={
            Verdict.YES: (
                "The claim and the immunity bar reach every public employee, official or "
                "public body."
            ),
            Verdict.PARTIAL: (
                "A wider class than police is covered, but not all public employees."
            ),
            Verdict.NO: "Only law-enforcement officers are covered.",
        },
        model_language=(
            "(3) This section applies to every public employee and public official of this "
            "state or of any political subdivision, and to every public body, acting under "
            "color of law; the defenses barred by subsection (2) are barred for each of them."
        ),
        why_it_matters=(
            "Corrections officers, school officials, child-welfare workers and other public "
            "employees can violate rights too, and qualified immunity shields them the same way."
        ),
    ),
    Criterion(
        id="end.state_constitution",
        group="end",
        title="Ends qualified immunity for all state constitutional violations",
        question=("Does the claim cover every right in the state constitution, not a short list?"),
        meaning={
            Verdict.YES: (
                "Any right secured by the state constitution (or constitutional rights "
                "without limit) can be enforced."
            ),
            Verdict.PARTIAL: "Only some listed rights, sections or articles are covered.",
            Verdict.NO: (
                "There is no constitutional claim, or only force or search-and-seizure "
                "claims are covered."
            ),
        },
        model_language=(
            "(4) A claim under this section lies for the deprivation of any right, privilege, "
            "or immunity secured by the constitution of this state, including but not limited "
            "to its bill of rights, whether or not the right is also secured by federal law."
        ),
        why_it_matters=(
            "A claim limited to force or searches leaves speech, religion, due-process and "
            "equal-protection violations without a remedy."
        ),
    ),
    Criterion(
        id="end.damage_caps",
        group="end",
        title="Ends monetary caps on all public liability amounts",
        question=(
            "Do the state's caps on damages and its governmental-immunity or tort-claims "
            "limits stay out of these claims?"
        ),
        meaning={
            Verdict.YES: (
                "Statutory limits on liability, damages or fees, and the state's "
                "governmental-immunity or tort-claims act, do not apply to these claims "
                "(or the state has no such cap to begin with)."
            ),
            Verdict.PARTIAL: "A cap is raised but still applies, or only some limits are lifted.",
            Verdict.NO: "An existing cap still applies, the bill adds its own cap, or it is silent.",
        },
        model_language=(
            "(5) Statutory immunities and statutory limitations on liability, damages, or "
            "attorney fees, including those in the state's governmental immunity or tort "
            "claims act, do not apply to claims brought under this section."
        ),
        why_it_matters=("A right to sue means little if the award is capped below the harm done."),
    ),
    Criterion(
        id="start.failure_to_intervene",
        group="start",
        title="Implements a failure-to-intervene clause",
        question=(
            "Must an officer who sees a colleague violate someone's rights step in and "
            "report it, and are they liable if they do not?"
        ),
        meaning={
            Verdict.YES: (
                "Officers present have their own duty to intervene (and to report), and "
                "are civilly liable for failing to."
            ),
            Verdict.PARTIAL: (
                "Failing to intervene is only named as one way of causing the deprivation, "
                "with no duty or consequence of its own."
            ),
            Verdict.NO: "The bill is silent, or mentions intervention outside civil liability.",
        },
        model_language=(
            "(6) A peace officer who is present when another officer deprives a person of a "
            "right secured by the constitution or laws of this state, and who has a "
            "reasonable opportunity to intervene, shall intervene to prevent or stop the "
            "deprivation and shall report it to a supervisor within twenty-four hours. An "
            "officer who fails to intervene is jointly and severally liable under this "
            "section for the resulting injury."
        ),
        why_it_matters=(
            "Bystander officers watched George Floyd die. A duty to intervene, with "
            "liability behind it, turns bystanders into a check."
        ),
    ),
    Criterion(
        id="start.full_compensation",
        group="start",
        title="Guarantees that victims are compensated the full amount awarded",
        question=(
            "Must the employer pay the whole judgment or settlement, including what the "
            "officer cannot pay?"
        ),
        meaning={
            Verdict.YES: (
                "The employer or its insurer must indemnify or satisfy the whole judgment "
                "or settlement, including any part the officer cannot pay."
            ),
            Verdict.PARTIAL: "Indemnification is required, but the full award is not guaranteed.",
            Verdict.NO: (
                "The bill is silent, indemnification is optional, or the employer may "
                "refuse to pay for some conduct."
            ),
        },
        model_language=(
            "(7) Notwithstanding any other law, a public employer shall indemnify its "
            "employees for any judgment or settlement entered against them under this "
            "section, and shall satisfy the full amount of the judgment or settlement, "
            "including any portion that is uncollectable from the employee."
        ),
        why_it_matters=(
            "Victims are made whole only if someone with money must pay the award in full."
        ),
    ),
    Criterion(
        id="start.attorney_fees",
        group="start",
        title="Starts attorney fees",
        question="Must the court award reasonable attorney fees and costs to a winning plaintiff?",
        meaning={
            Verdict.YES: (
                "The court shall award reasonable attorney fees and costs to a prevailing "
                "plaintiff."
            ),
            Verdict.PARTIAL: "Fees are mandatory but limited (capped, or only for some claims).",
            Verdict.NO: 'The bill is silent, or fees are only discretionary ("may award").',
        },
        model_language=(
            "(8) In any action brought under this section, the court shall award reasonable "
            "attorney fees and costs to a prevailing plaintiff. In an action for injunctive "
            "relief, a plaintiff prevails if the action was a substantial factor or "
            "significant catalyst in obtaining the relief sought."
        ),
        why_it_matters=(
            "Civil-rights cases are expensive; mandatory fees let people without money find "
            "a lawyer."
        ),
    ),
    Criterion(
        id="start.individual_accountability",
        group="start",
        title="Starts holding individual employees accountable",
        question=(
            "Does the officer personally bear a consequence: a share of the judgment, "
            "decertification or discipline?"
        ),
        meaning={
            Verdict.YES: (
                "The officer pays part of the judgment (for example 5% or $25,000, "
                "whichever is less) or faces decertification or discipline tied to the "
                "violation."
            ),
            Verdict.PARTIAL: (
                "A consequence exists but is narrow, or left to the employer's discretion "
                "in a way that rarely applies."
            ),
            Verdict.NO: "The bill is silent.",
        },
        model_language=(
            "(9) If the employer finds that the employee did not act upon a good-faith and "
            "reasonable belief that the conduct was lawful, the employee is personally liable "
            "for five percent of the judgment or settlement or twenty-five thousand dollars, "
            "whichever is less, and the finding shall be reported to the officer standards "
            "and training commission for review of the employee's certification."
        ),
        why_it_matters=(
            "When taxpayers pay every award, the officer who caused the harm feels nothing. "
            "A personal stake deters misconduct."
        ),
    ),
    Criterion(
        id="start.public_records",
        group="start",
        title="Starts disclosing public records",
        question=(
            "Must misconduct records, complaints, settlements and judgments be disclosed to "
            "the public?"
        ),
        meaning={
            Verdict.YES: (
                "Misconduct records, complaints, settlements or judgments relating to these "
                "claims must be made public."
            ),
            Verdict.PARTIAL: "Only some records are disclosed (for example body-camera footage).",
            Verdict.NO: "The bill is silent.",
        },
        model_language=(
            "(10) Records of complaints and findings of misconduct against an employee, and "
            "of every judgment and settlement of a claim under this section, are public "
            "records. Each public employer shall publish on its website, at least annually, "
            "the number, amount and subject of such judgments and settlements."
        ),
        why_it_matters=(
            "Communities cannot hold departments accountable for patterns they cannot see."
        ),
    ),
)

CRITERIA_BY_ID: dict[str, Criterion] = {criterion.id: criterion for criterion in CRITERIA}
CRITERION_IDS: tuple[str, ...] = tuple(criterion.id for criterion in CRITERIA)
GROUPS_BY_ID: dict[str, Group] = {group.id: group for group in GROUPS}


def criteria_in_group(group_id: str) -> tuple[Criterion, ...]:
    """The criteria of one group, in rubric order."""
    return tuple(criterion for criterion in CRITERIA if criterion.group == group_id)


def group_maximum(group_id: str) -> int:
    """The maximum score of a group: one point per criterion."""
    return len(criteria_in_group(group_id))


def get_criterion(criterion_id: str) -> Criterion:
    """Look a criterion up by id; raises ``KeyError`` naming the bad id."""
    try:
        return CRITERIA_BY_ID[criterion_id]
    except KeyError:
        raise KeyError(f"unknown criterion id: {criterion_id!r}") from None


def model_policy_text() -> str:
    """The model bill assembled from every criterion's model language, in order."""
    parts = [
        "AN ACT relating to civil actions for the deprivation of rights.",
        "",
        "Be it enacted by the legislature of the state:",
        "",
        "Section 1. Civil action for deprivation of rights.",
    ]
    parts.extend(criterion.model_language for criterion in CRITERIA)
    return "\n".join(parts) + "\n"
