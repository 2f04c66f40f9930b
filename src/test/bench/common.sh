# Shared by the benchmark scripts: the project root and the classpath of the test classes.
# Sourced, not run.

PROJECT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
CLASSPATH_FILE="$PROJECT/target/bench/classpath.txt"

# mvn, offline first (the usual case once ~/.m2 is filled), then online.
bench_mvn() {
  (cd "$PROJECT" && { mvn -B -q -o "$@" || mvn -B -q "$@"; })
}

# Compiles main and test classes and prints the full test classpath.
bench_classpath() {
  mkdir -p "$PROJECT/target/bench"
  bench_mvn test-compile dependency:build-classpath \
    -Dmdep.outputFile="$CLASSPATH_FILE" -Dmdep.includeScope=test >&2
  echo "$PROJECT/target/classes:$PROJECT/target/test-classes:$(cat "$CLASSPATH_FILE")"
}
