package dev.revops.collections.priority;

import static java.util.Objects.requireNonNull;

import dev.revops.core.id.UserId;

/**
 * A collector and how many accounts they can work. Immutable.
 *
 * @param id the user
 * @param capacity accounts they can take, zero or more
 */
public record Collector(UserId id, int capacity) {
  /** Checks the fields. */
  public Collector {
    requireNonNull(id, "id");
    if (capacity < 0) {
      throw new IllegalArgumentException("collector " + id + ": capacity must not be negative");
    }
  }
}
