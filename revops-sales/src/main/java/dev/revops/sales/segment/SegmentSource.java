package dev.revops.sales.segment;

import java.util.function.Consumer;

/**
 * The port through which segments read the host's data: every account's attributes, one account at
 * a time (a host streams them from its database with a cursor; nothing needs to hold all of them).
 */
@FunctionalInterface
public interface SegmentSource {
  /**
   * Hands each account's attributes to the consumer, once.
   *
   * @param consumer what receives them
   */
  void forEach(Consumer<SegmentFacts> consumer);
}
