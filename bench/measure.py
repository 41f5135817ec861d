"""Runs a command under GNU time (`/usr/bin/time -v`) and reads its wall time,
CPU time (user + sys) and peak resident memory; medians over several runs."""

import os
import re
import shutil
import statistics
import subprocess
import tempfile
import time

TIME = "/usr/bin/time"
FIELDS = {
    "user": re.compile(r"User time \(seconds\): ([\d.]+)"),
    "sys": re.compile(r"System time \(seconds\): ([\d.]+)"),
    "rss_kb": re.compile(r"Maximum resident set size \(kbytes\): (\d+)"),
    "elapsed": re.compile(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)"),
}


class Failed(Exception):
    pass


def clock(text):
    seconds = 0.0
    for part in text.split(":"):
        seconds = seconds * 60 + float(part)
    return seconds


def run_once(argv, clean=None, stdout=subprocess.DEVNULL):
    """One run; `clean` (a folder) is removed first and the disk synced, outside the
    timing, so no run pays for writing back an earlier run's files.
    Returns dict(wall, cpu, rss_mb, stderr). Wall is measured with a monotonic
    clock around the process (GNU time reports it only to 10 ms)."""
    if clean:
        shutil.rmtree(clean, ignore_errors=True)
    os.sync()
    fd, report = tempfile.mkstemp(prefix="bench-time-")
    os.close(fd)
    try:
        start = time.perf_counter()
        proc = subprocess.run([TIME, "-v", "-o", report, *argv], stdout=stdout,
                              stderr=subprocess.PIPE, text=True)
        wall = time.perf_counter() - start
        with open(report, encoding="utf-8") as f:
            text = f.read()
    finally:
        os.unlink(report)
    if proc.returncode != 0:
        raise Failed(f"{' '.join(argv)} exited with {proc.returncode}:\n{proc.stderr[-3000:]}")
    values = {}
    for key, pattern in FIELDS.items():
        m = pattern.search(text)
        if not m:
            raise Failed(f"GNU time reported no {key} for {argv[0]}:\n{text}")
        values[key] = m.group(1)
    return {"wall": wall, "cpu": float(values["user"]) + float(values["sys"]),
            "rss_mb": int(values["rss_kb"]) / 1024, "stderr": proc.stderr}


def medians(runs):
    return {key: statistics.median(r[key] for r in runs) for key in ("wall", "cpu", "rss_mb")} | {"runs": len(runs)}


def count_pages(folder):
    """HTML files in a built site."""
    return sum(1 for _, _, files in os.walk(folder) for f in files if f.endswith(".html"))
