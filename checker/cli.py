"""Command line: argument parsing, exit codes, progress. No logic lives here.

Exit codes: 0 clean, 1 findings (or, with --strict, diagnostics) at or above the threshold,
2 error (one line on stderr naming the file and the fix, never a traceback).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from checker import pipeline
from checker.errors import CheckerError
from checker.limits import DEFAULT, MIB, Limits
from checker.report.safe import terminal_safe

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="checker", description="Compare news sources and check their facts.")
    sub = p.add_subparsers(dest="command", required=True)
    c = sub.add_parser("claims", help="extract the checkable claims of each article")
    c.add_argument("paths", nargs="+", help="files or directories (.txt .md .json .jsonl)")
    c.add_argument("--format", choices=("json", "jsonl", "table"), default="json")
    c.add_argument("--out", help="write to FILE instead of standard output")
    c.add_argument("--lang", choices=("fa", "ar", "en"), help="force the language of every article")
    c.add_argument("--strict", action="store_true", help="exit 1 when any article has a diagnostic")
    k = sub.add_parser("check", help="align claims across sources and report findings")
    k.add_argument("paths", nargs="+", help="files or directories (.txt .md .json .jsonl)")
    k.add_argument("--out", default="reports/latest", help="directory for report.json and report.md")
    k.add_argument("--lang", choices=("fa", "ar", "en"), help="force the language of every article")
    k.add_argument("--fail-on", choices=("error", "warning", "info", "never"), default="error")
    k.add_argument("--strict", action="store_true", help="exit 1 when any article has a diagnostic")
    k.add_argument("--html", action="store_true", help="also write report.html")
    for sp in (c, k):
        sp.add_argument(
            "--max-file-mb",
            type=float,
            default=DEFAULT.max_file_bytes / MIB,
            help="skip (W116) an input file larger than this many MiB (default: %(default)g)",
        )
        sp.add_argument("--article-seconds", type=float, default=DEFAULT.article_seconds,
                        help="CPU seconds per article, plus 20 per MB of text, before it is stopped "
                        "(W118); 0 turns the budget off (default: %(default)g)")  # fmt: skip
    return p


def _limits(args: argparse.Namespace) -> Limits:
    if args.max_file_mb <= 0 or args.article_seconds < 0:
        raise CheckerError(
            "E008", "a limit must be positive", None, "give --max-file-mb > 0, --article-seconds >= 0"
        )
    return Limits(max_file_bytes=int(args.max_file_mb * MIB), article_seconds=args.article_seconds)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "claims":
            return _claims(args)
        return _check(args)
    except CheckerError as exc:
        print(f"checker: {terminal_safe(exc.one_line())}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("checker: interrupted", file=sys.stderr)
        return EXIT_ERROR


def _claims(args: argparse.Namespace) -> int:
    from checker.report.claims import claims_document, dumps, to_jsonl, to_table

    extractions, diagnostics = pipeline.extract_corpus(args.paths, lang=args.lang, limits=_limits(args))
    doc = claims_document(extractions, diagnostics)
    render = {"json": dumps, "jsonl": to_jsonl, "table": to_table}[args.format]
    text = render(doc)
    _emit(terminal_safe(text) if args.format == "table" and args.out is None else text, args.out)
    # A table on standard output already lists the diagnostics; do not print them twice.
    shown = args.format == "table" and args.out is None
    for d in [] if shown else diagnostics:
        line = f":{d.line}" if d.line else ""
        print(terminal_safe(f"checker: {d.code} {d.path or d.article}{line}: {d.message}"), file=sys.stderr)
    return EXIT_FINDINGS if args.strict and diagnostics else EXIT_OK


def _check(args: argparse.Namespace) -> int:
    result = pipeline.check(
        args.paths, out_dir=Path(args.out), lang=args.lang, html=args.html, limits=_limits(args)
    )
    for line in result.summary_lines():
        print(terminal_safe(line), file=sys.stderr)
    if args.strict and result.diagnostics:
        return EXIT_FINDINGS
    return EXIT_FINDINGS if result.fails(args.fail_on) else EXIT_OK


def _emit(text: str, out: str | None) -> None:
    if out is None:
        sys.stdout.write(text)
        return
    from checker.report.writer import write_atomic

    write_atomic(Path(out), text)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
