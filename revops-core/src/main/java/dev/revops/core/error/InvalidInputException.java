package dev.revops.core.error;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input from outside (a command, a web form, a JSON policy) broke one or more rules. Carries every
 * violation found, not just the first, each with the path of the bad field.
 */
public class InvalidInputException extends RevOpsException {
  private static final long serialVersionUID = 1L;

  /** The violations; never empty. */
  private final List<Violation> violations;

  /**
   * Creates the exception.
   *
   * @param what a short name of the input, e.g. {@code "web form lead"}
   * @param violations every violation found; must not be empty
   */
  public InvalidInputException(String what, List<Violation> violations) {
    super(message(what, violations));
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("an InvalidInputException needs at least one violation");
    }
    this.violations = List.copyOf(violations);
  }

  /**
   * Creates the exception for a single violation.
   *
   * @param what a short name of the input
   * @param path where the problem is
   * @param message what is wrong
   * @return the exception
   */
  public static InvalidInputException of(String what, String path, String message) {
    return new InvalidInputException(what, List.of(new Violation(path, message)));
  }

  /**
   * Returns the violations.
   *
   * @return every violation found, never empty, unmodifiable
   */
  public List<Violation> violations() {
    return violations;
  }

  private static String message(String what, List<Violation> violations) {
    return "Invalid "
        + what
        + " ("
        + violations.size()
        + (violations.size() == 1 ? " violation): " : " violations): ")
        + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
  }
}
