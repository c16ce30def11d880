#!/usr/bin/env python3
"""Precision of non-author sources on PolNeAR-format articles, counted two ways.

usage: scripts/attr_overlap.py BIN FILE.jsonl

strict: as ../shared/tools/check_attr.py counts it (the sentence lies mostly inside one gold
content span, and its source matches that span's by head word or a gold pronoun).
overlap: the sentence also counts when any gold content span overlapping it, however little,
has the source we give (a short quotation with a long tag, "'No,' said Obama.", whose gold
content covers less than half of the sentence). The README cites both."""
import json, os, re, subprocess, sys, tempfile

PRON = {"he", "she", "they", "i", "we", "it", "you", "him", "her", "them", "his", "its", "their", "us", "me"}
STOP = {"the", "a", "an", "of", "and", "in", "for", "on", "at", "to", "who", "with", "from", "by", "s", "mr", "mrs", "ms", "dr"}


def words(s):
    return {w for w in re.findall(r"[a-z0-9]+", s.lower()) if w not in STOP}


def same(gold, pred):
    return gold.strip().lower() in PRON or bool(words(gold) & words(pred))


def main():
    binary, path = sys.argv[1], sys.argv[2]
    given = strict = overlap = 0
    for line in open(path):
        d = json.loads(line)
        if not d.get("primary", True):
            continue
        text = d["text"]
        b = [0]
        for ch in text:
            b.append(b[-1] + len(ch.encode()))
        spans = []
        for at in d["attributions"]:
            if at.get("content"):
                src = " ".join(f["text"] for f in at.get("source") or [])
                rng = [(b[f["start"]], b[f["end"]]) for f in at["content"]]
                spans.append((sum(e - s for s, e in rng), rng, src))
        spans.sort(key=lambda c: c[0])
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
            f.write(text)
        try:
            out = subprocess.run([binary, "analyze", "--format", "json", f.name], capture_output=True, check=True)
        finally:
            os.unlink(f.name)
        raw = text.encode()
        for s in json.loads(out.stdout)["sentences"]:
            src = s.get("source")
            if not src or src.get("kind") == "author" or not raw[s["start"]:s["end"]].strip():
                continue
            pred = src.get("name") or ""
            n = len(raw[s["start"]:s["end"]].strip())
            ov = lambda rng: sum(max(0, min(e, s["end"]) - max(st, s["start"])) for st, e in rng)
            best = next((g for _, rng, g in spans if 2 * ov(rng) >= n), None)
            ok = best is not None and best.strip() != "" and same(best, pred)
            any_ok = any(g.strip() and ov(rng) > 0 and same(g, pred) for _, rng, g in spans)
            given += 1
            strict += ok
            overlap += ok or any_ok
    print(f"{os.path.basename(path)}: {given} sentences given a source; strict precision "
          f"{100 * strict / max(given, 1):.1f}% ({strict}), overlap precision "
          f"{100 * overlap / max(given, 1):.1f}% ({overlap})")


main()
