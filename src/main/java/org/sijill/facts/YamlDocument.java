package org.sijill.facts;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.sijill.diag.Diagnostic;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * One YAML file of {@code content/}: its path relative to the project root, its text, the node tree
 * SnakeYAML composed from it (with the position of every node) and the same tree as JSON for schema
 * validation. Positions are found with JSON pointers such as {@code /roles/0/org}. The text of a
 * document read from a cache is read from its file only when first asked for.
 */
public final class YamlDocument {
  private final String path;
  /** Where the text comes from until it is first asked for; then null. */
  private Supplier<String> source;
  private String text;
  /** The node tree, composed again when first asked for (see {@link #tree()}). */
  private Node root;
  private boolean composed;
  private final JsonNode json;
  /** Whether the text has characters outside the BMP; null until first asked. */
  private Boolean surrogates;

  private YamlDocument(String path, Supplier<String> source, String text, JsonNode json) {
    this.path = path;
    this.source = source;
    this.text = text;
    this.json = json;
  }

  /**
   * Composes {@code text}; a syntax error or a repeated key becomes {@link InvalidYaml} holding one
   * diagnostic per problem.
   */
  public static YamlDocument parse(String path, String text) throws InvalidYaml {
    Node root;
    try {
      root = compose(text);
    } catch (YAMLException compact) {
      try {
        // the error again, with SnakeYAML's own marks (they quote the text around it)
        new Yaml(new LoaderOptions()).compose(new StringReader(text));
      } catch (YAMLException e) {
        throw new InvalidYaml(List.of(SyntaxErrors.diagnostic(path, e)));
      }
      throw new IllegalStateException("SnakeYAML disagrees with itself about " + path, compact);
    }
    List<Diagnostic> problems = new ArrayList<>();
    JsonNode json = YamlJson.convert(path, root, problems);
    if (!problems.isEmpty()) {
      throw new InvalidYaml(problems);
    }
    return new YamlDocument(path, null, text, json);
  }

  /**
   * The document whose JSON {@link #parse} gave before for the text {@code text} supplies (read
   * again from the unchanged file): the text is read when first asked for, and not parsed again
   * until its tree is asked for.
   */
  public static YamlDocument known(String path, Supplier<String> text, JsonNode json) {
    return new YamlDocument(path, text, null, json);
  }

  private static Node compose(String text) {
    LoaderOptions options = new LoaderOptions();
    return new Composer(new ParserImpl(new CompactMarks(text), options), new Resolver(), options)
        .getSingleNode();
  }

  /**
   * The node tree. It is not kept from {@link #parse} (a large {@code content/} would hold
   * hundreds of MB of nodes that only diagnostics and edits need) but composed again from the text
   * the first time it is needed, the same tree, and kept from then on.
   */
  private synchronized Node tree() {
    if (!composed) {
      root = compose(text());
      composed = true;
    }
    return root;
  }

  public String path() {
    return path;
  }

  public synchronized String text() {
    if (text == null) {
      text = source.get();
      source = null;
    }
    return text;
  }

  /** The root node, or empty for a file without content. */
  public Optional<Node> root() {
    return Optional.ofNullable(tree());
  }

  public JsonNode json() {
    return json;
  }

  /** The node at {@code pointer}, if the file has one there. */
  public Optional<Node> node(String pointer) {
    Node node = tree();
    for (String token : JsonPointers.tokens(pointer)) {
      node = child(node, token);
      if (node == null) {
        return Optional.empty();
      }
    }
    return Optional.ofNullable(node);
  }

  /** Where the value at {@code pointer} starts, or its nearest existing parent. */
  public Position locate(String pointer) {
    Node node = tree();
    Node found = node;
    for (String token : JsonPointers.tokens(pointer)) {
      node = child(node, token);
      if (node == null) {
        break;
      }
      found = node;
    }
    return found == null ? Position.START : position(found.getStartMark());
  }

  /** Where the key of the mapping entry at {@code pointer} starts; else as {@link #locate}. */
  public Position locateKey(String pointer) {
    Optional<Node> parent = node(JsonPointers.parent(pointer));
    if (parent.isPresent() && parent.get() instanceof MappingNode mapping) {
      NodeTuple entry = entry(mapping, JsonPointers.last(pointer));
      if (entry != null) {
        return position(entry.getKeyNode().getStartMark());
      }
    }
    return locate(pointer);
  }

  Position position(Mark mark) {
    return new Position(mark.getLine() + 1, mark.getColumn() + 1);
  }

  /** The char offset into {@link #text()} of a mark (SnakeYAML counts code points). */
  int offset(Mark mark) {
    String text = text();
    if (surrogates == null) {
      surrogates = text.codePointCount(0, text.length()) != text.length();
    }
    return surrogates ? text.offsetByCodePoints(0, mark.getIndex()) : mark.getIndex();
  }

  static NodeTuple entry(MappingNode mapping, String key) {
    for (NodeTuple tuple : mapping.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode scalar && scalar.getValue().equals(key)) {
        return tuple;
      }
    }
    return null;
  }

  private static Node child(Node node, String token) {
    if (node instanceof MappingNode mapping) {
      NodeTuple tuple = entry(mapping, token);
      return tuple == null ? null : tuple.getValueNode();
    }
    if (node instanceof SequenceNode sequence) {
      int index = JsonPointers.index(token);
      return index >= 0 && index < sequence.getValue().size()
          ? sequence.getValue().get(index)
          : null;
    }
    return null;
  }

  @Override
  public String toString() {
    return path;
  }

  /** A file that is not well-formed YAML, with a diagnostic for each problem found. */
  /**
   * SnakeYAML's reader, but its marks keep only where they are: the stock marks each hold the block
   * of text around them (four bytes a character), which a large {@code content/} kept in memory
   * pays many times over. Nothing here reads the text from a mark.
   */
  private static final class CompactMarks extends StreamReader {
    private static final int[] NO_TEXT = new int[0];

    CompactMarks(String text) {
      super(new StringReader(text));
    }

    @Override
    public Mark getMark() {
      return new Mark("'reader'", getIndex(), getLine(), getColumn(), NO_TEXT, 0);
    }
  }

  public static final class InvalidYaml extends Exception {
    private final List<Diagnostic> diagnostics;

    InvalidYaml(List<Diagnostic> diagnostics) {
      super(diagnostics.get(0).format(), null, false, false);
      this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
      return diagnostics;
    }
  }
}
