"""Render a bill's clean text as escaped HTML with its evidence spans highlighted.

Used by ``endqi evaluate --format html``, the bill page and the evaluate page, so
the highlighting (and the escaping of hostile bill text) is written once.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Iterable

from endqi.analysis.scorecard import CriterionResult
from endqi.rubric import get_criterion


def evidence_anchor(criterion_id: str, index: int) -> str:
    """The HTML id of one evidence mark, e.g. ``ev-end-law_enforcement-0``."""
    return "ev-" + criterion_id.replace(".", "-") + f"-{index}"


def highlighted_text_html(text: str, results: Iterable[CriterionResult]) -> str:
    """Escaped ``text`` with each evidence span wrapped in ``<mark>``.

    Overlapping spans are split at every boundary so marks never nest; each
    piece lists the criteria it supports in ``data-criteria`` and its
    ``title``. The first piece of each evidence span carries the anchor id
    from :func:`evidence_anchor`, so a scorecard can link to it.
    """
    boundaries: set[int] = {0, len(text)}
    spans: list[tuple[int, int, str, str]] = []
    for result in results:
        for index, item in enumerate(result.evidence):
            start, end = max(0, item.start), min(len(text), item.end)
            if start >= end:
                continue
            spans.append(
                (start, end, result.criterion_id, evidence_anchor(result.criterion_id, index))
            )
            boundaries.update((start, end))
    points = sorted(boundaries)
    anchors_done: set[str] = set()
    out: list[str] = []
    for left, right in itertools.pairwise(points):
        covering = [span for span in spans if span[0] <= left and right <= span[1]]
        piece = html.escape(text[left:right])
        if not covering:
            out.append(piece)
            continue
        criteria = sorted({span[2] for span in covering})
        ids = [span[3] for span in covering if span[0] == left and span[3] not in anchors_done]
        anchors_done.update(ids)
        id_attr = f' id="{ids[0]}"' if ids else ""
        label = html.escape(", ".join(criteria))
        # Visitors see the criteria's titles; the ids stay in a data attribute for scripts.
        titles = html.escape("; ".join(get_criterion(criterion).title for criterion in criteria))
        out.append(
            f'<mark{id_attr} data-criteria="{label}" title="Evidence for: {titles}">{piece}</mark>'
        )
        # Extra anchors starting at the same place become empty spans so every id exists.
        out.extend(f'<span id="{extra}"></span>' for extra in ids[1:])
    return "".join(out)
