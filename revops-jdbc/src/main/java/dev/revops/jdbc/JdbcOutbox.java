package dev.revops.jdbc;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.revops.core.event.DomainEvent;
import dev.revops.core.port.Outbox;
import dev.revops.core.port.OutboxEntry;
import dev.revops.jdbc.table.BodyCache;
import dev.revops.jdbc.table.Database;
import dev.revops.jdbc.table.Sql;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The transactional {@link Outbox} on table {@code revops_outbox}: {@link #publish(List)} inserts
 * one row per event in the current {@link JdbcUnitOfWork}, so an event exists exactly when its
 * change was committed.
 *
 * <p>Several relays (one per app instance) can drain one outbox: {@link #pending(int)} claims a
 * batch with {@code SELECT ... FOR UPDATE SKIP LOCKED}, so no two relays hold the same event at the
 * same time. Called inside a unit of work (a relay made with {@code new OutboxRelay(outbox,
 * publisher, db.unitOfWork())}, the recommended way) the claim is the row locks, held until the
 * marks commit: a relay that dies releases them with its connection. Called on its own, the claim
 * is a lease written on the rows ({@code claimed_by}, {@code claimed_until}), taken over when it
 * runs out. Either way a batch whose relay died is delivered again (delivery is at least once:
 * consumers dedupe by event id). Within one relay events go out in commit order of their aggregate;
 * two relays running at once may interleave the events of one aggregate, so a host that needs
 * strict order per aggregate runs one relay at a time.
 *
 * <p>Events are stored as JSON with their class name and read back with the same mapper; an event
 * class must round-trip through {@code RevOpsJson.mapper()} (every revops event does). Thread-safe.
 */
public final class JdbcOutbox implements Outbox {
  private static final String TABLE = "revops_outbox";

  private final Database db;
  private final Duration lease;
  private final String owner = UUID.randomUUID().toString();
  private final String insert;

  /**
   * The events of recent payloads, keyed by class name and payload text: a relay in this instance
   * gets back the very events this instance published, without parsing them again.
   */
  private final BodyCache<DomainEvent> recent = new BodyCache<>(PAYLOADS_KEPT);

  /** How many payloads' events are kept: a few relay batches' worth. */
  static final int PAYLOADS_KEPT = 4_096;

  JdbcOutbox(Database db, Duration lease) {
    this.db = requireNonNull(db, "db");
    this.lease = requireNonNull(lease, "lease");
    if (lease.isNegative() || lease.isZero()) {
      throw new IllegalArgumentException("outbox lease must be positive, got " + lease);
    }
    this.insert =
        "INSERT INTO revops_outbox (event_id, event_type, event_class, aggregate_id, occurred_at,"
            + " payload) VALUES (?, ?, ?, ?, ?, "
            + db.dialect().jsonParameter()
            + ")";
  }

  /**
   * Returns the id this outbox writes into {@code claimed_by}.
   *
   * @return a random id, one per instance
   */
  public String owner() {
    return owner;
  }

  @Override
  public void publish(List<? extends DomainEvent> events) {
    requireNonNull(events, "events");
    if (events.isEmpty()) {
      return;
    }
    List<String> payloads = new ArrayList<>(events.size());
    for (DomainEvent e : events) {
      payloads.add(write(requireNonNull(e, "event")));
    }
    db.work()
        .call(
            "append to " + TABLE,
            TABLE,
            c -> {
              try (PreparedStatement s = c.prepareStatement(insert)) {
                for (int i = 0; i < events.size(); i++) {
                  DomainEvent e = events.get(i);
                  s.setString(1, e.eventId().value());
                  s.setString(2, e.type());
                  s.setString(3, e.getClass().getName());
                  s.setString(4, e.aggregateId());
                  Sql.setInstant(s, 5, e.occurredAt());
                  s.setString(6, payloads.get(i));
                  s.addBatch();
                }
                s.executeBatch();
                db.work().outboxWritten();
                for (int i = 0; i < events.size(); i++) {
                  DomainEvent e = events.get(i);
                  recent.keep(key(e.getClass().getName(), payloads.get(i)), e);
                }
              }
              return null;
            });
  }

  @Override
  public List<OutboxEntry> pending(int limit) {
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be above zero, got " + limit);
    }
    Instant now = db.clock().instant();
    // inside a unit of work (a relay's: OutboxRelay with this database's unit of work) the row
    // locks are the claim, held until it commits; on its own, the claim is a lease
    boolean leased = !db.work().isActive();
    return db.work()
        .inTransaction(
            () ->
                db.work()
                    .call(
                        "claim from " + TABLE,
                        TABLE,
                        c -> {
                          List<OutboxEntry> out = new ArrayList<>();
                          try (PreparedStatement s =
                              c.prepareStatement(
                                  "SELECT seq, event_class, payload FROM revops_outbox"
                                      + " WHERE delivered_at IS NULL AND (claimed_until IS NULL"
                                      + " OR claimed_until < ? OR claimed_by = ?)"
                                      + " ORDER BY seq LIMIT ? FOR UPDATE SKIP LOCKED")) {
                            Sql.setInstant(s, 1, now);
                            s.setString(2, owner);
                            s.setInt(3, limit);
                            try (ResultSet r = s.executeQuery()) {
                              while (r.next()) {
                                out.add(
                                    new OutboxEntry(
                                        r.getLong(1), cached(r.getString(2), r.getString(3))));
                              }
                            }
                          }
                          if (leased && !out.isEmpty()) {
                            List<Long> claimed = new ArrayList<>(out.size());
                            for (OutboxEntry e : out) {
                              claimed.add(e.sequence());
                            }
                            try (PreparedStatement s =
                                c.prepareStatement(
                                    "UPDATE revops_outbox SET claimed_by = ?, claimed_until = ?"
                                        + " WHERE seq = ANY (?)")) {
                              s.setString(1, owner);
                              Sql.setInstant(s, 2, now.plus(lease));
                              s.setArray(3, c.createArrayOf("bigint", sequences(claimed)));
                              s.executeUpdate();
                            }
                          }
                          return out;
                        }));
  }

  @Override
  public void markDelivered(List<Long> sequences) {
    requireNonNull(sequences, "sequences");
    if (sequences.isEmpty()) {
      return;
    }
    Long[] marked = sequences(sequences);
    Instant now = db.clock().instant();
    db.work()
        .call(
            "mark delivered in " + TABLE,
            TABLE,
            c -> {
              try (PreparedStatement s =
                  c.prepareStatement(
                      "UPDATE revops_outbox SET delivered_at = ?, claimed_by = NULL,"
                          + " claimed_until = NULL WHERE seq = ANY (?) AND delivered_at IS NULL")) {
                Sql.setInstant(s, 1, now);
                s.setArray(2, c.createArrayOf("bigint", marked));
                s.executeUpdate();
              }
              return null;
            });
  }

  @Override
  public long deliveredCount() {
    return count("delivered_at IS NOT NULL");
  }

  @Override
  public long pendingCount() {
    return count("delivered_at IS NULL");
  }

  /**
   * Binds sequence numbers as one SQL array, so a batch is claimed or marked by one statement (an
   * index lookup per element on both databases) rather than one statement per row.
   */
  private static Long[] sequences(List<Long> sequences) {
    Long[] values = new Long[sequences.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = requireNonNull(sequences.get(i), "sequences[" + i + "]");
    }
    return values;
  }

  private long count(String condition) {
    return db.work()
        .call(
            "count " + TABLE,
            TABLE,
            c -> {
              try (PreparedStatement s =
                      c.prepareStatement("SELECT count(*) FROM revops_outbox WHERE " + condition);
                  ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
              }
            });
  }

  private String write(DomainEvent e) {
    try {
      return db.json().writeValueAsString(e);
    } catch (JsonProcessingException ex) {
      throw new DataAccessException("write event " + e.type() + " as JSON", null, ex);
    }
  }

  /** The event of a payload: the one this instance published with it, or else parsed. */
  private DomainEvent cached(String className, String payload) {
    return recent.get(key(className, payload), k -> read(className, payload));
  }

  private static String key(String className, String payload) {
    return className + '\n' + payload;
  }

  private DomainEvent read(String className, String payload) {
    Class<?> type;
    try {
      type = Class.forName(className, false, loaderFor(className));
    } catch (ClassNotFoundException ex) {
      throw new DataAccessException(
          "read an outbox event: class " + className + " is not on the class path", null, ex);
    }
    if (!DomainEvent.class.isAssignableFrom(type)) {
      throw new DataAccessException(
          "read an outbox event: " + className + " is not a DomainEvent",
          null,
          new ClassCastException(className));
    }
    try {
      return (DomainEvent) db.json().readValue(payload, type);
    } catch (JsonProcessingException ex) {
      throw new DataAccessException("read an outbox event of class " + className, null, ex);
    }
  }

  private static ClassLoader loaderFor(String className) {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : JdbcOutbox.class.getClassLoader();
  }
}
