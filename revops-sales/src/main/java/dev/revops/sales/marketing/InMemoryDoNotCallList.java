package dev.revops.sales.marketing;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The embedded {@link DoNotCallList}: numbers and when they were listed, in a concurrent map; the
 * earliest listing of a number is kept. Thread-safe.
 */
public final class InMemoryDoNotCallList implements DoNotCallList {
  private final ConcurrentHashMap<String, Instant> listed = new ConcurrentHashMap<>();

  /** Creates an empty list. */
  public InMemoryDoNotCallList() {}

  /**
   * Lists a number.
   *
   * @param number the number
   * @param since when it was listed
   */
  public void add(String number, Instant since) {
    requireNonNull(number, "number");
    requireNonNull(since, "since");
    listed.merge(number, since, (a, b) -> a.isBefore(b) ? a : b);
  }

  /**
   * Removes a number (the person asked to be called again, or left the registry).
   *
   * @param number the number
   */
  public void remove(String number) {
    listed.remove(requireNonNull(number, "number"));
  }

  @Override
  public Optional<Instant> listedSince(String number) {
    return Optional.ofNullable(listed.get(requireNonNull(number, "number")));
  }
}
