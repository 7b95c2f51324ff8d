"""``endqi evaluate`` and ``endqi screen``: the evaluator on the command line, no database.

Exit codes: 0 success; 2 usage error (argparse); 1 input that cannot be
evaluated, reported as exactly one ``endqi: error: ...`` line on stderr and no
traceback. Output files are written to a temporary file beside the target and
renamed into place only when complete, so a failed run never leaves a partial
file.

Start-up stays light: this module imports only the standard library and the
pure core; Django never loads, PDF libraries load when a PDF is opened and
Dask when ``--scheduler`` is given.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import IO, TYPE_CHECKING, NoReturn

from endqi.files import DEFAULT_MAX_BYTES, STDIN_PATH, read_stdin_limited

if TYPE_CHECKING:
    from endqi.documents import Document

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
DEBUG_ENVIRONMENT_VARIABLE = "ENDQI_DEBUG"  # set to 1 to see tracebacks of internal errors

_SIZE_PATTERN = re.compile(r"(?i)^\s*(\d+)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?\s*$")
_SIZE_UNITS = {"": 1, "b": 1, "k": 1024, "m": 1024**2, "g": 1024**3}


class CommandError(Exception):
    """Input that cannot be processed; the message is the one line the user sees."""


def parse_size(text: str) -> int:
    """Parse ``--max-bytes``: a positive byte count, optionally with K, M or G (powers of 1024)."""
    match = _SIZE_PATTERN.match(text)
    if not match:
        raise argparse.ArgumentTypeError(
            f"invalid size {text!r}: give a number of bytes, e.g. 5000000 or 5M"
        )
    unit = (match.group(2) or "").lower()[:1]
    size = int(match.group(1)) * _SIZE_UNITS[unit]
    if size <= 0:
        raise argparse.ArgumentTypeError("the size limit must be at least 1 byte")
    return size


def parse_state(text: str) -> str:
    """Parse ``--state``: a US state or DC postal abbreviation, returned upper case."""
    abbr = text.strip().upper()
    if not re.fullmatch(r"[A-Z]{2}", abbr):
        raise argparse.ArgumentTypeError(f"invalid state {text!r}: give a postal code such as MO")
    # The list of valid states lives in one module; load it only when --state is used.
    from endqi.states import STATES_BY_ABBR

    if abbr not in STATES_BY_ABBR:
        raise argparse.ArgumentTypeError(f"unknown state {text!r}: give a postal code such as MO")
    return abbr


def parse_jobs(text: str) -> int:
    """Parse ``--jobs``: a positive number of worker processes."""
    try:
        jobs = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid number of jobs {text!r}") from None
    if jobs < 1:
        raise argparse.ArgumentTypeError("--jobs must be at least 1")
    return jobs


def default_jobs() -> int:
    """The CPU cores this process may use."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


SCREEN_EPILOG = """\
output: one JSON object per line, in path order:
  relevant bill:     {"path", "relevant": true, "sha256", "state", "groups": [...],
                      "criteria": [...]}  (groups and criteria as in evaluate --format json)
  not relevant:      {"path", "relevant": false, "groups": null, "criteria": null}
  unreadable input:  {"path", "relevant": null, "groups": null, "criteria": null,
                      "error": "why"}
"relevant" means the bill creates or changes the civil liability or immunity of
public officers; only relevant bills are fully evaluated.

exit status: 0 when every document was screened; 1 when one or more could not be
read (their lines carry "error", every other line is complete, and one summary
line goes to stderr) or when nothing could be screened at all; 2 for usage errors.

--scheduler takes a Dask scheduler address (tcp://host:8786) or "local" to start
a local Dask cluster of --jobs workers. Workers open the files by path, so the
paths must be readable from every worker (e.g. a shared file system). Dask's own
configuration applies, e.g. DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT=5s to give up
sooner on an unreachable scheduler.
"""

EVALUATE_EPILOG = """\
exit status: 0 on success; 1 when the input cannot be evaluated (missing, empty,
not a bill document, corrupt or encrypted PDF, no text layer, over the size
limit, or over the budget of one evaluation: ENDQI_EVALUATION_SECONDS, default
10 s, and ENDQI_EVALUATION_MEMORY_MB, default 1024), with one "endqi: error:"
line on stderr; 2 for usage errors.
"""


