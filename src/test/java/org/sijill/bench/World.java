package org.sijill.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * The invented people, companies and outlets a corpus writes about. Each person has one move (from
 * one company to another, in one month) and one title, each company a spokesperson and one round of
 * lay-offs, so that every article that names them states the same facts, as outlets reporting the
 * same news do. Picks favour the first entries, so some names recur in many articles.
 */
final class World {
  record Person(
      String id, String en, String ar, String arFamily, int title, int from, int to, int month, int year) {}

  record Company(String id, String en, String ar, int spokesperson, int laidOff, int month, int year) {}

  record Outlet(String id, String en, String ar) {}

  final List<Person> people = new ArrayList<>();
  final List<Company> companies = new ArrayList<>();
  final List<Outlet> outlets = new ArrayList<>();

  World(Words words, int articles, Random random) {
    int companyCount = clamp(articles / 40, 12, words.brands().size() * words.suffixes().size());
    int personCount = clamp(articles / 5, 40, words.given().size() * words.family().size());
    List<int[]> brandPairs = pairs(words.brands().size(), words.suffixes().size(), random);
    for (int i = 0; i < companyCount; i++) {
      String[] brand = words.brands().get(brandPairs.get(i)[0]);
      String[] suffix = words.suffixes().get(brandPairs.get(i)[1]);
      String en = brand[0] + " " + suffix[0];
      companies.add(
          new Company(
              slug(en),
              en,
              brand[1] + " " + suffix[1],
              personCount - 1 - (i % personCount),
              50 * (1 + random.nextInt(40)),
              1 + random.nextInt(12),
              2023 + random.nextInt(3)));
    }
    List<int[]> namePairs = pairs(words.given().size(), words.family().size(), random);
    Set<String> ids = new HashSet<>();
    for (int i = 0; ids.size() < personCount; i++) {
      String[] given = words.given().get(namePairs.get(i)[0]);
      String[] family = words.family().get(namePairs.get(i)[1]);
      String en = given[0] + " " + family[0];
      if (!ids.add(slug(en))) {
        continue;
      }
      int from = pick(companyCount, random);
      int to = (from + 1 + pick(companyCount - 1, random)) % companyCount;
      people.add(
          new Person(
              slug(en),
              en,
              given[1] + " " + family[1],
              family[1],
              random.nextInt(words.titles().size()),
              from,
              to,
              1 + random.nextInt(12),
              2023 + random.nextInt(3)));
    }
    for (String[] outlet : words.outlets()) {
      outlets.add(new Outlet(slug(outlet[0]), outlet[0], outlet[1]));
    }
  }

  /** An index below {@code n}, small ones more often (a few names make most of the news). */
  static int pick(int n, Random random) {
    return Math.min(n - 1, (int) (n * Math.pow(random.nextDouble(), 1.6)));
  }

  Person person(Random random) {
    return people.get(pick(people.size(), random));
  }

  Company company(Random random) {
    return companies.get(pick(companies.size(), random));
  }

  static String slug(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }

  private static int clamp(int value, int min, int max) {
    return Math.max(min, Math.min(max, value));
  }

  /** Every pair of indexes below {@code a} and {@code b}, shuffled. */
  private static List<int[]> pairs(int a, int b, Random random) {
    List<int[]> pairs = new ArrayList<>();
    for (int i = 0; i < a; i++) {
      for (int j = 0; j < b; j++) {
        pairs.add(new int[] {i, j});
      }
    }
    java.util.Collections.shuffle(pairs, random);
    return pairs;
  }
}
