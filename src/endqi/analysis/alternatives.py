"""Drafts that leave a choice open: "[ALTERNATIVE A: ...] [ALTERNATIVE B: ...]".

A working draft or a model act may print two or more versions of a provision, in brackets,
for the sponsor (or the adopting state) to choose from. Until one is chosen the draft promises
no more than its weakest version: a criterion is met only when every choice meets it. The
engine therefore reads the draft once per combination of choices (each reading keeps one
alternative of each group and sets the others aside, as struck text is) and keeps, for each
criterion, the weakest verdict.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace

from endqi.analysis.text import whole_word_places
from endqi.documents.model import Document
from endqi.regex_cache import compile_pattern

# "[ALTERNATIVE A:", "[Alternative 2 -", "[OPTION B.": the opening of one bracketed choice.
_ALTERNATIVE_OPENING = compile_pattern(
    r"\[[ \t]*(?:alternative|option)[ \t]+(?:[a-z]|\d{1,2}|one|two|three)\b[ \t]*[:.\u2013\u2014-]*[ \t]*",
    flags=2,  # re.IGNORECASE
)
_OPENING_WORDS = ("[ALTERNATIVE", "[Alternative", "[alternative", "[OPTION", "[Option", "[option")
# Only blank space may stand between two alternatives of one group.
_BETWEEN_ALTERNATIVES = compile_pattern(r"\s*")
# More combinations than this are not read one by one (the draft is read as printed).
MAX_READINGS = 16


@dataclass(frozen=True, slots=True)
class Alternative:
    """One bracketed choice: its whole span, and the span of its words inside the brackets."""

    start: int
    end: int
    words_start: int
    words_end: int


# An option that opens a line: "OPTION A", "Option 2 -- Study", "Option B: The employer may ...".
_OPTION_HEADING = compile_pattern(
    # (or after a sentence the cleaner ran it onto: "... under section 1. OPTION B:")
    # (after the subsection's label it replaces: "(d) OPTION 1: A peace officer ...")
    r"(?m)(?:^[ \t]*(?:\(\w{1,4}\)[ \t]+)?|(?<=[.;])[ \t]+)(?:option|alternative)[ \t]+(?P<label>[a-z]|\d{1,2})\b"
    r"(?=[ \t]*(?:[:.\u2013\u2014-]|$))[^\n]*$",
    flags=2,  # re.IGNORECASE
)
_HEADING_WORDS = ("OPTION", "Option", "ALTERNATIVE", "Alternative")
# What ends the last option of a group: the committee's record or a note after the options, a
# blank line, or the next unit of the bill ("(e) The court ...", "Sec. 4.", "New Sec. 3.").
_AFTER_THE_OPTIONS = compile_pattern(
    r"(?m)^[ \t]*(?:(?:committee\s+action|action|vote|record|status|note|drafter|commission)\b"
    r"|\(\w{1,4}\)|(?:new\s+)?sec(?:tion)?\.?\s*\d|\[|$)",
    flags=2,  # re.IGNORECASE
)
# An option the record says was chosen: "OPTION A (ADOPTED)", "Option A adopted".
_ADOPTED = compile_pattern(r"(?<!not )\badopted\b", flags=2)


def option_groups(text: str) -> tuple[tuple[Alternative, ...], ...]:
    """Options that open lines of their own ("OPTION A ... OPTION B ...", "Option A: ...
    Option B: ..."), in groups of two or more whose labels run on from the first (a group
    starts again at "A" or "1"); each option runs to the next of its group, the last to the
    next unit of the bill, a blank line or the record after the options."""
    if not any(word in text for word in _HEADING_WORDS):
        return ()
    groups: list[list[re.Match[str]]] = []
    for heading in _OPTION_HEADING.finditer(text):
        label = heading.group("label").lower()
        if groups and label not in ("a", "1"):
            groups[-1].append(heading)
        else:
            groups.append([heading])
    found = []
    for group in groups:
        if len(group) < 2:
            continue
        last = group[-1]
        next_line = text.find("\n", last.end())
        after = _AFTER_THE_OPTIONS.search(text, next_line + 1) if next_line != -1 else None
        last_end = after.start() if after is not None else len(text)
        ends = [h.start() for h in group[1:]] + [max(last_end, last.end())]
        found.append(
            tuple(
                Alternative(h.start(), end, _label_end(text, h), end)
                for h, end in zip(group, ends, strict=True)
            )
        )
    return tuple(found)


def _label_end(text: str, heading: re.Match[str]) -> int:
    """Where an option's own words start: after its label and a colon or dash, if any."""
    label = _OPTION_LABEL.match(text, heading.start())
    return label.end() if label is not None else heading.start()


