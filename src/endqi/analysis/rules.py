"""Every clause-finding rule of the evaluator, declared in one table.

A :class:`Rule` is a pattern from :mod:`endqi.analysis.lexicon`, the literal
*gate* a sentence must contain before the pattern is run on it (so a 300-page
bill is scanned with ``str.find`` and only a few sentences meet a regex), and
the *window*: how many characters on each side of a match the clause reader
may look at to read the match's polarity, object or scope (0: the sentence).
Each rule also carries real examples it must find through its gate; a test
walks every rule through them.

:data:`ENGINE_VERSION` is a short hash of this table and of the source of every
module whose code turns a document into verdicts (the readers of clauses, the
detectors, the state facts, the document cleaner), so an evaluation stored with it
says which rules produced it, and any change to a rule changes it, whether the rule
is a pattern in the table or a reading written in code.
"""

from __future__ import annotations

import importlib.util
import os
import re
from dataclasses import dataclass

from endqi import cache, digests
from endqi.analysis import lexicon


@dataclass(frozen=True, slots=True)
class Rule:
    """One clause-finding rule: pattern, literal gate, reading window, examples."""

    name: str
    pattern: re.Pattern[str]
    gate: tuple[str, ...]
    window: int
    examples: tuple[str, ...]

    def fingerprint(self) -> str:
        """The parts of the rule that decide what it finds, as one stable string."""
        return "\x1f".join(
            [self.name, self.pattern.pattern, str(self.pattern.flags), *self.gate, str(self.window)]
        )


def _rule(name: str, pattern: re.Pattern[str], gate: tuple[str, ...], window: int, *examples: str):
    return Rule(name, pattern, gate, window, examples)


