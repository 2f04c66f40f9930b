package org.sijill.site;

import static org.sijill.site.TextMarkup.escape;

import freemarker.core.HTMLOutputFormat;
import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.util.List;
import java.util.Map;

/**
 * The template functions that print what a page repeats most, in Java rather than as macros: a
 * sentence of an article ({@code htmlSentence(s, textLang)}), a list of citations ({@code
 * htmlCites(cs)}), a link ({@code htmlLink(l)}), links in a list ({@code htmlLinks(ls)}) and a
 * date ({@code htmlWhen(w)}). They print exactly what the macros they replace printed; the labels are those of the
 * page's language.
 */
final class PageMarkup {
  private final String lang;
  private final String dir;
  private final Map<String, String> labels;

  /** For a page whose {@code <html>} has {@code lang} and {@code dir}, with those labels. */
  PageMarkup(String lang, String dir, Map<String, String> labels) {
    this.lang = lang;
    this.dir = dir;
    this.labels = labels;
  }

  /** The functions by name. */
  Map<String, TemplateModel> functions() {
    return Map.of(
        "htmlSentence",
        (TemplateMethodModelEx)
            args ->
                markup(
                    sentence(
                        value(args, 0, Parts.SentenceView.class), string(args, 1))),
        "htmlCites",
        (TemplateMethodModelEx) args -> markup(cites(value(args, 0, List.class))),
        "htmlLink",
        (TemplateMethodModelEx)
            args -> markup(link(value(args, 0, Parts.Link.class), new StringBuilder()).toString()),
        "htmlLinks",
        (TemplateMethodModelEx) args -> markup(links(value(args, 0, List.class))),
        "htmlWhen",
        (TemplateMethodModelEx) args -> markup(when(value(args, 0, Parts.When.class))));
  }

  /** A link, its label in the page's language; the label alone when it has no href. */
  StringBuilder link(Parts.Link link, StringBuilder out) {
    if (link.href() == null) {
      return out.append(TextMarkup.in(link.label(), lang));
    }
    out.append("<a href=\"").append(escape(link.href())).append("\">");
    return out.append(TextMarkup.in(link.label(), lang)).append("</a>");
  }

  /** Links separated by the language's list separator. */
  String links(List<?> links) throws TemplateModelException {
    StringBuilder out = new StringBuilder(64 * links.size());
    for (int i = 0; i < links.size(); i++) {
      if (!(links.get(i) instanceof Parts.Link link)) {
        throw new TemplateModelException("not a link: " + links.get(i));
      }
      link(link, out.append(i == 0 ? "" : escape(label("list.sep"))));
    }
    return out.toString();
  }

  /** A date: machine-readable ({@code <time>}) when it is one, else the words as written. */
  String when(Parts.When when) {
    String text = TextMarkup.in(when.text(), lang);
    return when.iso() == null
        ? text
        : "<time datetime=\"" + escape(when.iso()) + "\">" + text + "</time>";
  }

  /**
   * A sentence, its anchor {@code s<n>}, its mentions linked; then the facts that cite it, marked
   * with the page's language when the text is in the other ({@code textLang}).
   */
  String sentence(Parts.SentenceView s, String textLang) throws TemplateModelException {
    StringBuilder out = new StringBuilder(256);
    out.append("<span class=\"s\" id=\"s").append(s.number()).append("\">");
    for (Parts.Segment g : s.segments()) {
      if (g.href() != null) {
        out.append("<a class=\"mention\" href=\"").append(escape(g.href())).append("\">");
        TextMarkup.runs(g.runs(), out).append("</a>");
      } else {
        TextMarkup.runs(g.runs(), out);
      }
    }
    out.append("</span>");
    if (s.facts().isEmpty()) {
      return out.toString();
    }
    out.append(" <small class=\"facts\"");
    if (!textLang.equals(lang)) {
      out.append(" lang=\"").append(escape(lang)).append("\" dir=\"").append(escape(dir));
      out.append('"');
    }
    out.append("><span class=\"visually-hidden\">").append(escape(label("article.cites")));
    out.append(": </span>");
    for (int i = 0; i < s.facts().size(); i++) {
      Parts.FactRef f = s.facts().get(i);
      out.append(i == 0 ? "" : " ").append("<a href=\"").append(escape(f.href())).append("\">");
      out.append(TextMarkup.in(f.entity(), lang));
      if (f.detail() != null) {
        out.append(": ").append(TextMarkup.in(f.detail(), lang));
      } else {
        out.append(escape(label("list.sep"))).append(escape(label("fact." + f.kind())));
      }
      out.append("</a>");
    }
    return out.append("</small>").toString();
  }

  /** A list of citations, one item each, or nothing when there are none. */
  String cites(List<?> cites) throws TemplateModelException {
    if (cites.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder(256 * cites.size());
    out.append("<ul class=\"cites\">\n");
    for (Object item : cites) {
      if (!(item instanceof Parts.Cite c)) {
        throw new TemplateModelException("not a citation: " + item);
      }
      out.append("<li>");
      cite(c, out);
      out.append("</li>\n");
    }
    return out.append("</ul>\n").toString();
  }

  /** The quote, then the source's number and the sentence, linked to the sentence. */
  private void cite(Parts.Cite c, StringBuilder out) throws TemplateModelException {
    Txt quote = c.quote();
    out.append("<q");
    if (!quote.lang().equals(lang)) {
      out.append(" lang=\"").append(escape(quote.lang())).append("\" dir=\"");
      out.append(escape(quote.dir())).append('"');
    }
    out.append('>');
    TextMarkup.runs(quote.runs(), out).append("</q> ");
    String where =
        escape(
            label("note.sentence")
                .replace("{note}", Integer.toString(c.note()))
                .replace("{n}", Integer.toString(c.sentence())));
    if (c.href() != null) {
      out.append("<a class=\"where\" href=\"").append(escape(c.href())).append("\">");
      out.append(where).append("</a>");
    } else {
      out.append("<span class=\"where\">").append(where).append("</span>");
    }
  }

  private String label(String key) throws TemplateModelException {
    String text = labels.get(key);
    if (text == null) {
      throw new TemplateModelException("no label " + key + " in the messages of " + lang);
    }
    return text;
  }

  private static TemplateModel markup(String html) throws TemplateModelException {
    return HTMLOutputFormat.INSTANCE.fromMarkup(html);
  }

  private static <T> T value(List<?> args, int i, Class<T> type) throws TemplateModelException {
    if (args.size() > i
        && args.get(i) instanceof WrapperTemplateModel wrapper
        && type.isInstance(wrapper.getWrappedObject())) {
      return type.cast(wrapper.getWrappedObject());
    }
    throw new TemplateModelException("argument " + (i + 1) + " is not a " + type.getSimpleName());
  }

  private static String string(List<?> args, int i) throws TemplateModelException {
    if (args.size() > i && args.get(i) instanceof TemplateScalarModel scalar) {
      return scalar.getAsString();
    }
    throw new TemplateModelException("argument " + (i + 1) + " is not a string");
  }
}
