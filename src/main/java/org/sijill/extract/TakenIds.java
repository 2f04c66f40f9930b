package org.sijill.extract;

import java.util.AbstractSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.stream.Stream;
import org.sijill.facts.FactBase;

/**
 * The ids taken: the fact base's people and companies, looked up in the base rather than copied
 * for every article, and the ids given since.
 */
final class TakenIds extends AbstractSet<String> {
  private final FactBase base;
  private final Set<String> added = new HashSet<>();

  TakenIds(FactBase base) {
    this.base = base;
  }

  @Override
  public boolean contains(Object id) {
    return base.people().containsKey(id) || base.companies().containsKey(id) || added.contains(id);
  }

  @Override
  public boolean add(String id) {
    return !contains(id) && added.add(id);
  }

  @Override
  public Iterator<String> iterator() {
    return Stream.of(base.people().keySet(), base.companies().keySet(), added)
        .flatMap(Set::stream).distinct().iterator();
  }

  @Override
  public int size() {
    return (int) Stream.of(base.people().keySet(), base.companies().keySet(), added)
        .flatMap(Set::stream).distinct().count();
  }
}
