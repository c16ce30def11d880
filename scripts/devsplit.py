#!/usr/bin/env python3
"""Carves train/dev splits, by document, out of the annotated corpora in ../shared/data.

usage: python3 scripts/devsplit.py [DATA_DIR] [OUT_DIR]
(defaults: ../shared/data and dev-splits/, which git ignores: the data is never committed).

Every 5th document (in order of first appearance) goes to dev, the rest to train. Documents are
`doc_id` where the file has one, else blocks of 50 consecutive sentences. PolNeAR and Pei & Jurgens
come with their own train/dev (val) split, which is kept.
"""
import json, os, sys

data = sys.argv[1] if len(sys.argv) > 1 else "../shared/data"
out = sys.argv[2] if len(sys.argv) > 2 else "dev-splits"
os.makedirs(out, exist_ok=True)

def by_document(name, keep=None):
    """`keep(doc_id)` false leaves a document out of both sides (the others keep their side)."""
    path = os.path.join(data, "hedge", name)
    if not os.path.exists(path):
        print("skipping (absent):", path)
        return
    docs, rows, left_out = {}, [], set()
    for n, line in enumerate(open(path)):
        d = json.loads(line)
        key = d.get("doc_id") or f"block{n // 50}"
        docs.setdefault(key, len(docs))
        if keep is not None and not keep(key):
            left_out.add(key)
            continue
        rows.append((docs[key], line))
    stem = name[: -len(".jsonl")]
    with open(os.path.join(out, stem + ".train.jsonl"), "w") as tr, open(
        os.path.join(out, stem + ".dev.jsonl"), "w"
    ) as dv:
        for doc, line in rows:
            (dv if doc % 5 == 4 else tr).write(line)
    note = f" ({len(left_out)} left out)" if left_out else ""
    print(f"{stem}: {len(docs)} documents{note} -> {out}/{stem}.{{train,dev}}.jsonl")

def conll_bio_documents():
    path = os.path.join(data, "hedge", "conll2010_bio_train.jsonl")
    if not os.path.exists(path):
        return None
    return {json.loads(line).get("doc_id") for line in open(path)}

def by_field(sub, name, field, dev_values):
    path = os.path.join(data, sub, name)
    if not os.path.exists(path):
        print("skipping (absent):", path)
        return
    stem = name[: -len(".jsonl")]
    with open(os.path.join(out, stem + ".train.jsonl"), "w") as tr, open(
        os.path.join(out, stem + ".dev.jsonl"), "w"
    ) as dv:
        for line in open(path):
            d = json.loads(line)
            (dv if d.get(field) in dev_values else tr).write(line)
    print(f"{stem}: split by '{field}' -> {out}/{stem}.{{train,dev}}.jsonl")

for f in ["conll2010_bio_train.jsonl", "wiki_szeged_train.jsonl", "conll2010_wiki_train_partial.jsonl",
          "sfu_review.jsonl"]:
    by_document(f)
# The Szeged Uncertainty Corpus re-annotates BioScope and, beside it, ten full papers of 2009
# (PMC2596867 ... PMC2690435, 3,645 sentences) that the CoNLL-2010 biological training set does
# not hold: most likely articles of the CoNLL-2010 biological evaluation set, which is held back.
# They stay out of both splits, so that nothing is tuned or measured on them.
known = conll_bio_documents()
by_document("szeged_bio_typed_train.jsonl",
            None if known is None else lambda doc: doc in known)
# The CoNLL-2010 biological evaluation set is made of full articles: keep that subset apart too.
def subset(stem, value):
    for side in ("train", "dev"):
        src = os.path.join(out, f"{stem}.{side}.jsonl")
        if not os.path.exists(src):
            continue
        with open(os.path.join(out, f"{stem}.{side}.{value}.jsonl"), "w") as w:
            for line in open(src):
                if json.loads(line).get("subset") == value:
                    w.write(line)
    print(f"{stem}: subset {value} -> {out}/{stem}.{{train,dev}}.{value}.jsonl")

subset("conll2010_bio_train", "fullarticles")
by_field("certainty", "pei_jurgens_sentence_trainval.jsonl", "split", {"val"})
by_field("certainty", "pei_jurgens_aspect_trainval.jsonl", "split", {"val"})
by_field("attribution", "polnear_traindev.jsonl", "split", {"dev"})