_OPTION_LABEL = compile_pattern(
    r"[ \t]*(?:\(\w{1,4}\)[ \t]+)?(?:option|alternative)[ \t]+(?:[a-z]|\d{1,2})\b(?:[ \t]*(?:[:.\u2013\u2014]|--?)[ \t]*)?",
    flags=2,  # re.IGNORECASE
)


def _adopted_option(
    text: str, options: tuple[Alternative, ...], noted: str | None
) -> Alternative | None:
    """The option its heading, or the record after the options, or a note that names one
    choice for the whole draft (``noted``, see :func:`_label_chosen_in_a_note`), says was
    adopted (the only one), else None."""
    chosen = [o for o in options if _ADOPTED.search(text, o.start, _line_end(text, o.start))]
    if len(chosen) == 1:
        return chosen[0]
    named = _labelled(text, options, noted)
    if named is not None:
        return named
    record = text[options[-1].end : options[-1].end + _RECORD_REACH].lower()
    if _ADOPTED.search(record) and not _NONE_ADOPTED.search(record):
        named = [
            o
            for o in options
            # (named as a whole phrase: "option a", not the "option a" of "option adopted")
            if whole_word_places(
                record, " ".join(text[o.start : o.words_start].lower().split()[:2])
            )
        ]
        if len(named) == 1:
            return named[0]
    return None


def _label_chosen_in_a_note(text: str) -> str | None:
    """The label ("a", "2") a note of the draft names as the one choice made ("Representative
    ____ has chosen ALTERNATIVE A", "Option 2 was selected"), when the draft names exactly one
    label so; else None. Read once for the whole draft, whatever groups it has."""
    if not any(word in text for word in ("chose", "CHOSE", "Chose", "elected", "ELECTED")):
        return None  # (substring tests first: most drafts record no choice)
    labels = {
        (match.group("label") or match.group("label2")).lower()
        for match in _CHOICE_IN_A_NOTE.finditer(text)
        # (not a choice supposed: "If 5-3C-05 Alternative B is chosen, strike ...")
        if not _SUPPOSED.search(text, max(0, match.start() - _SUPPOSED_REACH), match.start())
    }
    if len(labels) != 1:
        return None
    (label,) = labels
    return label


def _labelled(text: str, options: tuple[Alternative, ...], label: str | None) -> Alternative | None:
    """The one option of ``options`` that bears ``label``, else None."""
    if label is None:
        return None
    named = [o for o in options if _label_of(text, o) == label]
    return named[0] if len(named) == 1 else None


def _label_of(text: str, option: Alternative) -> str | None:
    """An option's label ("a", "2"), read from its heading or bracket."""
    found = _A_LABEL.search(text, option.start, option.words_start)
    return found.group("label").lower() if found is not None else None


_A_LABEL = compile_pattern(
    r"\b(?:option|alternative)[ \t]+(?P<label>[a-z]|\d{1,2})\b",
    flags=2,  # re.IGNORECASE
)
# "has chosen ALTERNATIVE A", "selected Option 2", "Alternative B was chosen", "ALTERNATIVE A
# (SELECTED)" (not "has not chosen", "no alternative was selected").
_CHOICE_IN_A_NOTE = compile_pattern(
    r"(?<!\bnot )(?<!\bnot yet )\b(?:chosen|chose|selected|elected)\s+(?:the\s+)?(?:option|alternative)[ \t]+"
    r"(?P<label>[a-z]|\d{1,2})\b"
    r"|\b(?<!\bno )(?:option|alternative)[ \t]+(?P<label2>[a-z]|\d{1,2})\b\s*(?:\(\s*)?(?:(?:has\s+been|was|is)\s+)?"
    r"(?:chosen|selected)\b",
    flags=2,  # re.IGNORECASE
)
_SUPPOSED = compile_pattern(
    r"\b(?:if|when|whenever|unless|once|until|where|should|in\s+case)\b[^.;]{0,40}$", flags=2
)
_SUPPOSED_REACH = 60
# "no option adopted", "none of the options was adopted".
_NONE_ADOPTED = compile_pattern(r"\b(?:no|neither|none\s+of\s+the)\s+options?\b", flags=2)


_RECORD_REACH = 400


