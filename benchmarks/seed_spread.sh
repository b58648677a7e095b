#!/bin/bash
# The seed story's pairwise F1 under 28 pair models, each trained without one tuning story: how far the
# seed moves with retraining alone (benchmarks/README.md, "Session 48").
#
#     benchmarks/seed_spread.sh CHECKOUT OUT     # e.g. benchmarks/seed_spread.sh . /tmp/spread.txt
#
# CHECKOUT's generator/ and benchmarks/ are copied to a scratch folder beside a link to ../shared (the
# training corpus), so the checkout's own pair model is never touched; OUT gets "story F1" lines.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
code=$(cd "$1" && pwd)
out=$2
py="$here/.venv/bin/python"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/main"
ln -s "$(cd "$here/../shared" && pwd)" "$work/shared"
cp -r "$code/generator" "$code/benchmarks" "$work/main/"
names=$("$py" -c "import json; print(' '.join(json.load(open('$here/benchmarks/results/real.json'))['methods'][0]['tune']))")
: > "$out"
cd "$work/main"
for name in $names; do
  "$py" benchmarks/train_pairs.py --exclude "$name" --out generator/data/pair_model.json > /dev/null 2>&1
  f1=$(HF_HUB_OFFLINE=1 "$py" -m generator evaluate --json "$here/benchmarks/gold/seed-kremlin.json" \
    "$here/benchmarks/gold/stories/seed-kremlin" 2> /dev/null | "$py" -c "import json, sys; print(json.load(sys.stdin)['f1'])")
  echo "$name $f1" >> "$out"
done
