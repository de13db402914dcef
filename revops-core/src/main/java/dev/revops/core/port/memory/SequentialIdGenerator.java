package dev.revops.core.port.memory;

import static java.util.Objects.requireNonNull;

import dev.revops.core.port.IdGenerator;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A deterministic {@link IdGenerator}: {@code prefix-1}, {@code prefix-2}, ... For tests and
 * simulations that must repeat exactly. Thread-safe.
 */
public final class SequentialIdGenerator implements IdGenerator {
  private final String prefix;
  private final AtomicLong counter = new AtomicLong();

  /**
   * Creates a generator.
   *
   * @param prefix the text before the number
   */
  public SequentialIdGenerator(String prefix) {
    this.prefix = requireNonNull(prefix, "prefix");
  }

  @Override
  public String nextId() {
    return prefix + "-" + counter.incrementAndGet();
  }
}
