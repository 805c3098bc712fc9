#!/usr/bin/env bash
# Scores extraction on a converted PolNeAR split (local measurement only; never commit the corpus).
#   bash scripts/eval-attribution.sh DIR/polnear_dev.jsonl [--json RESULT.json]
# Speakers are scored twice: as the resolved actor's name (the full report), then as the words of
# the mention naming the speaker, which is what the gold annotates (last line only).
set -euo pipefail
gold=$1; shift
here=$(cd "$(dirname "$0")/.." && pwd)
out=$(mktemp)
raw=$(mktemp)
node "$here/bin/subtext.js" extract "$gold" --format jsonl 2>/dev/null > "$raw" || true
node --import tsx "$here/scripts/flatten-speakers.ts" --as name < "$raw" > "$out"
python3 "$here/../shared/eval/score_quotes.py" "$gold" "$out" "$@"
node --import tsx "$here/scripts/flatten-speakers.ts" --as mention < "$raw" > "$out"
echo "by mention: $(python3 "$here/../shared/eval/score_quotes.py" "$gold" "$out" | tail -n 1)"
rm -f "$out" "$raw"
