#!/usr/bin/env python3
"""Picks at most N inputs of a (cmin'ed) corpus that keep as much coverage as possible.

usage: python3 fuzz/cap.py TARGET N OUT_DIR [CORPUS_DIR]

Runs the target's fuzz binary once over the corpus in libFuzzer's merge mode to learn which
coverage features each input reaches (the merge control file of `-set_cover_merge=1`, which
lists every input's whole feature set), then chooses greedily: the input reaching the most
code edges not yet reached per byte (then the most new features per byte), until N inputs
or nothing new. The chosen inputs replace those in OUT_DIR, named by SHA-1; files named
crash-… there are kept.
Build first: cargo fuzz build -s none TARGET (RUSTC_BOOTSTRAP=1 on stable).
"""
import hashlib
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    target, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    corpus = sys.argv[4] if len(sys.argv) > 4 else os.path.join(HERE, "corpus", target)
    binary = os.path.join(HERE, "target", "x86_64-unknown-linux-gnu", "release", target)
    with tempfile.TemporaryDirectory() as tmp:
        control = os.path.join(tmp, "control")
        merged = os.path.join(tmp, "merged")
        os.mkdir(merged)
        subprocess.run(
            [binary, "-set_cover_merge=1", "-merge_control_file=" + control, merged, corpus],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        with open(control) as f:
            lines = f.read().splitlines()
    count = int(lines[0])
    files = lines[2:2 + count]
    features = {}
    for line in lines[2 + count:]:
        parts = line.split()
        if parts and parts[0] == "FT":
            features[int(parts[1])] = {int(f) for f in parts[2:]}
    # libFuzzer numbers the feature of an edge counter edge * 8 + its hit-count bucket.
    edges = {i: {f >> 3 for f in fs} for i, fs in features.items()}
    size = {i: os.path.getsize(files[i]) for i in features}
    all_features = set().union(*features.values())
    covered, reached, chosen = set(), set(), []
    left = set(features)

    def gain(i):
        # New edges per byte (2 KB added to every size, so that a tiny input is not chosen
        # for one edge over a larger one reaching many), then new features per byte.
        cost = size[i] + 2048
        return (len(edges[i] - reached) / cost, len(features[i] - covered) / cost, -size[i])

    while len(chosen) < n and left:
        best = max(left, key=gain)
        if not (edges[best] - reached or features[best] - covered):
            break
        left.remove(best)
        covered |= features[best]
        reached |= edges[best]
        chosen.append(best)
    # Replace the previous selection, but keep the inputs that once crashed (crash-…).
    os.makedirs(out, exist_ok=True)
    for name in os.listdir(out):
        if not name.startswith("crash-"):
            os.remove(os.path.join(out, name))
    for i in chosen:
        with open(files[i], "rb") as f:
            data = f.read()
        with open(os.path.join(out, hashlib.sha1(data).hexdigest()), "wb") as f:
            f.write(data)
    print(f"{target}: {len(chosen)} of {len(files)} inputs, "
          f"{len(covered)} of {len(all_features)} features, "
          f"{sum(size[i] for i in chosen)} bytes")


if __name__ == "__main__":
    main()