RULES: tuple[Rule, ...] = (
    _rule(
        "cause_of_action",
        lexicon.CAUSE_OF_ACTION,
        lexicon.CAUSE_OF_ACTION_GATE,
        0,
        "A peace officer who, under color of law, deprives any individual of his or her "
        "constitutional rights shall be liable to such individual.",
        "Any person aggrieved by a violation of subsection (a) may bring a civil action.",
        "The injured party has a private right of action against the officer.",
        "An individual may sue for damages in the superior court.",
        "An action may be brought against any law enforcement officer who violates a right "
        "guaranteed by the constitution of this state.",
    ),
    _rule(
        "qualified_immunity_terms",
        lexicon.QI_TERM,
        lexicon.QI_GATE,
        260,
        "Qualified immunity is not a defense to liability pursuant to this section.",
        "It is not a defense that the right was not clearly established.",
        "It is not a defense that the defendant acted in good faith.",
        "Common law doctrines of immunity do not apply to an action under this section.",
    ),
    _rule(
        "civil_rights_act_named",
        lexicon.CIVIL_RIGHTS_ACT_NAMED,
        lexicon.CIVIL_RIGHTS_ACT_NAMED_GATE,
        0,
        "This bill eliminates the defense for civil actions brought under the Maine Civil Rights "
        "Act.",
        "An act amending the Massachusetts civil rights act.",
    ),
    _rule(
        "action_under_this_against_officer",
        lexicon.ACTION_UNDER_THIS_AGAINST_OFFICER,
        lexicon.ACTION_UNDER_THIS_GATE,
        0,
        "In an action under this section against a peace officer, the court shall award "
        "reasonable attorney fees and costs to a prevailing plaintiff.",
        "A peace officer found liable under this section shall personally pay five percent of "
        "the judgment.",
        "A public employer shall pay the entire judgment entered against its law enforcement "
        "officer in an action under this section.",
    ),
    _rule(
        "claims_against_public_body_only",
        lexicon.CLAIMS_AGAINST_PUBLIC_BODY_ONLY,
        (
            "exclusively against",
            "only against",
            "solely against",
            "body only",
            "entity only",
            "employer only",
            "subdivision only",
            "unit only",
            "agency only",
            ", which is liable",
            ", which shall be liable",
        ),
        0,
        "Claims arising under the Civil Rights Act shall be brought exclusively against a public "
        "body.",
    ),
    _rule(
        "findings_list_opening",
        lexicon.FINDINGS_LIST_OPENING,
        ("find", "declare", "sense of"),
        0,
        "Congress finds the following:",
        "The legislature finds and declares that:",
        "The General Assembly finds and declares as follows:",
        "The Legislative Assembly finds that critics of the doctrine have written:",
        "It is the sense of Congress that:",
    ),
    _rule(
        "digest_heading",
        lexicon.DIGEST_HEADING,
        lexicon.DIGEST_HEADING_GATE,
        0,
        "LEGISLATIVE COUNSEL'S DIGEST",
        "SYNOPSIS",
        "Bill Summary:",
        "STATEMENT OF PURPOSE OF BILL AS INTRODUCED",
    ),
    _rule(
        "act_of_congress",
        lexicon.ACT_OF_CONGRESS,
        lexicon.ACT_OF_CONGRESS_GATE,
        0,
        "Be it enacted by the Senate and House of Representatives of the United States of America "
        "in Congress assembled,",
        "116th CONGRESS 2d Session H. R. 7085",
        "AMENDMENT IN THE NATURE OF A SUBSTITUTE TO H.R. 4410",
        "Congress finds the following:",
        "Every person who, under color of any statute of any State or Territory, subjects any "
        "citizen to the deprivation of any rights secured by the Constitution shall be liable.",
    ),
    _rule(
        "amends",
        lexicon.AMENDS,
        ("amend",),
        0,
        "Section 1979 of the Revised Statutes of the United States (42 U.S.C. 1983) is amended by "
        "adding at the end the following:",
    ),
    _rule(
        "federal_tort_claims_act",
        lexicon.FEDERAL_TORT_CLAIMS_ACT,
        ("tort claims act", "chapter 171 of title 28", "of title 28", "u.s.c. 1346", "u.s.c. 26"),
        0,
        "Chapter 171 of title 28, United States Code (commonly known as the Federal Tort Claims "
        "Act) is amended.",
    ),
    _rule(
        "procedural_bar",
        lexicon.PROCEDURAL_BAR,
        lexicon.PROCEDURAL_BAR_GATE,
        260,
        "A court may not dismiss an action under this section on the ground that the right was "
        "not clearly established at the time of the conduct.",
        "An action under this section shall not be barred because the defendant believed in good "
        "faith that the conduct was lawful.",
        "No court of this State shall decline to hear an action under this section on the ground "
        "that the right was not clearly established.",
        "No post-trial motion may rest, in whole or in part, upon the contention that the "
        "defendant is entitled to qualified immunity.",
        "The officer cannot get the case thrown out by showing that the officer reasonably thought "
        "the conduct was allowed.",
        "No officer sued under this section may be heard to claim that the officer acted in the "
        "reasonable belief that the conduct was lawful.",
    ),
    _rule(
        "immunity_subject_denied",
        lexicon.IMMUNITY_SUBJECT_DENIED,
        lexicon.IMMUNITY_SUBJECT_DENIED_GATE,
        0,
        "Immunity is not a defense to liability under this section.",
        "(c) Immunities shall not be defenses to an action brought under subsection (a).",
    ),
    _rule(
        "negated_subject_defense",
        lexicon.NEGATED_SUBJECT_DEFENSE,
        lexicon.NEGATED_SUBJECT_DEFENSE_GATE,
        0,
        "No immunity, including sovereign immunity, official immunity or qualified immunity, "
        "shall be a defense to an action under this section.",
        "Neither qualified immunity nor any other immunity is a defense to such a claim.",
    ),
    _rule(
        "closed_defense_list",
        lexicon.CLOSED_DEFENSE_LIST,
        lexicon.CLOSED_DEFENSE_LIST_GATE,
        0,
        "The defenses that remain available to a defendant in an action brought under this "
        "section are limited to the following: (a) that the action is untimely.",
        "A defendant may raise only the following defenses: (1) the statute of limitations.",
        "The only defenses to an action under this section are that the claim is untimely.",
    ),
    _rule(
        "cap_lift",
        lexicon.CAP_LIFT,
        lexicon.CAP_LIFT_GATE,
        0,
        "Statutory immunities and statutory limitations on liability, damages, or attorney fees "
        "do not apply to claims brought pursuant to this section.",
        "The tort claims act does not apply to an action under this section.",
    ),
    _rule(
        "own_cap",
        lexicon.OWN_CAP,
        lexicon.OWN_CAP_GATE,
        160,
        "The liability per occurrence shall not exceed the sum of two million dollars.",
        "The award of damages against a governmental entity may not exceed $400,000.",
    ),
    _rule(
        "cap_raised",
        lexicon.CAP_RAISED,
        lexicon.CAP_RAISED_GATE,
        0,
        "The limit on damages in section 537.610 is increased to one million dollars.",
        "For claims under this section, the limitation on damages in section 24-10-114 shall be "
        "two million dollars for any injury to one person.",
    ),
    _rule(
        "sets_aside",
        lexicon.SETS_ASIDE,
        lexicon.SETS_ASIDE_GATE,
        0,
        "Sections 537.600 to 537.610 shall not apply to claims brought under this section.",
    ),
    _rule(
        "deprives",
        lexicon.DEPRIVES,
        lexicon.DEPRIVES_GATE,
        0,
        "No police officer shall deprive any person of the equal protection of the laws.",
    ),
    _rule(
        "intervention",
        lexicon.INTERVENTION,
        lexicon.INTERVENTION_GATE,
        120,
        "An officer who fails to intervene to prevent another officer's use of excessive force is "
        "liable to the injured person.",
        "An officer who observes another officer violate a person's rights and fails to take "
        "reasonable steps to prevent the violation is liable to the injured person.",
        "A peace officer shall intervene to prevent or stop another peace officer from using "
        "unlawful force.",
        "Any officer present who did not act to prevent or stop the deprivation is liable to the "
        "person.",
    ),
    _rule(
        "intervention_as_one_way",
        lexicon.INCLUDING_FAIL_TO_INTERVENE,
        lexicon.INCLUDING_FAIL_TO_INTERVENE_GATE,
        0,
        "An officer subjects a person to a deprivation of rights by an act or omission, "
        "including failing to intervene when another officer uses excessive force.",
        "A peace officer violates this section by an act or an omission, including an omission "
        "to intervene when a fellow officer violates a person's rights.",
        "A peace officer who deprives a person of a right, or allows another officer to deprive "
        "the person of a right, is liable to the person.",
        "An officer violates a person's rights if the officer commits the violation or fails to "
        "intervene to prevent another officer from committing it.",
        "An officer who causes a deprivation of rights, including by standing idly by while "
        "another officer commits it, is liable.",
    ),
    _rule(
        "indemnity",
        lexicon.INDEMNITY,
        lexicon.INDEMNITY_GATE,
        120,
        "The employer shall indemnify its peace officers for any liability.",
        "The state shall pay in satisfaction of the judgment.",
        "The agency shall satisfy the full amount of the judgment.",
        "Any judgment or settlement shall be paid by the employing agency.",
        "The agency shall make payments for the full amount awarded.",
        "The officer's employer shall pay any judgment or settlement against the officer.",
        "The employing agency is required to pay the full amount of any judgment against the "
        "officer.",
        "The employer shall bear the entire cost of any judgment against the officer.",
        "The county shall, directly or through its insurer, pay the whole of any judgment against "
        "its officer.",
        "Of any judgment against an officer under section 1, the employer shall pay ninety "
        "percent.",
        "The employing agency shall discharge the whole of any judgment against the officer.",
        "Each judgment under this act shall be charged to the appropriation of the employing "
        "agency.",
        "The official bond of the sheriff shall answer for any judgment against a deputy.",
        "The agency shall satisfy the debt in full.",
    ),
    _rule(
        "indemnity_carve_out",
        lexicon.BAD_CONDUCT_CARVE_OUT,
        lexicon.INDEMNITY_CARVE_OUT_GATE,
        200,
        "No indemnification shall be paid for a judgment which results from gross negligence or "
        "willful misconduct.",
        "The duty to indemnify shall not apply if the employee acted with malice.",
    ),
    _rule(
        "attorney_fees",
        lexicon.ATTORNEY_FEES,
        lexicon.ATTORNEY_FEES_GATE,
        200,
        "The court shall award reasonable attorney's fees and costs.",
        "A prevailing plaintiff shall recover attorneys' fees.",
        "The court shall award counsel fees to the plaintiff.",
        "The plaintiff is entitled to legal fees.",
    ),
    _rule(
        "personal_share",
        lexicon.PERSONAL_SHARE,
        lexicon.PERSONAL_SHARE_GATE,
        0,
        "The peace officer is personally liable for five percent of the judgment.",
        "The officer shall not be indemnified for the first $25,000 of the judgment.",
        "The portion of a judgment under section 1 equal to the lesser of five percent or "
        "twenty-five thousand dollars shall be paid by the officer found liable.",
    ),
    _rule(
        "decertify",
        lexicon.DECERTIFY,
        lexicon.DECERTIFY_GATE,
        0,
        "The council shall decertify an officer found liable under this section.",
        "A police officer found liable under this section shall be terminated from employment.",
        "The board shall review each judgment under this section and may take any action "
        "against the officer's certification that it considers appropriate.",
        "The board shall revoke the officer's peace officer certification.",
        "The board may order the suspension of the officer's license.",
        "The agency shall terminate the officer's employment after a finding of misconduct.",
        "The officer is subject to discipline.",
        "Upon a final judgment that an officer violated this section, the officer's "
        "certification shall be revoked.",
        "The agency may discipline, up to and including termination, an officer found liable.",
        "The agency may terminate an officer found liable under this section.",
        "The employing agency shall suspend the police officer without pay for thirty days.",
        "An officer against whom a judgment is entered shall not carry a firearm for one year.",
        "The officer shall forfeit one year of service credit in the retirement system.",
    ),
    _rule(
        "records",
        lexicon.RECORDS_VERB,
        lexicon.RECORDS_GATE,
        0,
        "Records of complaints of misconduct shall be public records.",
        "The agency shall publish each settlement on its website.",
        "Disciplinary records shall be available to the public.",
        "The commission shall keep a database, accessible to the public, of sustained complaints.",
        "Court records in an action under this section shall not be sealed.",
    ),
    _rule(
        "police_term",
        lexicon.POLICE_TERM,
        lexicon.POLICE_GATE,
        0,
        "A peace officer who deprives a person of a right is liable.",
        "A sheriff or deputy who deprives a person of a right is liable.",
    ),
    _rule(
        "definition",
        lexicon.DEFINITION,
        lexicon.DEFINITION_GATE,
        0,
        '"Covered individual" means an employee of a law enforcement agency.',
    ),
)