EVALUATE_SUMMARY = "score one bill against the rubric, with the quoted evidence"
SCREEN_SUMMARY = "screen many bills, one JSON line each"


def evaluator_command_summaries() -> list[tuple[str, str]]:
    """(name, one-line summary) of the evaluator's commands, for ``endqi --help``."""
    return [("evaluate", EVALUATE_SUMMARY), ("screen", SCREEN_SUMMARY)]


class HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """argparse's formatter for descriptions written with their own line breaks, told the
    terminal's width up front.

    argparse makes a formatter for every option it adds (to check the option's metavar), and
    a formatter left to find the width itself imports :mod:`shutil`, which brings in the bz2,
    lzma and fnmatch modules: 3 ms of every ``endqi evaluate``, for a width that only
    ``--help`` and usage errors print with.
    """

    def __init__(
        self,
        prog: str,
        indent_increment: int = 2,
        max_help_position: int = 24,
        width: int | None = None,
    ) -> None:
        if width is None:
            width = terminal_columns() - 2  # the margin argparse's own formatter leaves
        super().__init__(prog, indent_increment, max_help_position, width)


def terminal_columns() -> int:
    """The terminal's width in columns as :func:`shutil.get_terminal_size` tells it: the
    ``COLUMNS`` variable when it is a positive number, else the width of the terminal behind
    standard output, else 80."""
    try:
        columns = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns if columns > 0 else 80


def evaluate_parser() -> argparse.ArgumentParser:
    """The options of ``endqi evaluate``."""
    from endqi.report_formats import OUTPUT_FORMATS

    evaluate = argparse.ArgumentParser(
        prog="endqi evaluate",
        description="Score one bill (.txt, .html or .pdf) against the rubric, with evidence,\n"
        "and list what it still needs, with the model language for each unmet criterion.",
        epilog=EVALUATE_EPILOG,
        formatter_class=HelpFormatter,
    )
    evaluate.add_argument("path", metavar="PATH|-", help="the bill file, or - to read stdin")
    evaluate.add_argument(
        "--format",
        choices=OUTPUT_FORMATS,
        default="text",
        help="text (default): readable scorecard and gap list; json: machine-readable; "
        "html: standalone page with the evidence highlighted in the bill text",
    )
    evaluate.add_argument(
        "--gaps",
        action="store_true",
        help="print only the gap list: each criterion the bill does not fully meet, what it "
        "needs and the model language that would meet it",
    )
    _add_common_options(evaluate)
    return evaluate


def screen_parser() -> argparse.ArgumentParser:
    """The options of ``endqi screen``."""
    screen = argparse.ArgumentParser(
        prog="endqi screen",
        description="Screen many bills: find those about civil liability and immunity of\n"
        "public officers and evaluate them. Directories are searched recursively for\n"
        ".txt, .htm, .html, .xml and .pdf files.",
        epilog=SCREEN_EPILOG,
        formatter_class=HelpFormatter,
    )
    screen.add_argument("paths", nargs="+", metavar="DIR|FILE", help="directories or files")
    screen.add_argument(
        "--jobs",
        type=parse_jobs,
        default=None,
        help="worker processes (default: the number of CPU cores)",
    )
    screen.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help='run on a Dask distributed cluster at ADDRESS, or "local" for a local one',
    )
    _add_common_options(screen)
    return screen


PARSERS = {"evaluate": evaluate_parser, "screen": screen_parser}


def command_parser(name: str) -> argparse.ArgumentParser:
    """The parser of one evaluator command; a usage error prints that command's usage."""
    return PARSERS[name]()


def _add_common_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--state",
        type=parse_state,
        metavar="XX",
        help="the state whose existing law the bill amends (e.g. MO)",
    )
    parser.add_argument(
        "--max-bytes",
        type=parse_size,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help="refuse inputs larger than N bytes (K/M/G suffixes allowed; default 50M)",
    )
    parser.add_argument(
        "--output", "-o", metavar="FILE", help="write to FILE instead of standard output"
    )


