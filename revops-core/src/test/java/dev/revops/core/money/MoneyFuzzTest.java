package dev.revops.core.money;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.revops.core.error.InvalidInputException;
import dev.revops.core.validation.InputText;
import java.math.BigDecimal;

/**
 * Jazzer fuzz targets for money and rate text. In a normal build they run in regression mode over
 * the committed inputs in {@code src/test/resources/dev/revops/core/money/MoneyFuzzTestInputs/};
 * {@code JAZZER_FUZZ=1 ./mvnw -pl revops-core test -Dtest=MoneyFuzzTest#moneyOf} fuzzes one target
 * until its {@code maxDuration}. The property: a value or {@link InvalidInputException}, nothing
 * else, within {@value #BOUND_MS} ms for any input of at most 1 KB (see {@link #withinBound}).
 */
public class MoneyFuzzTest {
  /** The time bound for one parse of at most 1 KB. */
  static final long BOUND_MS = 50;

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
    long start = System.nanoTime();
    try {
      Money m = Money.of(text, code);
      assertThat(m.amount()).isEqualByComparingTo(new BigDecimal(text.trim()));
      assertThat(Money.parse(m.toString())).isEqualTo(m);
    } catch (InvalidInputException e) {
      assertThat(e.getMessage().length()).isLessThan(400);
    }
    withinBound(text, start, () -> Money.of(text, code));
  }

  @FuzzTest(maxDuration = "2m")
  void moneyParse(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    long start = System.nanoTime();
    try {
      Money m = Money.parse(text);
      assertThat(Money.parse(m.toString())).isEqualTo(m);
    } catch (InvalidInputException e) {
      assertThat(e.getMessage().length()).isLessThan(400);
    }
    withinBound(text, start, () -> Money.parse(text));
  }

  @FuzzTest(maxDuration = "2m")
  void percentageOf(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    long start = System.nanoTime();
    try {
      Percentage p = Percentage.of(text);
      assertThat(p.fraction().signum()).isNotNegative();
      if (p.toString().length() <= InputText.MAX_DECIMAL_LENGTH) {
        // a rate of ~100 significant digits is written longer than the parser reads
        assertThat(Percentage.of(p.toString())).isEqualTo(p);
      }
    } catch (InvalidInputException e) {
      assertThat(e.getMessage().length()).isLessThan(400);
    }
    withinBound(text, start, () -> Percentage.of(text));
  }

  /**
   * Fails when a call on at most 1 KB took longer than the bound twice in a row: a slow parse is
   * slow every time, a pause for class loading, instrumentation or a collection is not.
   */
  public static void withinBound(String input, long startNanos, Runnable again) {
    long ms = (System.nanoTime() - startNanos) / 1_000_000;
    if (input.length() > 1024 || ms <= BOUND_MS) {
      return;
    }
    long retry = System.nanoTime();
    try {
      again.run();
    } catch (RuntimeException e) {
      // the outcome was checked the first time; only the time matters here
    }
    long retryMs = (System.nanoTime() - retry) / 1_000_000;
    if (retryMs > BOUND_MS) {
      throw new AssertionError(
          "took "
              + ms
              + " ms, then "
              + retryMs
              + " ms (bound "
              + BOUND_MS
              + " ms) for "
              + input.length()
              + " chars");
    }
  }
}
