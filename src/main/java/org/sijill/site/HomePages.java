package org.sijill.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sijill.facts.Deal;
import org.sijill.facts.SiteConfig;

/** Each language's home page: counts, the talent flow, latest moves, biggest deals, timeline. */
final class HomePages {
  private static final int LATEST = 8;
  private static final int BIGGEST = 5;
  private static final String UNDATED = "undated";

  private final SiteData data;
  private final Lang lang;

  HomePages(SiteData data, Lang lang) {
    this.data = data;
    this.lang = lang;
  }

  HomePage home(int articlePages) {
    On on = new On(data, lang, lang.code() + "/index.html");
    SiteConfig site = data.facts.site();
    String title = site == null ? on.messages().get("site.fallback") : site.title().in(lang.code());
    Formats formats = on.formats();
    List<Parts.Count> counts =
        List.of(
            count(formats, "people", data.facts.people().size()),
            count(formats, "companies", data.facts.companies().size()),
            count(formats, "deals", data.facts.deals().size()),
            count(formats, "articles", articlePages));
    List<Flows.Flow> flows = data.flows.all();
    int moved = flows.stream().mapToInt(f -> f.moves().size()).sum();
    String svg =
        FlowChart.svg(
            on,
            flows,
            on.messages().get("home.flow"),
            on.messages().plural("flow.desc", moved));
    List<HomePage.FlowRow> rows = new ArrayList<>();
    for (Flows.Flow flow : flows) {
      rows.add(
          new HomePage.FlowRow(
              on.company(flow.from()),
              on.company(flow.to()),
              flow.moves().size(),
              flow.moves().stream().map(on::brief).toList()));
    }
    List<SiteData.PersonMove> moves = allMoves();
    List<Parts.MoveItem> latest =
        moves.stream()
            .filter(pm -> Formats.isDate(pm.move().date()))
            .sorted(Flows.LATEST_FIRST)
            .limit(LATEST)
            .map(on::brief)
            .toList();
    List<Parts.DealRow> biggest =
        data.facts.deals().values().stream()
            .filter(d -> d.amount() != null && d.amount().value() != null)
            .sorted(
                Comparator.comparing((Deal d) -> d.amount().value(), Comparator.reverseOrder())
                    .thenComparing(Deal::id))
            .limit(BIGGEST)
            .map(d -> on.dealRow(d, null, false))
            .toList();
    String description = site == null || site.description() == null ? title : on.text(site.description()).plain();
    Parts.Head head = on.head("home", title);
    head = head.with(head.meta().with(description, "website", new JsonLd(data).website(lang)));
    return new HomePage(
        head,
        site == null ? null : on.text(site.description()),
        counts,
        svg,
        rows,
        latest,
        biggest,
        timeline(on, moves));
  }

  private static Parts.Count count(Formats formats, String kind, int n) {
    return new Parts.Count(kind, n, formats.count("count." + kind, n), kind + "/index.html");
  }

  private List<SiteData.PersonMove> allMoves() {
    return data.flows.moves();
  }

  /**
   * Moves and deals by month (or by year when only the year is known), latest first, those without
   * a date last; within a period deals first, then moves by person.
   */
  private List<HomePage.Period> timeline(On on, List<SiteData.PersonMove> moves) {
    TreeMap<String, List<HomePage.Event>> periods = new TreeMap<>(Comparator.reverseOrder());
    for (Deal deal : data.facts.deals().values()) {
      periods
          .computeIfAbsent(period(deal.date()), k -> new ArrayList<>())
          .add(new HomePage.Event(null, on.dealRow(deal, null, false)));
    }
    moves.stream()
        .sorted(Flows.LATEST_FIRST)
        .forEach(
            pm ->
                periods
                    .computeIfAbsent(period(pm.move().date()), k -> new ArrayList<>())
                    .add(new HomePage.Event(on.brief(pm), null)));
    List<HomePage.Period> list = new ArrayList<>();
    List<HomePage.Event> undated = periods.remove(UNDATED);
    for (Map.Entry<String, List<HomePage.Event>> e : periods.entrySet()) {
      list.add(new HomePage.Period("t-" + e.getKey(), on.when(e.getKey(), null), e.getValue()));
    }
    if (undated != null) {
      list.add(new HomePage.Period("t-" + UNDATED, null, undated));
    }
    return list;
  }

  /** {@code YYYY-MM} of a date, {@code YYYY} when only the year is known, or {@value UNDATED}. */
  private static String period(String date) {
    Formats.Precision precision = Formats.precision(date);
    if (precision == null) {
      return UNDATED;
    }
    return precision == Formats.Precision.YEAR ? date : date.substring(0, 7);
  }
}
