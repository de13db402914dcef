package dev.revops.jdbc.table;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.revops.jdbc.Dialect;
import dev.revops.jdbc.JdbcUnitOfWork;
import java.time.Clock;

/**
 * What every adapter of one database shares: its unit of work, dialect, JSON mapper and clock.
 *
 * @param work the unit of work
 * @param dialect the dialect
 * @param json the mapper for documents
 * @param clock the clock for {@code updated_at} and outbox claims
 */
public record Database(JdbcUnitOfWork work, Dialect dialect, ObjectMapper json, Clock clock) {
  /** Checks every part is given. */
  public Database {
    requireNonNull(work, "work");
    requireNonNull(dialect, "dialect");
    requireNonNull(json, "json");
    requireNonNull(clock, "clock");
  }
}
