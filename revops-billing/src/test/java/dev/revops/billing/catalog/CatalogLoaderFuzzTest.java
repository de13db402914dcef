package dev.revops.billing.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.revops.core.error.InvalidInputException;

/**
 * A Jazzer fuzz target for {@link CatalogLoader#load}, the only JSON document revops-billing reads.
 * Regression mode over {@code
 * src/test/resources/dev/revops/billing/catalog/CatalogLoaderFuzzTestInputs/} in every build;
 * {@code JAZZER_FUZZ=1 ./mvnw -pl revops-billing test -Dtest=CatalogLoaderFuzzTest} fuzzes for its
 * {@code maxDuration}. The property: a catalog without problems whose every plan is found by its id
 * and sells a product of the catalog, or an {@link InvalidInputException} whose every violation has
 * a JSON path; nothing else, and one load of at most 1 KB within {@value #BOUND_MS} ms (a slow load
 * is run again and fails only when slow twice: a slow parse is slow every time, a pause for class
 * loading, instrumentation or a collection is not).
 */
class CatalogLoaderFuzzTest {
  /** The bound for one load of at most 1 KB, as the other modules' fuzz targets have. */
  static final long BOUND_MS = 50;

  private static final CatalogLoader LOADER = CatalogLoader.create();

  static {
    for (int i = 0; i < 200; i++) {
      LOADER.load(TestCatalogs.JSON);
      for (String bad : new String[] {"", "null", "{\"plans\":[null]}", "{,", "[1.5]"}) {
        try {
          LOADER.load(bad);
        } catch (InvalidInputException expected) {
          // warming the refusal paths too
        }
      }
    }
  }

  @FuzzTest(maxDuration = "2m")
  void load(FuzzedDataProvider data) {
    String json = data.consumeRemainingAsString();
    long start = System.nanoTime();
    loadAndCheck(json);
    long ms = (System.nanoTime() - start) / 1_000_000;
    if (json.length() <= 1024 && ms > BOUND_MS) {
      long again = System.nanoTime();
      loadAndCheck(json);
      long twice = (System.nanoTime() - again) / 1_000_000;
      assertThat(twice)
          .as("loading %d characters took %d ms, then %d ms", json.length(), ms, twice)
          .isLessThanOrEqualTo(BOUND_MS);
    }
  }

  private static void loadAndCheck(String json) {
    try {
      Catalog catalog = LOADER.load(json);
      assertThat(catalog.problems()).isEmpty();
      assertThat(catalog.plans()).isNotEmpty();
      for (Plan p : catalog.plans()) {
        assertThat(catalog.plan(p.id())).isEqualTo(p);
        assertThat(catalog.product(p.productId())).isPresent();
      }
    } catch (InvalidInputException e) {
      assertThat(e.violations()).isNotEmpty();
      assertThat(e.violations()).allSatisfy(v -> assertThat(v.path()).startsWith("$"));
    }
  }
}
