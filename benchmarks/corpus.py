"""Generate realistic bill texts for the benchmarks: printed legislative text with
numbered lines, page footers and form feeds, on ordinary topics (taxes, schools,
vehicles...), and, for relevant bills, real civil-liability passages quoted from
``../shared/rubric/dev-evaluations.json`` (public-domain bill text).

Deterministic: the same seed gives the same corpus.
"""

from __future__ import annotations

import json
import random
import textwrap
from collections.abc import Sequence
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEV_EVALUATIONS = PROJECT_ROOT.parent / "shared" / "rubric" / "dev-evaluations.json"
LINES_PER_PAGE = 28
LINE_WIDTH = 66

# Ordinary legislative topics: a title, a chapter number and clauses for the body.
# Common statutory words ("established", "liable", "action", "rights") appear at the
# rate real bills use them, so the screening gate meets them too.
TOPICS: dict[str, dict[str, object]] = {
    "sales and use tax": {
        "chapter": 144,
        "clauses": [
            "A tax is hereby levied and imposed upon all sellers for the privilege of "
            "engaging in the business of selling tangible personal property at retail "
            "at the rate of {pct} percent of the gross receipts derived therefrom.",
            "Every person receiving any payment or consideration upon the sale of "
            "property or rendering of service subject to the tax imposed by this "
            "chapter is exempted from the payment of the tax only as provided in "
            "section {sec}.",
            "Any seller who fails to remit the tax collected shall be liable for the "
            "payment of the tax, together with interest at the rate established "
            "pursuant to section 32.065 and additions to tax under section {sec}.",
            "The director of revenue shall promulgate rules to implement this section. "
            "Any rule or portion of a rule shall become effective only if it complies "
            "with and is subject to all of the provisions of chapter 536.",
            "The provisions of this subsection shall not apply to sales of motor fuel "
            "subject to the tax imposed in chapter 142, nor to sales of electricity "
            "for use in manufacturing, mining or processing.",
        ],
    },
    "elementary and secondary education": {
        "chapter": 160,
        "clauses": [
            "Each school district shall provide a minimum of {n} hours of instruction "
            "in each school year, and the state board of education shall adopt "
            "standards for the calculation of attendance.",
            "There is hereby established in the state treasury the \u201cSchool Building "
            "Revolving Fund\u201d, which shall consist of moneys appropriated by the "
            "general assembly and any gifts, bequests or donations.",
            "The state board of education shall distribute moneys from the fund to "
            "school districts on the basis of average daily attendance as determined "
            "under section {sec}, subject to appropriation.",
            "A school district may enter into agreements with other districts for the "
            "provision of transportation services, provided that the agreement is "
            "approved by the board of each participating district.",
            "Any teacher who holds a valid certificate of license to teach issued "
            "under section {sec} may be employed on a part-time basis for no more than "
            "{n} days in any school year.",
        ],
    },
    "motor vehicle registration": {
        "chapter": 301,
        "clauses": [
            "The owner of each motor vehicle operated upon the highways of this state "
            "shall annually file an application for registration with the department "
            "of revenue on a form prescribed by the director.",
            "The fee for the registration of a passenger motor vehicle shall be "
            "{usd} dollars for vehicles of less than twelve horsepower and an "
            "additional amount for each horsepower in excess thereof.",
            "No person shall operate a motor vehicle for which the registration has "
            "expired for more than {n} days. A violation of this subsection is an "
            "infraction.",
            "The director may issue temporary permits authorizing the operation of a "
            "motor vehicle for a period not to exceed {n} days while an application "
            "for registration is pending.",
            "Any action taken by the director under this section may be reviewed by "
            "the administrative hearing commission upon the filing of a petition "
            "within thirty days after notice of the decision.",
        ],
    },
    "pharmacy licensing": {
        "chapter": 338,
        "clauses": [
            "No person shall engage in the practice of pharmacy unless licensed under "
            "the provisions of this chapter, and each license shall be renewed every "
            "{n} years upon payment of the renewal fee.",
            "The board of pharmacy may refuse to issue or renew any license required "
            "by this chapter for one or any combination of causes stated in subsection "
            "{n} of this section.",
            "Every pharmacy shall keep a record of each prescription dispensed for a "
            "period of not less than five years, which record shall be open to "
            "inspection by the board.",
            "A pharmacist may dispense an emergency supply of a maintenance medication "
            "not to exceed a {n}-day supply when the prescriber cannot be reached.",
            "The board shall establish by rule the qualifications for registration as "
            "a pharmacy technician, including the completion of a training program.",
        ],
    },
    "elections": {
        "chapter": 115,
        "clauses": [
            "Each election authority shall provide at least one polling place in each "
            "precinct, which shall be accessible to voters with disabilities as "
            "required by section {sec}.",
            "Absentee ballots shall be made available not later than the {n}th day "
            "before the election, and any registered voter may apply for an absentee "
            "ballot in person or by mail.",
            "Nothing in this section shall be construed to limit the rights of any "
            "voter to receive assistance from a person of the voter's choice.",
            "The secretary of state shall prescribe the form of the ballot, which "
            "shall list the candidates for each office in the order determined by "
            "lot under section {sec}.",
            "Any candidate may request a recount if the margin of defeat is less than "
            "one-half of one percent of the votes cast for the office.",
        ],
    },
    "criminal procedure": {
        "chapter": 556,
        "clauses": [
            "A person commits the offense of tampering with a public record if he or "
            "she knowingly alters or destroys any record required by law to be kept.",
            "It is an affirmative defense to a prosecution under this section that "
            "the defendant acted with the consent of the custodian of the record.",
            "The offense of tampering with a public record is a class {cls} "
            "misdemeanor unless committed for the purpose of defrauding another, in "
            "which case it is a class {cls} felony.",
            "Any law enforcement agency shall retain evidence collected in the "
            "investigation of a felony for not less than {n} years after final "
            "disposition of the case.",
            "The court may order restitution to any victim in an amount not to exceed "
            "the actual damages sustained as a result of the offense.",
        ],
    },
    "state parks and natural resources": {
        "chapter": 253,
        "clauses": [
            "The department of natural resources may acquire by purchase, gift or "
            "lease any land suitable for state park purposes and shall administer "
            "all such land as part of the state park system.",
            "There is hereby established the \u201cState Parks Earnings Fund\u201d, into which "
            "shall be deposited all fees collected for the use of state park "
            "facilities.",
            "The department may grant easements and rights of way across state park "
            "land for utility lines when the director finds the grant will not impair "
            "the use of the park.",
            "No person shall hunt, trap or fish within a state park except as "
            "authorized by rule of the conservation commission.",
            "The director shall report to the general assembly by December {n} of each "
            "year on the condition of the facilities and the use of the fund.",
        ],
    },
    "insurance": {
        "chapter": 375,
        "clauses": [
            "Every insurer transacting business in this state shall file with the "
            "director an annual statement of its financial condition on or before "
            "March {n} of each year.",
            "No insurer shall refuse to renew a policy of automobile insurance solely "
            "because of the age, sex or place of residence of the insured.",
            "The director may impose a civil penalty of not more than {usd} dollars "
            "for each violation of this section, after notice and an opportunity for a "
            "hearing.",
            "An insurer that fails to pay a claim within {n} days after receipt of "
            "proof of loss shall pay interest on the amount of the claim at the rate of "
            "nine percent per annum.",
            "The provisions of this section shall not apply to policies of reinsurance "
            "or to contracts of title insurance.",
        ],
    },
}

