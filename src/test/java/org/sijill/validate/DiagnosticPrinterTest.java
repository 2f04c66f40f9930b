package org.sijill.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sijill.diag.Diagnostic;

class DiagnosticPrinterTest {
  private final DiagnosticPrinter printer =
      new DiagnosticPrinter(
          Map.of(
              "content/deals/x.yaml", "id: x\r\ntype: bid\r\nstatus: done\r\n",
              "content/people/y.yaml", "id: y\naliases: [ماسك, ماسك]\n\tbad: tab\n"));

  @Test
  void printsTheSourceLineWithACaretUnderTheColumn() {
    assertEquals(
        String.join(
            "\n",
            "content/deals/x.yaml:3:9: error: status: must be one of announced, completed",
            "status: done",
            "        ^",
            ""),
        printer.print(
            Diagnostic.error(
                "content/deals/x.yaml", 3, 9, "status: must be one of announced, completed")));
  }

  @Test
  void countsColumnsInCharactersOfArabicTextAndKeepsTabs() {
    assertEquals(
        String.join(
            "\n",
            "content/people/y.yaml:2:17: warning: alias \"ماسك\" is listed twice",
            "aliases: [ماسك, ماسك]",
            "                ^",
            "content/people/y.yaml:3:2: error: tab",
            "\tbad: tab",
            "\t^",
            ""),
        printer.print(
            List.of(
                Diagnostic.warning(
                    "content/people/y.yaml", 2, 17, "alias \"ماسك\" is listed twice"),
                Diagnostic.error("content/people/y.yaml", 3, 2, "tab"))));
  }

  @Test
  void printsOnlyTheMessageWhenTheLineIsUnknown() {
    assertEquals(
        "content/schema/deal.schema.json:1:1: error: cannot load the schema: x\n"
            + "content/people/y.yaml:9:1: error: past the end\n",
        printer.print(
            List.of(
                Diagnostic.error(
                    "content/schema/deal.schema.json", 1, 1, "cannot load the schema: x"),
                Diagnostic.error("content/people/y.yaml", 9, 1, "past the end"))));
  }
}
