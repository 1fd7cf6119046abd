#!/usr/bin/env python3
"""Opens a stakemap report in headless Chromium with networking off and checks it.

    scripts/check-report.py REPORT.html OUTDIR [--width 1280] [--height 2400]

Writes OUTDIR/screenshot.png (the top of the page at that window size),
OUTDIR/report.pdf (Chromium's print, the page's own @page size), OUTDIR/dom.html
(the page after its script ran) and OUTDIR/net.json (Chromium's net log), and
prints one JSON object: how many pixels of the screenshot are not white, the
console lines Chromium logged, every request for an http(s)/ws/ftp URL it tried,
the PDF's page sizes in points, the strict HTML5 parser's errors and the seconds
each Chromium run took. Needs chromium, python3-html5lib and python3-pil
(scripts/install-deps.sh installs them).
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import time

import html5lib
from PIL import Image

CHROMIUM = os.environ.get("CHROMIUM", "chromium")


def chromium(arguments, outdir, name):
    """Runs Chromium once; returns (stderr, seconds)."""
    profile = tempfile.mkdtemp(prefix="stakemap-chromium-")
    command = [
        CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
        "--no-default-browser-check", "--disable-extensions", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
        # No request can leave the machine: every host resolves to nothing, every proxy is a closed port.
        "--proxy-server=127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND",
        "--enable-logging=stderr", "--v=0",
        "--log-net-log=" + os.path.join(outdir, name + "-net.json"),
    ] + arguments
    start = time.monotonic()
    result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)
    seconds = time.monotonic() - start
    subprocess.run(["rm", "-rf", profile])
    return result.stdout, result.stderr.decode("utf-8", "replace"), seconds


def console_lines(stderr):
    return [line for line in stderr.splitlines() if "CONSOLE" in line or "Uncaught" in line]


def requests(outdir, name):
    """The requests a page started (the browser's own update checks have no
    initiating origin) for anything but file: and data: URLs, from the net log."""
    path = os.path.join(outdir, name + "-net.json")
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            log = json.load(handle)
    except (FileNotFoundError, json.JSONDecodeError):
        # Chromium ends the log with the last event; a log cut short still lists them.
        with open(path, encoding="utf-8", errors="replace") as handle:
            text = handle.read().rstrip().rstrip(",")
        log = json.loads(text + "]}")
    start_job = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    urls = []
    for event in log["events"]:
        params = event.get("params") or {}
        if event.get("type") != start_job or "url" not in params:
            continue
        if params.get("initiator", "not an origin") == "not an origin":
            continue
        if not re.match(r"(?i)^(file|data|blob|about):", params["url"]):
            urls.append(params["url"])
    return urls


def non_white(path):
    image = Image.open(path).convert("RGB")
    # Pixels whose three channels are all 250 or more count as white.
    width, height = image.size
    pixels = image.getdata()
    count = sum(1 for r, g, b in pixels if r < 250 or g < 250 or b < 250)
    return count, width, height


def pdf_pages(path):
    with open(path, "rb") as handle:
        data = handle.read()
    boxes = re.findall(rb"/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]", data)
    return [[float(x) for x in box] for box in boxes], len(re.findall(rb"/Type\s*/Page[^s]", data))


def html5_errors(path):
    with open(path, "rb") as handle:
        parser = html5lib.HTMLParser(strict=False)
        parser.parse(handle)
    return ["line %d, column %d: %s %s" % (pos[0], pos[1], code, json.dumps(data)) for pos, code, data in parser.errors]


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    report, outdir = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    width, height = 1280, 2400
    if "--width" in sys.argv:
        width = int(sys.argv[sys.argv.index("--width") + 1])
    if "--height" in sys.argv:
        height = int(sys.argv[sys.argv.index("--height") + 1])
    os.makedirs(outdir, exist_ok=True)
    url = "file://" + report
    screenshot = os.path.join(outdir, "screenshot.png")
    pdf = os.path.join(outdir, "report.pdf")
    _, shot_err, shot_seconds = chromium(
        ["--window-size=%d,%d" % (width, height), "--screenshot=" + screenshot, url], outdir, "screenshot")
    _, pdf_err, pdf_seconds = chromium(["--no-pdf-header-footer", "--print-to-pdf=" + pdf, url], outdir, "pdf")
    dom, dom_err, dom_seconds = chromium(["--dump-dom", url], outdir, "dom")
    with open(os.path.join(outdir, "dom.html"), "wb") as handle:
        handle.write(dom)
    count, w, h = non_white(screenshot) if os.path.exists(screenshot) else (0, 0, 0)
    boxes, pages = pdf_pages(pdf) if os.path.exists(pdf) else ([], 0)
    print(json.dumps({
        "non_white": count, "width": w, "height": h,
        "console": console_lines(shot_err) + console_lines(pdf_err) + console_lines(dom_err),
        "requests": sorted(set(requests(outdir, "screenshot") + requests(outdir, "pdf") + requests(outdir, "dom"))),
        "pdf_pages": pages, "media_boxes": boxes,
        "html5_errors": html5_errors(report),
        "seconds": {"screenshot": round(shot_seconds, 2), "pdf": round(pdf_seconds, 2), "dom": round(dom_seconds, 2)},
    }, indent=1))


if __name__ == "__main__":
    main()