WORDS_FOR_NUMBERS = ("five", "ten", "fifteen", "twenty", "thirty", "sixty", "ninety")


def relevant_passages() -> list[str]:
    """Real civil-liability passages (bill text quoted in the shared dev evaluations)."""
    bills = json.loads(DEV_EVALUATIONS.read_text(encoding="utf-8"))["bills"]
    passages = []
    for bill in bills:
        # The first line is a heading added by the data set, not bill text.
        body = bill["text"].split("\n", 1)[-1]
        passages.extend(part.strip() for part in body.split("\n\n") if len(part.strip()) > 80)
    return passages


def _fill(clause: str, rng: random.Random) -> str:
    return clause.format(
        pct=rng.choice(("four", "four and one-fourth", "one", "three")),
        sec=f"{rng.randint(1, 999)}.{rng.randint(10, 990):03d}",
        n=rng.randint(2, 30),
        usd=rng.choice(("eighteen", "twenty-one", "fifty", "one thousand")),
        cls=rng.choice("ABCD"),
    )


def section_paragraphs(topic: str, rng: random.Random, sections: int) -> list[str]:
    """Paragraphs of ``sections`` statutory sections on ``topic``, Missouri style
    (``144.020. 1. ...  2. ...``)."""
    spec = TOPICS[topic]
    chapter = spec["chapter"]
    clauses = spec["clauses"]
    assert isinstance(clauses, list)
    paragraphs = []
    for _ in range(sections):
        number = f"{chapter}.{rng.randint(10, 990):03d}"
        subsections = rng.randint(3, 7)
        for sub in range(1, subsections + 1):
            clause = _fill(rng.choice(clauses), rng)
            if sub == 1:
                paragraphs.append(f"{number}. {sub}. {clause}")
            else:
                paragraphs.append(f"{sub}. {clause}")
            if rng.random() < 0.3:
                paragraphs.append(f"({rng.randint(1, 6)}) {_fill(rng.choice(clauses), rng)}")
    return paragraphs


