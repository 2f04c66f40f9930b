package org.sijill.facts;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import org.sijill.diag.Diagnostic;
import org.sijill.diag.Severity;

/**
 * The framing of the binary files a build keeps in its work folder (the input caches, the page
 * manifest): a format name and a fingerprint, a body, and a CRC-32 of all that. Written through a
 * temporary file and a rename; read back only whole, with every check passed. Strings are a length
 * in bytes ({@code -1} for null) and their UTF-8 bytes, so they may be of any size.
 */
public final class CacheFile {
  private static final int BUFFER = 1 << 16;

  /** Writes a body. */
  @FunctionalInterface
  public interface Writer {
    void write(DataOutputStream out) throws IOException;
  }

  /** Reads a body written for {@code fingerprint}. */
  @FunctionalInterface
  public interface Reader<T> {
    T read(String fingerprint, DataInputStream in) throws IOException;
  }

  private CacheFile() {}

  /** Writes {@code file}: {@code format}, {@code fingerprint}, the body and its checksum. */
  public static void write(Path file, String format, String fingerprint, Writer body)
      throws IOException {
    Files.createDirectories(file.getParent());
    Path temporary = temporary(file);
    CRC32 crc = new CRC32();
    // the checksum is taken of whole buffers, not byte by byte
    try (DataOutputStream out =
        new DataOutputStream(
            new BufferedOutputStream(
                new CheckedOutputStream(Files.newOutputStream(temporary), crc), BUFFER))) {
      string(out, format);
      string(out, fingerprint);
      body.write(out);
      out.flush();
      out.writeLong(crc.getValue());
    }
    Files.move(
        temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * The body of {@code file} if it is of {@code format}, whatever its fingerprint, and reads whole
   * with the right checksum; else empty (also when the reader fails).
   */
  public static <T> Optional<T> read(Path file, String format, Reader<T> body) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    // read whole and checked at once: a stream over the file would ask the system how much is left
    // for every string, and update the checksum byte by byte
    try {
      byte[] bytes = Files.readAllBytes(file);
      int bodyEnd = bytes.length - Long.BYTES;
      if (bodyEnd < 0) {
        return Optional.empty();
      }
      CRC32 crc = new CRC32();
      crc.update(bytes, 0, bodyEnd);
      long sum = 0;
      for (int i = bodyEnd; i < bytes.length; i++) {
        sum = (sum << 8) | (bytes[i] & 0xFF);
      }
      if (sum != crc.getValue()) {
        return Optional.empty();
      }
      Bytes stream = new Bytes(bytes, bodyEnd);
      DataInputStream in = new Input(stream);
      if (!format.equals(nullable(in))) {
        return Optional.empty();
      }
      T value = body.read(nullable(in), in);
      if (value == null || stream.available() != 0) {
        return Optional.empty();
      }
      return Optional.of(value);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** As {@link #read(Path, String, Reader)}, for a file written for {@code fingerprint} only. */
  public static <T> Optional<T> read(
      Path file, String format, String fingerprint, Reader<T> body) {
    return read(
        file,
        format,
        (found, in) -> found != null && found.equals(fingerprint) ? body.read(found, in) : null);
  }

  /**
   * As {@link #write}, but a file that cannot be written is deleted instead, if it can be: a
   * missing cache is an empty one.
   */
  public static void writeOrDelete(Path file, String format, String fingerprint, Writer body) {
    try {
      write(file, format, fingerprint, body);
    } catch (IOException e) {
      delete(file);
    }
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
      Files.deleteIfExists(temporary(file));
    } catch (IOException ignored) {
      // the next build ignores a file it cannot read
    }
  }

  private static Path temporary(Path file) {
    return file.resolveSibling(file.getFileName() + ".tmp");
  }

  /** A stream over {@link Bytes}, whose strings are decoded in place. */
  private static final class Input extends DataInputStream {
    private final Bytes bytes;

    Input(Bytes bytes) {
      super(bytes);
      this.bytes = bytes;
    }
  }

  /** The bytes of a file up to its checksum, read without locking. */
  private static final class Bytes extends InputStream {
    private final byte[] bytes;
    private final int end;
    private int at;

    Bytes(byte[] bytes, int end) {
      this.bytes = bytes;
      this.end = end;
    }

    @Override
    public int read() {
      return at < end ? bytes[at++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] to, int offset, int length) {
      if (length == 0) {
        return 0;
      }
      if (at >= end) {
        return -1;
      }
      int n = Math.min(length, end - at);
      System.arraycopy(bytes, at, to, offset, n);
      at += n;
      return n;
    }

    @Override
    public int available() {
      return end - at;
    }

    /** The next {@code length} bytes as UTF-8, decoded where they are (no copy of them first). */
    String string(int length) {
      String s = new String(bytes, at, length, StandardCharsets.UTF_8);
      at += length;
      return s;
    }
  }

  /** Writes a string, which may be null. */
  public static void string(DataOutputStream out, String s) throws IOException {
    if (s == null) {
      out.writeInt(-1);
      return;
    }
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  /** Reads a string that is not null. */
  public static String string(DataInputStream in) throws IOException {
    String s = nullable(in);
    if (s == null) {
      throw new IOException("a null string");
    }
    return s;
  }

  /** Reads a string that may be null. */
  public static String nullable(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0) {
      return null;
    }
    if (length > in.available()) {
      throw new IOException("a string longer than the file");
    }
    if (in instanceof Input input) {
      return input.bytes.string(length);
    }
    byte[] bytes = new byte[length];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** Writes a list of strings, which may hold nulls. */
  public static void strings(DataOutputStream out, List<String> list) throws IOException {
    out.writeInt(list.size());
    for (String s : list) {
      string(out, s);
    }
  }

  /** Reads a list of strings that may hold nulls. */
  public static List<String> strings(DataInputStream in) throws IOException {
    List<String> list = new ArrayList<>();
    for (int n = count(in, 4); n > 0; n--) {
      list.add(nullable(in));
    }
    return list;
  }

  /** Reads a count of things at least {@code bytes} long each, checked against the file's rest. */
  public static int count(DataInputStream in, int bytes) throws IOException {
    int count = in.readInt();
    if (count < 0 || count > in.available() / bytes) {
      throw new IOException("a count larger than the file");
    }
    return count;
  }

  /** Writes diagnostics. */
  public static void diagnostics(DataOutputStream out, List<Diagnostic> list) throws IOException {
    out.writeInt(list.size());
    for (Diagnostic d : list) {
      string(out, d.severity().name());
      string(out, d.path());
      out.writeInt(d.line());
      out.writeInt(d.column());
      string(out, d.message());
    }
  }

  /** Reads diagnostics, as an unmodifiable list. */
  public static List<Diagnostic> diagnostics(DataInputStream in) throws IOException {
    List<Diagnostic> list = new ArrayList<>();
    for (int n = count(in, 20); n > 0; n--) {
      Severity severity = Severity.valueOf(string(in));
      String path = string(in);
      int line = in.readInt();
      int column = in.readInt();
      list.add(new Diagnostic(path, line, column, severity, string(in)));
    }
    return List.copyOf(list);
  }

  /** A SHA-256 digest, which every JVM has. */
  public static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
