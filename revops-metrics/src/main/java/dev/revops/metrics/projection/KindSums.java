package dev.revops.metrics.projection;

/**
 * Sums of amounts (minor units) per constant of an enum, every addition checked for overflow
 * ({@link Math#addExact}). The per-kind store of {@link MovementSums} and {@link ReceivableSums}.
 * Mutable and not thread-safe: one projection or batch owns it.
 *
 * @param <E> the kinds
 */
final class KindSums<E extends Enum<E>> {
  private final long[] sums;

  /** No amount of any kind yet. */
  KindSums(Class<E> kinds) {
    sums = new long[kinds.getEnumConstants().length];
  }

  /** Adds an amount to one kind's sum. */
  void add(E kind, long amount) {
    sums[kind.ordinal()] = Math.addExact(sums[kind.ordinal()], amount);
  }

  /** Adds every sum of another to these, kind by kind in declaration order. */
  void addAll(KindSums<E> other) {
    for (int i = 0; i < sums.length; i++) {
      sums[i] = Math.addExact(sums[i], other.sums[i]);
    }
  }

  /** The sum of one kind. */
  long get(E kind) {
    return sums[kind.ordinal()];
  }
}
