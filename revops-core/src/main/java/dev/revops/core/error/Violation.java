package dev.revops.core.error;

import static java.util.Objects.requireNonNull;

/**
 * One thing wrong with an input: where (a property path such as {@code steps[2].offsetDays} or a
 * JSON path such as {@code $.steps[2].offsetDays}) and what. Immutable and thread-safe. The
 * rejected value is deliberately not kept, so a violation can be logged without leaking personal
 * data.
 *
 * @param path where the problem is; {@code ""} for the input as a whole
 * @param message what is wrong, in words a user can act on
 */
public record Violation(String path, String message) implements Comparable<Violation> {
  /** Checks both parts are present. */
  public Violation {
    requireNonNull(path, "path");
    requireNonNull(message, "message");
  }

  @Override
  public int compareTo(Violation other) {
    int byPath = path.compareTo(other.path);
    return byPath != 0 ? byPath : message.compareTo(other.message);
  }

  @Override
  public String toString() {
    return path.isEmpty() ? message : path + ": " + message;
  }
}
