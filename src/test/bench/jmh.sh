#!/usr/bin/env bash
# jmh.sh [JMH options]: runs the JMH benchmarks of org.sijill.bench (extraction throughput; the
# rate of the `bytes` counter is bytes of Arabic text per second on one core). Options go to JMH,
# e.g. `jmh.sh -p corpus=seeds` or `jmh.sh -wi 1 -i 3`.
set -euo pipefail
source "$(dirname "$0")/common.sh"
cp=$(bench_classpath)
cd "$PROJECT"
exec java -Dfile.encoding=UTF-8 -cp "$cp" org.openjdk.jmh.Main -jvmArgsAppend "-Dsijill.project=$PROJECT" "$@" 'org.sijill.bench.*'
