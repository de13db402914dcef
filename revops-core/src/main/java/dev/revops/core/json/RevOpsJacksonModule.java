package dev.revops.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.revops.core.error.InvalidInputException;
import dev.revops.core.money.Money;
import dev.revops.core.money.Percentage;
import dev.revops.core.validation.InputText;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Jackson support for the core value types. Money is written as {@code {"amount":"12.34",
 * "currency":"USD"}} with the amount a string, never a binary floating-point number; a percentage
 * as {@code "12.5%"}. Reading is strict: a numeric amount, an unknown currency, more decimals than
 * the currency has, or an unknown field are errors that name the field. Every {@link BigDecimal} is
 * read from a JSON number whose text is checked first (see {@link InputText}), so a nine-character
 * {@code 1e1000000} is refused instead of becoming a million-digit number. An {@link
 * java.time.Instant} in revops' own form ({@code 2024-04-01T12:00:00Z}) and a {@link
 * java.time.LocalDate} in its own ({@code 2024-04-01}) are read without the general ISO parser; any
 * other form is read by the JSR-310 module as before.
 */
public final class RevOpsJacksonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public RevOpsJacksonModule() {
    super("revops-core");
    addSerializer(Money.class, new MoneySerializer());
    addDeserializer(Money.class, new MoneyDeserializer());
    addSerializer(Percentage.class, new PercentageSerializer());
    addDeserializer(Percentage.class, new PercentageDeserializer());
    addDeserializer(BigDecimal.class, new BoundedBigDecimalDeserializer());
    addDeserializer(java.time.Instant.class, new CanonicalInstantDeserializer());
    addDeserializer(java.time.LocalDate.class, new CanonicalLocalDateDeserializer());
  }

  /** Hands the parser's current, unexpected token to the context's problem handlers. */
  private static <T> T unexpected(
      Class<T> type, JsonParser p, DeserializationContext ctxt, String message) throws IOException {
    return type.cast(ctxt.handleUnexpectedToken(type, p.currentToken(), p, message));
  }

  private static final class MoneySerializer extends JsonSerializer<Money> {
    @Override
    public void serialize(Money value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      gen.writeStartObject();
      gen.writeStringField("amount", value.format());
      gen.writeStringField("currency", value.currency().getCurrencyCode());
      gen.writeEndObject();
    }
  }

  private static final class MoneyDeserializer extends JsonDeserializer<Money> {
    @Override
    public Money deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        return unexpected(
            Money.class,
            p,
            ctxt,
            "money must be an object like {\"amount\":\"12.34\",\"currency\":\"USD\"}");
      }
      // read as a stream, not as a tree: the same checks in the same order (an unknown field
      // first, then the amount, then the currency), without building a node per field
      String unknown = null;
      boolean hasAmount = false;
      String amount = null;
      String currency = null;
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        String text = value == JsonToken.VALUE_STRING ? p.getText() : null;
        if (value.isStructStart()) {
          p.skipChildren();
        }
        if (name.equals("amount")) {
          hasAmount = true;
          amount = text;
        } else if (name.equals("currency")) {
          currency = text;
        } else if (unknown == null) {
          unknown = name;
        }
      }
      if (unknown != null) {
        throw ctxt.weirdKeyException(
            Money.class,
            unknown,
            "unknown field in money; only 'amount' and 'currency' are allowed");
      }
      if (amount == null) {
        throw ctxt.instantiationException(
            Money.class,
            !hasAmount
                ? "money needs an 'amount' string such as \"12.34\""
                : "money 'amount' must be a string such as \"12.34\", not a JSON number");
      }
      if (currency == null) {
        throw ctxt.instantiationException(
            Money.class, "money needs a 'currency' string with an ISO 4217 code such as \"USD\"");
      }
      try {
        Money.currency(currency);
        return Money.of(amount, currency);
      } catch (InvalidInputException e) {
        throw ctxt.instantiationException(Money.class, e.violations().get(0).message());
      }
    }
  }

  private static final class PercentageSerializer extends JsonSerializer<Percentage> {
    @Override
    public void serialize(Percentage value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      gen.writeString(value.toString());
    }
  }

  private static final class PercentageDeserializer extends JsonDeserializer<Percentage> {
    @Override
    public Percentage deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return unexpected(
            Percentage.class, p, ctxt, "a percentage must be a string like \"12.5%\"");
      }
      try {
        return Percentage.of(p.getText());
      } catch (InvalidInputException e) {
        throw ctxt.weirdStringException(
            InputText.excerpt(p.getText()), Percentage.class, e.violations().get(0).message());
      }
    }
  }

  /**
   * Reads a JSON number into a {@link BigDecimal} after checking its text against {@link
   * InputText}'s bounds (ASCII digits, at most {@value InputText#MAX_DECIMAL_LENGTH} characters, an
   * exponent of at most {@value InputText#MAX_EXPONENT}), so that {@code 1e1000000} is refused
   * before any arithmetic. A string is not a number here: no coercion.
   */
  private static final class BoundedBigDecimalDeserializer extends JsonDeserializer<BigDecimal> {
    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken t = p.currentToken();
      if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
        return (BigDecimal)
            ctxt.handleUnexpectedToken(
                BigDecimal.class, t, p, "a decimal must be a JSON number such as 12.5, not %s", t);
      }
      String problem = InputText.decimalProblem(p.getText());
      if (problem != null) {
        throw InvalidFormatException.from(
            p, problem, InputText.excerpt(p.getText()), BigDecimal.class);
      }
      return p.getDecimalValue();
    }

    @Override
    public Class<?> handledType() {
      return BigDecimal.class;
    }
  }
}
