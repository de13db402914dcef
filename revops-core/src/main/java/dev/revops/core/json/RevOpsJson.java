package dev.revops.core.json;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.revops.core.validation.InputText;

/** Makes the {@link ObjectMapper} revops reads and writes JSON with. */
public final class RevOpsJson {
  private RevOpsJson() {}

  /** The longest JSON string value read, in characters: {@value}. */
  public static final int MAX_STRING_LENGTH = 100_000;

  /** The longest JSON object key read, in characters: {@value}. */
  public static final int MAX_NAME_LENGTH = 1_000;

  /** The longest JSON number read, in characters: {@value InputText#MAX_DECIMAL_LENGTH}. */
  public static final int MAX_NUMBER_LENGTH = InputText.MAX_DECIMAL_LENGTH;

  /** The deepest nesting of objects and arrays read: {@value}. */
  public static final int MAX_NESTING_DEPTH = 100;

  /** The longest document read, in characters: {@value} (10 MB). */
  public static final long MAX_DOCUMENT_LENGTH = 10_000_000L;

  /**
   * Returns a new strict mapper: java.time as ISO strings, the core value types through {@link
   * RevOpsJacksonModule}, decimals read as {@code BigDecimal}. The mapper is thread-safe once
   * configured.
   *
   * <p>Reading is strict, as DESIGN.md's "Errors and input" asks:
   *
   * <ul>
   *   <li>a key twice in one object is an error ({@code STRICT_DUPLICATE_DETECTION}), not
   *       last-wins;
   *   <li>unknown fields, nulls for primitives and trailing tokens are errors;
   *   <li>no coercion: a float for an integer field ({@code 90.5} or {@code 90.0}), a string for a
   *       number or a boolean, a number or a boolean for a string, a number for an enum, and an
   *       empty string for an object are all errors;
   *   <li>bounded: strings of at most {@value #MAX_STRING_LENGTH} characters, keys of at most
   *       {@value #MAX_NAME_LENGTH}, numbers of at most {@value #MAX_NUMBER_LENGTH} characters with
   *       an exponent of at most {@value InputText#MAX_EXPONENT} (checked on the text, before any
   *       {@code BigDecimal} arithmetic), nesting of at most {@value #MAX_NESTING_DEPTH} levels,
   *       documents of at most {@value #MAX_DOCUMENT_LENGTH} characters; each error names the
   *       limit.
   * </ul>
   *
   * @return a new mapper
   */
  public static ObjectMapper mapper() {
    JsonMapper mapper =
        JsonMapper.builder(
                new JsonFactoryBuilder()
                    .streamReadConstraints(
                        StreamReadConstraints.builder()
                            .maxStringLength(MAX_STRING_LENGTH)
                            .maxNumberLength(MAX_NUMBER_LENGTH)
                            .maxNameLength(MAX_NAME_LENGTH)
                            .maxNestingDepth(MAX_NESTING_DEPTH)
                            .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .addModule(new JavaTimeModule())
            .addModule(new RevOpsJacksonModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .build();
    for (LogicalType type :
        new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
      mapper
          .coercionConfigFor(type)
          .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }
    mapper
        .coercionConfigFor(LogicalType.Integer)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    mapper
        .coercionConfigFor(LogicalType.Boolean)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    mapper
        .coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    mapper
        .coercionConfigFor(LogicalType.POJO)
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    return mapper;
  }
}