def relevant_paragraphs(rng: random.Random) -> list[str]:
    """A new civil-rights section built from real bill passages."""
    passages = relevant_passages()
    chosen = rng.sample(passages, k=min(4, len(passages)))
    number = f"506.{rng.randint(400, 499)}"
    return [f"{number}. 1. {chosen[0]}"] + [
        f"{index}. {text}" for index, text in enumerate(chosen[1:], start=2)
    ]


def print_bill(paragraphs: Sequence[str], bill_number: str, title: str) -> str:
    """Lay paragraphs out as printed bill text: numbered lines, 28 per page, a
    footer with the bill number and page, and a form feed between pages."""
    lines = [
        "SECOND REGULAR SESSION",
        f"HOUSE BILL NO. {bill_number}",
        "102ND GENERAL ASSEMBLY",
        "",
        "AN ACT",
        f"To repeal sections of the revised statutes and to enact in lieu thereof new "
        f"sections relating to {title}.",
        "",
        "Be it enacted by the General Assembly of the state, as follows:",
        "",
    ]
    body: list[str] = []
    for line in lines:
        body.extend(textwrap.wrap(line, LINE_WIDTH, break_on_hyphens=False) or [""])
    for paragraph in paragraphs:
        body.extend(
            textwrap.wrap(paragraph, LINE_WIDTH, initial_indent="     ", break_on_hyphens=False)
        )
    pages = [body[index : index + LINES_PER_PAGE] for index in range(0, len(body), LINES_PER_PAGE)]
    printed = []
    for page_number, page in enumerate(pages, start=1):
        numbered = [f"{number:>2}  {text}".rstrip() for number, text in enumerate(page, start=1)]
        numbered += ["", f"HB {bill_number}{' ' * 50}{page_number}"]
        printed.append("\n".join(numbered))
    return "\n\f".join(printed) + "\n"


def _printed_lines(paragraph: str) -> int:
    return len(textwrap.wrap(paragraph, LINE_WIDTH, initial_indent="     ", break_on_hyphens=False))


def make_bill(rng: random.Random, bill_number: str, pages: int, relevant: bool) -> str:
    """One printed bill of ``pages`` pages; a relevant one carries a real
    civil-liability section somewhere in the middle."""
    topic = rng.choice(sorted(TOPICS))
    extra = relevant_paragraphs(rng) if relevant else []
    # Room for the body: every page but the title lines and the relevant section.
    wanted = pages * LINES_PER_PAGE - 16 - sum(_printed_lines(text) for text in extra)
    paragraphs: list[str] = []
    printed = 0
    while printed < wanted:
        section = section_paragraphs(topic, rng, 1)
        paragraphs.extend(section)
        printed += sum(_printed_lines(text) for text in section)
    title = topic
    if extra:
        middle = rng.randint(
            len(paragraphs) // 3, max(len(paragraphs) // 3, 2 * len(paragraphs) // 3)
        )
        paragraphs[middle:middle] = extra
        title = f"{topic} and civil actions for the deprivation of rights"
    return print_bill(paragraphs, bill_number, title)


def write_corpus(
    directory: Path, count: int, pages: int, relevant_every: int, seed: int = 2024
) -> tuple[int, int]:
    """Write ``count`` bills into ``directory`` (in subfolders of 500, like a bulk
    download); every ``relevant_every``-th bill is relevant. Returns (bills, bytes)."""
    rng = random.Random(seed)
    total = 0
    for index in range(count):
        folder = directory / f"batch{index // 500:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        text = make_bill(rng, str(1000 + index), pages, relevant=index % relevant_every == 7)
        data = text.encode("utf-8")
        (folder / f"HB{1000 + index}.txt").write_bytes(data)
        total += len(data)
    return count, total
