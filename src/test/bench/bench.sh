#!/usr/bin/env bash
# bench.sh N [N...]: for each N, writes a synthetic corpus of N articles (corpus.sh) and times, as
# whole processes, `mvn site-gen` rendering it (content/ complete, no previous target/), `mvn
# site-gen` building it from an empty ledger (extraction of every article, then rendering), and
# Hugo rendering the same number of pages from Markdown. Prints per N:
#   N=… render_s=… full_s=… hugo_s=… render_ratio=… full_ratio=… peak_mb=…
# (wall seconds, medians of BENCH_RUNS runs, default 3; peak resident memory of the builds in MB)
# and, on lines starting with '#', every single run. Work files go to BENCH_DIR (default
# target/bench under the project); corpora there are reused when their N matches.
set -euo pipefail
source "$(dirname "$0")/common.sh"
if [ $# -lt 1 ]; then
  echo "usage: bench.sh N [N...]" >&2
  exit 2
fi
runs=${BENCH_RUNS:-3}
work=${BENCH_DIR:-$PROJECT/target/bench}
mkdir -p "$work"
work=$(cd "$work" && pwd)

if ! command -v hugo >/dev/null; then
  echo "# installing hugo (Debian package)" >&2
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq hugo >&2
  else sudo apt-get update -qq && sudo apt-get install -y -qq hugo >&2; fi
fi
if [ ! -x /usr/bin/time ]; then
  echo "# installing time (Debian package)" >&2
  if [ "$(id -u)" = 0 ]; then apt-get install -y -qq time >&2; else sudo apt-get install -y -qq time >&2; fi
fi

bench_classpath >/dev/null   # compiles main and test classes once, before anything is timed

# timed LOG CMD...: runs CMD, appends "seconds max_rss_kb" to LOG; fails if CMD fails.
timed() {
  local log=$1; shift
  local out="$work/last-run.txt"
  if ! /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >"$out" 2>&1; then
    echo "bench.sh: failed: $*" >&2
    tail -20 "$out" >&2
    exit 1
  fi
  cat "$work/time.txt" >>"$log"
}

# mvn site-gen of the folder $1, run from the project root (where Maven finds the lifecycle).
sitegen=(bash -c 'cd "$0" && exec mvn -B -q -o site-gen -Dsitegen.root="$1"' "$PROJECT")

median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

for n in "$@"; do
  dir="$work/n$n"
  if [ ! -f "$dir/done" ]; then
    rm -rf "$dir"
    "$PROJECT/src/test/bench/corpus.sh" "$n" "$dir/corpus" "$dir/hugo" >&2
    touch "$dir/done"
  fi
  : >"$dir/render.log"; : >"$dir/full.log"; : >"$dir/hugo.log"
  for i in $(seq "$runs"); do
    rm -rf "$dir/corpus/target"
    timed "$dir/render.log" "${sitegen[@]}" "$dir/corpus"
    echo "# N=$n render run $i: $(tail -1 "$dir/render.log")" >&2

    rm -rf "$dir/empty"
    mkdir -p "$dir/empty/content"
    cp -r "$dir/corpus/seeds" "$dir/empty/"
    cp -r "$dir/corpus/content/schema" "$dir/corpus/content/site.yaml" "$dir/empty/content/"
    timed "$dir/full.log" "${sitegen[@]}" "$dir/empty"
    echo "# N=$n full run $i: $(tail -1 "$dir/full.log")" >&2

    rm -rf "$dir/hugo-out"
    timed "$dir/hugo.log" hugo --quiet -s "$dir/hugo" -d "$dir/hugo-out"
    echo "# N=$n hugo run $i: $(tail -1 "$dir/hugo.log")" >&2
  done
  pages=$(find "$dir/corpus/target/site" -name '*.html' | wc -l)
  hugo_pages=$(find "$dir/hugo-out" -name '*.html' | wc -l)
  render=$(cut -d' ' -f1 "$dir/render.log" | median)
  full=$(cut -d' ' -f1 "$dir/full.log" | median)
  hugo_s=$(cut -d' ' -f1 "$dir/hugo.log" | median)
  peak=$(cat "$dir/render.log" "$dir/full.log" | cut -d' ' -f2 | sort -g | tail -1)
  echo "# N=$n pages: sijill=$pages hugo=$hugo_pages; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
  awk -v n="$n" -v r="$render" -v f="$full" -v h="$hugo_s" -v p="$peak" 'BEGIN {
    printf "N=%d render_s=%.2f full_s=%.2f hugo_s=%.2f render_ratio=%.2f full_ratio=%.2f peak_mb=%.0f\n",
      n, r, f, h, r / h, f / h, p / 1024 }'
done