RULES_BY_NAME: dict[str, Rule] = {rule.name: rule for rule in RULES}


def rule(name: str) -> Rule:
    """The rule of that name (a KeyError names a rule the table does not declare)."""
    return RULES_BY_NAME[name]


ENGINE_HASH_CHARS = 12  # hex digits of a table's or an engine's hash


def table_hash(rules: tuple[Rule, ...] = RULES) -> str:
    """A short hash of the whole table: changes whenever any rule does."""
    digest = digests.sha256("\x1e".join(r.fingerprint() for r in rules).encode("utf-8"))
    return digest.hexdigest()[:ENGINE_HASH_CHARS]


# The modules whose code, not only the table, decides verdicts: what they read and how.
VERDICT_MODULES = (
    "endqi.analysis.clauses",
    "endqi.analysis.conventions",
    "endqi.analysis.detectors",
    "endqi.analysis.engine",
    "endqi.analysis.lexicon",
    "endqi.analysis.rules",
    "endqi.analysis.state_law",
    "endqi.analysis.text",
    "endqi.documents.clean",
    "endqi.documents.decoding",
    "endqi.documents.furniture",
    "endqi.documents.html",
    "endqi.documents.pdf",
    "endqi.documents.provisions",
    "endqi.documents.wrapped",
)


