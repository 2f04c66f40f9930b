package org.sijill.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import freemarker.template.Configuration;
import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.Template;
import freemarker.template.TemplateHashModel;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordWrapperTest {
  @TempDir Path dir;

  private String render(String template, Object model) throws Exception {
    Configuration cfg = HtmlTemplateEngine.configure(dir.toFile());
    StringWriter out = new StringWriter();
    new Template("t.ftlh", new StringReader(template), cfg).process(Map.of("x", model), out);
    return out.toString();
  }

  @Test
  void readsComponentsCallsMethodsAndTreatsNullAsMissing() throws Exception {
    Parts.Name name = new Parts.Name(Scripts.in(Lang.AR, "مارك Zuckerberg"), null);
    assertEquals(
        "ar rtl 2|مارك Zuckerberg|false|no other|true|<b>",
        render(
            "${x.main.lang} ${x.main.dir} ${x.main.runs?size}|${x.main.plain()}|"
                + "${x.main.runs[0].bdi?c}|<#if x.other??>other<#else>no other</#if>|"
                + "${x.main?has_content?c}|${\"<b>\"?no_esc}",
            name));
  }

  @Test
  void escapesComponentTextsAsTheDefaultWrapperDid() throws Exception {
    Parts.Link link = new Parts.Link("a.html?x=1&y=\"2\"", Scripts.in(Lang.EN, "<i>"));
    assertEquals(
        "a.html?x=1&amp;y=&quot;2&quot; &lt;i&gt;",
        render("${x.href} ${x.label.runs[0].text}", link));
  }

  @Test
  void readsEachComponentOfARecordOnceAndARecordComponentAsARecord() throws Exception {
    Parts.Link link = new Parts.Link("a.html", Scripts.in(Lang.EN, "Meta"));
    assertEquals(
        "a.html a.html en Meta Meta",
        render(
            "${x.href} ${x.href} ${x.label.lang} ${x.label.plain()} ${x.label.runs[0].text}",
            link));
    TemplateHashModel model =
        (TemplateHashModel) new RecordWrapper(Configuration.VERSION_2_3_34).wrap(link);
    assertSame(model.get("label"), model.get("label"));
    assertEquals(
        link.label(), ((WrapperTemplateModel) model.get("label")).getWrappedObject());
  }
}
