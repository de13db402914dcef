package dev.revops.core.port;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One page of a keyset-paged read ({@link Repository#page(String, int)}): the items, in the order
 * of their ids' text, and the cursor to pass for the next page. Immutable and thread-safe.
 *
 * @param items the items of this page
 * @param next the cursor of the next page, or null when this is the last page
 * @param <A> the item type
 */
public record Page<A>(List<A> items, String next) {
  /** Copies the items. */
  public Page {
    items = List.copyOf(requireNonNull(items, "items"));
  }

  /**
   * Returns whether another page follows.
   *
   * @return true when {@link #next()} is set
   */
  public boolean hasNext() {
    return next != null;
  }
}
