#!/usr/bin/env python3
"""Writes the seed corpora fuzz/corpus/{json,csv,chart}/ from the repository's own files.

Run from anywhere: python3 fuzz/seed.py [OUT_DIR] (fuzz/corpus by default). The input
layouts are those of fuzz/src/harness.rs.
"""
import glob
import hashlib
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "fuzz", "corpus")

JSON = sorted(glob.glob(os.path.join(ROOT, "data", "*.json"))
              + glob.glob(os.path.join(ROOT, "data", "examples", "*.json")))
CSV = sorted(glob.glob(os.path.join(ROOT, "tests", "data", "csv", "**", "*.csv"), recursive=True)
             + glob.glob(os.path.join(ROOT, "tests", "data", "csv-spectrum", "**", "*.csv"),
                         recursive=True))

# Must match OPTION_NAMES in src/options/parse.rs.
OPTION_NAMES = ["lang", "chart", "measure", "sort", "regions", "indicators", "year",
                "selected", "reference", "theme", "height", "hide"]


def write(target, data):
    folder = os.path.join(CORPUS, target)
    os.makedirs(folder, exist_ok=True)
    name = hashlib.sha1(data).hexdigest()
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def read(path):
    with open(path, "rb") as f:
        return f.read()


def setting(name, value):
    return bytes([OPTION_NAMES.index(name)]) + value.encode()


def chart(csv, file_lang, kind, measure, sort, lang, width, body, settings=()):
    head = bytes([
        (1 if csv else 0) | (file_lang << 1),
        kind,
        measure | (sort << 2),
        lang,
        width & 0xFF,
        width >> 8,
        0x40,
        0xC0,
    ])
    tail = b"".join(b"\0" + s for s in settings)
    return head + body + tail


for path in JSON:
    write("json", read(path))
for i, path in enumerate(CSV):
    write("csv", bytes([i % 3]) + read(path))

many = [setting("regions", "KZ-33,KZ-71,KZ-75,KZ-62")]
two = [setting("regions", "KZ-33 KZ-10")]
for i, path in enumerate(JSON):
    body = read(path)
    for kind in range(8):
        settings = many if kind in (1, 2, 3, 7) else two if kind == 6 else []
        width = [260, 800, 1400, 1900][(i + kind) % 4]
        write("chart", chart(False, 0, kind, kind % 4, (kind // 2) % 4, kind % 3, width - 100,
                             body, settings))
    write("chart", chart(False, 0, 0, 0, 1, 2, 500, body,
                         [setting("reference", "average"), setting("selected", "KZ-33"),
                          setting("theme", "dark"), setting("height", "900")]))
    write("chart", chart(False, 0, 0, 0, 1, 2, 500, body,
                         [setting("reference", "overall"), setting("hide", "media")]))
for i, path in enumerate(CSV):
    write("chart", chart(True, i % 3, i % 8, i % 4, (i // 4) % 4, i % 3, 600, read(path)))
