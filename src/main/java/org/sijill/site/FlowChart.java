package org.sijill.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The talent flow drawn at build time as an inline SVG: organisations people left on one side,
 * organisations they joined on the other, one band per route as wide as the number of people.
 * Arabic pages are mirrored (people flow from right to left); labels are in the page's language,
 * Latin runs in Arabic labels isolated. The chart is an image with a title and a description; the
 * table beside it holds the same figures.
 */
final class FlowChart {
  static final int WIDTH = 720;
  private static final int UNIT = 18;
  private static final int GAP = 12;
  private static final int BAR = 8;
  private static final int LEFT_BAR = 232;
  private static final int RIGHT_BAR = WIDTH - LEFT_BAR - BAR;
  private static final int PAD = 4;

  private record Node(String id, int count, int y) {}

  private FlowChart() {}

  /** The SVG for {@code flows}, or null when there is no flow to draw. */
  static String svg(On on, List<Flows.Flow> flows, String title, String description) {
    if (flows.isEmpty()) {
      return null;
    }
    Map<String, Node> sources = nodes(flows, true);
    Map<String, Node> targets = nodes(flows, false);
    int height =
        Math.max(bottom(sources), bottom(targets)) + PAD;
    boolean rtl = on.lang.dir().equals("rtl");
    StringBuilder out = new StringBuilder();
    out.append("<svg class=\"flow\" role=\"img\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(height)
        .append("\" aria-labelledby=\"flow-title flow-desc\">");
    out.append("<title id=\"flow-title\">").append(Xml.escape(title)).append("</title>");
    out.append("<desc id=\"flow-desc\">").append(Xml.escape(description)).append("</desc>");
    Map<String, Integer> sourceUsed = new LinkedHashMap<>();
    Map<String, Integer> targetUsed = new LinkedHashMap<>();
    List<Flows.Flow> ordered = new ArrayList<>(flows);
    ordered.sort(
        Comparator.comparingInt((Flows.Flow f) -> sources.get(f.from()).y())
            .thenComparingInt(f -> targets.get(f.to()).y()));
    for (Flows.Flow flow : ordered) {
      int h = flow.moves().size() * UNIT;
      Node from = sources.get(flow.from());
      Node to = targets.get(flow.to());
      int y1 = from.y() + sourceUsed.merge(flow.from(), h, Integer::sum) - h;
      int y2 = to.y() + targetUsed.merge(flow.to(), h, Integer::sum) - h;
      int x1 = x(LEFT_BAR + BAR, rtl);
      int x2 = x(RIGHT_BAR, rtl);
      int mid = (x1 + x2) / 2;
      out.append("<path class=\"band\" d=\"M")
          .append(x1).append(',').append(y1)
          .append("C").append(mid).append(',').append(y1).append(' ')
          .append(mid).append(',').append(y2).append(' ')
          .append(x2).append(',').append(y2)
          .append("V").append(y2 + h)
          .append("C").append(mid).append(',').append(y2 + h).append(' ')
          .append(mid).append(',').append(y1 + h).append(' ')
          .append(x1).append(',').append(y1 + h)
          .append("Z\"><title>")
          .append(Xml.escape(route(on, flow)))
          .append("</title></path>");
    }
    for (Node node : sources.values()) {
      bar(out, node, LEFT_BAR, rtl);
      label(out, on, node, LEFT_BAR - 6, "end", rtl);
    }
    for (Node node : targets.values()) {
      bar(out, node, RIGHT_BAR, rtl);
      label(out, on, node, RIGHT_BAR + BAR + 6, "start", rtl);
    }
    out.append("</svg>");
    return out.toString();
  }

  /**
   * The words for one band: "OpenAI → Meta: 5 people". It is plain text (an SVG title can hold no
   * {@code <bdi>}), so names in the other script are isolated with FSI … PDI.
   */
  static String route(On on, Flows.Flow flow) {
    return on.messages()
            .format(
                "flow.route",
                Map.of(
                    "from", isolated(on, on.company(flow.from()).label()),
                    "to", isolated(on, on.company(flow.to()).label())))
        + ": "
        + on.messages().plural("count.people", flow.moves().size());
  }

  /** {@code name} as plain text, its runs in the script foreign to the page between FSI and PDI. */
  private static String isolated(On on, Txt name) {
    boolean foreign = !name.lang().equals(on.lang.code());
    StringBuilder out = new StringBuilder();
    for (Txt.Run run : name.runs()) {
      if (run.bdi() || foreign) {
        out.append(Scripts.FSI).append(run.text()).append(Scripts.PDI);
      } else {
        out.append(run.text());
      }
    }
    return out.toString();
  }

  private static Map<String, Node> nodes(List<Flows.Flow> flows, boolean sources) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Flows.Flow flow : flows) {
      counts.merge(sources ? flow.from() : flow.to(), flow.moves().size(), Integer::sum);
    }
    List<Map.Entry<String, Integer>> order = new ArrayList<>(counts.entrySet());
    order.sort(
        Comparator.comparingInt((Map.Entry<String, Integer> e) -> -e.getValue())
            .thenComparing(Map.Entry::getKey));
    Map<String, Node> nodes = new LinkedHashMap<>();
    int y = PAD;
    for (Map.Entry<String, Integer> e : order) {
      nodes.put(e.getKey(), new Node(e.getKey(), e.getValue(), y));
      y += e.getValue() * UNIT + GAP;
    }
    return nodes;
  }

  private static int bottom(Map<String, Node> nodes) {
    int bottom = 0;
    for (Node node : nodes.values()) {
      bottom = Math.max(bottom, node.y() + node.count() * UNIT);
    }
    return bottom;
  }

  private static int x(int x, boolean rtl) {
    return rtl ? WIDTH - x : x;
  }

  private static void bar(StringBuilder out, Node node, int x, boolean rtl) {
    int left = rtl ? WIDTH - x - BAR : x;
    out.append("<rect class=\"node\" x=\"")
        .append(left)
        .append("\" y=\"")
        .append(node.y())
        .append("\" width=\"")
        .append(BAR)
        .append("\" height=\"")
        .append(node.count() * UNIT)
        .append("\"/>");
  }

  private static void label(
      StringBuilder out, On on, Node node, int x, String anchor, boolean rtl) {
    int y = node.y() + node.count() * UNIT / 2;
    out.append("<text x=\"")
        .append(x(x, rtl))
        .append("\" y=\"")
        .append(y)
        .append("\" text-anchor=\"")
        .append(anchor)
        .append("\" dominant-baseline=\"middle\">");
    Txt name = on.company(node.id()).label();
    for (Txt.Run run : name.runs()) {
      if (run.bdi() || !name.lang().equals(on.lang.code())) {
        Lang runLang = Lang.of(name.lang()).equals(on.lang) ? on.lang.other() : Lang.of(name.lang());
        out.append("<tspan lang=\"")
            .append(runLang.code())
            .append("\" direction=\"")
            .append(runLang.dir())
            .append("\" unicode-bidi=\"isolate\">")
            .append(Xml.escape(run.text()))
            .append("</tspan>");
      } else {
        out.append(Xml.escape(run.text()));
      }
    }
    out.append(" <tspan class=\"n\">")
        .append(on.formats().number(java.math.BigDecimal.valueOf(node.count())))
        .append("</tspan></text>");
  }

}
