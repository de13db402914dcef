package dev.revops.core.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Reads a {@code java.time} value written in revops' own form by hand, without the general ISO
 * parser, and hands any other text or token to the JSR-310 module's own deserializer, so what is
 * accepted and what is refused, with which error, is exactly as before. A property with a format of
 * its own ({@code @JsonFormat}) gets the module's deserializer for that format. Stateless.
 *
 * @param <T> the type read
 */
abstract class CanonicalFormDeserializer<T> extends JsonDeserializer<T>
    implements ContextualDeserializer {
  private final JsonDeserializer<T> general;

  /**
   * @param general the JSR-310 module's deserializer for the type (a contextual one)
   */
  CanonicalFormDeserializer(JsonDeserializer<T> general) {
    this.general = general;
  }

  /**
   * This deserializer where no format is set for the value (on the property, or for its type in the
   * mapper's configuration); else the JSR-310 module's deserializer for that format.
   */
  @Override
  public final JsonDeserializer<?> createContextual(
      DeserializationContext ctxt, BeanProperty property) throws JsonMappingException {
    Class<?> type = handledType();
    JsonFormat.Value format =
        property == null
            ? ctxt.getDefaultPropertyFormat(type)
            : property.findPropertyFormat(ctxt.getConfig(), type);
    if (format == null || format.equals(JsonFormat.Value.empty())) {
      return this;
    }
    return ((ContextualDeserializer) general).createContextual(ctxt, property);
  }

  @Override
  public final Class<?> handledType() {
    return general.handledType();
  }

  @Override
  public final T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      T fast = canonical(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
      if (fast != null) {
        return fast;
      }
    }
    return general.deserialize(p, ctxt);
  }

  /**
   * Parses the text when it is in revops' own form.
   *
   * @param c the characters
   * @param at where the text starts
   * @param length its length
   * @return the value, or null when the text is not in that form or a field is out of range
   */
  abstract T canonical(char[] c, int at, int length);

  /**
   * Parses {@code yyyy-MM-dd} at a position (the caller has checked there are ten characters).
   *
   * @return the date, or null when a character is out of place or a field is out of range
   */
  static LocalDate date(char[] c, int at) {
    if (c[at + 4] != '-' || c[at + 7] != '-') {
      return null;
    }
    int year = digits(c, at, 4);
    int month = digits(c, at + 5, 2);
    int day = digits(c, at + 8, 2);
    if ((year | month | day) < 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The value of {@code n} decimal digits, or -1 when one of them is not a digit. */
  static int digits(char[] c, int at, int n) {
    int v = 0;
    for (int i = at; i < at + n; i++) {
      int d = c[i] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v;
  }
}
