#!/usr/bin/env python3
"""The preview server on the generated corpus (part of `make bench`):

1. save → served: edits a card's body and its title, one at a time, and measures from
   writing the file to the changed page being served (median and worst of 10);
2. load during a rebuild: wrk (Debian) on loopback while files keep changing,
   reporting requests and errors.

Usage: serve_latency.py BINARY CONTENT_FOLDER  (the folder is copied; nothing is changed in place)
"""
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url):
    with urllib.request.urlopen(url, timeout=30) as r:
        return r.read().decode()


def main(binary, source):
    work = Path(tempfile.mkdtemp(prefix="beredskab-serve-"))
    content = work / "content"
    shutil.copytree(source, content)
    # The steps of `make bench` before this one delete gigabytes of output; while the
    # kernel writes that back, an editor's save (a rename) waits behind it and the
    # times double. Settled first, as bench/measure.py does before every build.
    os.sync()
    time.sleep(2)
    port = free_port()
    server = subprocess.Popen([binary, "serve", "--content", str(content), "--port", str(port), "--today", "2026-11-21"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        started = time.time()
        for line in server.stdout:
            if "Forhåndsvisning" in line:
                break
        print(f"serve: first build and listening after {time.time() - started:.1f} s")
        threading.Thread(target=lambda: [None for _ in server.stdout], daemon=True).start()
        cards = sorted(content.glob("kommuner/*/kort/*.md"))
        results = {"body": [], "title": []}
        for i in range(20):
            card = cards[(i * 37) % len(cards)]
            kommune, name = card.parent.parent.name, card.stem
            url = f"http://127.0.0.1:{port}/kommuner/{kommune}/kort/{name}/index.html"
            kind = "body" if i % 2 == 0 else "title"
            marker = f"Maaling {i} {time.time_ns()}"
            text = card.read_text(encoding="utf-8")
            text = text + f"\n{marker}\n" if kind == "body" else re.sub(r"^titel: .*$", f"titel: {marker}", text, count=1, flags=re.M)
            t0 = time.perf_counter()
            card.write_text(text, encoding="utf-8")
            deadline = time.perf_counter() + 60
            while marker not in fetch(url):
                if time.perf_counter() > deadline:
                    sys.exit(f"the change to {card} was not served within 60 s")
                time.sleep(0.002)
            results[kind].append((time.perf_counter() - t0) * 1000)
            time.sleep(0.3)
        for kind, times in results.items():
            print(f"save → served, card {kind} changed: median {statistics.median(times):.0f} ms, worst {max(times):.0f} ms ({len(times)} saves)")

        if shutil.which("wrk"):
            stop = threading.Event()

            def keep_changing():
                n = 0
                while not stop.is_set():
                    card = cards[n % len(cards)]
                    card.write_text(card.read_text(encoding="utf-8") + f"\nBelastning {n}\n", encoding="utf-8")
                    n += 1
                    time.sleep(0.2)
            changer = threading.Thread(target=keep_changing)
            changer.start()
            out = subprocess.run(["wrk", "-t2", "-c16", "-d30s", "--latency", f"http://127.0.0.1:{port}/kommuner/k001/index.html"],
                                 capture_output=True, text=True).stdout
            stop.set()
            changer.join()
            requests = re.search(r"(\d+) requests in", out)
            errors = re.search(r"Socket errors: (.*)", out)
            non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
            print(f"wrk for 30 s while files change every 0.2 s: {requests.group(1) if requests else '?'} requests, "
                  f"socket errors: {errors.group(1) if errors else 'none'}, non-2xx: {non2xx.group(1) if non2xx else 0}")
    finally:
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
