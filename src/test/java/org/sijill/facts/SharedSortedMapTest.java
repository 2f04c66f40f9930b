package org.sijill.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SharedSortedMapTest {
  @Test
  void readsLikeATreeMapAndLeavesEveryEarlierVersionAsItWas() {
    Random random = new Random(7);
    TreeMap<String, Integer> expected = new TreeMap<>();
    SharedSortedMap<Integer> map = SharedSortedMap.empty();
    List<SharedSortedMap<Integer>> versions = new ArrayList<>();
    List<Map<String, Integer>> snapshots = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      String key = "k" + random.nextInt(700);
      expected.put(key, i);
      map = map.with(key, i);
      if (i % 100 == 0) {
        versions.add(map);
        snapshots.add(new TreeMap<>(expected));
      }
    }
    assertEquals(expected, map);
    assertEquals(new ArrayList<>(expected.entrySet()), new ArrayList<>(map.entrySet()));
    assertEquals(expected.firstKey(), map.firstKey());
    assertEquals(expected.lastKey(), map.lastKey());
    assertEquals(expected.headMap("k3"), map.headMap("k3"));
    for (int v = 0; v < versions.size(); v++) {
      assertEquals(snapshots.get(v), versions.get(v), "version " + v);
    }
  }

  @Test
  void aFactBaseKeepsASharedMapInsteadOfCopyingIt() {
    SharedSortedMap<Person> people = SharedSortedMap.empty();
    FactBase base = new FactBase(null, people, new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
    assertSame(people, base.people());
  }
}
