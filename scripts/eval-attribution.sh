#!/usr/bin/env bash
# Scores extraction on a converted PolNeAR split (local measurement only; never commit the corpus).
#   bash scripts/eval-attribution.sh DIR/polnear_dev.jsonl [--json RESULT.json]
set -euo pipefail
gold=$1; shift
here=$(cd "$(dirname "$0")/.." && pwd)
out=$(mktemp)
node "$here/bin/subtext.js" extract "$gold" --format jsonl 2>/dev/null | node --import tsx "$here/scripts/flatten-speakers.ts" > "$out" || true
python3 "$here/../shared/eval/score_quotes.py" "$gold" "$out" "$@"
rm -f "$out"
