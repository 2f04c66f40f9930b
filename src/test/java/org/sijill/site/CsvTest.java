package org.sijill.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CsvTest {
  @Test
  void quotesOnlyTheFieldsThatNeedItAndEndsRowsWithCrlf() {
    Csv csv = new Csv("id", "quote");
    csv.row("a", "قال \"نعم\"، ثم مضى");
    csv.row("b", "one, two");
    csv.row("c", " padded");
    csv.row("d", null);
    assertEquals(
        "id,quote\r\na,\"قال \"\"نعم\"\"، ثم مضى\"\r\nb,\"one, two\"\r\nc,\" padded\"\r\nd,\r\n",
        csv.text());
    assertEquals(4, csv.rows());
  }
}
