#!/usr/bin/env python3
"""`make bench`: builds the generated corpus with beredskab (release) and with Hugo,
and runs the cmark floor over the same Markdown; prints medians of wall time, CPU
time and peak memory, the ratios against the targets, and how our build time grows
with N. Writes bench/results.md and bench/scaling.svg.

Environment: BENCH_RUNS (runs per tool for N = 10 and 98, default 5),
BENCH_RUNS_LARGE (for N = 500, default 3), BENCH_SIZES (default "10,98,500").
"""

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import measure  # noqa: E402
import plot  # noqa: E402
import report  # noqa: E402

ROOT = HERE.parent
CORPUS = HERE / "corpus"
OURS = ROOT / ".build" / "release" / "beredskab"
SNAPSHOT = CORPUS / "out" / "beredskab"  # the binary every run uses, copied once at the start
FLOOR_SRC = HERE / "floor.c"
FLOOR = HERE / ".build-floor" / "floor"
WRITE_FLOOR_SRC = HERE / "write_floor.c"
WRITE_FLOOR = HERE / ".build-floor" / "write_floor"
MAIN_N = 98
RUNS = int(os.environ.get("BENCH_RUNS", "5"))
RUNS_LARGE = int(os.environ.get("BENCH_RUNS_LARGE", "3"))
SIZES = [int(s) for s in os.environ.get("BENCH_SIZES", "10,98,500").split(",")]
GENERATOR_FILES = ["generate.py", "national.py", "textgen.py", "write_ours.py", "write_hugo.py"]


def say(text):
    print(text, flush=True)


