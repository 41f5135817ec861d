#!/usr/bin/env python3
"""Profiles one release build of a generated corpus with perf (CPU samples,
DWARF call graphs) and prints the top functions by inclusive cost, leaving out
the thread, dispatch and closure-thunk frames every sample passes through.

    python3 bench/profile.py [N] [BINARY]   N: 98; BINARY: .build/release/beredskab

Needs `perf` (apt-get install linux-perf). Uses bench/corpus/nN (generated if
missing) and writes bench/corpus/out/perf-nN.data and perf-nN.txt (the full list).
"""

import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TOP = 15
GLUE = re.compile(
    r"_dispatch|start_thread|clone3|^thunk for|^partial apply|^reabstraction thunk|runJobInEstablishedExecutorContext"
    r"|swift_job_run|ParsableCommand|BuildCommand\.run|ParallelMap|concurrentPerform|dispatch_apply"
    r"|withUnsafeBufferPointer|__libc_start|^main$|^_start$|\(inlined\)|^do_syscall_64|^entry_SYSCALL")
LINE = re.compile(r"^\s+([\d.]+)%\s+([\d.]+)%\s+\[(.)\]\s+(\S+)")  # mangled names have no spaces


def demangler():
    return shutil.which("swift-demangle") or "/opt/swift/usr/bin/swift-demangle"


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 98
    binary = Path(argv[2]) if len(argv) > 2 else ROOT / ".build" / "release" / "beredskab"
    corpus = HERE / "corpus" / f"n{n}"
    out = HERE / "corpus" / "out"
    out.mkdir(parents=True, exist_ok=True)
    if not (corpus / "content").is_dir():
        subprocess.run([sys.executable, str(HERE / "generate.py"), str(n), str(corpus)], check=True,
                       stdout=subprocess.DEVNULL)
    site, data = out / "profile-site", out / f"perf-n{n}.data"
    shutil.rmtree(site, ignore_errors=True)
    subprocess.run(["perf", "record", "-q", "-e", "cpu-clock", "-F", "499", "--call-graph", "dwarf,16384",
                    "-o", str(data), "--", str(binary), "build", "--content", str(corpus / "content"),
                    "--templates", str(ROOT / "templates"), "--output", str(site)],
                   check=True, stdout=subprocess.DEVNULL)
    report = subprocess.run(["perf", "report", "-i", str(data), "--children", "--stdio", "--no-demangle",
                             "-g", "none", "--sort", "symbol", "--percent-limit", "0.3"],
                            check=True, capture_output=True, text=True).stdout
    samples = re.search(r"^# Samples: (\S+)", report, re.M)
    rows = [m.groups() for m in map(LINE.match, report.splitlines()) if m]
    names = subprocess.run([demangler(), "--simplified"], input="\n".join(r[3] for r in rows),
                           check=True, capture_output=True, text=True).stdout
    if shutil.which("c++filt"):  # the Swift runtime's own C++ functions
        names = subprocess.run(["c++filt"], input=names, check=True, capture_output=True, text=True).stdout
    names = names.splitlines()
    lines, seen = [], set()
    for (inclusive, own, space, _), name in zip(rows, names):
        name = ("[kernel] " if space == "k" else "") + name.strip().removeprefix("specialized ")
        if GLUE.search(name.removeprefix("[kernel] ")) or name in seen:
            continue
        seen.add(name)
        lines.append((float(own), f"{inclusive:>7}% {own:>6}%  {name[:160]}"))
    (out / f"perf-n{n}.txt").write_text("\n".join(line for _, line in lines) + "\n", encoding="utf-8")
    print(f"Top {TOP} functions by inclusive CPU cost, N = {n} ({samples.group(1) if samples else '?'} samples "
          f"of cpu-clock at 499 Hz; full list in {(out / f'perf-n{n}.txt').relative_to(ROOT)})")
    print("inclusive    self  function")
    print("\n".join(line for _, line in lines[:TOP]))
    print(f"\nTop {TOP // 3 * 2} by self cost:")
    print("\n".join(line for _, line in sorted(lines, key=lambda x: -x[0])[:TOP // 3 * 2]))


if __name__ == "__main__":
    main(sys.argv)
