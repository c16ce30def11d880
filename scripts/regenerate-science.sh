#!/usr/bin/env bash
# Regenerates the science profile's learned lexicons from the train splits (never the dev ones):
#   lexicons/science-papers.lex    weights and label threshold from the CoNLL-2010 biological
#                                  training full articles (the genre of its evaluation set)
#   lexicons/science-certainty.lex certainty effects from the Pei & Jurgens rated findings
# Run after changing core.lex or science.lex. Needs ../shared/data (see scripts/devsplit.py).
set -euo pipefail
cd "$(dirname "$0")/.."
python3 scripts/devsplit.py > /dev/null
bin=target/release/epistemic
printf '# placeholder while regenerating\n' > lexicons/science-papers.lex
printf '# placeholder while regenerating\n' > lexicons/science-certainty.lex
cargo build --release --quiet
"$bin" learn dev-splits/conll2010_bio_train.train.fullarticles.jsonl --profile science \
  -o lexicons/science-papers.lex
cargo build --release --quiet
"$bin" learn dev-splits/pei_jurgens_sentence_trainval.train.jsonl --graded --profile science \
  -o lexicons/science-certainty.lex
cargo build --release --quiet
