package org.sijill.facts;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.sijill.diag.Diagnostic;
import org.sijill.diag.Severity;

/**
 * Reads {@code content/site.yaml} and {@code content/{people,companies,deals,articles}/*.yaml}
 * (each folder sorted by file name) into a {@link FactBase}. Every file is read; each problem
 * becomes a diagnostic. A file is bound to its record only if it is well-formed YAML and passes the
 * {@link DocumentCheck} (the schema).
 */
public final class FactReader {
  private static final List<FileKind> FOLDERS =
      List.of(FileKind.PERSON, FileKind.COMPANY, FileKind.DEAL, FileKind.ARTICLE);

  private final DocumentCheck check;
  private final ReadCache cache;

  public FactReader(DocumentCheck check) {
    this(check, null);
  }

  private FactReader(DocumentCheck check, ReadCache cache) {
    this.check = check;
    this.cache = cache;
  }

  /**
   * A reader that takes a file unchanged since {@code cache} was written (by size and time of last
   * change) from the cache instead of parsing and checking it again; {@code cache} must be for the
   * same checks. The caller writes the cache after reading.
   */
  public FactReader cached(ReadCache cache) {
    return new FactReader(check, cache);
  }

  /**
   * What was read from {@code content/}: the records, the parsed files, the {@link TextStamp} of
   * every file read (also of those that do not parse), problems.
   */
  public record Result(
      FactBase facts,
      SortedMap<String, YamlDocument> documents,
      SortedMap<String, String> stamps,
      SortedMap<String, String> origins,
      List<Diagnostic> diagnostics) {
    public Result {
      documents = Collections.unmodifiableSortedMap(new TreeMap<>(documents));
      stamps = Collections.unmodifiableSortedMap(new TreeMap<>(stamps));
      origins = Collections.unmodifiableSortedMap(new TreeMap<>(origins));
      diagnostics = diagnostics.stream().sorted().toList();
    }

    /** The file the record {@code id} of {@code kind} was bound from. */
    public Optional<YamlDocument> document(FileKind kind, String id) {
      return Optional.ofNullable(origins.get(originKey(kind, id))).map(documents::get);
    }

    public boolean hasErrors() {
      return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
  }

  /**
   * Reads the files of {@code content/}. They are read, parsed and checked on every core, then
   * taken in order: the result does not depend on which thread read what.
   */
  public Result read(Path projectRoot) {
    Reading reading = new Reading();
    List<FileJob> jobs = new ArrayList<>();
    Path site = projectRoot.resolve(FileKind.SITE_PATH);
    if (Files.isRegularFile(site)) {
      jobs.add(new FileJob(FileKind.SITE, FileKind.SITE_PATH, site));
    }
    for (FileKind kind : FOLDERS) {
      String folder = "content/" + kind.folder() + "/";
      for (Path file : list(projectRoot, folder, reading)) {
        String name = file.getFileName().toString();
        if (name.endsWith(".yml")) {
          reading.diagnostics.add(
              Diagnostic.warning(folder + name, 1, 1, "ignored: fact files end in .yaml"));
        } else if (name.endsWith(".yaml")) {
          jobs.add(new FileJob(kind, folder + name, file));
        }
      }
    }
    jobs.parallelStream().map(FactReader.this::read).toList().forEach(reading::add);
    FactBase facts =
        new FactBase(
            reading.site, reading.people, reading.companies, reading.deals, reading.articles);
    return new Result(
        facts, reading.documents, reading.stamps, reading.origins, reading.diagnostics);
  }

  private static List<Path> list(Path projectRoot, String folder, Reading reading) {
    Path dir = projectRoot.resolve(folder);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      reading.diagnostics.add(
          Diagnostic.error(folder, 1, 1, "cannot list the folder: " + e.getMessage()));
      return List.of();
    }
  }

  static String originKey(FileKind kind, String id) {
    return kind == FileKind.SITE ? "site" : kind.folder() + "/" + id;
  }

  /** A file to read: its kind, its path from the project root, where it is. */
  private record FileJob(FileKind kind, String path, Path file) {}

  /**
   * One file read: its stamp (null if unreadable), the parsed document (null if not YAML), its
   * problems, and its record (null unless it passed the checks).
   */
  private record FileRead(
      FileJob job, String stamp, YamlDocument document, List<Diagnostic> diagnostics, Object record) {}

