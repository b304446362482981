"""Command line: argument parsing, exit codes, progress. No logic lives here.

Exit codes: 0 clean, 1 findings (or, with --strict, diagnostics) at or above the threshold,
2 error (one line on stderr naming the file and the fix, never a traceback).

Only the standard library is imported at start-up (``checker --help`` must be fast); the
pipeline and its dependencies are imported when a command runs.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

from checker import __version__
from checker.config import DEFAULTS, ENGINES, FAIL_ON, FORMATS, LANGS, in_ci
from checker.errors import CheckerError, internal_error
from checker.limits import DEFAULT, MIB, Limits

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
_PATHS_HELP = "files or directories (.txt .md .json .jsonl); `-` reads one article from standard input"


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH", help=_PATHS_HELP)
    p.add_argument("--lang", choices=LANGS, help="force the language of every article (default: detected)")
    p.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    p.add_argument("-v", "--verbose", action="count", default=0, help="print each diagnostic too")
    p.add_argument(
        "--max-file-mb",
        type=float,
        default=DEFAULT.max_file_bytes / MIB,
        help="skip (W116) an input file larger than this many MiB",
    )
    p.add_argument(
        "--article-seconds",
        type=float,
        default=DEFAULT.article_seconds,
        help="CPU seconds per article, plus 20 per MB of text, before it is stopped (W118); 0 turns the budget off",
    )


def _limits(args: argparse.Namespace) -> Limits:
    if args.max_file_mb <= 0 or args.article_seconds < 0:
        raise CheckerError(
            "E008", "a limit must be positive", None, "give --max-file-mb > 0, --article-seconds >= 0"
        )
    return Limits(max_file_bytes=int(args.max_file_mb * MIB), article_seconds=args.article_seconds)


def _check_options(k: argparse.ArgumentParser) -> None:
    k.add_argument(
        "--config",
        metavar="FILE",
        help="config file (default: the nearest checker.toml or "
        "pyproject.toml with [tool.checker], from the current directory up)",
    )
    k.add_argument(
        "--select",
        action="append",
        metavar="CODE",
        help="report only these codes or prefixes (repeatable, comma-separated; default: all)",
    )
    k.add_argument(
        "--ignore",
        action="append",
        metavar="CODE",
        help="leave out these codes or prefixes (repeatable, comma-separated; default: none)",
    )
    k.add_argument(
        "--severity",
        action="append",
        metavar="CODE=LEVEL",
        help="override one code's severity: error, warning or info (repeatable)",
    )
    k.add_argument(
        "--rules",
        action="append",
        metavar="DIR",
        help="overlay a directory of rules "
        "(people, outlets, roles, places; same layout and schemas as rules/; repeatable)",
    )
    k.add_argument(
        "--strict", action="store_true", default=None, help="exit 1 when any article has a diagnostic"
    )
    k.add_argument(
        "--jobs",
        "-j",
        type=int,
        metavar="N",
        help="extract on N processes (default: the cores; the output is the same for any N)",
    )
    k.add_argument(
        "--engine",
        choices=ENGINES,
        help="where extraction runs: local processes, or a dask.distributed cluster "
        "(needs `pip install 'checker[dask]'`; default: local)",
    )
    k.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="with --engine dask: a running scheduler, e.g. tcp://10.0.0.5:8786 (default: a LocalCluster of --jobs workers)",
    )


class _Help(argparse.HelpFormatter):
    """Shows every default: ``(default: X)`` unless the help already says it or there is none."""

    def _get_help_string(self, action: argparse.Action) -> str:
        text = action.help or ""
        if (
            "default" in text
            or action.default in (None, False, argparse.SUPPRESS)
            or not action.option_strings
        ):
            return text
        return f"{text} (default: %(default)s)"


def build_parser() -> argparse.ArgumentParser:
    fmt = _Help
    p = argparse.ArgumentParser(
        prog="checker", description="Compare news sources and check their facts.", formatter_class=fmt
    )
    p.add_argument("--version", action="version", version=f"checker {__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    c = sub.add_parser("claims", help="extract the checkable claims of each article", formatter_class=fmt)
    _common(c)
    c.add_argument("--format", choices=("json", "jsonl", "table"), default="json")
    c.add_argument("--out", help="write to FILE instead of standard output")
    c.add_argument("--strict", action="store_true", help="exit 1 when any article has a diagnostic")
    c.add_argument("--jobs", "-j", type=int, metavar="N", help="extract on N processes (default: the cores)")

    k = sub.add_parser("check", help="align claims across sources and report findings", formatter_class=fmt)
    _common(k)
    k.add_argument("--out", metavar="DIR", help=f"directory for the reports (default: {DEFAULTS.out})")
    k.add_argument(
        "--format",
        action="append",
        choices=FORMATS,
        metavar="FORMAT",
        help=f"what to write, repeatable: {', '.join(FORMATS)} (default: {' '.join(DEFAULTS.formats)})",
    )
    k.add_argument("--html", action="store_true", help="also write report.html (kept for older scripts)")
    k.add_argument(
        "--fail-on", choices=FAIL_ON, help=f"exit 1 at this severity (default: {DEFAULTS.fail_on})"
    )
    k.add_argument("--baseline", metavar="FILE", help="accepted findings: only new ones fail (default: none)")
    k.add_argument(
        "--store",
        metavar="PATH",
        help="a claim store (DuckDB file, made if missing): extract only articles it has not seen, "
        "check them with the stored articles that share a name, office, place, figure or kind of "
        "occasion with them, and judge findings against the store's earlier runs (default: none)",
    )
    k.add_argument(
        "--whole-store",
        action="store_true",
        default=None,
        help="with --store: check every stored article, not only the given ones and their neighbours",
    )
    k.add_argument(
        "--claims-out",
        metavar="FILE",
        help="also write every claim of the run as JSON lines to FILE (default: none)",
    )
    _check_options(k)

    b = sub.add_parser("baseline", help="record the current findings as accepted", formatter_class=fmt)
    _common(b)
    b.add_argument("--out", metavar="FILE", required=True, help="the baseline file to write")
    _check_options(b)

    _store_parser(sub, fmt)

    e = sub.add_parser("explain", help="print the documentation of a code", formatter_class=fmt)
    e.add_argument("code", nargs="?", help="a finding, error or diagnostic code (none: list them all)")
    return p


def _store_parser(sub, fmt) -> None:  # type: ignore[no-untyped-def]
    s = sub.add_parser("store", help="inspect and maintain a claim store", formatter_class=fmt)
    ss = s.add_subparsers(dest="store_command", required=True)
    st = ss.add_parser("stats", help="what the store holds: articles, claims, frames, events, findings, runs")
    st.add_argument("store", metavar="PATH", help="the store (DuckDB file)")
    ad = ss.add_parser(
        "add",
        help="extract and store articles without checking them (fill an archive; "
        "each later check --store checks new articles with their stored neighbours)",
        formatter_class=fmt,
    )
    ad.add_argument("store", metavar="STORE", help="the store (DuckDB file, made if missing)")
    _common(ad)
    ad.add_argument("-j", "--jobs", type=int, help="extraction processes (default: the cores)")
    ad.add_argument(
        "--config",
        metavar="FILE",
        help="config file whose rules and thresholds the checks use (as for check)",
    )
    ad.add_argument(
        "--rules", action="append", metavar="DIR", help="overlay a directory of rules (as for check)"
    )
    ex = ss.add_parser("export", help="write one table as JSON lines", formatter_class=fmt)
    ex.add_argument("store", metavar="PATH", help="the store (DuckDB file)")
    ex.add_argument("table", choices=("claims", "frames", "events", "findings", "articles"))
    ex.add_argument("--out", metavar="FILE", help="write to FILE instead of standard output")
    gc = ss.add_parser(
        "gc", help="drop articles whose file is gone (--missing) and compact the file", formatter_class=fmt
    )
    gc.add_argument("store", metavar="PATH", help="the store (DuckDB file)")
    gc.add_argument(
        "--missing", action="store_true", help="also drop articles whose input file no longer exists"
    )


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    stdin_dir = None
    try:
        if getattr(args, "paths", None) and "-" in args.paths:
            import tempfile

            stdin_dir = tempfile.TemporaryDirectory(prefix="checker-stdin-")
            args.paths = [_stdin_file(Path(stdin_dir.name)) if p == "-" else p for p in args.paths]
        commands = {
            "claims": _claims,
            "check": _check,
            "baseline": _baseline,
            "store": _store,
            "explain": _explain,
        }
        return commands[args.command](args)
    except CheckerError as exc:
        print(f"checker: {_safe(exc.one_line())}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("checker: interrupted", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:  # `checker … | head`: the reader left; stop quietly
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:  # a bug no article explains (those that one does are W120-W122)
        import os

        if os.environ.get("CHECKER_TRACEBACK"):
            raise
        fix = "report this bug; CHECKER_TRACEBACK=1 shows the traceback"
        msg = internal_error(exc, "checking", "no report was written", fix)
        print(f"checker: E010 {msg}", file=sys.stderr)
        return EXIT_ERROR
    finally:
        if stdin_dir is not None:
            stdin_dir.cleanup()


def entry() -> None:
    """The ``checker`` command (and ``python -m checker``): :func:`main`, then leave at once.

    Everything :func:`main` opens is closed before it returns (the report files, the store, the
    worker pools, temporary directories), so the interpreter's teardown, which frees every object
    one by one, only costs time: 0.09 of the 1.0 CPU seconds of a one-article store check. The
    output streams are flushed first; one that cannot be (a closed pipe) is left as it is."""
    import contextlib
    import os

    code = main()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(code)


def _stdin_file(d: Path) -> str:
    """Standard input as one article file (``stdin.txt``, or ``stdin.jsonl`` for JSON lines)."""
    data = sys.stdin.buffer.read()
    name = "stdin.jsonl" if data.lstrip()[:1] == b"{" else "stdin.txt"
    (d / name).write_bytes(data)
    return str(d / name)


def _safe(text: str) -> str:
    """A line for the terminal: no escape sequences or bidi controls from an article."""
    from checker.report.wording import clean

    return clean(text)


def _claims(args: argparse.Namespace) -> int:
    from checker import pipeline
    from checker.engine import Engine, default_jobs
    from checker.report.claims import claims_document, dumps, to_jsonl, to_table

    if args.jobs is not None and args.jobs < 1:
        raise CheckerError("E008", "--jobs must be 1 or more", None, "give --jobs N with N >= 1")
    engine = Engine("local", args.jobs or default_jobs())
    extractions, diagnostics = pipeline.extract_corpus(
        args.paths, lang=args.lang, limits=_limits(args), engine=engine
    )
    doc = claims_document(extractions, diagnostics)
    render = {"json": dumps, "jsonl": to_jsonl, "table": to_table}[args.format]
    _emit(render(doc), args.out)
    # A table on standard output already lists the diagnostics; do not print them twice.
    shown = args.format == "table" and args.out is None
    for d in [] if shown or args.quiet else diagnostics:
        line = f":{d.line}" if d.line else ""
        print(
            f"checker: {d.code} {_safe(d.path or d.article or '')}{line}: {_safe(d.message)}", file=sys.stderr
        )
    return EXIT_FINDINGS if args.strict and diagnostics else EXIT_OK


def _settings(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from checker.config import resolve
    from checker.findings import CATALOGUE

    def split(values: list[str] | None) -> list[str] | None:
        return [c.strip() for v in values for c in v.split(",") if c.strip()] if values else None

    cli = {
        "select": split(args.select),
        "ignore": split(args.ignore),
        "severity": args.severity,
        "rules": args.rules,
        "lang": args.lang,
        "strict": args.strict,
        "jobs": args.jobs,
        "engine": args.engine,
        "scheduler": args.scheduler,
    }
    if args.command == "check":
        cli.update(
            format=args.format,
            fail_on=args.fail_on,
            baseline=args.baseline,
            out=args.out,
            store=args.store,
            whole_store=args.whole_store,
        )
    if args.jobs is not None and args.jobs < 1:
        raise CheckerError("E008", "--jobs must be 1 or more", None, "give --jobs N with N >= 1")
    settings = resolve(cli, args.config, frozenset(CATALOGUE))
    if settings.jobs is None:
        from checker.engine import default_jobs

        settings = dataclasses.replace(settings, jobs=default_jobs())
    if getattr(args, "html", False) and "html" not in settings.formats:
        settings = dataclasses.replace(settings, formats=(*settings.formats, "html"))
    return settings


def _progress(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """A progress bar on stderr, only for a person watching: a terminal, not CI, not --quiet."""
    if args.quiet or in_ci() or not sys.stderr.isatty():
        return None
    try:
        from tqdm import tqdm
    except ImportError:  # the bar is a convenience; tqdm is a declared dependency
        return None
    # No monitor thread: --jobs forks extraction workers, and a process should not fork with threads.
    tqdm.monitor_interval = 0
    return lambda items: tqdm(items, desc="checking", unit="article", file=sys.stderr, leave=False)


def _run(args: argparse.Namespace, settings, out: str | None, claims_out: str | None = None):  # type: ignore[no-untyped-def]
    from checker import pipeline

    return pipeline.check(
        args.paths,
        out_dir=out,
        limits=_limits(args),
        settings=settings,
        progress=_progress(args),
        claims_out=claims_out,
    )


def _check(args: argparse.Namespace) -> int:
    settings = _settings(args)
    result = _run(args, settings, settings.out, getattr(args, "claims_out", None))
    failing = result.failing(settings.fail_on)
    if "github" in settings.formats:
        from checker.report.github import render_github

        sys.stdout.write(render_github(result.report, settings.fail_on))
    elif in_ci():
        _ci_lines(result.report, failing)
    if not args.quiet:
        for line in result.summary_lines():
            print(_safe(line), file=sys.stderr)
        if args.verbose:
            for d in result.diagnostics:
                print(
                    f"checker: {d.code} {_safe(d.path or d.article or '')}: {_safe(d.message)}",
                    file=sys.stderr,
                )
    if settings.strict and result.diagnostics:
        return EXIT_FINDINGS
    return EXIT_FINDINGS if failing else EXIT_OK


def _ci_lines(report: dict, failing: list[dict]) -> None:
    """One line per failing finding, as ruff prints them: ``path:line:col: CODE message``."""
    paths = {a["id"]: a["path"] for a in report["articles"]}
    for f in failing:
        ev = next((e for v in f["values"] for e in v.get("evidence", [])), None)
        where = (
            f"{paths.get(ev['article'], ev['article'])}:{ev.get('line', 1)}:{ev.get('column', 1)}"
            if ev
            else "-"
        )
        print(_safe(f"{where}: {f['code']} [{f['severity']}] {f['message']}"))


def _baseline(args: argparse.Namespace) -> int:
    from checker.report.select import baseline_document
    from checker.report.writer import write_atomic

    settings = _settings(args)
    result = _run(args, settings, None)
    write_atomic(Path(args.out), baseline_document(result.report))
    if not args.quiet:
        n = len(result.report["findings"])
        print(f"checker: baseline of {n} findings written to {_safe(args.out)}", file=sys.stderr)
    return EXIT_OK


def _store(args: argparse.Namespace) -> int:
    from checker.store import maintain

    if args.store_command == "add":
        return _store_add(args)
    if args.store_command == "stats":
        sys.stdout.write(maintain.stats(args.store))
    elif args.store_command == "export":
        if args.out:
            from checker.report.writer import write_atomic

            write_atomic(Path(args.out), "".join(maintain.export(args.store, args.table)))
        else:
            sys.stdout.writelines(maintain.export(args.store, args.table))
    else:
        sys.stdout.write(maintain.gc(args.store, args.missing))
    return EXIT_OK


def _store_add(args: argparse.Namespace) -> int:
    from checker import pipeline
    from checker.engine import Engine, default_jobs

    if args.jobs is not None and args.jobs < 1:
        raise CheckerError("E008", "--jobs must be 1 or more", None, "give --jobs N with N >= 1")
    from checker.config import resolve
    from checker.findings import CATALOGUE

    # The config's rules overlays and thresholds, as `check` reads them: the same article identity.
    settings = resolve({"rules": args.rules, "lang": args.lang}, args.config, frozenset(CATALOGUE))
    extracted, given, diagnostics = pipeline.add_to_store(
        args.store,
        args.paths,
        settings.lang,
        _limits(args),
        Engine("local", args.jobs or default_jobs()),
        rules=pipeline.settings_rules(settings),
    )
    if not args.quiet:
        for d in diagnostics if args.verbose else []:
            line = f":{d.line}" if d.line else ""
            print(
                f"checker: {d.code} {_safe(d.path or d.article or '')}{line}: {_safe(d.message)}",
                file=sys.stderr,
            )
        print(
            f"checker: store {args.store}: {given} articles given, {extracted} extracted and stored, "
            f"{given - extracted} already stored; {len(diagnostics)} diagnostics",
            file=sys.stderr,
        )
    return EXIT_OK


def _explain(args: argparse.Namespace) -> int:
    from checker.report.codes import all_codes, explain

    if not args.code:
        from checker.errors import CATALOGUE as ERRORS
        from checker.findings import CATALOGUE

        for code in all_codes():
            print(f"{code}  {CATALOGUE.get(code) or ERRORS.get(code)}")
        return EXIT_OK
    text = explain(args.code)
    if text is None:
        raise CheckerError("E008", f"unknown code {args.code!r}", None, "run `checker explain` for the list")
    sys.stdout.write(text)
    return EXIT_OK


def _emit(text: str, out: str | None) -> None:
    if out is None:
        sys.stdout.write(text)
        return
    from checker.report.writer import write_atomic

    write_atomic(Path(out), text)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
