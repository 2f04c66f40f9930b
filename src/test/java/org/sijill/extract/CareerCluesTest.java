package org.sijill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sijill.facts.Company;
import org.sijill.facts.Move;
import org.sijill.facts.Person;

/**
 * Where movers come from and go, and who is named, on sentences written for these tests: a title
 * in the dual shared by a pair, an organisation's description before the name, "انتقاله" and
 * "عاد", given names added to the list, and quotes that close one name and open the next.
 */
class CareerCluesTest {
  private final Extractor extractor = Extractor.standard();

  private Extraction extract(String text) {
    return TestFacts.extracted(extractor, text);
  }

  /** Every move as "name: from > to". */
  private List<String> moves(String text) {
    List<String> out = new ArrayList<>();
    for (Person p : extract(text).people()) {
      for (Move m : p.moves()) {
        out.add(p.name().ar() + ": " + (m.from() == null ? "-" : m.from()) + " > " + (m.to() == null ? "-" : m.to()));
      }
    }
    return out.stream().sorted().toList();
  }

  @Test
  void aDualTitleAfterAPairIsBothPeoplesOrigin() {
    assertEquals(List.of("جون بيكر: orbis > meta", "مارك تيلور: orbis > meta"),
        moves("وانضم مارك تيلور وجون بيكر، مؤسسا شركة Orbis، إلى ميتا الشهر الماضي."));
  }

  @Test
  void aDualTitleBeforeAPairIsBothPeoplesOrigin() {
    assertEquals(List.of("جون بيكر: orbis > meta", "مارك تيلور: orbis > meta"),
        moves("وانضم مؤسسا شركة Orbis، مارك تيلور وجون بيكر، إلى ميتا الشهر الماضي."));
  }

  @Test
  void anOrganisationsDescriptionBeforeTheCommaDoesNotCutTheTitleFromTheName() {
    assertEquals(List.of("مارك تيلور: orbis > meta"),
        moves("واستقطبت ميتا الرئيس التنفيذي لشركة Orbis الناشئة للروبوتات، مارك تيلور."));
  }

  @Test
  void hisMovingFromOneToAnotherIsHisMove() {
    assertEquals(List.of("مارك تيلور: google > meta"), moves("وأعلن مارك تيلور، الباحث البارز، انتقاله من غوغل إلى ميتا."));
  }

  @Test
  void returningToAnOrganisationIsJoiningIt() {
    assertEquals(List.of("مارك تيلور: - > google"), moves("وعاد مارك تيلور إلى غوغل الأسبوع الماضي."));
  }

  @Test
  void newGivenNamesStartAPersonsName() {
    List<String> names = extract("وقالت فيجي سيمو إن الفريق سيكبر، وأكد روهيت براساد ذلك.").people().stream().map(p -> p.name().ar()).sorted().toList();
    assertEquals(List.of("روهيت براساد", "فيجي سيمو"), names);
  }

  @Test
  void aQuoteThatClosesOneNameDoesNotOpenTheConjunction() {
    List<String> companies = extract("وقادت الجولة شركة Sequoia، بمشاركة \"نورث ستار\" و\"فالكون كابيتال\".").companies().stream()
        .map(Company::id).sorted().toList();
    assertEquals(List.of("falkun-capital", "nurth-star", "sequoia"), companies);
  }

  @Test
  void anArabicNameWithItsLatinSpellingInBracketsIsOneOrganisation() {
    List<String> companies = extract("واستحوذت ميتا على شركة \"نوفالينك\" (Novalink) الناشئة.").companies().stream()
        .map(c -> c.id() + ": " + String.join(" | ", c.aliases())).sorted().toList();
    assertEquals(List.of("meta: ميتا", "novalink: Novalink | نوفالينك"), companies);
  }

  @Test
  void aFutureVerbAfterATitleAndACommaStartsNoName() {
    List<String> names = extract("وسيتولى مارك تيلور منصب المدير التقني لقطاع الخدمات في OpenAI، وسيكون تابعاً لسام ألتمان.").people().stream()
        .map(p -> p.name().ar()).sorted().toList();
    assertEquals(List.of("سام ألتمان", "مارك تيلور"), names);
  }
}
