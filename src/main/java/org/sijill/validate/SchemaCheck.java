package org.sijill.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.sijill.diag.Diagnostic;
import org.sijill.facts.DocumentCheck;
import org.sijill.facts.FileKind;
import org.sijill.facts.YamlDocument;

/**
 * Validates each fact file against {@code content/schema/<kind>.schema.json} (JSON Schema draft-07)
 * and reports every error at the line and column of the offending value.
 */
public final class SchemaCheck implements DocumentCheck {
  /** Where the schemas live, relative to the project root. */
  public static final String SCHEMA_DIR = "content/schema";

  private final Map<FileKind, Schema> schemas;
  private final List<Diagnostic> problems;

  private record Schema(JsonSchema compiled, JsonNode json) {}

  private SchemaCheck(Map<FileKind, Schema> schemas, List<Diagnostic> problems) {
    this.schemas = schemas;
    this.problems = List.copyOf(problems);
  }

  /** The schemas of the project at {@code projectRoot}. */
  public static SchemaCheck forProject(Path projectRoot) {
    return load(projectRoot.resolve(SCHEMA_DIR));
  }

  /**
   * The five schemas in {@code schemaDir}; one that cannot be read is reported by {@link
   * #problems()}.
   */
  public static SchemaCheck load(Path schemaDir) {
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    SchemaValidatorsConfig config =
        SchemaValidatorsConfig.builder()
            .pathType(PathType.JSON_POINTER)
            .locale(Locale.ROOT)
            .build();
    Map<FileKind, Schema> schemas = new EnumMap<>(FileKind.class);
    List<Diagnostic> problems = new ArrayList<>();
    for (FileKind kind : FileKind.values()) {
      String name = kind.schema() + ".schema.json";
      try {
        JsonNode json =
            new ObjectMapper()
                .readTree(Files.readString(schemaDir.resolve(name), StandardCharsets.UTF_8));
        schemas.put(kind, new Schema(factory.getSchema(json, config), json));
      } catch (IOException | RuntimeException e) {
        String reason =
            e.getMessage() == null
                ? e.getClass().getSimpleName()
                : e.getMessage().lines().findFirst().orElse("");
        problems.add(
            Diagnostic.error(SCHEMA_DIR + "/" + name, 1, 1, "cannot load the schema: " + reason));
      }
    }
    return new SchemaCheck(schemas, problems);
  }

  /** Schemas that could not be loaded. */
  public List<Diagnostic> problems() {
    return problems;
  }

  @Override
  public List<Diagnostic> check(FileKind kind, YamlDocument document) {
    Schema schema = schemas.get(kind);
    if (schema == null) {
      return List.of(
          Diagnostic.error(
              document.path(),
              1,
              1,
              "cannot be checked: "
                  + SCHEMA_DIR
                  + "/"
                  + kind.schema()
                  + ".schema.json did not load"));
    }
    TreeSet<Diagnostic> found = new TreeSet<>();
    for (ValidationMessage message : schema.compiled().validate(document.json())) {
      SchemaMessages.diagnostic(document, message, schema.json()).ifPresent(found::add);
    }
    return List.copyOf(found);
  }
}
