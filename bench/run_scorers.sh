#!/usr/bin/env bash
# Run the three shared scorers from the project root, as ../shared/eval/README.md says,
# and print their figure lines. Full outputs go to bench/out/scorers/.
#
#   bash bench/run_scorers.sh [EVAL_DIR]      (EVAL_DIR defaults to ../shared/eval)
set -u
cd "$(dirname "$0")/.." || exit 2
EVAL="${1:-../shared/eval}"
OUT=bench/out/scorers
mkdir -p "$OUT"
if [ ! -d "$EVAL" ]; then
    echo "no scorers at $EVAL (pass the eval folder as the first argument)" >&2
    exit 2
fi

# run NAME COMMAND...: keep the whole output, print the figure line(s) matching $FIGURE
run() {
    local name="$1"
    shift
    "$@" >"$OUT/$name.txt" 2>&1
    local status=$?
    local lines
    lines="$(grep -E "$FIGURE" "$OUT/$name.txt")"
    if [ -z "$lines" ]; then
        echo "$name: no figure line (exit $status); see $OUT/$name.txt"
        tail -n 5 "$OUT/$name.txt" | sed 's/^/    /'
    else
        echo "$lines"
    fi
}

FIGURE='^(consistency|quantulum3|dateparser): '
run parsers python "$EVAL/score_parsers.py" "$EVAL"/peer/*.jsonl
run parsers-quantulum3 python "$EVAL/score_parsers.py" --engine quantulum3 "$EVAL"/peer/*.jsonl
run parsers-dateparser python "$EVAL/score_parsers.py" --engine dateparser "$EVAL"/peer/*.jsonl

FIGURE='^seeds: must'
REPORT="${TMPDIR:-/tmp}/seeds.json"
rm -f "$REPORT"
consistency check seeds/ --facts seeds/reference_facts.csv --format json -o "$REPORT" --fail-on never \
    >"$OUT/check-seeds.txt" 2>&1 || echo "consistency check exited $? (see $OUT/check-seeds.txt)"
run check python "$EVAL/score_check.py" "$EVAL/seeds_gold.json" "$REPORT"

FIGURE='^pairs: precision'
run pairs python "$EVAL/score_pairs.py" "$EVAL/pairs/pairs_dev.jsonl"
