package dev.revops.examples.small;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.revops.core.error.InvalidInputException;
import dev.revops.metrics.subscription.SubscriptionFact;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A Jazzer fuzz target for the KPI example's CSV reader ({@link KpisFromCsv#parse}). Regression
 * mode over {@code src/test/resources/dev/revops/examples/small/KpisFromCsvFuzzTestInputs/} in
 * every build; {@code JAZZER_FUZZ=1 ./mvnw -pl examples test -Dtest=KpisFromCsvFuzzTest} fuzzes for
 * its {@code maxDuration}. The property: facts in one currency with distinct ids, each ending on or
 * after its start and priced at zero or more, or an {@link InvalidInputException} whose every
 * violation names a line ({@code "line N"}); nothing else, and one read of at most 1 KB within
 * {@value #BOUND_MS} ms (a slow read is run again and fails only when slow twice).
 */
class KpisFromCsvFuzzTest {
  /** The bound for one read of at most 1 KB, as the library's fuzz targets have. */
  static final long BOUND_MS = 50;

  private static final String GOOD =
      KpisFromCsv.HEADER
          + "\nsub-1,acct-1,49.00,USD,MONTH,2024-01-01,\nsub-2,acct-2,490.00,USD,YEAR,2024-02-01,"
          + "2025-02-01\n";

  static {
    for (int i = 0; i < 300; i++) {
      read(GOOD);
      read("");
      read(KpisFromCsv.HEADER + "\nx,y,1e1000000,USD,MONTH,2024-01-01,\n");
    }
  }

  @FuzzTest(maxDuration = "2m")
  void parse(FuzzedDataProvider data) {
    String csv = data.consumeRemainingAsString();
    long start = System.nanoTime();
    read(csv);
    long ms = (System.nanoTime() - start) / 1_000_000;
    if (csv.length() <= 1024 && ms > BOUND_MS) {
      long again = System.nanoTime();
      read(csv);
      long twice = (System.nanoTime() - again) / 1_000_000;
      assertThat(twice)
          .as("reading %d characters took %d ms, then %d ms", csv.length(), ms, twice)
          .isLessThanOrEqualTo(BOUND_MS);
    }
  }

  private static void read(String csv) {
    try {
      List<SubscriptionFact> facts = KpisFromCsv.parse(new BufferedReader(new StringReader(csv)));
      Set<String> ids = new HashSet<>();
      for (SubscriptionFact f : facts) {
        assertThat(ids.add(f.subscriptionId())).as("ids are distinct").isTrue();
        assertThat(f.price().currency()).isEqualTo(facts.get(0).price().currency());
        assertThat(f.price().isNegative()).isFalse();
        if (f.end() != null) {
          assertThat(f.end()).isAfterOrEqualTo(f.start());
        }
      }
    } catch (InvalidInputException e) {
      assertThat(e.violations()).isNotEmpty();
      assertThat(e.violations()).allSatisfy(v -> assertThat(v.path()).matches("line \\d+"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
