"""Generate prints/ and cases.jsonl for PR3: python generate.py (from this folder)."""

import gen_xml  # noqa: F401  (each module registers its cases)
from gen_common import CASES, dump

dump()
print(len(CASES), "cases")
