"""A module of the analysis defines each module-level name once: a second definition silently
replaces the first for every reader of it (a pattern meant for one reader then serves another)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ANALYSIS = Path(__file__).resolve().parents[2] / "src" / "endqi" / "analysis"


@pytest.mark.parametrize("module", sorted(ANALYSIS.glob("*.py")), ids=lambda p: p.name)
def test_module_level_names_are_defined_once(module: Path) -> None:
    tree = ast.parse(module.read_text("utf-8"))
    seen: dict[str, int] = {}
    twice = []
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else []
        for target in targets:
            if isinstance(target, ast.Name):
                if target.id in seen:
                    twice.append(f"{target.id} (lines {seen[target.id]} and {node.lineno})")
                seen[target.id] = node.lineno
    assert not twice, twice