def module_sources(names: tuple[str, ...] = VERDICT_MODULES) -> dict[str, bytes]:
    """The source bytes of each module (found without importing it), by name."""
    sources = {}
    for name in names:
        origin = _source_path(name)
        # An installation without sources (compiled only) hashes the name alone.
        sources[name] = _read_bytes(origin) if origin else b""
    return sources


def _source_path(name: str) -> str | None:
    """Where the module's source file is (None when it has none)."""
    spec = importlib.util.find_spec(name)
    origin = spec.origin if spec else None
    return origin if origin and origin.endswith(".py") else None


def _read_bytes(path: str) -> bytes:
    # Plain open(), not pathlib: importing pathlib (and the urllib and ipaddress modules it
    # pulls in) cost more than the rest of this module, in every process that evaluates.
    with open(path, "rb") as handle:
        return handle.read()


def engine_hash(rules: tuple[Rule, ...] = RULES, sources: dict[str, bytes] | None = None) -> str:
    """A short hash of the table and of the verdict modules' source."""
    digest = digests.sha256(table_hash(rules).encode("ascii"))
    for name, source in sorted((sources if sources is not None else module_sources()).items()):
        digest.update(b"\x1e" + name.encode("ascii") + b"\x1f" + source)
    return digest.hexdigest()[:ENGINE_HASH_CHARS]


def installed_engine_hash() -> str:
    """:func:`engine_hash` of this installation, kept in the cache folder under the table's
    hash and each verdict module's file signature (path, size, modification time), the
    signature Python itself trusts to reuse a module's compiled code. Reading and hashing a
    megabyte of sources cost every evaluating process 2 ms; a stat of each costs little."""
    signature = [table_hash()]
    for name in VERDICT_MODULES:
        origin = _source_path(name)
        if origin is None:
            signature.append(name)
            continue
        try:
            status = os.stat(origin)
        except OSError:
            return engine_hash()
        signature.append(f"{origin}\x1f{status.st_size}\x1f{status.st_mtime_ns}")
    key = "\x1e".join(signature)
    path = cache.path(f"engine-{digests.sha256(key.encode('utf-8')).hexdigest()[:16]}.txt")
    try:
        stored_key, _, stored_hash = cache.read(path).decode("utf-8").rpartition("\n")
    except (OSError, UnicodeDecodeError):
        stored_key, stored_hash = "", ""
    if stored_key == key and len(stored_hash) == ENGINE_HASH_CHARS:
        return stored_hash
    computed = engine_hash()
    cache.write_atomically(path, f"{key}\n{computed}".encode())
    return computed


# Stored by the site in a 32-character field: "<reader generation>+<hash of the rules>".
READER_GENERATION = "2"
ENGINE_VERSION = f"{READER_GENERATION}+{installed_engine_hash()}"
