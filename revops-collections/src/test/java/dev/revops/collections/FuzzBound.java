package dev.revops.collections;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.error.InvalidInputException;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The property every collections fuzz target checks on a JSON loader: a valid value or {@link
 * InvalidInputException} naming JSON paths, never another exception, and one load of at most 1 KB
 * within {@value #BOUND_MS} ms. The time rule is core's {@link dev.revops.core.FuzzBound}: a slow
 * first try is retried once, and only a retry over the bound fails.
 */
public final class FuzzBound {
  /** The bound for one load of at most 1 KB. */
  public static final long BOUND_MS = dev.revops.core.FuzzBound.BOUND_MS;

  private static final String[] BAD = {"", "null", "{\"name\":1e1000000}", "{,", "[1.5]"};

  private FuzzBound() {}

  /**
   * Runs the loader on a good document and on a few bad ones, so class loading and the first
   * compilations are not counted against the bound.
   *
   * @param loader the loader
   * @param good a document it accepts
   */
  public static void warm(Function<String, ?> loader, String good) {
    for (int i = 0; i < 500; i++) {
      loader.apply(good);
      for (String bad : BAD) {
        try {
          loader.apply(bad);
        } catch (InvalidInputException expected) {
          // warming the refusal paths too
        }
      }
    }
  }

  /**
   * Loads the input and checks the property.
   *
   * @param <T> what the loader makes
   * @param json the fuzzed input
   * @param loader the loader
   * @param valid checks a value the loader accepted
   */
  public static <T> void check(String json, Function<String, T> loader, Consumer<T> valid) {
    long start = System.nanoTime();
    try {
      valid.accept(loader.apply(json));
    } catch (InvalidInputException e) {
      assertThat(e.violations()).isNotEmpty();
      assertThat(e.violations()).allSatisfy(v -> assertThat(v.path()).startsWith("$"));
    }
    dev.revops.core.FuzzBound.check(json.length(), start, () -> loader.apply(json));
  }
}
