package dev.revops.core.port;

import java.util.function.Function;

/**
 * Makes new ids. The default is random UUIDs; a deterministic one ({@code
 * port.memory.SequentialIdGenerator}) serves tests and simulations. Implementations must be
 * thread-safe and never return the same id twice.
 */
public interface IdGenerator {
  /**
   * Returns a new id text.
   *
   * @return a fresh, never repeated id
   */
  String nextId();

  /**
   * Returns a new typed id.
   *
   * @param factory makes the typed id from its text, e.g. {@code AccountId::of}
   * @param <T> the id type
   * @return the id
   */
  default <T> T next(Function<String, T> factory) {
    return factory.apply(nextId());
  }
}