def run_pure_command(argv: Sequence[str]) -> int:
    """Run ``endqi evaluate ...`` or ``endqi screen ...``; returns the exit code."""
    command, *rest = argv
    # Before the evaluator is imported: its dataclasses' methods come compiled from the cache.
    from endqi import dataclass_cache

    dataclass_cache.install()
    # Start-up imports build hundreds of thousands of objects and no garbage, so the
    # collector only costs time while they run (about a tenth of the imports' time): it is
    # off until they are done, and what they built is frozen out of later collections.
    gc.disable()
    args = command_parser(command).parse_args(rest)
    if command == "evaluate":
        # Only the budget: the evaluator is imported by the child that evaluates (see
        # _evaluate_report), into pages of its own. Imported here, it would sit in pages the
        # child shares copy-on-write, and the child's every touch of an object (a reference
        # count) would copy its page: about 12 ms of a 300-page bill's 180 ms.
        import endqi.budget  # noqa: F401 - imported here, before the collector is back on
    gc.freeze()
    gc.enable()
    try:
        if command == "evaluate":
            return run_evaluate(args)
        return run_screen(args)
    except CommandError as error:
        return report_error(str(error))
    except KeyboardInterrupt:
        return report_error("interrupted", code=130)
    except BrokenPipeError:
        # The reader (e.g. `| head`) went away; that is not our failure.
        _silence_stdout()
        return EXIT_OK
    except Exception as error:
        # A bug in endqi, not bad input: still one line, with a way to see the details.
        if os.environ.get(DEBUG_ENVIRONMENT_VARIABLE):
            raise
        return report_error(
            f"internal error ({type(error).__name__}: {error}); "
            f"run again with {DEBUG_ENVIRONMENT_VARIABLE}=1 for details"
        )


def leave_now(code: int) -> NoReturn:
    """End this process with ``code`` once exit handlers have run and output is flushed.

    Python's own exit would then tear down every module and object the evaluator built
    (about 10 ms after evaluating a long bill) for a process that is ending anyway with
    its output written. Only ``endqi evaluate`` run as the console script leaves this
    way; a program that calls ``main()`` keeps its interpreter.
    """
    import atexit

    atexit._run_exitfuncs()  # the pattern and dataclass caches are saved here
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()  # a reader that went away (`| head`) gets nothing more
    os._exit(code)


def report_error(message: str, *, code: int = EXIT_FAILED) -> int:
    """Print exactly one ``endqi: error:`` line on stderr and return ``code``."""
    line = " ".join(message.split())
    sys.stderr.write(f"endqi: error: {line}\n")
    sys.stderr.flush()
    return code


def _silence_stdout() -> None:
    # Python flushes stdout at exit; point it at /dev/null so that flush cannot fail again.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


# ---------------------------------------------------------------------------
# evaluate


def run_evaluate(args: argparse.Namespace) -> int:
    """Load one bill, evaluate it and write the report in the requested format."""
    from endqi.budget import OverBudget, run_in_two_stages

    # Standard input is read here, before the forks, so no child waits on it.
    data = read_stdin_limited(args.max_bytes) if args.path == STDIN_PATH else None
    try:
        # One child reads and cleans the bill while the other imports the evaluator; the
        # bill then goes to the second, which scores and renders it.
        report = run_in_two_stages(_prepare_evaluator, _load_bill, _evaluate_report, args, data)
    except OverBudget as error:
        raise CommandError(_describe(args.path, error)) from None
    write_output([report], args.output)
    return EXIT_OK


def _prepare_evaluator() -> None:
    """Import the evaluator and the report writers, and evaluate the model bill once (run in
    the second child, while the first reads the bill).

    The model bill reaches every criterion's rules, so the patterns and classes the evaluator
    builds on first use are built here, off the path that waits for the bill. The imports
    build many objects and no garbage: the collector stays off while they run (as the
    parent's own imports do in run_pure_command)."""
    with _collector_off():
        from endqi.analysis import evaluate
        from endqi.documents import load_document  # noqa: F401 - the bill arrives as a Document
        from endqi.reports import render  # noqa: F401 - used by _evaluate_report
        from endqi.rubric import model_policy_text
    evaluate(model_policy_text())


