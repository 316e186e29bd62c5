#!/bin/bash
# Macro-F1 of the offline engine on every labelled set in ../shared/data, one line per set.
# usage: bash scripts/eval-all.sh [REPO_DIR] [dev|test]   (tune on dev; run test once at the end)
D=${1:-.}; S=${2:-dev}; cd "$D" || exit 1
SH=../shared/data
T=/tmp/evalall-$$; mkdir -p $T
node scripts/run-ts.mjs scripts/eval-semeval.ts $SH/en/Restaurants_Train_v2.xml $T/s14.csv >/dev/null
node scripts/run-ts.mjs scripts/eval-semeval.ts $SH/en/ABSA16_Restaurants_Train_SB1_v2.xml $T/s16.csv >/dev/null
node scripts/run-ts.mjs scripts/eval-semeval.ts $SH/en/ABSA16_Restaurants_Train_SB1_v2.xml $T/s16r.csv --level review >/dev/null
f() { echo -n "$1 "; shift; node scripts/run-ts.mjs "$@" --split $S 2>/dev/null | tail -1; }
f waimai   scripts/eval-sentiment.ts $SH/zh/waimai_10k.csv --text review --label label
f shopping scripts/eval-sentiment.ts $SH/zh/online_shopping_9_cats.csv --text review --label label
f sem14    scripts/eval-sentiment.ts $T/s14.csv --text text --label label --positive positive
f sem16    scripts/eval-sentiment.ts $T/s16.csv --text text --label label --positive positive
f sem16rev scripts/eval-sentiment.ts $T/s16r.csv --text text --label label --positive positive
# The project's own hotel review sets (test/fixtures/hotel-reviews, stop 29): written by the project, labelled from stars,
# never tuned on, so every row counts whatever the split asked for (README there).
g() { echo -n "$1 "; shift; node scripts/run-ts.mjs "$@" 2>/dev/null | tail -1; }
g hotel-zh scripts/eval-sentiment.ts test/fixtures/hotel-reviews/zh.csv --text review --label label
g hotel-en scripts/eval-sentiment.ts test/fixtures/hotel-reviews/en.csv --text review --label label
g hotel-zh-platform scripts/eval-sentiment.ts test/fixtures/hotel-reviews/zh-platform.csv --text review --label label
g hotel-en-platform scripts/eval-sentiment.ts test/fixtures/hotel-reviews/en-platform.csv --text review --label label
# Long-form hotel sets (stop 30): a third writer per language, written blind (no rule has been tuned on them).
g hotel-zh-long scripts/eval-sentiment.ts test/fixtures/hotel-reviews/zh-long.csv --text review --label label
g hotel-en-long scripts/eval-sentiment.ts test/fixtures/hotel-reviews/en-long.csv --text review --label label
B=$SH/intent/banking77_test.csv
f b77-complaint scripts/eval-intent.ts $B --text text --label category --categories scripts/banking77-intents.json --intent complaint
f b77-need      scripts/eval-intent.ts $B --text text --label category --categories scripts/banking77-intents.json --intent need
f b77-inquiry   scripts/eval-intent.ts $B --text text --label category --categories scripts/banking77-intents.json --intent inquiry
# Second BANKING77 mapping (stop 17: a hand reading of every dev row, scripts/banking77-v2-reading.txt). Both are
# reported: v1 keeps the series of stops 12-17 comparable, v2 says what the rows do (decision in docs, stop 17 lead).
f b77v2-complaint scripts/eval-intent.ts $B --text text --label category --categories scripts/banking77-intents-v2.json --intent complaint
f b77v2-need      scripts/eval-intent.ts $B --text text --label category --categories scripts/banking77-intents-v2.json --intent need
f b77v2-inquiry   scripts/eval-intent.ts $B --text text --label category --categories scripts/banking77-intents-v2.json --intent inquiry
f b77v2-inq-excl  scripts/eval-intent.ts $B --text text --label category --categories scripts/banking77-intents-v2.json --intent inquiry --exclude complaint
rm -rf $T
