"""Drafts that leave choices open (``endqi.analysis.alternatives``)."""

from __future__ import annotations

from endqi.analysis import evaluate
from endqi.analysis.alternatives import MAX_READINGS, alternative_groups, readings
from endqi.documents import document_from_text

_DRAFT = (
    'SECTION 2. In this [act], "covered official" means [Alternative A: a law enforcement '
    "officer as defined in [cite statute]] [Alternative B: any public employee].\n"
    "SECTION 3. A covered official who, under color of law, deprives a person of a right "
    "secured by the constitution of this state is liable to the person.\n"
    "SECTION 4.\n[OPTION 1: Qualified immunity is not a defense.]\n"
    "[OPTION 2: Qualified immunity is not a defense, and no limit on damages applies.]\n"
    "[Drafter's note: choose one.]"
)


def test_groups_are_adjacent_bracketed_alternatives_with_nested_brackets() -> None:
    groups = alternative_groups(_DRAFT)
    assert [len(group) for group in groups] == [2, 2]
    first = groups[0][0]
    # (the nested "[cite statute]" does not close the alternative)
    assert _DRAFT[first.start : first.end].endswith("as defined in [cite statute]]")
    assert _DRAFT[first.words_start : first.words_end].startswith("a law enforcement officer")


def test_one_reading_per_combination_each_setting_the_others_aside() -> None:
    document = document_from_text(_DRAFT)
    variants = readings(document)
    assert len(variants) == 4
    for variant in variants:
        kept_words = [
            variant.text[a.words_start : a.words_end]
            for group in alternative_groups(variant.text)
            for a in group
            if not any(start <= a.words_start < end for start, end in variant.deletions)
        ]
        assert len(kept_words) == 2  # one alternative of each group stays readable


def test_a_single_bracketed_choice_is_no_group_and_too_many_are_read_as_printed() -> None:
    assert alternative_groups("Sec. 1. [Alternative A: text.] Sec. 2. Other text.") == ()
    many = " ".join(f"Sec. {n}. [Option 1: a.] [Option 2: b.] [Option 3: c.]" for n in range(1, 4))
    document = document_from_text(many)
    assert MAX_READINGS < 3**3
    assert readings(document) == (document,)


def test_weakest_alternative_decides_and_the_explanation_says_so() -> None:
    card = evaluate(_DRAFT, state="CA")
    public = card.result("end.public_employees")
    assert public.verdict.value == "no"  # alternative A covers police only
    assert "choice open" in public.explanation
    assert card.result("end.law_enforcement").verdict.value == "yes"  # both options bar QI


_OPTIONS_DRAFT = (
    "Sec. 1. A law enforcement officer who deprives a person of a right secured by the state "
    "constitution shall be liable to the person injured.\n"
    "Sec. 2. Defenses.\n"
    "  OPTION A:\n  Qualified immunity shall not be a defense to an action under section 1.\n"
    "  OPTION B:\n  A law enforcement officer shall not be liable under section 1 if the officer "
    "acted in good faith.\n"
    "Sec. 3. The court shall award reasonable attorney fees to a prevailing plaintiff.\n"
)


def test_options_that_open_lines_are_choices_and_a_recorded_choice_is_the_law() -> None:
    """ "OPTION A: ... OPTION B: ..." set on lines of their own leave a choice open: the
    weakest decides. An option its heading marks adopted is the law, the others set aside."""
    groups = alternative_groups(_OPTIONS_DRAFT)
    assert len(groups) == 1 and len(groups[0]) == 2
    assert len(readings(document_from_text(_OPTIONS_DRAFT))) == 2
    open_choice = evaluate(_OPTIONS_DRAFT, state="KS")
    assert open_choice.result("end.law_enforcement").verdict.value == "no"
    # (the text after the last option is the bill's again)
    assert open_choice.result("start.attorney_fees").verdict.value == "yes"
    adopted = _OPTIONS_DRAFT.replace("OPTION A:", "OPTION A -- ADOPTED by the Committee:")
    assert len(readings(document_from_text(adopted))) == 1
    assert evaluate(adopted, state="KS").result("end.law_enforcement").verdict.value == "yes"
