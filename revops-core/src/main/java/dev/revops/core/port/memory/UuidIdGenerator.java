package dev.revops.core.port.memory;

import dev.revops.core.port.IdGenerator;
import java.util.UUID;

/** The default {@link IdGenerator}: random (version 4) UUIDs. Thread-safe. */
public final class UuidIdGenerator implements IdGenerator {
  /** Creates the generator. */
  public UuidIdGenerator() {}

  @Override
  public String nextId() {
    return UUID.randomUUID().toString();
  }
}
