package dev.revops.sales;

import dev.revops.core.error.InvalidInputException;
import dev.revops.core.error.Violation;
import java.util.List;
import java.util.function.Consumer;

/** The loader tests' view of a refused input: the violations its exception names. */
public final class Refusals {
  private Refusals() {}

  /**
   * Loads a text that must be refused and returns what the refusal names.
   *
   * @param load the loader's load method
   * @param json the text
   * @return the violations of the {@link InvalidInputException} it threw
   * @throws AssertionError when the text was accepted
   */
  public static List<Violation> violations(Consumer<String> load, String json) {
    try {
      load.accept(json);
    } catch (InvalidInputException e) {
      return e.violations();
    }
    throw new AssertionError("accepted: " + json);
  }
}