  private FileRead read(FileJob job) {
    if (cache == null) {
      return parse(job);
    }
    java.nio.file.attribute.BasicFileAttributes before;
    try {
      before = Files.readAttributes(job.file(), java.nio.file.attribute.BasicFileAttributes.class);
    } catch (IOException e) {
      return parse(job);
    }
    long modified = before.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS);
    ReadCache.Entry hit = cache.get(job.path(), before.size(), modified);
    if (hit != null) {
      YamlDocument document = YamlDocument.known(job.path(), () -> again(job.file()), hit.json());
      Object record =
          hit.diagnostics().stream().noneMatch(d -> d.severity() == Severity.ERROR)
              ? FactBinder.bind(job.kind(), hit.json())
              : null;
      return new FileRead(job, hit.stamp(), document, new ArrayList<>(hit.diagnostics()), record);
    }
    FileRead read = parse(job);
    if (read.document() != null && unchanged(job.file(), before)) {
      cache.put(job.path(), before.size(), modified, read.stamp(), read.document().json(), read.diagnostics());
    }
    return read;
  }

  /**
   * The text of a file the cache had unchanged, read again when asked for; if it can no longer be
   * read, the build stops with the file's name and why (an edit made meanwhile is not overwritten:
   * files are only replaced while their stamps hold).
   */
  private static String again(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Whether the file still has the size and time of change it had before it was read. */
  private static boolean unchanged(Path file, java.nio.file.attribute.BasicFileAttributes before) {
    try {
      java.nio.file.attribute.BasicFileAttributes after =
          Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
      return after.size() == before.size() && after.lastModifiedTime().equals(before.lastModifiedTime());
    } catch (IOException e) {
      return false;
    }
  }

  private FileRead parse(FileJob job) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(job.file());
    } catch (IOException e) {
      diagnostics.add(Diagnostic.error(job.path(), 1, 1, "cannot read the file: " + e.getMessage()));
      return new FileRead(job, null, null, diagnostics, null);
    }
    String stamp = TextStamp.of(bytes);
    Optional<String> text = text(job.path(), bytes, diagnostics);
    if (text.isEmpty()) {
      return new FileRead(job, stamp, null, diagnostics, null);
    }
    YamlDocument document;
    try {
      document = YamlDocument.parse(job.path(), text.get());
    } catch (YamlDocument.InvalidYaml e) {
      diagnostics.addAll(e.diagnostics());
      return new FileRead(job, stamp, null, diagnostics, null);
    }
    List<Diagnostic> problems = check.check(job.kind(), document);
    diagnostics.addAll(problems);
    Object record =
        problems.stream().noneMatch(d -> d.severity() == Severity.ERROR)
            ? FactBinder.bind(job.kind(), document.json())
            : null;
    return new FileRead(job, stamp, document, diagnostics, record);
  }

  private static Optional<String> text(String path, byte[] bytes, List<Diagnostic> diagnostics) {
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      String lossy = new String(bytes, StandardCharsets.UTF_8);
      int bad = lossy.indexOf('\uFFFD');
      String before = lossy.substring(0, Math.max(bad, 0));
      int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
      int column = before.codePointCount(before.lastIndexOf('\n') + 1, before.length()) + 1;
      diagnostics.add(Diagnostic.error(path, line, column, "the file is not UTF-8 text"));
      return Optional.empty();
    }
  }

  /** The state of one {@link #read}. */
  private final class Reading {
    final List<Diagnostic> diagnostics = new ArrayList<>();
    final SortedMap<String, YamlDocument> documents = new TreeMap<>();
    final SortedMap<String, String> stamps = new TreeMap<>();
    final SortedMap<String, String> origins = new TreeMap<>();
    final SortedMap<String, Person> people = new TreeMap<>();
    final SortedMap<String, Company> companies = new TreeMap<>();
    final SortedMap<String, Deal> deals = new TreeMap<>();
    final SortedMap<String, ArticleRecord> articles = new TreeMap<>();
    SiteConfig site;

    /** Takes in one file read, in the order of the files. */
    void add(FileRead read) {
      diagnostics.addAll(read.diagnostics());
      if (read.stamp() != null) {
        stamps.put(read.job().path(), read.stamp());
      }
      if (read.document() != null) {
        documents.put(read.job().path(), read.document());
      }
      if (read.record() != null) {
        bind(read.job().kind(), read.job().path(), read.record());
      }
    }

    private void bind(FileKind kind, String path, Object record) {
      String id =
          switch (kind) {
            case PERSON -> putNew(people, ((Person) record).id(), (Person) record);
            case COMPANY -> putNew(companies, ((Company) record).id(), (Company) record);
            case DEAL -> putNew(deals, ((Deal) record).id(), (Deal) record);
            case ARTICLE -> putNew(articles, ((ArticleRecord) record).id(), (ArticleRecord) record);
            case SITE -> {
              site = (SiteConfig) record;
              yield "site";
            }
          };
      if (id != null) {
        origins.put(originKey(kind, id), path);
      }
    }

    /** Keeps the first record of an id (a repeated id is reported by validation). */
    private <T> String putNew(SortedMap<String, T> map, String id, T record) {
      return map.putIfAbsent(id, record) == null ? id : null;
    }

  }
}
