package org.sijill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SummaryTest {
  @Test
  void namesEveryArticleExtractedWhenThereAreFew() {
    assertEquals(" (none new or changed)", Summary.extracted(List.of()));
    assertEquals(" (extracted now: 001_a, 002_b)", Summary.extracted(List.of("001_a", "002_b")));
  }

  @Test
  void namesTheFirstTenAndCountsTheRestOfALongList() {
    List<String> ids = IntStream.range(0, 1000).mapToObj(i -> String.format("a%06d", i)).toList();
    assertEquals(
        " (extracted now: 1000: a000000, a000001, a000002, a000003, a000004, a000005, a000006,"
            + " a000007, a000008, a000009 and 990 more)",
        Summary.extracted(ids));
  }
}
