#!/usr/bin/env bash
# corpus.sh N DIR [HUGO_DIR]: writes into DIR a project folder with N synthetic Arabic articles in
# seeds/ and the matching reviewed fact files in content/ (see org.sijill.bench.Corpus); with
# HUGO_DIR, also the same pages as a Hugo site. DIR must not exist or be empty.
set -euo pipefail
source "$(dirname "$0")/common.sh"
if [ $# -lt 2 ]; then
  echo "usage: corpus.sh N DIR [HUGO_DIR]" >&2
  exit 2
fi
n=$1
dir=$(mkdir -p "$2" && cd "$2" && pwd)
if [ -n "$(ls -A "$dir")" ]; then
  echo "corpus.sh: $dir is not empty" >&2
  exit 2
fi
extra=()
if [ $# -ge 3 ]; then
  extra=(--hugo "$(mkdir -p "$3" && cd "$3" && pwd)")
fi
cp=$(bench_classpath)
java -Dfile.encoding=UTF-8 -cp "$cp" org.sijill.bench.Corpus "$n" "$dir" --project "$PROJECT" "${extra[@]}"
