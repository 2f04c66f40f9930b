package org.sijill.site;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;
import org.sijill.articles.Article;
import org.sijill.facts.ArticleRecord;
import org.sijill.facts.CacheFile;
import org.sijill.facts.Company;
import org.sijill.facts.Deal;
import org.sijill.facts.Person;

/**
 * A SHA-256 of a value's whole content: strings, numbers, booleans, enums, lists, sets and maps in
 * their order, and records component by component. A record of the fact base is hashed once (and
 * then stands for itself by that hash wherever it is reached again); an article stands for itself
 * by its id, file name and the SHA-256 of its bytes, from which it is read. Any other type is an
 * error, so that nothing is hashed by identity. Not safe for several threads: each has its own.
 */
final class ContentHash {
  /** A record class: its name, as hashed, and its components' accessors. */
  private record Shape(byte[] name, Method[] accessors) {}

  private final Map<Class<?>, Shape> shapes = new java.util.HashMap<>();
  private final Map<Object, byte[]> records = new IdentityHashMap<>();
  private final byte[] buffer = new byte[8];

  /** The SHA-256 of {@code value}'s content. */
  byte[] of(Object value) {
    MessageDigest digest = CacheFile.sha256();
    add(digest, value);
    return digest.digest();
  }

  private void add(MessageDigest d, Object value) {
    if (value == null) {
      d.update((byte) 0);
    } else if (value instanceof String s) {
      d.update((byte) 1);
      text(d, s);
    } else if (value instanceof Integer || value instanceof Long || value instanceof Boolean
        || value instanceof BigDecimal || value instanceof BigInteger || value instanceof Character) {
      d.update((byte) 2);
      text(d, value.getClass().getSimpleName() + ":" + value);
    } else if (value instanceof Enum<?> e) {
      d.update((byte) 3);
      text(d, e.getDeclaringClass().getName() + "." + e.name());
    } else if (value instanceof Collection<?> c) {
      d.update((byte) 4);
      number(d, c.size());
      for (Object item : c) {
        add(d, item);
      }
    } else if (value instanceof Map<?, ?> m) {
      d.update((byte) 5);
      number(d, m.size());
      for (Map.Entry<?, ?> e : m.entrySet()) {
        add(d, e.getKey());
        add(d, e.getValue());
      }
    } else if (value instanceof Article a) {
      d.update((byte) 6);
      text(d, a.id() + "\u0000" + a.file() + "\u0000" + a.sha256());
    } else if (value instanceof Person || value instanceof Company || value instanceof Deal
        || value instanceof ArticleRecord) {
      d.update((byte) 7);
      byte[] hash = records.get(value);
      if (hash == null) {
        MessageDigest own = CacheFile.sha256();
        fields(own, (Record) value);
        hash = own.digest();
        records.put(value, hash);
      }
      d.update(hash);
    } else if (value instanceof Record r) {
      d.update((byte) 8);
      fields(d, r);
    } else {
      throw new IllegalArgumentException("cannot fingerprint a " + value.getClass().getName());
    }
  }

  private void fields(MessageDigest d, Record r) {
    Shape shape = shapes.computeIfAbsent(r.getClass(), ContentHash::shape);
    number(d, shape.name().length);
    d.update(shape.name());
    for (Method accessor : shape.accessors()) {
      try {
        add(d, accessor.invoke(r));
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + accessor, e);
      }
    }
  }

  private static Shape shape(Class<?> type) {
    Method[] methods =
        Arrays.stream(type.getRecordComponents()).map(RecordComponent::getAccessor).toArray(Method[]::new);
    for (Method m : methods) {
      m.setAccessible(true);
    }
    return new Shape(type.getName().getBytes(StandardCharsets.UTF_8), methods);
  }

  private void text(MessageDigest d, String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    number(d, bytes.length);
    d.update(bytes);
  }

  private void number(MessageDigest d, int n) {
    buffer[0] = (byte) (n >>> 24);
    buffer[1] = (byte) (n >>> 16);
    buffer[2] = (byte) (n >>> 8);
    buffer[3] = (byte) n;
    d.update(buffer, 0, 4);
  }
}
