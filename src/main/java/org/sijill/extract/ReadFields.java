package org.sijill.extract;

import java.util.Objects;
import org.sijill.facts.Company;
import org.sijill.facts.Deal;
import org.sijill.facts.FactBase;
import org.sijill.facts.Person;

/**
 * The fields of the fact base's records that extraction reads: of a person its id, name, aliases
 * and review; of a company those and its kind and parent; of a deal its id, type, amount and
 * parties; and which ids exist. Roles, moves, company facts, sources and the article records are
 * never read. Two fact bases that agree on these give the same extraction of any article, which
 * lets a build extract an article against an earlier fact base while another is merged ({@code
 * cli.ExtractionRun}). Code of this package that comes to read another field of the fact base
 * must add it here.
 */
public final class ReadFields {
  private ReadFields() {}

  /** Whether extraction reads person {@code id} alike in the two fact bases (absent in both counts). */
  public static boolean samePerson(FactBase a, FactBase b, String id) {
    Person x = a.people().get(id);
    Person y = b.people().get(id);
    return x == y
        || x != null
            && y != null
            && Objects.equals(x.name(), y.name())
            && Objects.equals(x.aliases(), y.aliases())
            && x.review() == y.review();
  }

  /** Whether extraction reads company {@code id} alike in the two fact bases. */
  public static boolean sameCompany(FactBase a, FactBase b, String id) {
    Company x = a.companies().get(id);
    Company y = b.companies().get(id);
    return x == y
        || x != null
            && y != null
            && Objects.equals(x.name(), y.name())
            && Objects.equals(x.aliases(), y.aliases())
            && x.kind() == y.kind()
            && Objects.equals(x.parent(), y.parent())
            && x.review() == y.review();
  }

  /** Whether extraction reads deal {@code id} alike in the two fact bases. */
  public static boolean sameDeal(FactBase a, FactBase b, String id) {
    Deal x = a.deals().get(id);
    Deal y = b.deals().get(id);
    return x == y
        || x != null
            && y != null
            && x.type() == y.type()
            && Objects.equals(x.amount(), y.amount())
            && Objects.equals(x.parties(), y.parties());
  }
}
