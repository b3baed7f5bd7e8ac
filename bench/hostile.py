"""The hostile and unlucky sweep (issue 9): the same hostile inputs and situations, tried again.

About 290 cases (``bench/hostile_cases/``), each in a fresh data folder, through the real entry
points: the command line (in process, or as a process for kill -9 and pipes), the core API,
and the GUI offscreen. Each outcome is ``handled`` (a French message a user can act on, or the
input simply works), ``traceback``, ``lost`` (something saved or typed is gone or changed) or
``wrong`` (silently wrong); ``skipped`` says why a case could not be tried here.

    scripts/run-bench hostile                  # all; writes bench/results/latest.md and hostile.md
    python -m bench.hostile --family imports   # some families (or --case NAME…), same table
    python -m bench.hostile --list             # the catalogue of cases

Each family runs in its own process: a case that kills the interpreter (a Qt abort) or
hangs is recorded as such, and the family goes on with the next case in a new process.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import REPO_DIR, RESULTS_DIR, Figure, bench_env
from bench.hostile_cases.lab import FAMILIES, HANDLED, LOST, SKIPPED, TRACEBACK, VERDICTS, WRONG

CASE_TIMEOUT_S = 90        # a case taking longer is taken as hung: its process is killed
TITLES = dict(FAMILIES)


def _worker_command(family: str, names: list[str], out: Path) -> list[str]:
    return [sys.executable, "-m", "bench.hostile", "--worker", family, "--out", str(out), "--case", *names]


def _read_lines(path: Path) -> list[dict]:
    if not path.exists():
        return []
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            lines.append(json.loads(line))
        except ValueError:
            pass             # a line cut by a kill
    return lines


def run_family(family: str, names: list[str], *, echo: bool = True) -> list[dict]:
    """Run ``names`` (cases of ``family``) in worker processes; return one result per case."""
    results: dict[str, dict] = {}
    remaining = list(names)
    folder = Path(tempfile.mkdtemp(prefix=f"tl-sweep-{family}-"))
    attempt = 0
    while remaining:
        attempt += 1
        out = folder / f"results-{attempt}.jsonl"
        log = folder / f"worker-{attempt}.log"
        with open(log, "wb") as log_file:
            process = subprocess.Popen(_worker_command(family, remaining, out), cwd=REPO_DIR, env=_worker_env(),
                                       stdout=log_file, stderr=subprocess.STDOUT)
            started, last = time.monotonic(), None
            while process.poll() is None:
                time.sleep(0.2)
                lines = _read_lines(out)
                current = lines[-1]["start"] if lines and "start" in lines[-1] else None
                if current != last:
                    last, started = current, time.monotonic()
                if current is not None and time.monotonic() - started > CASE_TIMEOUT_S:
                    process.kill()
                    process.wait()
        lines = _read_lines(out)
        done_here = [line for line in lines if "verdict" in line]
        for line in done_here:
            results[line["name"]] = line
            if echo:
                print(_line(line), flush=True)
        remaining = [n for n in remaining if n not in results]
        if not remaining:
            break
        started_names = [line["start"] for line in lines if "start" in line]
        dead = started_names[-1] if started_names and started_names[-1] not in results else remaining[0]
        tail = log.read_text(encoding="utf-8", errors="replace").strip().splitlines()[-3:]
        how = f"exit {process.returncode}" if process.returncode >= 0 else f"signal {-process.returncode}"
        results[dead] = {"name": dead, "family": family, "verdict": TRACEBACK, "seconds": 0,
                         "reason": f"the process died or hung ({how}): {' / '.join(tail)[:200]}"}
        if echo:
            print(_line(results[dead]), flush=True)
        remaining = [n for n in remaining if n != dead]
    shutil.rmtree(folder, ignore_errors=True)
    return [results[n] for n in names]


def _worker_env() -> dict:
    env = bench_env()
    env["PYTHONPATH"] = str(REPO_DIR) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _line(result: dict) -> str:
    reason = f" — {result['reason']}" if result.get("reason") else ""
    return f"  [{result['verdict']:>9}] {result['name']} ({result.get('seconds', 0):.1f} s){reason}"


# ---------------------------------------------------------------- the table

def table_rows(results: list[dict]) -> list[tuple[str, dict]]:
    rows = []
    for family, title in FAMILIES:
        mine = [r for r in results if r["family"] == family]
        if not mine:
            continue
        counts = {v: sum(r["verdict"] == v for r in mine) for v in (*VERDICTS, SKIPPED)}
        rows.append((title, {"tried": len(mine) - counts[SKIPPED], **counts}))
    total = {k: sum(c[k] for _, c in rows) for k in ("tried", *VERDICTS, SKIPPED)}
    rows.append(("**all**", total))
    return rows


def markdown_table(results: list[dict]) -> list[str]:
    out = ["| Family | Tried | Handled | Tracebacks (target 0) | Data lost (target 0) | Silently wrong (target 0) "
           "| Skipped |", "|---|---|---|---|---|---|---|"]
    for title, c in table_rows(results):
        out.append(f"| {title} | {c['tried']} | {c[HANDLED]} | {c[TRACEBACK]} | {c[LOST]} | {c[WRONG]} | {c[SKIPPED]} |")
    return out


def failing_lines(results: list[dict]) -> list[str]:
    return [f"- `{r['name']}` ({TITLES.get(r['family'], r['family'])}) **{r['verdict']}**: {r['reason']}"
            for r in results if r["verdict"] not in (HANDLED, SKIPPED)]


def skipped_lines(results: list[dict]) -> list[str]:
    return [f"- `{r['name']}`: {r['reason']}" for r in results if r["verdict"] == SKIPPED]


def write_catalogue(results: list[dict], path: Path) -> None:
    """Every case with its outcome: the sweep's full table (bench/results/hostile.md)."""
    from bench.hostile_cases import all_cases

    titles = {c.name: c.title for c in all_cases()}
    out = ["# Hostile and unlucky sweep — every case", "",
           f"{time.strftime('%Y-%m-%d %H:%M')} · `python -m bench hostile` · see bench/README.md", "",
           *markdown_table(results), ""]
    failing = failing_lines(results)
    out += ["## Not handled", "", *(failing or ["None."]), ""]
    skipped = skipped_lines(results)
    if skipped:
        out += ["## Skipped on this machine", "", *skipped, ""]
    for family, title in FAMILIES:
        mine = [r for r in results if r["family"] == family]
        if not mine:
            continue
        out += [f"## {title} ({len(mine)})", "", "| Case | Tried | Outcome | |", "|---|---|---|---|"]
        for r in mine:
            reason = r.get("reason", "").replace("|", "\\|")
            out.append(f"| `{r['name']}` | {titles.get(r['name'], '')} | {r['verdict']} | {reason} |")
        out.append("")
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text("\n".join(out) + "\n", encoding="utf-8")
    os.replace(tmp, path)


