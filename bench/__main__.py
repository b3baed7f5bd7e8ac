"""Run the benchmarks: ``python -m bench [search] [map] [startup] [memory] [crash] [--strict]``.

Without names, runs them all. Prints ``name: value (target …) PASS/FAIL`` per figure and a
table, and writes ``bench/results/latest.json`` and ``latest.md`` (with the machine).
Exit status: 0 when every bench ran (1 with --strict if a target failed), 2 if a bench crashed.
"""

from __future__ import annotations

import argparse
import datetime
import importlib
import json
import os
import subprocess
import sys
import time
import traceback

from bench import REPO_DIR, RESULTS_DIR, Figure, compiled, human_bytes, machine

BENCHES = ("search", "map", "tiles", "startup", "memory", "crash", "autosave", "reports", "photos", "geo", "study",
           "cli", "duplicates", "field", "imports", "hostile")


def _load() -> list[float] | None:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except (AttributeError, OSError):
        return None


def _commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO_DIR, capture_output=True,
                              text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def _write(path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def _markdown(report: dict, figures: list[Figure]) -> str:
    m = report["machine"]
    ram = human_bytes(m["ram"]) if m.get("ram") else "?"
    out = [f"# Benchmarks — {report['started']}", "",
           f"Command: `{report['command']}` · commit {report['commit'] or '?'} · "
           f"{report['duration_s']:.0f} s · load average before/after: {report['load_before']} / "
           f"{report['load_after']}", "", "| Machine | |", "|---|---|",
           f"| CPU | {m['cpu']} ({m['cores']} cores) |", f"| RAM | {ram} |", f"| OS | {m['os']} |",
           f"| Python | {m['python']} |", f"| PySide6 / Qt | {m.get('pyside6', '?')} / {m.get('qt', '?')} |",
           f"| SQLite | {m['sqlite']} |", f"| folium | {m.get('folium', '?')} |", ""]
    for name in report["benches"]:
        out += [f"## {name}", ""]
        if name in report["errors"]:
            out += ["```", report["errors"][name].rstrip(), "```", ""]
            continue
        out += ["| Figure | Value | Target | |", "|---|---|---|---|"]
        out += [f"| {f.name} | {f.value_text()} | {f.target} | {f.verdict()} |" for f in figures if f.bench == name]
        out.append("")
        details = next((f.details for f in figures if f.bench == name and f.details), {})
        if "markdown" in details:          # a bench's own table (the hostile sweep's families)
            out += [*details["markdown"], ""]
        for key in ("slowest_prefixes", "app_p95_by_prefix_length", "query_plan_for_c", "breakdown_ms"):
            if key in details:
                out += [f"`{key}`: `{json.dumps(details[key], ensure_ascii=False)}`", ""]
        for key in ("profile_slowest", "profile_50k", "imports_demo"):
            if key in details:
                text = details[key] if isinstance(details[key], str) else "\n".join(details[key])
                out += [f"`{key}`:", "", "```", text, "```", ""]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", metavar="BENCH",
                        help=f"benches to run (default: all): {', '.join(BENCHES)}")
    parser.add_argument("--strict", action="store_true", help="exit 1 if a target fails")
    args = parser.parse_args(argv)
    unknown = [n for n in args.names if n not in BENCHES]
    if unknown:
        parser.error(f"unknown bench {', '.join(unknown)} (choose from {', '.join(BENCHES)})")
    names = [n for n in BENCHES if n in args.names] if args.names else list(BENCHES)

    report = {"started": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
              "command": ("python -m bench " + " ".join(argv if argv is not None else sys.argv[1:])).strip(),
              "commit": _commit(), "machine": machine(), "load_before": _load(), "benches": names,
              "errors": {}}
    m = report["machine"]
    print(f"Machine: {m['cpu']}, {m['cores']} cores, {human_bytes(m['ram'] or 0)} RAM, {m['os']}, "
          f"Python {m['python']}, PySide6 {m.get('pyside6')} / Qt {m.get('qt')}, SQLite {m['sqlite']}", flush=True)
    compiled()
    t0 = time.perf_counter()
    figures: list[Figure] = []
    for name in names:
        print(f"\n== {name}", flush=True)
        # Each bench starts on a settled disk: what the one before left to write back (the crash
        # bench's kills, the tiles' cache, 200,000-row catalogs) slows every fsync for a while
        # (measured: the autosave's p95 during an import goes from 14 ms to 20 ms behind 1.5 GB
        # of dirty pages).
        if hasattr(os, "sync"):
            os.sync()
        started = time.perf_counter()
        try:
            found = importlib.import_module(f"bench.{name}").run()
        except Exception:
            report["errors"][name] = traceback.format_exc()
            print(report["errors"][name], file=sys.stderr, flush=True)
            continue
        for f in found:
            print(f.line(), flush=True)
        print(f"  ({name}: {time.perf_counter() - started:.1f} s)", flush=True)
        figures += found
    report["duration_s"] = time.perf_counter() - t0
    report["load_after"] = _load()
    report["figures"] = [f.as_dict() for f in figures]

    width = max((len(f.name) for f in figures), default=10)
    print(f"\n{'Figure':<{width}}  {'Value':>12}  {'Target':<8}  Verdict")
    for f in figures:
        print(f"{f.name:<{width}}  {f.value_text():>12}  {f.target:<8}  {f.verdict()}")
    failed = [f for f in figures if f.passed is False]
    print(f"\n{sum(f.passed is True for f in figures)} PASS, {len(failed)} FAIL, "
          f"{len(report['errors'])} crashed, {report['duration_s']:.0f} s")

    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    _write(RESULTS_DIR / "latest.json", json.dumps(report, indent=2, ensure_ascii=False, default=str) + "\n")
    _write(RESULTS_DIR / "latest.md", _markdown(report, figures) + "\n")
    print(f"Written: {RESULTS_DIR / 'latest.json'} and latest.md")
    if report["errors"]:
        return 2
    return 1 if args.strict and failed else 0


if __name__ == "__main__":
    sys.exit(main())
