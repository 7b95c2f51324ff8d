"""The formats a scorecard report comes in, named once.

A module of its own, with no imports, so that ``endqi evaluate`` can offer the
choices on its command line without importing the renderer and the evaluator
behind it: the command's parent process stays small, and the child that does the
work (see :mod:`endqi.budget`) imports them into pages of its own.
"""

OUTPUT_FORMATS: tuple[str, ...] = ("text", "json", "html")
