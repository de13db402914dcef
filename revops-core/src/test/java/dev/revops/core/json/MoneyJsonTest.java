package dev.revops.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.revops.core.money.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Money read from JSON: what is accepted, and the error that names what is wrong. */
class MoneyJsonTest {
  private static final ObjectMapper JSON = RevOpsJson.mapper();

  /** A record holding an amount and what follows it, so the reader must stop at the right place. */
  record Priced(Money price, String after) {}

  @Test
  void eitherOrderOfTheFieldsReadsTheSameAmountAndTheReaderStopsAfterTheObject() throws Exception {
    for (String money :
        List.of(
            "{\"amount\":\"12.34\",\"currency\":\"USD\"}",
            "{\"currency\":\"USD\",\"amount\":\"12.34\"}")) {
      Priced p = JSON.readValue("{\"price\":" + money + ",\"after\":\"x\"}", Priced.class);
      assertThat(p.price()).isEqualTo(Money.of("12.34", "USD"));
      assertThat(p.after()).isEqualTo("x");
    }
  }

  @Test
  void anUnknownFieldIsNamedBeforeAnyOtherProblem() {
    assertThatThrownBy(() -> JSON.readValue("{\"amount\":12,\"extra\":{\"a\":[1,2]}}", Money.class))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("extra")
        .hasMessageContaining("unknown field in money; only 'amount' and 'currency' are allowed");
  }

  @Test
  void theAmountMustBeAString() {
    assertThatThrownBy(() -> JSON.readValue("{\"currency\":\"USD\"}", Money.class))
        .isInstanceOf(ValueInstantiationException.class)
        .hasMessageContaining("money needs an 'amount' string such as \"12.34\"");
    for (String amount : List.of("12.34", "null", "{\"v\":\"1\"}", "[\"1\"]", "true")) {
      assertThatThrownBy(
              () -> JSON.readValue("{\"amount\":" + amount + ",\"currency\":\"USD\"}", Money.class))
          .as(amount)
          .isInstanceOf(ValueInstantiationException.class)
          .hasMessageContaining("money 'amount' must be a string such as \"12.34\", not a JSON");
    }
  }

  @Test
  void theCurrencyMustBeAKnownCodeAndTheAmountFitIt() {
    for (String json :
        List.of(
            "{\"amount\":\"1.00\"}",
            "{\"amount\":\"1.00\",\"currency\":840}",
            "{\"amount\":\"1.00\",\"currency\":{\"code\":\"USD\"}}")) {
      assertThatThrownBy(() -> JSON.readValue(json, Money.class))
          .as(json)
          .isInstanceOf(ValueInstantiationException.class)
          .hasMessageContaining("money needs a 'currency' string with an ISO 4217 code");
    }
    assertThatThrownBy(
            () -> JSON.readValue("{\"amount\":\"1.00\",\"currency\":\"XYZ\"}", Money.class))
        .isInstanceOf(ValueInstantiationException.class)
        .hasMessageContaining("XYZ");
    assertThatThrownBy(
            () -> JSON.readValue("{\"amount\":\"1.001\",\"currency\":\"USD\"}", Money.class))
        .isInstanceOf(ValueInstantiationException.class);
  }

  @Test
  void moneyIsAnObject() {
    assertThatThrownBy(() -> JSON.readValue("\"12.34 USD\"", Money.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("money must be an object like");
  }
}
