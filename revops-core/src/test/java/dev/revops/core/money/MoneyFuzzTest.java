package dev.revops.core.money;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.revops.core.FuzzBound;
import dev.revops.core.error.InvalidInputException;
import dev.revops.core.validation.InputText;
import java.math.BigDecimal;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Jazzer fuzz targets for money and rate text. In a normal build they run in regression mode over
 * the committed inputs in {@code src/test/resources/dev/revops/core/money/MoneyFuzzTestInputs/};
 * {@code JAZZER_FUZZ=1 ./mvnw -pl revops-core test -Dtest=MoneyFuzzTest#moneyOf} fuzzes one target
 * until its {@code maxDuration}. The property: a value or {@link InvalidInputException}, nothing
 * else, within {@value FuzzBound#BOUND_MS} ms for any input of at most 1 KB (see {@link
 * FuzzBound#check}).
 */
public class MoneyFuzzTest {
  static {
    // class loading and the first compilations are not the parser's cost
    for (int i = 0; i < 2_000; i++) {
      Money.of("12.34", "USD");
      Percentage.of("12.5%");
      try {
        Money.of("1e1000000", "USD");
      } catch (InvalidInputException expected) {
        // warming the refusal path too
      }
    }
  }

  @FuzzTest(maxDuration = "2m")
  void moneyOf(FuzzedDataProvider data) {
    String code = data.pickValue(new String[] {"USD", "JPY", "BHD", "EUR", "XAU", "usd", "ZZZ"});
    String text = data.consumeRemainingAsString();
    fuzz(
        text,
        t -> Money.of(t, code),
        m -> {
          assertThat(m.amount()).isEqualByComparingTo(new BigDecimal(text.trim()));
          assertThat(Money.parse(m.toString())).isEqualTo(m);
        });
  }

  @FuzzTest(maxDuration = "2m")
  void moneyParse(FuzzedDataProvider data) {
    fuzz(
        data.consumeRemainingAsString(),
        Money::parse,
        m -> assertThat(Money.parse(m.toString())).isEqualTo(m));
  }

  @FuzzTest(maxDuration = "2m")
  void percentageOf(FuzzedDataProvider data) {
    fuzz(
        data.consumeRemainingAsString(),
        Percentage::of,
        p -> {
          assertThat(p.fraction().signum()).isNotNegative();
          if (p.toString().length() <= InputText.MAX_DECIMAL_LENGTH) {
            // a rate of ~100 significant digits is written longer than the parser reads
            assertThat(Percentage.of(p.toString())).isEqualTo(p);
          }
        });
  }

  /**
   * Reads the text; a value must have the property, a refusal a short message, and either must come
   * within the fuzz bound.
   */
  private static <T> void fuzz(String text, Function<String, T> read, Consumer<T> property) {
    long start = System.nanoTime();
    try {
      property.accept(read.apply(text));
    } catch (InvalidInputException e) {
      assertThat(e.getMessage().length()).isLessThan(400);
    }
    FuzzBound.check(text.length(), start, () -> read.apply(text));
  }
}