@contextlib.contextmanager
def _collector_off() -> Iterator[None]:
    """The garbage collector off for imports that build many objects and no garbage (on again
    after, if it was on)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def _load_bill(args: argparse.Namespace, data: bytes | None) -> Document:
    """Read and clean the bill (run in the first child).

    A document that cannot be read ends in a :class:`CommandError` naming it: the parent
    never imports the document reader, not even for its exception class."""
    with _collector_off():
        from endqi.documents import DocumentError, load_bytes, load_document
    try:
        if data is not None:  # standard input, read before the fork
            return load_bytes(data, filename=STDIN_PATH, max_bytes=args.max_bytes)
        return load_document(args.path, max_bytes=args.max_bytes)
    except DocumentError as error:
        raise CommandError(_describe(args.path, error)) from None


def _evaluate_report(document: Document, args: argparse.Namespace, data: bytes | None) -> str:
    """Evaluate the loaded bill and render the report (run in the second child)."""
    from endqi.analysis import evaluate
    from endqi.documents import DocumentError
    from endqi.reports import render

    try:
        scorecard = evaluate(document, state=args.state)
        return render(scorecard, document, args.path, args.format, gaps_only=args.gaps)
    except DocumentError as error:
        raise CommandError(_describe(args.path, error)) from None


def _describe(path: str, error: Exception) -> str:
    message = " ".join(str(error).split()) or "it cannot be read as a bill"
    name = "standard input" if path == STDIN_PATH else path
    return message if name in message else f"{name}: {message}"


# ---------------------------------------------------------------------------
# screen


def run_screen(args: argparse.Namespace) -> int:
    """Screen every document under the given paths and write one JSON line each."""
    from endqi.screening import SchedulerUnavailable, ScreenOptions, find_documents, screen

    try:
        paths = find_documents(args.paths)
    except FileNotFoundError as error:
        raise CommandError(f"{error.args[0]}: no such file or directory") from None
    if not paths:
        raise CommandError(
            "no .txt, .htm, .html, .xml or .pdf documents found in " + ", ".join(args.paths)
        )
    jobs = args.jobs or default_jobs()
    options = ScreenOptions(max_bytes=args.max_bytes, state=args.state)
    counter = _FailureCounter()
    lines = screen(paths, options, jobs=jobs, scheduler=args.scheduler)
    try:
        write_output(counter.watch(line + "\n" for line in lines), args.output)
    except SchedulerUnavailable as error:
        raise CommandError(str(error)) from None
    if counter.failed:
        return report_error(
            f"{counter.failed} of {len(paths)} documents could not be screened; "
            'their lines carry an "error" key'
        )
    return EXIT_OK


class _FailureCounter:
    """Counts result lines that report an error, as they stream past."""

    def __init__(self) -> None:
        self.failed = 0

    def watch(self, lines: Iterable[str]) -> Iterable[str]:
        for line in lines:
            # Only error lines have a null "relevant" (quotes inside strings are
            # escaped, so this cannot match text); cheaper than parsing JSON.
            if '"relevant":null' in line:
                self.failed += 1
            yield line


# ---------------------------------------------------------------------------
# output


def write_output(chunks: Iterable[str], output: str | None) -> None:
    """Write text chunks (UTF-8) to ``output``, or to stdout when it is None or ``-``.

    A file is written beside its destination under a temporary name and renamed
    into place only after the last chunk, so readers never see a partial file
    and a failure leaves the old file (if any) untouched.
    """
    if output is None or output == STDIN_PATH:
        stream = sys.stdout.buffer
        for chunk in chunks:
            stream.write(chunk.encode("utf-8"))
        stream.flush()
        return
    import tempfile

    directory = os.path.dirname(os.path.abspath(output))
    try:
        handle: IO[bytes] = tempfile.NamedTemporaryFile(  # noqa: SIM115 - renamed below
            mode="wb", dir=directory, prefix=".endqi-", suffix=".tmp", delete=False
        )
    except OSError as error:
        raise CommandError(f"cannot write {output}: {error.strerror or error}") from None
    try:
        with handle:
            for chunk in chunks:
                handle.write(chunk.encode("utf-8"))
        os.chmod(handle.name, 0o666 & ~_umask())
        os.replace(handle.name, output)
    except OSError as error:
        _remove_quietly(handle.name)
        raise CommandError(f"cannot write {output}: {error.strerror or error}") from None
    except BaseException:
        _remove_quietly(handle.name)
        raise


def _umask() -> int:
    # There is no way to read the umask without setting it.
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _remove_quietly(path: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)
