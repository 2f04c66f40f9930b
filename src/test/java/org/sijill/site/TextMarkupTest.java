package org.sijill.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextMarkupTest {
  @TempDir Path dir;

  private String render(String pageLang, String template, Object x) throws Exception {
    Configuration cfg = HtmlTemplateEngine.configure(dir.toFile());
    Map<String, Object> data = new HashMap<>(TextMarkup.functions(pageLang));
    data.put("x", x);
    StringWriter out = new StringWriter();
    new Template("t.ftlh", new StringReader(template), cfg).process(data, out);
    return out.toString();
  }

  @Test
  void isolatesLatinRunsOfArabicTextAndEscapesThem() throws Exception {
    Txt text = Scripts.in(Lang.AR, "شركة <A&B> \"Meta\" و'x'");
    assertEquals(
        "شركة &lt;<bdi>A&amp;B</bdi>&gt; &quot;<bdi>Meta</bdi>&quot; و&#39;<bdi>x</bdi>&#39;",
        render("ar", "${txt(x)}", text));
  }

  @Test
  void marksTextInTheOtherLanguageWithItsLanguageAndDirection() throws Exception {
    Txt text = Scripts.in(Lang.AR, "ميتا Meta");
    assertEquals(
        "<bdi lang=\"ar\" dir=\"rtl\">ميتا <bdi>Meta</bdi></bdi>|ميتا <bdi>Meta</bdi>",
        render("en", "${txt(x)}|${txtIn(x, \"ar\")}", text));
  }

  @Test
  void printsRunsOfATextOrAListOfRunsWithoutMarkingTheLanguage() throws Exception {
    Txt text = Scripts.in(Lang.EN, "Meta ميتا");
    assertEquals(
        "Meta <bdi>ميتا</bdi>|Meta <bdi>ميتا</bdi>",
        render("ar", "${txtRuns(x)}|${txtRuns(x.runs)}", text));
  }

  @Test
  void printsWhatTheMacrosOverEachRunPrinted() throws Exception {
    String macros =
        "<#macro runs rs><#list rs as r><#if r.bdi><bdi>${r.text}</bdi><#else>${r.text}</#if>"
            + "</#list></#macro><#macro tin x lang><#if x.lang == lang><@runs x.runs/><#else>"
            + "<bdi lang=\"${x.lang}\" dir=\"${x.dir}\"><@runs x.runs/></bdi></#if></#macro>";
    for (Txt text :
        List.of(
            Scripts.in(Lang.AR, "أعلنت OpenAI & Co. عن <خطة> 'جديدة'"),
            Scripts.in(Lang.EN, "Sam Altman (سام ألتمان) said \"no\""),
            Scripts.in(Lang.EN, ""))) {
      for (String lang : List.of("ar", "en")) {
        assertEquals(
            render(lang, macros + "<@tin x \"" + lang + "\"/>", text),
            render(lang, "${txt(x)}", text));
      }
    }
  }
}
