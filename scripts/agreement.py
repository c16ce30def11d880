#!/usr/bin/env python3
"""How well PolNeAR's annotators agree with each other under the attribution measure.

usage: python3 scripts/agreement.py [BIN] [DATA]
(defaults: target/release/epistemic and ../shared/data/attribution/polnear_traindev.jsonl)

Some PolNeAR articles were annotated by several people; one annotation is `primary` (the gold
of `epistemic eval attribution` and of ../shared/tools/check_attr.py). Here each other annotation
is scored as if it were a system's output against the primary one, by the measure those tools use:
sentences (as BIN splits them) inside a gold content span (one span covering half the sentence),
the source matching by a shared word (less stop words; a gold pronoun matches anything), and
precision over the sentences the other annotation gives a source. BIN is then scored the same way
on the same articles, so the two figures compare. The source of the other annotation is its text
as written (a pronoun, "the senator"): the "lenient" figures let such a pronoun match as well.
Nothing here is written to disk.
"""
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict

PRON = {"he", "she", "they", "i", "we", "it", "you", "him", "her", "them", "his", "its", "their",
        "us", "me"}
STOP = {"the", "a", "an", "of", "and", "in", "for", "on", "at", "to", "who", "with", "from", "by",
        "s", "mr", "mrs", "ms", "dr"}


def words(s):
    return {w for w in re.findall(r"[a-z0-9]+", s.lower()) if w not in STOP}


def analyze(binary, text):
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
        f.write(text)
    try:
        out = subprocess.run([binary, "analyze", "--format", "json", f.name],
                             capture_output=True, check=True, timeout=120)
    finally:
        os.unlink(f.name)
    return json.loads(out.stdout)


def content_sources(annotation, text, sentences):
    """Per sentence, the source text of the smallest content span covering half of it, or None."""
    offsets = [0]
    for ch in text:
        offsets.append(offsets[-1] + len(ch.encode()))
    spans = []
    for at in annotation["attributions"]:
        if not at.get("content"):
            continue
        source = " ".join(f["text"] for f in at.get("source") or [])
        ranges = [(offsets[f["start"]], offsets[f["end"]]) for f in at["content"]]
        spans.append((sum(e - s for s, e in ranges), ranges, source))
    spans.sort(key=lambda c: c[0])
    raw = text.encode()
    out = []
    for s in sentences:
        n = len(raw[s["start"]:s["end"]].strip())
        best = None
        for _, ranges, source in spans:
            covered = sum(max(0, min(e, s["end"]) - max(b, s["start"])) for b, e in ranges)
            if n and covered * 2 >= n:
                best = source
                break
        out.append(best)
    return out


def score(tally, gold, given):
    for g, p in zip(gold, given):
        inside = bool(g and g.strip())
        attributed = bool(p and p.strip())
        tally["inside"] += inside
        tally["given"] += attributed
        if inside and attributed:
            ok = g.strip().lower() in PRON or bool(words(g) & words(p))
            tally["match"] += ok
            tally["lenient"] += ok or p.strip().lower() in PRON


def report(label, t):
    print(f"{label}: source match {100 * t['match'] / t['inside']:.1f}% of {t['inside']} "
          f"(lenient {100 * t['lenient'] / t['inside']:.1f}%), precision "
          f"{100 * t['match'] / t['given']:.1f}% of {t['given']} "
          f"(lenient {100 * t['lenient'] / t['given']:.1f}%)")


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else "target/release/epistemic"
    path = sys.argv[2] if len(sys.argv) > 2 else "../shared/data/attribution/polnear_traindev.jsonl"
    if not os.path.exists(path):
        print("skipping (absent):", path)
        return
    articles = defaultdict(list)
    for line in open(path):
        d = json.loads(line)
        articles[d["article"]].append(d)
    humans, system = Counter(), Counter()
    rows = []
    n = 0
    for annotations in articles.values():
        primary = [a for a in annotations if a.get("primary", True)]
        others = [a for a in annotations if not a.get("primary", True)]
        if len(primary) != 1 or not others:
            continue
        n += 1
        text = primary[0]["text"]
        rep = analyze(binary, text)
        sentences = rep["sentences"]
        gold = content_sources(primary[0], text, sentences)
        h, o = Counter(), Counter()
        for other in others:
            if other["text"] == text:
                score(h, gold, content_sources(other, text, sentences))
        ours = []
        for s in sentences:
            src = s.get("source")
            ours.append(None if src is None or src.get("kind") == "author"
                        else src.get("name") or "")
        score(o, gold, ours)
        humans.update(h)
        system.update(o)
        pct = lambda a, b: f"{100 * a / b:5.1f}" if b else "    -"
        rows.append(f"  {primary[0]['article'][:48]:48} {o['inside']:4}  "
                    f"{pct(h['match'], h['inside'])} {pct(h['match'], h['given'])}   "
                    f"{pct(o['match'], o['inside'])} {pct(o['match'], o['given'])}")
    print(f"{n} articles with more than one annotation ({path})")
    print("  article                                      in gold  others: match prec.   "
          "ours: match prec.")
    print("\n".join(rows))
    report("other annotators against the primary one", humans)
    report(f"{binary} against the primary one", system)


if __name__ == "__main__":
    main()
