package dev.revops.benchmarks.jdbc;

import dev.revops.billing.payment.GatewayResult;
import dev.revops.billing.payment.PaymentId;
import dev.revops.billing.payment.PaymentRecorded;
import dev.revops.billing.payment.PaymentStatus;
import dev.revops.billing.payment.PaymentTransaction;
import dev.revops.billing.payment.TransactionType;
import dev.revops.core.event.DomainEvent;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.EventId;
import dev.revops.core.json.RevOpsJson;
import dev.revops.core.money.Money;
import dev.revops.core.service.OutboxRelay;
import dev.revops.jdbc.JdbcOutbox;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Draining 2,560 pending events from {@code revops_outbox}: {@link OutboxRelay} over {@link
 * JdbcOutbox} in the database's unit of work (batches of 256 claimed with {@code FOR UPDATE SKIP
 * LOCKED}, each event read back into its class, handed to the publisher, marked delivered, one
 * transaction per batch) against a hand-written loop over the same table (claim 256 with {@code
 * SKIP LOCKED}, read each payload back with the same mapper, mark them delivered, commit). The
 * events are appended before each invocation, not timed; the setup checks both loops deliver every
 * event once. Divide 2,560 by the time for events per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(1)
public class OutboxRelayBenchmark {
  static final int EVENTS = 2_560;

  /** Where: {@code h2} (in memory) or {@code postgres}. */
  @Param({"h2", "postgres"})
  public String store;

  private Databases databases;
  private JdbcOutbox outbox;
  private long round;
  private long delivered;
  private final com.fasterxml.jackson.databind.ObjectMapper json = RevOpsJson.mapper();

  static PaymentRecorded event(long n) {
    Instant at = Instant.EPOCH.plusSeconds(n);
    return new PaymentRecorded(
        EventId.of("evt-" + n),
        PaymentId.of("pay-" + (n % 64)),
        AccountId.of("acct-" + (n % 64)),
        new PaymentTransaction(
            "key-" + n,
            TransactionType.PURCHASE,
            Money.ofMinor(100 + n % 900, "USD"),
            GatewayResult.unknown(),
            at),
        PaymentStatus.UNKNOWN,
        at);
  }

  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    databases = Databases.open(store, "outbox");
    outbox = databases.db().outbox();
    fill();
    int relayed = relay();
    long relayedEvents = delivered;
    fill();
    int looped = plainLoop();
    long loopedEvents = delivered - relayedEvents;
    if (relayed != EVENTS
        || looped != EVENTS
        || relayedEvents != EVENTS
        || loopedEvents != EVENTS
        || outbox.pendingCount() != 0) {
      throw new IllegalStateException(
          "relay "
              + relayed
              + " ("
              + relayedEvents
              + " read), loop "
              + looped
              + " ("
              + loopedEvents
              + " read) of "
              + EVENTS);
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    databases.close();
  }

  /** Appends the next round's events (not timed). */
  @Setup(Level.Invocation)
  public void fill() {
    List<DomainEvent> batch = new ArrayList<>(EVENTS);
    for (int i = 0; i < EVENTS; i++) {
      batch.add(event(round * EVENTS + i));
    }
    round++;
    outbox.publish(batch);
  }

  /** revops: the relay drains the outbox. */
  @Benchmark
  public int relay() {
    return new OutboxRelay(
            outbox, events -> delivered += events.size(), databases.db().unitOfWork())
        .deliverPending();
  }

  /** Plain JDBC: claim, read, mark, commit, until nothing is pending. */
  @Benchmark
  public int plainLoop() throws SQLException {
    int total = 0;
    try (Connection c = databases.dataSource().getConnection()) {
      c.setAutoCommit(false);
      while (true) {
        List<Long> seqs = new ArrayList<>(256);
        try (PreparedStatement s =
            c.prepareStatement(
                "SELECT seq, event_class, payload FROM revops_outbox WHERE delivered_at IS NULL"
                    + " ORDER BY seq LIMIT 256 FOR UPDATE SKIP LOCKED")) {
          try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
              Object e = json.readValue(r.getString(3), Class.forName(r.getString(2)));
              delivered += e == null ? 0 : 1;
              seqs.add(r.getLong(1));
            }
          } catch (ReflectiveOperationException
              | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
          }
        }
        if (seqs.isEmpty()) {
          c.commit();
          return total;
        }
        try (PreparedStatement s =
            c.prepareStatement("UPDATE revops_outbox SET delivered_at = ? WHERE seq = ?")) {
          OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
          for (Long seq : seqs) {
            s.setObject(1, now);
            s.setLong(2, seq);
            s.addBatch();
          }
          s.executeBatch();
        }
        c.commit();
        total += seqs.size();
      }
    }
  }
}