def _line_end(text: str, position: int) -> int:
    end = text.find("\n", position)
    return len(text) if end == -1 else end


def alternative_groups(text: str) -> tuple[tuple[Alternative, ...], ...]:
    """Groups of two or more alternatives in ``text``: bracketed ones that stand one after
    another, and options that open lines (:func:`option_groups`)."""
    return (*option_groups(text), *_bracketed_groups(text))


def _bracketed_groups(text: str) -> tuple[tuple[Alternative, ...], ...]:
    """Groups of two or more bracketed alternatives that stand one after another in ``text``."""
    if "[" not in text or not any(word in text for word in _OPENING_WORDS):
        return ()  # (substring tests first: a regex over a whole long bill is not free)
    found: list[Alternative] = []
    for opening in _ALTERNATIVE_OPENING.finditer(text):
        if found and opening.start() < found[-1].end:
            continue
        close = _matching_bracket(text, opening.start())
        if close is None:
            continue
        found.append(Alternative(opening.start(), close + 1, opening.end(), close))
    groups: list[list[Alternative]] = []
    for alternative in found:
        previous = groups[-1][-1] if groups else None
        if previous is not None and _only_space_between(text, previous.end, alternative.start):
            groups[-1].append(alternative)
        else:
            groups.append([alternative])
    return tuple(tuple(group) for group in groups if len(group) > 1)


def readings(document: Document) -> tuple[Document, ...]:
    """The document once per combination of choices (the document itself when it offers
    none, or more combinations than :data:`MAX_READINGS`)."""
    chosen_groups = []
    set_aside_by_record: list[tuple[int, int]] = []
    all_options = option_groups(document.text)
    bracketed = _bracketed_groups(document.text)
    noted = _label_chosen_in_a_note(document.text) if all_options or bracketed else None
    for options in all_options:
        adopted = _adopted_option(document.text, options, noted)
        if adopted is not None:
            # (the record chose one: the others are set aside, as struck text is)
            chosen_groups.append(options)
            set_aside_by_record += [(o.start, o.end) for o in options if o is not adopted]
    for alternatives in bracketed:
        named = _labelled(document.text, alternatives, noted)
        if named is not None:
            chosen_groups.append(alternatives)
            # (the chosen one's label and brackets go with the others: its words are the law)
            set_aside_by_record += [(a.start, a.end) for a in alternatives if a is not named] + [
                (named.start, named.words_start),
                (named.words_end, named.end),
            ]
    if set_aside_by_record:
        # (a legend that strikes bracketed words does not strike the chosen alternative)
        chosen_spans = {(a.start, a.end) for group in chosen_groups for a in group}
        kept = (d for d in document.deletions if d not in chosen_spans)
        document = replace(document, deletions=tuple(sorted((*kept, *set_aside_by_record))))
    # (the options' spans do not move when others are set aside: read once)
    groups = tuple(g for g in (*all_options, *bracketed) if g not in chosen_groups)
    if not groups:
        return (document,)
    combinations = 1
    for group in groups:
        combinations *= len(group)
    if combinations > MAX_READINGS:
        return (document,)
    spans = {(a.start, a.end) for group in groups for a in group}
    # A print whose legend says brackets strike words would strike a whole alternative; the
    # alternatives are choices, not struck law.
    kept_deletions = tuple(d for d in document.deletions if d not in spans)
    variants = []
    for choice in itertools.product(*groups):
        set_aside: list[tuple[int, int]] = []
        for group, chosen in zip(groups, choice, strict=True):
            for alternative in group:
                if alternative is chosen:
                    # (its label and closing bracket are not words of the law)
                    set_aside.append((alternative.start, alternative.words_start))
                    set_aside.append((alternative.words_end, alternative.end))
                else:
                    set_aside.append((alternative.start, alternative.end))
        variants.append(replace(document, deletions=tuple(sorted((*kept_deletions, *set_aside)))))
    return tuple(variants)


def _matching_bracket(text: str, opening: int) -> int | None:
    """The index of the "]" that closes the "[" at ``opening`` (nested brackets allowed),
    within one paragraph's reach; None when it is not closed."""
    depth = 0
    limit = min(len(text), opening + 20_000)
    for index in range(opening, limit):
        char = text[index]
        if char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
            if depth == 0:
                return index
    return None


def _only_space_between(text: str, start: int, end: int) -> bool:
    return _BETWEEN_ALTERNATIVES.fullmatch(text, start, end) is not None
