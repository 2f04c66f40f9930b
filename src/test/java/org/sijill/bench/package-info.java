/**
 * Benchmarks: a synthetic corpus generator for whole-build timings ({@link org.sijill.bench.Corpus},
 * run by {@code src/test/bench/corpus.sh}) and a JMH benchmark of extraction throughput.
 */
package org.sijill.bench;
