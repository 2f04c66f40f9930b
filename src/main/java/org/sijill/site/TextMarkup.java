package org.sijill.site;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.util.List;

/**
 * The template functions that print text as HTML, in Java rather than as macros over each run
 * (the page's text is mostly runs): {@code txtRuns(x)} prints a {@link Txt}'s runs (or a list
 * of runs), a run in the other script isolated in {@code <bdi>}; {@code txtIn(x, lang)} prints a
 * text that is not in {@code lang} isolated and marked with its own language and direction; {@code
 * txt(x)} is {@code txtIn(x, page language)}. Text is escaped as the HTML output format escapes it.
 */
final class TextMarkup {
  private TextMarkup() {}

  /** The three functions for pages whose language code is {@code lang}, by name. */
  static java.util.Map<String, TemplateModel> functions(String lang) {
    return java.util.Map.of(
        "txtRuns",
        (TemplateMethodModelEx)
            args -> markup(runs(runsOf(arg(args, 0)), new StringBuilder())),
        "txtIn",
        (TemplateMethodModelEx) args -> markup(in(txt(arg(args, 0)), string(arg(args, 1)))),
        "txt",
        (TemplateMethodModelEx) args -> markup(in(txt(arg(args, 0)), lang)));
  }

  /** {@code text} in a page (or element) in {@code lang}: isolated when its language differs. */
  static String in(Txt text, String lang) {
    StringBuilder out = new StringBuilder();
    if (text.lang().equals(lang)) {
      return runs(text.runs(), out).toString();
    }
    out.append("<bdi lang=\"").append(escape(text.lang())).append("\" dir=\"");
    out.append(escape(text.dir())).append("\">");
    return runs(text.runs(), out).append("</bdi>").toString();
  }

  /** Appends {@code runs} to {@code out}, the foreign ones in {@code <bdi>}. */
  static StringBuilder runs(List<Txt.Run> runs, StringBuilder out) {
    for (Txt.Run run : runs) {
      if (run.bdi()) {
        out.append("<bdi>").append(escape(run.text())).append("</bdi>");
      } else {
        out.append(escape(run.text()));
      }
    }
    return out;
  }

  static String escape(String text) {
    return HTMLOutputFormat.INSTANCE.escapePlainText(text);
  }

  private static TemplateHTMLOutputModel markup(CharSequence html) throws TemplateModelException {
    return HTMLOutputFormat.INSTANCE.fromMarkup(html.toString());
  }

  private static TemplateModel arg(List<?> args, int i) throws TemplateModelException {
    if (args.size() <= i || !(args.get(i) instanceof TemplateModel model)) {
      throw new TemplateModelException("argument " + (i + 1) + " is missing");
    }
    return model;
  }

  private static Object unwrapped(TemplateModel model) throws TemplateModelException {
    if (model instanceof WrapperTemplateModel wrapper) {
      return wrapper.getWrappedObject();
    }
    throw new TemplateModelException("not a page model value: " + model.getClass().getName());
  }

  private static Txt txt(TemplateModel model) throws TemplateModelException {
    if (unwrapped(model) instanceof Txt text) {
      return text;
    }
    throw new TemplateModelException("not a text: " + unwrapped(model).getClass().getName());
  }

  @SuppressWarnings("unchecked")
  private static List<Txt.Run> runsOf(TemplateModel model) throws TemplateModelException {
    Object value = unwrapped(model);
    if (value instanceof Txt text) {
      return text.runs();
    }
    if (value instanceof List<?> list && list.stream().allMatch(Txt.Run.class::isInstance)) {
      return (List<Txt.Run>) list;
    }
    throw new TemplateModelException("not text runs: " + value.getClass().getName());
  }

  private static String string(TemplateModel model) throws TemplateModelException {
    if (model instanceof TemplateScalarModel scalar) {
      return scalar.getAsString();
    }
    throw new TemplateModelException("not a string: " + model.getClass().getName());
  }
}
