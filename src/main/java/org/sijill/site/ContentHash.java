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
import org.sijill.extract.Mention;
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
  /** The name of {@link Mention}'s class, hashed as a record's is. */
  private static final byte[] MENTION = Mention.class.getName().getBytes(StandardCharsets.UTF_8);

  /**
   * Buffers free to be used again: a build hashes hundreds of thousands of values, each with a
   * buffer of its own while it is hashed (and one more for each record reached inside it).
   */
  private final java.util.ArrayDeque<Buffer> free = new java.util.ArrayDeque<>();

  /** The SHA-256 of {@code value}'s content. */
  byte[] of(Object value) {
    Buffer d = take();
    try {
      add(d, value);
      return d.digest();
    } finally {
      release(d);
    }
  }

  private Buffer take() {
    Buffer d = free.poll();
    return d == null ? new Buffer() : d;
  }

  private void release(Buffer d) {
    d.reset();
    free.push(d);
  }

  /**
   * What is hashed, gathered in a byte array and digested at once (a digest updated a few bytes at
   * a time spends more on the calls than on hashing). Texts are added as their UTF-16 code units
   * after their length, which tells them apart as well as UTF-8 would, without encoding them.
   */
  private static final class Buffer {
    private final MessageDigest digest = CacheFile.sha256();
    private byte[] bytes = new byte[1 << 12];
    private int size;

    void update(byte b) {
      room(1);
      bytes[size++] = b;
    }

    void update(byte[] more) {
      room(more.length);
      System.arraycopy(more, 0, bytes, size, more.length);
      size += more.length;
    }

    void number(int n) {
      room(4);
      bytes[size++] = (byte) (n >>> 24);
      bytes[size++] = (byte) (n >>> 16);
      bytes[size++] = (byte) (n >>> 8);
      bytes[size++] = (byte) n;
    }

    void text(String s) {
      int length = s.length();
      number(length);
      room(2 * length);
      for (int i = 0; i < length; i++) {
        char c = s.charAt(i);
        bytes[size++] = (byte) (c >>> 8);
        bytes[size++] = (byte) c;
      }
    }

    private void room(int more) {
      if (size + more > bytes.length) {
        if (size > 0) {
          digest.update(bytes, 0, size);
          size = 0;
        }
        if (more > bytes.length) {
          bytes = new byte[Math.max(more, 2 * bytes.length)];
        }
      }
    }

    byte[] digest() {
      digest.update(bytes, 0, size);
      size = 0;
      return digest.digest();
    }

    /** Empties the buffer (after a digest, or when hashing stopped half way). */
    void reset() {
      size = 0;
      digest.reset();
    }
  }

  private void add(Buffer d, Object value) {
    if (value == null) {
      d.update((byte) 0);
    } else if (value instanceof String s) {
      d.update((byte) 1);
      d.text(s);
    } else if (value instanceof Integer || value instanceof Long || value instanceof Boolean
        || value instanceof BigDecimal || value instanceof BigInteger || value instanceof Character) {
      d.update((byte) 2);
      d.text(value.getClass().getSimpleName() + ":" + value);
    } else if (value instanceof Enum<?> e) {
      d.update((byte) 3);
      d.text(e.getDeclaringClass().getName() + "." + e.name());
    } else if (value instanceof Collection<?> c) {
      d.update((byte) 4);
      d.number(c.size());
      for (Object item : c) {
        add(d, item);
      }
    } else if (value instanceof Map<?, ?> m) {
      d.update((byte) 5);
      d.number(m.size());
      for (Map.Entry<?, ?> e : m.entrySet()) {
        add(d, e.getKey());
        add(d, e.getValue());
      }
    } else if (value instanceof Article a) {
      d.update((byte) 6);
      d.text(a.id() + "\u0000" + a.file() + "\u0000" + a.sha256());
    } else if (value instanceof Person || value instanceof Company || value instanceof Deal
        || value instanceof ArticleRecord) {
      d.update((byte) 7);
      byte[] hash = records.get(value);
      if (hash == null) {
        Buffer own = take();
        try {
          fields(own, (Record) value);
          hash = own.digest();
        } finally {
          release(own);
        }
        records.put(value, hash);
      }
      d.update(hash);
    } else if (value instanceof Mention m) {
      // as a record, without reflection: articles hold many
      d.update((byte) 8);
      d.number(MENTION.length);
      d.update(MENTION);
      d.update((byte) 2);
      d.text("Integer:" + m.start());
      d.update((byte) 2);
      d.text("Integer:" + m.end());
      add(d, m.kind());
      add(d, m.id());
    } else if (value instanceof Record r) {
      d.update((byte) 8);
      fields(d, r);
    } else {
      throw new IllegalArgumentException("cannot fingerprint a " + value.getClass().getName());
    }
  }

  private void fields(Buffer d, Record r) {
    Shape shape = shapes.computeIfAbsent(r.getClass(), ContentHash::shape);
    d.number(shape.name().length);
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
}