# ---------------------------------------------------------------- entry points

def sweep(families: list[str] | None = None, names: list[str] | None = None) -> list[dict]:
    from bench.hostile_cases import all_cases

    chosen = [c for c in all_cases() if (not families or c.family in families) and (not names or c.name in names)]
    results = []
    for family, title in FAMILIES:
        mine = [c.name for c in chosen if c.family == family]
        if mine:
            print(f"-- {title} ({len(mine)} cases)", flush=True)
            results += run_family(family, mine)
    return results


def figures(results: list[dict], seconds: float) -> list[Figure]:
    total = table_rows(results)[-1][1]
    details = {"markdown": ["Outcome of every case: `bench/results/hostile.md` (before the fixes of the sweep: "
                            "`bench/results/hostile-before.md`).", "", *markdown_table(results), "",
                            "Not handled:", "", *(failing_lines(results) or ["- none"]),
                            *(["", "Skipped:", "", *skipped_lines(results)] if total[SKIPPED] else [])]}
    return [
        Figure("hostile", "hostile cases tried", total["tried"], "cases", "≥ 170", total["tried"] >= 170, details),
        Figure("hostile", "handled (French message, or it simply works)", total[HANDLED], "cases"),
        Figure("hostile", "tracebacks or « erreur inattendue »", total[TRACEBACK], "cases", "0", total[TRACEBACK] == 0),
        Figure("hostile", "data lost (saved or typed, gone or changed)", total[LOST], "cases", "0", total[LOST] == 0),
        Figure("hostile", "silently wrong", total[WRONG], "cases", "0", total[WRONG] == 0),
        Figure("hostile", "skipped on this machine", total[SKIPPED], "cases"),
        Figure("hostile", "sweep duration", seconds, "s", "< 600 s", seconds < 600),
    ]


def run() -> list[Figure]:
    """The bench entry: every case; the full table goes to bench/results/hostile.md."""
    started = time.perf_counter()
    results = sweep()
    seconds = time.perf_counter() - started
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    write_catalogue(results, RESULTS_DIR / "hostile.md")
    print("\n".join(["", *markdown_table(results), "", *(failing_lines(results) or ["All handled."])]), flush=True)
    return figures(results, seconds)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.hostile", description=__doc__.splitlines()[0])
    parser.add_argument("--family", action="append", choices=[f for f, _ in FAMILIES])
    parser.add_argument("--case", nargs="+", default=None, metavar="NAME")
    parser.add_argument("--list", action="store_true", help="list the cases and stop")
    parser.add_argument("--worker", metavar="FAMILY", help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        from bench.hostile_cases.worker import work

        return work(args.worker, args.case or [], args.out)
    if args.list:
        from bench.hostile_cases import all_cases

        for c in all_cases():
            print(f"{c.family:<10} {c.name:<40} {c.title}")
        return 0
    started = time.perf_counter()
    results = sweep(args.family, args.case)
    print("\n".join(["", *markdown_table(results), "", *(failing_lines(results) or ["All handled."]),
                     f"({time.perf_counter() - started:.0f} s)"]))
    if not args.family and not args.case:
        write_catalogue(results, RESULTS_DIR / "hostile.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
