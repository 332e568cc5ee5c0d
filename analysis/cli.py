"""Command line: ``python -m analysis export | evaluate | report | sample | agreement | suggest | appendix``.

Problems with single files are printed as warnings and the run goes on; a corpus that cannot be
read at all, an output folder that cannot be written, an unreachable scheduler or a dead worker
end the run with exit code 2 and one line on stderr, never a traceback.
"""
from __future__ import annotations

import argparse
import importlib
import signal
import sys

from pathlib import Path

from .corpus.listing import CorpusError
from .paths import TABLES
from .tables import KEPT_INTERRUPTS, OutputError


def _export(args) -> int:
    from .pipeline import FatalError, export
    formats = ("csv", "parquet") if args.format == "parquet" else ("csv",)
    if args.workers < 1:
        print("error: --workers must be 1 or more", file=sys.stderr)
        return 2
    out = Path(args.out).absolute() if args.out else TABLES   # --out from the current folder
    try:
        articles, written = export(args.corpus, out, formats,
                                   manifest=not args.no_manifest, workers=args.workers,
                                   scheduler=args.scheduler, timings=args.timings,
                                   csv_safe=args.csv_safe, file_timeout=args.file_timeout or None,
                                   on_problem=lambda w: print(f"warning: {w}", file=sys.stderr))
    except (FatalError, OutputError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    except OSError as err:   # the disk filled up, a file vanished mid-run: still one line
        print(f"error: {err.filename or out}: {err.strerror or err}", file=sys.stderr)
        return 2
    if not articles:
        print(f"error: no article could be read from '{args.corpus}' (the tables in '{out}' are "
              "empty; problems.csv says why)", file=sys.stderr)
        return 2
    print(f"{articles} articles → {len(written)} files in {out}")
    return 0


#: The commands besides export: their module (imported only when the command runs, or for the
#: full help: an export never loads the evaluation, report and coding modules) and help line.
COMMANDS = {
    "evaluate": (".quotes.evaluate", "score quote extraction against a hand-made gold file"),
    "report": (".report", "run the notebooks; write reports/, figures/, tables/"),
    "sample": (".validate.sample", "draw a sample of a table's rows as coding sheets"),
    "agreement": (".validate.agreement", "agreement of coders and tool on filled sheets"),
    "suggest": (".suggest.write", "write draft codebooks (actors, outlets, frames, contested "
                "terms) into CORPUS/codebooks/suggested/"),
    "appendix": (".validate.appendix", "write the methods appendix (reports/appendix.md, .html)"),
}


def parser(command: str | None = None) -> argparse.ArgumentParser:
    """The command line; with ``command``, the other commands' options are left out."""
    top = argparse.ArgumentParser(prog="python -m analysis", description=__doc__.splitlines()[0])
    commands = top.add_subparsers(dest="command", required=True)
    export = commands.add_parser("export", help="write the analysis tables for a corpus folder")
    export.add_argument("--corpus", default="seeds", help="folder of articles: .txt, .html pages, .jsonl, .csv exports (default: seeds/)")
    export.add_argument("--out", default=None, help="output folder (default: tables/)")
    export.add_argument("--format", choices=["csv", "parquet"], default="csv",
                        help="parquet writes Parquet files beside the CSV files")
    export.add_argument("--workers", type=int, default=1, help="processes to analyse articles on")
    export.add_argument("--scheduler", default=None,
                        help="address of a Dask scheduler (tcp://host:8786) to analyse articles on")
    export.add_argument("--no-manifest", action="store_true",
                        help="ignore manifest.csv and keep what the pages themselves say")
    export.add_argument("--timings", default=None, metavar="FILE",
                        help="write the seconds each stage took to FILE (JSON)")
    export.add_argument("--csv-safe", action="store_true",
                        help="prefix text cells that start with = + - @ with ' so a spreadsheet "
                             "shows them as text, never runs them as formulas")
    export.add_argument("--file-timeout", type=float, default=300, metavar="SECONDS",
                        help="give up a file that takes longer, with a warning (default 300; 0: "
                             "no limit)")
    export.set_defaults(run=_export)

    for name, (module, about) in COMMANDS.items():
        sub = commands.add_parser(name, help=about)
        if command in (None, name):
            found = importlib.import_module(module, __package__)
            found.add_arguments(sub).set_defaults(run=found.run)
    return top


def keep_interrupts(unraisable) -> None:
    """Python drops a Ctrl-C that lands while an object is being finalised (a ``__del__``): it
    prints a traceback and the run goes on. Keep it instead, silently: the export raises it again
    at its next file (:func:`analysis.tables.raise_kept_interrupt`)."""
    if isinstance(unraisable.exc_value, KeyboardInterrupt):
        KEPT_INTERRUPTS.append(unraisable.exc_value)
    else:
        sys.__unraisablehook__(unraisable)


def _interrupted(signum, frame):
    """Ctrl-C: kept as well as raised, so that one a library swallows still stops the export
    before its tables are moved in (:func:`analysis.tables.raise_kept_interrupt`)."""
    KEPT_INTERRUPTS.append(KeyboardInterrupt())
    raise KeyboardInterrupt


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = parser(argv[0] if argv and argv[0] in ("export", *COMMANDS) else None).parse_args(argv)
    sys.unraisablehook = keep_interrupts
    previous = signal.signal(signal.SIGINT, _interrupted)
    try:
        return args.run(args)
    except CorpusError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        # the worker pool Ctrl-C tore down may fail its exit handlers at shutdown (threading's
        # atexit: "bad file descriptor", 1 run in ~10 with 2 workers); nothing is left to report
        sys.unraisablehook = lambda unraisable: None
        return 130
    finally:
        signal.signal(signal.SIGINT, previous)
        KEPT_INTERRUPTS.clear()


if __name__ == "__main__":
    sys.exit(main())
