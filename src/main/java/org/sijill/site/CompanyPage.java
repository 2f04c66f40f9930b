package org.sijill.site;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;

/**
 * {@code <lang>/companies/<id>.html}: the infobox (kind, parent, labs, net talent flow), facts,
 * people with roles there, who joined and who left (labs counted with their company), the talent
 * exchanged with each other organisation, deals grouped by the company's role, the sentences that
 * mention it, and the numbered sources. {@code kind} is the YAML spelling of the company kind.
 */
@JsonTypeName("company")
public record CompanyPage(
    Parts.Head head,
    Parts.Name name,
    List<Txt> aliases,
    String kind,
    Parts.Link parent,
    List<Parts.Link> labs,
    Parts.Html summary,
    boolean draft,
    Net net,
    List<Parts.FactItem> facts,
    List<Parts.PersonRole> people,
    List<Parts.MoveItem> joined,
    List<Parts.MoveItem> left,
    List<Exchange> exchanges,
    List<DealGroup> deals,
    List<Parts.ArticleMentions> mentions,
    Txt mentionCount,
    List<Parts.Note> notes)
    implements Page {
  public CompanyPage {
    aliases = List.copyOf(aliases);
    labs = List.copyOf(labs);
    facts = List.copyOf(facts);
    people = List.copyOf(people);
    joined = List.copyOf(joined);
    left = List.copyOf(left);
    exchanges = List.copyOf(exchanges);
    deals = List.copyOf(deals);
    mentions = List.copyOf(mentions);
    notes = List.copyOf(notes);
  }

  /**
   * Completed moves in and out, as sentences ({@code joined}: "3 joined"), as numbers of people
   * ({@code in}, {@code out}: "3 people") and as the signed difference ({@code value}, shown as
   * {@code +3}, {@code −2} or {@code 0}).
   */
  public record Net(int value, String signed, Txt joined, Txt left, Txt in, Txt out) {}

  /** People exchanged with one other organisation: how many came in and went out. */
  public record Exchange(Parts.Link other, int in, int out) {}

  /** The deals in which the company has {@code role}. */
  public record DealGroup(String role, List<Parts.DealRow> deals) {
    public DealGroup {
      deals = List.copyOf(deals);
    }
  }
}
