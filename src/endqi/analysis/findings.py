"""Clauses several criteria depend on, found once per bill.

- causes of action (who is liable, for what rights);
- bars on qualified immunity or its equivalents (good faith, clearly established);
- clauses that keep qualified immunity alive (savings clauses, double negatives,
  affirmative good-faith defenses);
- who the liability and the bar reach (police only, or every public employee).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from endqi.analysis import lexicon
from endqi.analysis.text import AnalysisText, Sentence

_QI_GATE = (
    "immun",
    "clearly established",
    "good faith",
    "good-faith",
    "reasonabl",
    "believed",
    "clearly lawful",
)


@dataclass(frozen=True, slots=True)
class Coverage:
    """Who a bill's liability and immunity bar reach."""

    police: tuple[Sentence, ...]
    broad: tuple[Sentence, ...]
    state_only: tuple[Sentence, ...]
    police_term: str | None
    broad_term: str | None


def operative(sentences: Iterable[Sentence]) -> tuple[Sentence, ...]:
    """The sentences that make law: findings, purposes and recitals left out."""
    return tuple(
        s
        for s in sentences
        if not lexicon.NON_OPERATIVE.search(s.text, 0, lexicon.NON_OPERATIVE_PREFIX)
    )


def _against_civil_claims(window: str) -> bool:
    """A defense to civil liability, not to a criminal charge."""
    return bool(lexicon.CIVIL_CLAIM_WORDS.search(window)) and not (
        lexicon.CRIMINAL_PROCESS_WORDS.search(window)
    )


class Findings:
    """Shared clause-level facts about one bill, computed lazily and cached."""

    def __init__(self, text: AnalysisText) -> None:
        self.text = text

    # -- causes of action ---------------------------------------------------

    @cached_property
    def causes_of_action(self) -> tuple[Sentence, ...]:
        """Sentences that make someone liable or let a person sue."""
        return operative(
            self.text.matching(
                lexicon.CAUSE_OF_ACTION,
                *lexicon.CAUSE_OF_ACTION_GATE,
            )
        )

    # -- qualified immunity --------------------------------------------------

    @cached_property
    def _qi_sentences(self) -> tuple[Sentence, ...]:
        return operative(self.text.matching(lexicon.QI_TERM, *_QI_GATE))

    @cached_property
    def preservations(self) -> tuple[Sentence, ...]:
        """Clauses that keep qualified immunity (savings clauses, 'may not deny', 'is a defense')."""
        return tuple(s for s in self._qi_sentences if lexicon.PRESERVES_QI.search(s.text))

    @cached_property
    def surviving_defenses(self) -> tuple[Sentence, ...]:
        """Clauses that create or keep a good-faith / reasonable-belief defense."""
        found = []
        for sentence in self._qi_sentences:
            if sentence in self.preservations:
                continue
            for match in lexicon.AFFIRMATIVE_DEFENSE.finditer(sentence.text):
                before = sentence.text[max(0, match.start() - 12) : match.start()]
                if " not" in before or "nor " in before:
                    continue
                # The defense must be about good faith / belief / QI, nearby.
                window = sentence.text[max(0, match.start() - 200) : match.end() + 250]
                if (
                    lexicon.QI_TERM.search(window)
                    and not lexicon.NEGATED_DEFENSE.search(window)
                    and _against_civil_claims(window)
                ):
                    found.append(sentence)
                    break
        return tuple(found)

    @cached_property
    def bars(self) -> tuple[Sentence, ...]:
        """Clauses that deny qualified immunity or an equivalent defense."""
        found = []
        for sentence in self._qi_sentences:
            if sentence in self.preservations:
                continue
            body = sentence.text
            if _is_savings_clause(body):
                continue
            for match in lexicon.NEGATED_DEFENSE.finditer(body):
                window = body[max(0, match.start() - 260) : match.end() + 320]
                if lexicon.QI_TERM.search(window) or _names_general_immunity(window):
                    found.append(sentence)
                    break
        return tuple(found)

    @cached_property
    def bars_with_exceptions(self) -> tuple[Sentence, ...]:
        """Bars whose own sentence carves out exceptions ('except', 'unless', 'provided that')."""
        return tuple(s for s in self.bars if lexicon.EXCEPTION_WORDS.search(s.text))

    # -- coverage --------------------------------------------------------------

    @cached_property
    def incorporated_prohibitions(self) -> tuple[Sentence, ...]:
        """Prohibitions a claim enforces by reference, when it names no rights itself.

        "Any person aggrieved by a violation of subsection (a) may bring a civil
        action" takes its conduct (who may not deprive whom of which rights) from the
        clause it points to: "No police officer shall deprive any person of ... the
        protections guaranteed under article first of the Constitution of the state."
        """
        claims = self.causes_of_action
        if not claims or any(lexicon.GENERAL_RIGHTS.search(s.text) for s in claims):
            return ()
        if not any(lexicon.CLAIM_BY_REFERENCE.search(s.text) for s in claims):
            return ()
        return tuple(
            s
            for s in self.text.matching(lexicon.DEPRIVES, *lexicon.DEPRIVES_GATE)
            if s not in claims and lexicon.GENERAL_RIGHTS.search(s.text)
        )

    @cached_property
    def coverage_sentences(self) -> tuple[Sentence, ...]:
        """Causes of action, bars and the prohibitions they enforce, plus definitions used."""
        core = list(
            dict.fromkeys(self.causes_of_action + self.bars + self.incorporated_prohibitions)
        )
        definitions = self.text.definitions
        extra = [
            definition
            for term, definition in definitions.items()
            if any(term in sentence.text for sentence in core)
        ]
        return tuple(dict.fromkeys(core + extra))

    @cached_property
    def coverage(self) -> Coverage:
        """Which classes of defendant the bill's liability and immunity bar reach."""
        police, broad, state_only = [], [], []
        police_term = broad_term = None
        for sentence in self.coverage_sentences:
            police_match = lexicon.POLICE_TERM.search(sentence.text)
            if police_match:
                police.append(sentence)
                police_term = police_term or police_match.group(0)
            broad_match = lexicon.BROAD_SUBJECT.search(sentence.text)
            if broad_match:
                if lexicon.STATE_ONLY_SUBJECT.search(broad_match.group(0)):
                    state_only.append(sentence)
                else:
                    broad.append(sentence)
                    broad_term = broad_term or broad_match.group(0)
        return Coverage(tuple(police), tuple(broad), tuple(state_only), police_term, broad_term)


def _is_savings_clause(body: str) -> bool:
    return body.lstrip().startswith("nothing") and ("construed" in body or "interpreted" in body)


def _names_general_immunity(window: str) -> bool:
    """'Immunity ... afforded under common law' or 'any immunity' denied as a defense."""
    return "immunit" in window and (
        "common law" in window or "any other" in window or "doctrine" in window
    )
