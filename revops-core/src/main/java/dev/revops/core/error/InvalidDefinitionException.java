package dev.revops.core.error;

import java.util.List;

/**
 * A definition (a state machine, a policy, a catalog) is inconsistent. Carries every problem found,
 * each in words that name the offending part.
 */
public class InvalidDefinitionException extends RevOpsException {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  /**
   * Creates the exception.
   *
   * @param what the kind of definition, e.g. {@code "state machine"}
   * @param problems every problem found; must not be empty
   */
  public InvalidDefinitionException(String what, List<String> problems) {
    super("Invalid " + what + ": " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  /**
   * Returns the problems.
   *
   * @return every problem found, unmodifiable
   */
  public List<String> problems() {
    return problems;
  }
}
