"""``endqi screen``: many bills, one JSON line each, in processes or on a Dask cluster.

Expectations come from running ``is_relevant`` and ``evaluate`` in this process
on the same files, never from hard-coded verdicts.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from endqi import gate
from endqi.analysis import evaluate, relevance, scorecard_to_dict
from endqi.analysis.relevance import is_relevant
from endqi.documents import DocumentError, load_bytes, load_document
from endqi.gate import cannot_be_relevant
from endqi.screening import (
    MAX_BATCH_SIZE,
    ScreenOptions,
    find_documents,
    make_batches,
    not_relevant_line,
    screen_batch,
    screen_path,
)

ENDQI = Path(sys.executable).parent / "endqi"
ENDQI_COMMAND = [str(ENDQI)] if ENDQI.exists() else [sys.executable, "-m", "endqi.cli"]
OPTIONS = ScreenOptions(max_bytes=50 * 1024 * 1024)

IRRELEVANT_BODIES = {
    "sales-tax": (
        "144.020. 1. A tax is hereby levied and imposed upon all sellers for the privilege "
        "of engaging in the business of selling tangible personal property at retail at "
        "the rate of four percent of the gross receipts derived therefrom. 2. Any seller "
        "who fails to remit the tax collected shall be liable for the payment of the tax, "
        "together with interest at the rate established pursuant to section 32.065."
    ),
    "school-days": (
        "160.041. 1. Each school district shall provide a minimum of one thousand forty-four "
        "hours of instruction in each school year. 2. There is hereby established in the "
        "state treasury the School Building Revolving Fund, which shall consist of moneys "
        "appropriated by the general assembly."
    ),
    "fishing": (
        "252.040. 1. No person shall take fish in the waters of this state without a "
        "permit issued by the conservation commission. 2. The fee for an annual fishing "
        "permit shall be twelve dollars for residents of this state."
    ),
}
RELEVANT_DEV_BILLS = ("mo-raw-mo-v1-txt-1", "co-sb-20-217", "il-hb-1727")


def run_endqi(
    *args: str | os.PathLike[str], env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    """Run the installed console script; never raises on a non-zero exit."""
    return subprocess.run(
        [*ENDQI_COMMAND, *map(str, args)],
        input=b"",
        capture_output=True,
        timeout=300,
        env={**os.environ, **(env or {})},
        check=False,
    )


def printed(body: str, number: int, title: str) -> str:
    """A bill as legislatures print it: heading, then numbered lines."""
    lines = ["SECOND REGULAR SESSION", f"HOUSE BILL NO. {number}", "AN ACT", title, ""]
    for paragraph in body.split("\n\n"):
        lines.extend(textwrap.wrap(paragraph, 62, initial_indent="     "))
    return "\n".join(f"{n:>2}  {line}" for n, line in enumerate(lines, start=1)) + "\n"


def dev_texts(shared_dir: Path) -> dict[str, str]:
    """Bill text (without the data set's heading line) by dev-evaluation id."""
    bills = json.loads((shared_dir / "rubric" / "dev-evaluations.json").read_text("utf-8"))
    return {bill["id"]: bill["text"].split("\n", 1)[1].strip() for bill in bills["bills"]}


@pytest.fixture
def corpus(tmp_path: Path, shared_dir: Path) -> Path:
    """A small session: relevant and irrelevant bills in nested folders, text and HTML,
    plus files screening must ignore."""
    root = tmp_path / "session"
    (root / "house").mkdir(parents=True)
    (root / "senate" / "html").mkdir(parents=True)
    texts = dev_texts(shared_dir)
    for number, bill_id in enumerate(RELEVANT_DEV_BILLS, start=100):
        title = "To enact a new section relating to civil actions for deprivation of rights."
        (root / "house" / f"HB{number}.txt").write_text(
            printed(texts[bill_id], number, title), encoding="utf-8"
        )
    for number, (name, body) in enumerate(IRRELEVANT_BODIES.items(), start=200):
        (root / "house" / f"HB{number}-{name}.txt").write_text(
            printed(body, number, f"To amend the law relating to {name}."), encoding="utf-8"
        )
    paragraphs = "".join(f"<p>{p}</p>\n" for p in texts["ri-raw-ri-txt-1"].split("\n\n"))
    (root / "senate" / "html" / "SB7.html").write_text(
        f"<!DOCTYPE html><html><head><title>SB 7</title><style>p {{margin: 0}}</style>"
        f"</head><body><h1>SENATE BILL NO. 7</h1>\n{paragraphs}</body></html>",
        encoding="utf-8",
    )
    (root / "senate" / "html" / "SB8.htm").write_text(
        "<html><body><h1>SENATE BILL NO. 8</h1><p>"
        + IRRELEVANT_BODIES["fishing"]
        + "</p></body></html>",
        encoding="utf-8",
    )
    (root / "README.md").write_text("Not a bill; screening skips this file.\n")
    (root / ".hidden.txt").write_text("qualified immunity is not a defense\n")
    return root


def expected_line(path: str) -> dict:
    """What a screening line must say about ``path``, computed in this process."""
    document = load_document(path)
    if not is_relevant(document.text):
        return {"path": path, "relevant": False, "groups": None, "criteria": None}
    card = scorecard_to_dict(evaluate(document))
    return {"path": path, "relevant": True, "groups": card["groups"], "criteria": card["criteria"]}


def parse_lines(output: bytes) -> list[dict]:
    """One JSON object per line; every line must parse."""
    return [json.loads(line) for line in output.decode("utf-8").splitlines()]


def assert_matches_engine(lines: list[dict], paths: list[str]) -> None:
    """Each line agrees with is_relevant/evaluate run here, in path order."""
    assert [line["path"] for line in lines] == paths
    for line in lines:
        want = expected_line(line["path"])
        for key, value in want.items():
            assert line[key] == value, (line["path"], key)
        assert "error" not in line


# ---------------------------------------------------------------------------
# the command


def test_screen_with_two_jobs_matches_the_engine(corpus: Path) -> None:
    completed = run_endqi("screen", corpus, "--jobs", "2")
    assert completed.returncode == 0, completed.stderr
    assert completed.stderr == b""
    lines = parse_lines(completed.stdout)
    paths = find_documents([str(corpus)])
    assert len(paths) == 8
    assert_matches_engine(lines, paths)
    relevant = {Path(line["path"]).name for line in lines if line["relevant"]}
    assert {"HB100.txt", "HB101.txt", "HB102.txt", "SB7.html"} <= relevant
    assert not any("README" in line["path"] or ".hidden" in line["path"] for line in lines)


def test_jobs_one_and_two_give_identical_output(corpus: Path) -> None:
    serial = run_endqi("screen", corpus, "--jobs", "1")
    parallel = run_endqi("screen", corpus, "--jobs", "2")
    assert serial.returncode == parallel.returncode == 0
    assert serial.stdout == parallel.stdout


def test_explicit_files_and_state(corpus: Path) -> None:
    first = corpus / "house" / "HB100.txt"
    second = corpus / "house" / "HB200-sales-tax.txt"
    completed = run_endqi("screen", first, second, "--state", "mo", "--jobs", "2")
    assert completed.returncode == 0, completed.stderr
    lines = parse_lines(completed.stdout)
    assert [line["path"] for line in lines] == [str(first), str(second)]
    want = scorecard_to_dict(evaluate(load_document(str(first)), state="MO"))
    assert lines[0]["criteria"] == want["criteria"]
    assert lines[0]["state"] == "MO"


def test_unreadable_documents_get_an_error_line_and_exit_1(corpus: Path, tmp_path: Path) -> None:
    (corpus / "house" / "HB300-empty.txt").write_bytes(b"")
    (corpus / "house" / "HB301-dangling.txt").symlink_to(tmp_path / "gone.txt")
    (corpus / "house" / "HB302-big.txt").write_text(
        printed(IRRELEVANT_BODIES["fishing"] * 40, 302, "Too big for the limit below.")
    )
    output = tmp_path / "screen.jsonl"
    completed = run_endqi("screen", corpus, "--jobs", "2", "--output", output, "--max-bytes", "4K")
    assert completed.returncode == 1
    assert completed.stdout == b""
    stderr = completed.stderr.decode().splitlines()
    assert len(stderr) == 1 and stderr[0].startswith("endqi: error: 3 of 11 documents")
    lines = parse_lines(output.read_bytes())
    assert len(lines) == 11, "every document gets its line, failed ones included"
    failed = {Path(line["path"]).name: line for line in lines if "error" in line}
    assert set(failed) == {"HB300-empty.txt", "HB301-dangling.txt", "HB302-big.txt"}
    for line in failed.values():
        assert line["relevant"] is None and line["groups"] is None and line["criteria"] is None
        assert isinstance(line["error"], str) and "\n" not in line["error"] and line["error"]
    good = [line for line in lines if "error" not in line]
    assert_matches_engine(good, [line["path"] for line in good])


@pytest.mark.parametrize("target", ["missing-dir", "empty-dir"])
def test_nothing_to_screen_is_one_error_line_and_no_output(tmp_path: Path, target: str) -> None:
    (tmp_path / "empty-dir").mkdir()
    (tmp_path / "empty-dir" / "notes.md").write_text("no bills here")
    output = tmp_path / "out.jsonl"
    completed = run_endqi("screen", tmp_path / target, "--output", output)
    assert completed.returncode == 1
    lines = completed.stderr.decode().splitlines()
    assert len(lines) == 1 and lines[0].startswith("endqi: error: ")
    assert b"Traceback" not in completed.stderr
    assert not output.exists()
    assert not any(name.startswith(".endqi-") for name in os.listdir(tmp_path))


def test_screen_on_a_dask_cluster(corpus: Path) -> None:
    """The same job on an existing distributed cluster, reached by its address."""
    from distributed import LocalCluster

    with LocalCluster(
        n_workers=1,
        threads_per_worker=2,
        processes=False,
        protocol="tcp",
        host="127.0.0.1",
        dashboard_address=None,
    ) as cluster:
        completed = run_endqi("screen", corpus, "--scheduler", cluster.scheduler_address)
    failed = [line for line in completed.stdout.decode().splitlines() if '"error"' in line]
    assert completed.returncode == 0, (completed.stderr.decode(), failed)
    lines = parse_lines(completed.stdout)
    assert_matches_engine(lines, find_documents([str(corpus)]))
    assert completed.stdout == run_endqi("screen", corpus, "--jobs", "1").stdout


def test_screen_with_a_local_dask_cluster_started_by_the_command(corpus: Path) -> None:
    completed = run_endqi("screen", corpus, "--scheduler", "local", "--jobs", "1")
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout == run_endqi("screen", corpus, "--jobs", "1").stdout


def test_unreachable_scheduler_is_one_error_line(corpus: Path) -> None:
    completed = run_endqi(
        "screen",
        corpus,
        "--scheduler",
        "tcp://127.0.0.1:9",
        env={"DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "1s"},
    )
    assert completed.returncode == 1
    lines = completed.stderr.decode().splitlines()
    assert len(lines) == 1 and lines[0].startswith("endqi: error: ")
    assert completed.stdout == b""


# ---------------------------------------------------------------------------
# building blocks


def test_find_documents_recurses_filters_and_keeps_explicit_files(corpus: Path) -> None:
    found = find_documents([str(corpus)])
    assert all(Path(path).suffix in {".txt", ".htm", ".html"} for path in found)
    assert find_documents([str(corpus)]) == found  # the same order every run
    explicit = find_documents([str(corpus / "README.md"), str(corpus)])
    assert explicit[0].endswith("README.md") and len(explicit) == len(found) + 1
    assert find_documents([str(corpus), str(corpus)]) == found
    with pytest.raises(FileNotFoundError):
        find_documents([str(corpus / "nope")])


@pytest.mark.parametrize("count,workers", [(1, 2), (7, 2), (3000, 2), (100, 16), (65, 1)])
def test_make_batches_keeps_order_and_bounds_batch_size(count: int, workers: int) -> None:
    paths = [f"bill{i}.txt" for i in range(count)]
    batches = make_batches(paths, workers)
    assert [path for batch in batches for path in batch] == paths
    assert all(0 < len(batch) <= MAX_BATCH_SIZE for batch in batches)
    assert len(batches) >= min(count, workers)
    assert make_batches([], workers) == []


def test_screen_path_of_a_relevant_bill_matches_evaluate(corpus: Path) -> None:
    path = str(corpus / "house" / "HB100.txt")
    line = screen_path(path, OPTIONS)
    assert line["relevant"] is True
    assert line["criteria"] == scorecard_to_dict(evaluate(load_document(path)))["criteria"]


@pytest.mark.parametrize(
    "text",
    [
        # A claim against "public servants" "under color of authority", barred defenses named
        # by their elements: none of the doctrine's own words.
        "Section 2. Every public servant who, under color of authority, deprives a person of a "
        "right guaranteed by the Bill of Rights shall be liable to the injured person. Section 3. "
        "A public servant shall not be exempt from liability by reason of having acted in good "
        "faith.",
        # "may sue the officer for damages", with the defense worded as a test.
        "Sec. 3. An individual whose rights under the state constitution are violated by a "
        "sheriff's deputy may sue the deputy's employer and the officer for damages.",
    ],
)
def test_bills_about_suing_officers_in_other_words_are_screened_in(
    tmp_path: Path, text: str
) -> None:
    """Screening drops what the relevance test rejects, so it must not reject these."""
    path = tmp_path / "bill.txt"
    path.write_text(text, encoding="utf-8")
    result = screen_path(str(path), OPTIONS)
    assert result["relevant"] is True
    assert result["criteria"] == scorecard_to_dict(evaluate(load_document(str(path))))["criteria"]


@pytest.mark.parametrize(
    "name", ["HB1.txt", 'odd "quoted" name\\.txt', "na\u00efve \u00e9t\u00e9.txt", "tab\there.txt"]
)
def test_a_not_relevant_line_is_the_json_of_its_result(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text("The fee for a fishing permit is twelve dollars.\n", encoding="utf-8")
    result = screen_path(str(path), OPTIONS)
    assert result["relevant"] is False
    expected = json.dumps(result, ensure_ascii=False, separators=(",", ":"))
    assert not_relevant_line(str(path)) == expected
    assert screen_batch([str(path)], OPTIONS) == [expected]


# ---------------------------------------------------------------------------
# the byte-level gate never hides a relevant bill


def relevance_phrases() -> list[str]:
    """Every phrase the relevance test looks for."""
    phrases: list[str] = []
    for value in vars(relevance).values():
        if isinstance(value, tuple) and value and all(isinstance(v, str) for v in value):
            phrases.extend(value)
    return phrases


def _print_shapes(phrase: str) -> list[bytes]:
    """The phrase as prints show it: capitals, wrapped lines, page breaks, entities."""
    words = phrase.split(" ")
    shapes = [phrase, phrase.upper(), phrase.replace(" ", "\u00a0"), phrase.replace(" ", "&nbsp;")]
    for cut in range(1, len(words)):
        first, rest = " ".join(words[:cut]), " ".join(words[cut:])
        shapes.append(f"12  whenever {first}\n13  {rest} applies")
        shapes.append(
            f"40  whenever {first}\n\nHB 7 draft\n- 3 -\n\f\nHB 7 draft\n\n41  {rest} applies"
        )
    return [shape.encode("utf-8") for shape in shapes]


@pytest.mark.parametrize("phrase", relevance_phrases())
@pytest.mark.parametrize("use_hyperscan", [True, False], ids=["hyperscan", "re"])
def test_every_phrase_is_found_in_every_print_shape(phrase: str, use_hyperscan: bool) -> None:
    scanner = gate.Scanner(use_hyperscan=use_hyperscan)
    assert (scanner.database is not None) == use_hyperscan
    for shape in _print_shapes(phrase):
        assert scanner.scan(shape) & {gate.STRONG, gate.LIABILITY, gate.OFFICER}, shape


@pytest.mark.parametrize("phrase", relevance_phrases())
def test_phrases_wrapped_across_numbered_lines_are_not_rejected(phrase: str) -> None:
    officer = "a peace officer employed by a political subdivision of this state"
    words = phrase.split(" ")
    for cut in range(1, max(2, len(words))):
        first, rest = " ".join(words[:cut]), " ".join(words[cut:])
        text = f" 1  Section 2. Whenever {officer} acts, {first}\n 2  {rest} applies.\n"
        data = text.upper().encode()
        if is_relevant(load_bytes(data, filename="bill.txt").text):
            assert not cannot_be_relevant(data, ".txt"), text
            assert not cannot_be_relevant(b"<p>" + data + b"</p>", ".html"), text


FILLER_WORDS = (
    "the state department shall section fee tax school any person who under this of law "
    "rights action civil officer public employee liable immunity defense color depriv "
    "clearly established good faith qualified peace entity indemnify ation ed - 12 3"
)
FILLER = st.sampled_from(FILLER_WORDS.split(" "))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    words=st.lists(st.one_of(FILLER, st.sampled_from(relevance_phrases())), max_size=40),
    width=st.integers(min_value=8, max_value=70),
    upper=st.booleans(),
    page_length=st.integers(min_value=0, max_value=6),
)
def test_gate_is_exact_on_generated_bills(
    words: list[str], width: int, upper: bool, page_length: int
) -> None:
    body = " ".join(words) or "section"
    lines = textwrap.wrap(body, width, break_on_hyphens=False) or [body]
    numbered = [f"{n:>3}  {line}" for n, line in enumerate(lines, start=1)]
    if page_length:
        # Pages with a running head and a page-number footer, as printed bills have.
        pages = [numbered[i : i + page_length] for i in range(0, len(numbered), page_length)]
        numbered = [
            "\n".join(["SB 12 -- state of the art", "", *page, "", f"- {index} -"])
            for index, page in enumerate(pages, start=1)
        ]
        text = "\n\f".join(numbered) + "\n"
    else:
        text = "\n".join(numbered) + "\n"
    data = (text.upper() if upper else text).encode()
    if cannot_be_relevant(data, ".txt"):
        try:
            document = load_bytes(data, filename="bill.txt")
        except DocumentError:
            return  # nothing but furniture: the full path refuses it, so finds nothing either
        assert not is_relevant(document.text), text


def test_gate_defers_on_what_cleaning_could_change() -> None:
    plain = b"No qualified immu-\nnity for officers.\n"
    assert not cannot_be_relevant(plain, ".txt")  # line-end hyphen: cleaning joins it
    assert not cannot_be_relevant("qualified immu\u00adnity".encode(), ".txt")  # soft hyphen
    assert not cannot_be_relevant(b"\xff\xfei\x00m\x00", ".txt")  # UTF-16
    assert not cannot_be_relevant(b"<p>qualified immu<b></b>nity</p>", ".html")  # tag inside a word
    assert not cannot_be_relevant("qualified immu\u200bnity".encode(), ".txt")  # zero width
    # a word split where a ligature glyph stood, across a numbered line break: cleaning joins it
    # ("quali fied"), so the gate steps aside (a case Hypothesis found in CI)
    assert not cannot_be_relevant(
        b"  1  departme\n  2  nt quali\n  3  fied\n  4  immunity\n", ".txt"
    )
    assert not cannot_be_relevant(b"qualified immu\x01nity", ".txt")  # dropped control
    # OCR's "rn" for "m", which cleaning mends into a relevance word
    for scanned in (
        b"A public ernployee is liable for the loss.\n",
        b"The officer owes darnages.\n",
    ):
        assert is_relevant(load_bytes(scanned, filename="bill.txt").text), scanned
        assert not cannot_be_relevant(scanned, ".txt"), scanned
    assert not cannot_be_relevant(b"<p>qualified immu&#8203;nity</p>", ".html")
    # The words of a phrase far apart are not the phrase.
    assert cannot_be_relevant(b"It is clearly stated. Once established, it stays.", ".txt")
    assert cannot_be_relevant(b"The board established a fund for schools.", ".txt")
    assert cannot_be_relevant(b"The contractor is liable for the cost of the roof.", ".txt")
    assert not cannot_be_relevant(b"%PDF-1.7 anything", ".pdf")
    assert not cannot_be_relevant(b"", ".txt")
    assert cannot_be_relevant(b"The fee for a fishing permit is twelve dollars.\n", ".txt")
    # A hyphen that no word precedes joins nothing ("---" rules of Markdown, "- 2 -" footers).
    assert cannot_be_relevant(b"---\ncongress: 116th\n---\nA bill about roads.\n- 2 -\n", ".txt")
    # A hyphen before an amendment mark, or before a tag in HTML, still ends a line.
    assert not cannot_be_relevant(b"No qualified immu- <--\nnity for officers.\n", ".txt")
    assert not cannot_be_relevant(b"<p>No qualified immu-<br>nity for officers.</p>", ".html")
    # JSON is the loader's to read or refuse.
    assert not cannot_be_relevant(b'{"status": "OK", "text": {"doc": "cXVh"}}', ".txt")


@settings(max_examples=100, deadline=None)
@given(
    words=st.lists(
        st.one_of(
            FILLER,
            st.sampled_from(relevance_phrases()),
            st.sampled_from(["-\n", "\xad", "\f", "\n\n", "\u00a0"]),
        ),
        max_size=40,
    ),
    upper=st.booleans(),
)
def test_hyperscan_and_plain_scans_find_the_same(words: list[str], upper: bool) -> None:
    """The one-pass Hyperscan gate and the plain :mod:`re` fallback agree exactly."""
    fast = gate.Scanner()
    plain = gate.Scanner(use_hyperscan=False)
    assert fast.database is not None  # hyperscan is a dependency; the fast path is tested
    text = " ".join(words)
    data = (text.upper() if upper else text).encode("utf-8")
    assert fast.scan(data) == plain.scan(data)


def test_compiled_gate_is_cached_and_a_broken_cache_is_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ENDQI_GATE_CACHE_DIR", str(tmp_path))
    first = gate.Scanner()
    (cached,) = tmp_path.glob("gate-*.hsdb")
    (second_pass,) = tmp_path.glob("gate2-*.hsdb")  # the phrases that open with a short word
    size = cached.stat().st_size
    assert size > 0 and second_pass.stat().st_size > 0
    assert gate.Scanner().scan(b"no qualified immunity") == first.scan(b"no qualified immunity")
    cached.write_bytes(b"not a database")
    rebuilt = gate.Scanner()
    assert rebuilt.scan(b"qualified  immunity") >= {gate.STRONG}
    assert cached.stat().st_size == size
