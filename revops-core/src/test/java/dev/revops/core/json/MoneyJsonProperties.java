package dev.revops.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.revops.core.money.Money;
import java.util.Comparator;
import java.util.Currency;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MoneyJsonProperties {
  private final ObjectMapper mapper = RevOpsJson.mapper();

  @Provide
  Arbitrary<Money> money() {
    return Arbitraries.of(
            Currency.getAvailableCurrencies().stream()
                .filter(c -> c.getDefaultFractionDigits() >= 0)
                .sorted(Comparator.comparing(Currency::getCurrencyCode))
                .toList())
        .flatMap(c -> Arbitraries.longs().map(m -> Money.ofMinor(m, c)));
  }

  @Property(tries = 1000)
  void moneyRoundTripsThroughJsonInEveryIsoCurrency(@ForAll("money") Money money) throws Exception {
    String json = mapper.writeValueAsString(money);
    assertThat(json)
        .isEqualTo(
            "{\"amount\":\""
                + money.format()
                + "\",\"currency\":\""
                + money.currency().getCurrencyCode()
                + "\"}");
    assertThat(mapper.readValue(json, Money.class)).isEqualTo(money);
  }

  @net.jqwik.api.Example
  void everyIsoCurrencyIsCovered() throws Exception {
    for (Currency c : Currency.getAvailableCurrencies()) {
      if (c.getDefaultFractionDigits() < 0) {
        continue;
      }
      Money m = Money.ofMinor(-123456789L, c);
      assertThat(mapper.readValue(mapper.writeValueAsString(m), Money.class)).isEqualTo(m);
    }
  }
}