def generator_hash():
    h = hashlib.sha256()
    files = [HERE / f for f in GENERATOR_FILES] + sorted((HERE / "hugo-layouts").rglob("*.html"))
    files += [ROOT / "templates" / "assets" / "site.css", ROOT / "templates" / "assets" / "site.js"]
    for path in files:
        h.update(path.name.encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


def corpus(n):
    """bench/corpus/nN, generated unless it exists from the same generator."""
    out = CORPUS / f"n{n}"
    stamp = out / ".stamp"
    expected = f"{generator_hash()} {n}\n"
    if not (stamp.exists() and stamp.read_text() == expected):
        say(f"Generating {n} kommuner in {out.relative_to(ROOT)}/")
        stamp.unlink(missing_ok=True)
        subprocess.run([sys.executable, str(HERE / "generate.py"), str(n), str(out)], check=True,
                       stdout=subprocess.DEVNULL)
        stamp.write_text(expected)
    return out


def build_floor():
    FLOOR.parent.mkdir(exist_ok=True)
    if not FLOOR.exists() or FLOOR.stat().st_mtime < FLOOR_SRC.stat().st_mtime:
        flags = subprocess.run(["pkg-config", "--cflags", "--libs", "libcmark"], check=True,
                               capture_output=True, text=True).stdout.split()
        subprocess.run(["cc", "-O2", str(FLOOR_SRC), "-o", str(FLOOR), *flags], check=True)
    if not WRITE_FLOOR.exists() or WRITE_FLOOR.stat().st_mtime < WRITE_FLOOR_SRC.stat().st_mtime:
        subprocess.run(["cc", "-O2", "-pthread", str(WRITE_FLOOR_SRC), "-o", str(WRITE_FLOOR)], check=True)


def write_manifest(folder, manifest):
    """Every file of `folder` as "size<TAB>path", sorted: what write_floor writes again."""
    lines = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        lines.append(f"{path.stat().st_size}\t{path.relative_to(folder)}\n")
    manifest.write_text("".join(lines), encoding="utf-8")


def tools(c):
    """name -> (argv, output folder)."""
    out = CORPUS / "out"
    n = c.name
    return {
        "beredskab": ([str(SNAPSHOT), "build", "--content", str(c / "content"), "--templates",
                       str(ROOT / "templates"), "--output", str(out / f"beredskab-{n}")], out / f"beredskab-{n}"),
        "hugo": (["hugo", "--quiet", "-s", str(c / "hugo"), "-d", str(out / f"hugo-{n}"),
                  "--cacheDir", str(out / "hugo-cache")], out / f"hugo-{n}"),
        "floor": ([str(FLOOR), str(c / "content")], None),
        # beredskab's output of the same run, written again by a program that only writes.
        "write floor": ([str(WRITE_FLOOR), str(out / f"manifest-{n}.txt"), str(out / f"write-floor-{n}")],
                        out / f"write-floor-{n}"),
    }


def bench(n, runs, warm_up):
    c = corpus(n)
    commands = tools(c)
    results = {name: [] for name in commands}
    if warm_up:
        for name, (argv, output) in commands.items():
            prepare(name, c)
            measure.run_once(argv, clean=output)
    for r in range(1, runs + 1):
        line = []
        for name, (argv, output) in commands.items():
            prepare(name, c)
            result = measure.run_once(argv, clean=output)
            results[name].append(result)
            line.append(f"{name} {result['wall']:.2f} s")
        say(f"  N={n} run {r}/{runs}: " + ", ".join(line) + f" (load {load().split()[0]})")
    summary = {name: measure.medians(rs) for name, rs in results.items()}
    for name, (_, output) in commands.items():
        if output:
            summary[name]["pages"] = measure.count_pages(output)
    ours_err = results["beredskab"][-1]["stderr"]
    summary["beredskab"]["warnings"] = ours_err.count(": warning:")
    floor_err = results["floor"][-1]["stderr"].strip()
    summary["floor"]["pages"] = int(floor_err.split()[1]) if floor_err.startswith("floor:") else 0
    return summary


def prepare(name, c):
    """Outside the timing: the write floor's list of files comes from beredskab's output."""
    if name == "write floor":
        out = CORPUS / "out"
        write_manifest(out / f"beredskab-{c.name}", out / f"manifest-{c.name}.txt")


def load():
    with open("/proc/loadavg", encoding="ascii") as f:
        return " ".join(f.read().split()[:3])


def versions():
    hugo = subprocess.run(["hugo", "version"], capture_output=True, text=True).stdout.split()[1]
    cmark = subprocess.run(["pkg-config", "--modversion", "libcmark"], capture_output=True, text=True).stdout.strip()
    return {"hugo": hugo.split("+")[0], "cmark": cmark}


def main():
    if not OURS.exists():
        sys.exit(f"{OURS} is missing; run `swift build -c release` (make bench does)")
    build_floor()
    SNAPSHOT.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(OURS, SNAPSHOT)  # a rebuild during the benchmark must not change what is measured
    digest = hashlib.sha256(SNAPSHOT.read_bytes()).hexdigest()[:12]
    v = versions()
    say(f"beredskab (release) vs Hugo {v['hugo']} vs the cmark {v['cmark']} floor; "
        f"{os.cpu_count()} CPUs; {RUNS} runs each ({RUNS_LARGE} for N > {MAIN_N}) after one warm-up run; "
        f"load average {load()}; binary sha256 {digest}…")
    scaling = {}
    for n in SIZES:
        large = n > MAIN_N
        scaling[n] = bench(n, RUNS_LARGE if large else RUNS, warm_up=not large)
    main_result = scaling.get(MAIN_N) or bench(MAIN_N, RUNS, warm_up=True)
    text = report.markdown(main_result, scaling, MAIN_N, v)
    (HERE / "results.md").write_text(text, encoding="utf-8")
    series = [("beredskab", [(n, r["beredskab"]["wall"]) for n, r in sorted(scaling.items())]),
              (f"Hugo {v['hugo']}", [(n, r["hugo"]["wall"]) for n, r in sorted(scaling.items())]),
              ("cmark floor", [(n, r["floor"]["wall"]) for n, r in sorted(scaling.items())])]
    if len(scaling) >= 2:
        (HERE / "scaling.svg").write_text(plot.svg(series, "Full build time against number of kommuner"),
                                          encoding="utf-8")
    say(f"Load average at the end (other processes on the machine skew the numbers): {load()}")
    say("")
    say(text)
    say("Wrote bench/results.md and bench/scaling.svg")


if __name__ == "__main__":
    try:
        main()
    except measure.Failed as failure:
        sys.exit(f"bench: {failure}")
