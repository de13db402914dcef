package dev.revops.core.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import dev.revops.core.error.InvalidInputException;
import dev.revops.core.error.Violation;
import dev.revops.core.id.TypedId;
import dev.revops.core.internal.JsonLocations;
import dev.revops.core.money.Money;
import dev.revops.core.money.Percentage;
import dev.revops.core.validation.InputValidator;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a JSON document into a validated record: a catalog, a dunning ladder, scoring rules, bucket
 * ranges. Every problem is reported with its JSON path ({@code $.steps[2].offsetDays}) and, where
 * the document has it, its line and column; unknown fields are all listed, wrong types and broken
 * syntax stop at the first. Thread-safe.
 *
 * <p>Policy records should declare required numbers as boxed types with {@code @NotNull}; a
 * required primitive component that is missing from the JSON is reported too, instead of silently
 * becoming zero.
 *
 * <p>Reading is strict whatever the mapper: a key twice in one object is refused with both lines, a
 * number whose text is out of {@link dev.revops.core.validation.InputText}'s bounds ({@code
 * 1e1000000}) is refused before any arithmetic, a float for an integer field and a number for an
 * enum are refused, and an empty or {@code null} document is refused instead of loading as {@code
 * null}. A UTF-8 byte-order mark at the start is skipped. With {@link RevOpsJson#mapper()} strings
 * are not coerced to numbers or booleans, and strings, numbers and nesting are bounded as it
 * documents.
 */
public final class PolicyLoader {
  /** Records written as one JSON value by {@link RevOpsJacksonModule}: not walked into. */
  private static final Set<Class<?>> SCALARS = Set.of(Money.class, Percentage.class);

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private final ObjectMapper mapper;
  private final InputValidator validator;

  /**
   * Creates a loader.
   *
   * @param mapper the mapper, usually {@link RevOpsJson#mapper()}
   * @param validator the validator
   */
  public PolicyLoader(ObjectMapper mapper, InputValidator validator) {
    this.mapper = requireNonNull(mapper, "mapper");
    this.validator = requireNonNull(validator, "validator");
  }

  /**
   * Creates a loader with revops' mapper and a Hibernate Validator.
   *
   * @return the loader
   */
  public static PolicyLoader create() {
    return new PolicyLoader(RevOpsJson.mapper(), InputValidator.create());
  }

  /**
   * Reads a document from a reader (the caller opens and closes it).
   *
   * @param json the document
   * @param type the record type to read
   * @param <T> the type
   * @return the valid value
   * @throws InvalidInputException listing every problem with its path
   */
  public <T> T load(Reader json, Class<T> type) {
    requireNonNull(json, "json");
    StringBuilder sb = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      for (int n; (n = json.read(buffer)) >= 0; ) {
        sb.append(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the policy document", e);
    }
    return load(sb.toString(), type);
  }

  /**
   * Reads a document.
   *
   * @param json the document text
   * @param type the record type to read
   * @param <T> the type
   * @return the valid value
   * @throws InvalidInputException listing every problem with its path
   */
  public <T> T load(String json, Class<T> type) {
    requireNonNull(json, "json");
    requireNonNull(type, "type");
    String what = "policy " + type.getSimpleName();
    if (!json.isEmpty() && json.charAt(0) == BYTE_ORDER_MARK) {
      // what editors on Windows put first; invisible, so not counted as a column
      json = json.substring(1);
    }
    List<Violation> strict = StrictJson.scan(mapper.getFactory(), json);
    if (!strict.isEmpty()) {
      List<Violation> sorted = new ArrayList<>(strict);
      sorted.sort(null);
      throw new InvalidInputException(what, sorted);
    }
    Map<String, JsonLocation> locations;
    try {
      locations = JsonLocations.index(mapper.getFactory(), json);
    } catch (JsonParseException e) {
      throw InvalidInputException.of(
          what, "$", "malformed JSON: " + e.getOriginalMessage() + at(e.getLocation()));
    } catch (IOException e) {
      throw InvalidInputException.of(what, "$", "unreadable JSON: " + e.getMessage());
    }

    List<Violation> violations = new ArrayList<>();
    List<Violation> unknownSeenByJackson = new ArrayList<>();
    List<Violation> structural = new ArrayList<>();
    try {
      structure(mapper.readTree(json), type, "$", locations, structural);
    } catch (JsonProcessingException e) {
      structural.add(new Violation("$", clean(e.getOriginalMessage())));
    }
    T value = null;
    try {
      value =
          mapper
              .reader()
              .withHandler(new UnknownFieldCollector(unknownSeenByJackson))
              .without(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
              .with(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
              .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
              .forType(type)
              .readValue(json);
    } catch (JsonMappingException e) {
      String message = clean(e.getOriginalMessage());
      if (message.startsWith("Cannot map 'null' into type")) {
        message = "required field is missing or null";
      }
      String path = path(e);
      if (structural.stream().noneMatch(v -> v.path().equals(path))) {
        violations.add(new Violation(path, message + at(e.getLocation())));
      }
    } catch (JsonProcessingException e) {
      violations.add(new Violation("$", clean(e.getOriginalMessage()) + at(e.getLocation())));
    }

    // The walk over the document knows exact paths; Jackson's handler covers what it cannot see.
    boolean walkFoundUnknown =
        structural.stream().anyMatch(v -> v.message().startsWith("unknown field"));
    violations.addAll(structural);
    if (!walkFoundUnknown) {
      violations.addAll(unknownSeenByJackson);
    }
    if (value != null && violations.isEmpty()) {
      for (Violation v : validator.validate(value)) {
        String jsonPath = toJsonPath(v.path());
        violations.add(new Violation(jsonPath, v.message() + at(nearest(locations, jsonPath))));
      }
    }
    if (!violations.isEmpty()) {
      violations.sort(null);
      throw new InvalidInputException(what, violations);
    }
    return value;
  }

  /**
   * Turns a Jakarta Validation property path ({@code steps[2].offsetDays}, {@code limits[USD].<map
   * value>}) into a JSON path ({@code $.steps[2].offsetDays}, {@code $.limits.USD}).
   *
   * @param propertyPath the property path
   * @return the JSON path
   */
  static String toJsonPath(String propertyPath) {
    String p = propertyPath.replaceAll("\\.?<[^>]*>", "");
    StringBuilder sb = new StringBuilder("$");
    for (String part : p.split("\\.")) {
      if (part.isEmpty()) {
        continue;
      }
      int bracket = part.indexOf('[');
      if (bracket < 0) {
        sb.append('.').append(part);
        continue;
      }
      if (bracket > 0) {
        sb.append('.').append(part, 0, bracket);
      }
      String rest = part.substring(bracket);
      for (String key : rest.split("\\[")) {
        if (key.isEmpty()) {
          continue;
        }
        String k = key.endsWith("]") ? key.substring(0, key.length() - 1) : key;
        if (k.isEmpty()) {
          continue;
        }
        if (k.chars().allMatch(Character::isDigit)) {
          sb.append('[').append(k).append(']');
        } else {
          sb.append('.').append(k);
        }
      }
    }
    return sb.toString();
  }

  private static JsonLocation nearest(Map<String, JsonLocation> locations, String jsonPath) {
    String p = jsonPath;
    while (true) {
      JsonLocation loc = locations.get(p);
      if (loc != null || p.equals("$")) {
        return loc;
      }
      int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      p = cut <= 0 ? "$" : p.substring(0, cut);
    }
  }

  private static String at(JsonLocation loc) {
    if (loc == null || loc.getLineNr() < 0) {
      return "";
    }
    return " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
  }

  private static String clean(String message) {
    if (message == null) {
      return "invalid value";
    }
    String first = message.lines().findFirst().orElse(message).replace("`", "'");
    if (first.startsWith("Cannot construct instance of ") && first.contains("': ")) {
      first = first.substring(first.indexOf("': ") + 3);
    }
    return first;
  }

  private static String path(JsonMappingException e) {
    StringBuilder sb = new StringBuilder("$");
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        sb.append('.').append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        sb.append('[').append(ref.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  private static void structure(
      JsonNode node,
      Type type,
      String path,
      Map<String, JsonLocation> locations,
      List<Violation> out) {
    if (node == null || node.isNull()) {
      return;
    }
    Class<?> raw = rawClass(type);
    if (raw == null || SCALARS.contains(raw) || TypedId.class.isAssignableFrom(raw)) {
      return;
    }
    if (raw.isRecord() && node.isObject()) {
      Set<String> known = new java.util.HashSet<>();
      for (RecordComponent c : raw.getRecordComponents()) {
        JsonProperty renamed = c.getAccessor().getAnnotation(JsonProperty.class);
        String name = renamed != null && !renamed.value().isEmpty() ? renamed.value() : c.getName();
        known.add(name);
        JsonNode child = node.get(name);
        String childPath = path + "." + name;
        if (child == null && c.getType().isPrimitive()) {
          out.add(new Violation(childPath, "required field is missing" + at(locations.get(path))));
        } else if (child != null) {
          structure(child, c.getGenericType(), childPath, locations, out);
        }
      }
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!known.contains(name)) {
          String childPath = path + "." + name;
          out.add(
              new Violation(
                  childPath, "unknown field '" + name + "'" + at(locations.get(childPath))));
        }
      }
    } else if (Collection.class.isAssignableFrom(raw)
        && node.isArray()
        && type instanceof ParameterizedType pt) {
      Type element = pt.getActualTypeArguments()[0];
      for (int i = 0; i < node.size(); i++) {
        structure(node.get(i), element, path + "[" + i + "]", locations, out);
      }
    } else if (Map.class.isAssignableFrom(raw)
        && node.isObject()
        && type instanceof ParameterizedType pt) {
      Type valueType = pt.getActualTypeArguments()[1];
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        structure(e.getValue(), valueType, path + "." + e.getKey(), locations, out);
      }
    }
  }

  private static Class<?> rawClass(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType pt && pt.getRawType() instanceof Class<?> c) {
      return c;
    }
    return null;
  }

  /** Lists every unknown field instead of stopping at the first. */
  private static final class UnknownFieldCollector extends DeserializationProblemHandler {
    private final List<Violation> violations;

    UnknownFieldCollector(List<Violation> violations) {
      this.violations = violations;
    }

    @Override
    public boolean handleUnknownProperty(
        DeserializationContext ctxt,
        JsonParser p,
        JsonDeserializer<?> deserializer,
        Object beanOrClass,
        String propertyName)
        throws IOException {
      String path = JsonLocations.pointerToPath(p.getParsingContext());
      if (!path.endsWith("." + propertyName)) {
        path = path + "." + propertyName;
      }
      violations.add(
          new Violation(
              path, "unknown field '" + propertyName + "'" + at(p.currentTokenLocation())));
      p.skipChildren();
      return true;
    }
  }
}
