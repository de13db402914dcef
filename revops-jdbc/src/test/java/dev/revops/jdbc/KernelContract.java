package dev.revops.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.billing.invoice.CreditBalance;
import dev.revops.billing.invoice.Invoice;
import dev.revops.billing.invoice.InvoiceId;
import dev.revops.billing.invoice.PaymentTerms;
import dev.revops.billing.payment.GatewayResult;
import dev.revops.billing.payment.PaymentId;
import dev.revops.billing.payment.PaymentRecorded;
import dev.revops.billing.payment.PaymentStatus;
import dev.revops.billing.payment.PaymentTransaction;
import dev.revops.billing.payment.TransactionType;
import dev.revops.core.aggregate.Aggregate;
import dev.revops.core.event.DomainEvent;
import dev.revops.core.id.EventId;
import dev.revops.core.party.Account;
import dev.revops.core.port.OutboxEntry;
import dev.revops.core.service.DeduplicatingPublisher;
import dev.revops.core.service.OutboxRelay;
import dev.revops.core.time.ManualClock;
import dev.revops.jdbc.billing.JdbcInvoiceRepository;
import dev.revops.jdbc.core.JdbcAccountRepository;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The unit of work, outbox, locks and constraints of revops-jdbc, on one database; {@code
 * H2KernelTest} and {@code PostgresKernelTest} run it. Two {@link RevOpsDatabase} objects over two
 * separate pools on the same database stand for two instances of the host's application.
 */
abstract class KernelContract {

  protected final ManualClock clock =
      new ManualClock(Instant.parse("2024-04-01T12:00:00Z"), ZoneOffset.UTC);
  protected RevOpsDatabase db;
  protected RevOpsDatabase other;
  private final List<AutoCloseable> opened = new ArrayList<>();

  /**
   * Opens revops on the test's database through a new pool of its own.
   *
   * @param clock the clock
   * @return the database, migrated
   */
  protected abstract RevOpsDatabase open(ManualClock clock);

  /**
   * Returns the test database's data source, for plain-SQL checks.
   *
   * @return a data source on the same database
   */
  protected abstract DataSource raw();

  @BeforeEach
  void openBoth() {
    db = open(clock);
    other = open(clock);
    TestDatabases.clear(db);
  }

  @AfterEach
  void closeBoth() throws Exception {
    for (AutoCloseable c : opened) {
      c.close();
    }
  }

  /**
   * Remembers something to close after the test.
   *
   * @param c the resource
   */
  protected void closeLater(AutoCloseable c) {
    opened.add(c);
  }

  /** A billing event, distinct for each n, on one of three payments. */
  static PaymentRecorded noted(int n) {
    Instant at = Instant.EPOCH.plusSeconds(n);
    return new PaymentRecorded(
        EventId.of("evt-" + n),
        PaymentId.of("pay-" + (n % 3)),
        Fixtures.ACCOUNT,
        new PaymentTransaction(
            "key-" + n,
            TransactionType.PURCHASE,
            Fixtures.usd(100 + n),
            GatewayResult.unknown(),
            at),
        PaymentStatus.UNKNOWN,
        at);
  }

  /** A draft billing sub-1's April recurring line. */
  static Invoice aprilFor(String invoiceId) {
    return Invoice.draft()
        .id(InvoiceId.of(invoiceId))
        .account(Fixtures.ACCOUNT)
        .currency(Fixtures.USD)
        .lines(List.of(Fixtures.recurring("sub-1", Fixtures.APRIL_PERIOD, 5000)))
        .terms(PaymentTerms.net(30))
        .build();
  }

  long count(String table) {
    try (Connection c = raw().getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  // --- parsed bodies kept for reading again

  @Test
  void aRowAnotherWriterChangedIsReadAsStoredNotAsReadBefore() throws Exception {
    JdbcAccountRepository accounts = new JdbcAccountRepository(db.database());
    Account first = accounts.save(Fixtures.account(1), Aggregate.NEW);
    assertThat(accounts.find(first.id())).contains(first);
    assertThat(accounts.find(first.id())).contains(first);
    // a host's own SQL (or another instance) writes version 2 behind this instance's back
    Account changed = Fixtures.rename(first, 7).withVersion(2);
    try (Connection c = raw().getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "UPDATE revops_accounts SET version = 2, body = "
                    + db.database().dialect().jsonParameter()
                    + " WHERE id = ?")) {
      s.setString(1, db.database().json().writeValueAsString(changed));
      s.setString(2, first.id().value());
      assertThat(s.executeUpdate()).isEqualTo(1);
    }
    assertThat(accounts.find(first.id())).contains(changed);
    assertThat(accounts.find(first.id()).orElseThrow().name()).isEqualTo("renamed 7");
  }

  @Test
  void aSaveRolledBackLeavesTheStoredValueToBeRead() {
    JdbcAccountRepository accounts = new JdbcAccountRepository(db.database());
    Account first = accounts.save(Fixtures.account(1), Aggregate.NEW);
    assertThatThrownBy(
            () ->
                db.unitOfWork()
                    .run(
                        () -> {
                          accounts.save(Fixtures.rename(first, 1), first.version());
                          throw new IllegalStateException("boom");
                        }))
        .hasMessage("boom");
    assertThat(accounts.find(first.id())).contains(first);
    Account second = accounts.save(Fixtures.rename(first, 2), first.version());
    assertThat(second.version()).isEqualTo(2);
    assertThat(accounts.find(first.id())).contains(second);
    assertThat(new JdbcAccountRepository(other.database()).find(first.id())).contains(second);
  }

  // --- unit of work

  @Test
  void workThatThrowsLeavesNoRowAndNoEvent() {
    JdbcAccountRepository accounts = new JdbcAccountRepository(db.database());
    assertThatThrownBy(
            () ->
                db.unitOfWork()
                    .run(
                        () -> {
                          accounts.save(Fixtures.account(1), Aggregate.NEW);
                          db.outbox().publish(List.of(noted(1)));
                          throw new IllegalStateException("boom");
                        }))
        .hasMessage("boom");
    assertThat(count("revops_accounts")).isZero();
    assertThat(count("revops_outbox")).isZero();
    assertThat(accounts.find(Fixtures.account(1).id())).isEmpty();
  }

  @Test
  void nestedWorkJoinsAndCommitsOnceWithTheOuter() {
    JdbcAccountRepository accounts = new JdbcAccountRepository(db.database());
    List<String> seenInside = new ArrayList<>();
    db.unitOfWork()
        .run(
            () -> {
              accounts.save(Fixtures.account(1), Aggregate.NEW);
              db.unitOfWork().run(() -> accounts.save(Fixtures.account(2), Aggregate.NEW));
              // another instance does not see uncommitted rows
              seenInside.add(
                  String.valueOf(new JdbcAccountRepository(other.database()).findAll().size()));
            });
    assertThat(seenInside).containsExactly("0");
    assertThat(new JdbcAccountRepository(other.database()).findAll()).hasSize(2);
  }

  @Test
  void aHostTransactionDecidesWhetherRevopsWritesCommit() throws SQLException {
    JdbcAccountRepository accounts = new JdbcAccountRepository(db.database());
    try (Connection host = raw().getConnection()) {
      host.setAutoCommit(false);
      db.unitOfWork().joining(host, () -> accounts.save(Fixtures.account(1), Aggregate.NEW));
      host.rollback();
      db.unitOfWork().joining(host, () -> accounts.save(Fixtures.account(2), Aggregate.NEW));
      host.commit();
    }
    assertThat(accounts.findAll()).extracting(Account::name).containsExactly("Account 2");
  }

  @Test
  void afterCommitListenersRunOnlyAfterACommit() {
    AtomicInteger runs = new AtomicInteger();
    db.unitOfWork().afterCommit(runs::incrementAndGet);
    db.unitOfWork().run(() -> {});
    assertThatThrownBy(
            () ->
                db.unitOfWork()
                    .run(
                        () -> {
                          throw new IllegalStateException("x");
                        }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(runs).hasValue(1);
  }

  @Test
  void afterOutboxCommitListenersRunOnlyAfterACommitThatWroteEvents() {
    JdbcAccountRepository accounts = new JdbcAccountRepository(db.database());
    AtomicInteger runs = new AtomicInteger();
    AtomicInteger pendingSeen = new AtomicInteger();
    db.unitOfWork()
        .afterOutboxCommit(
            () -> {
              runs.incrementAndGet();
              pendingSeen.set(db.outbox().pending(10).size());
            });
    db.unitOfWork().run(() -> accounts.save(Fixtures.account(1), Aggregate.NEW));
    assertThat(runs).as("a commit without events").hasValue(0);
    db.unitOfWork().run(() -> db.outbox().publish(List.of(noted(1), noted(2))));
    assertThat(runs).as("a commit with events").hasValue(1);
    assertThat(pendingSeen).as("the listener sees them committed").hasValue(2);
    db.outbox().publish(List.of(noted(3)));
    assertThat(runs).as("a publish in a unit of work of its own").hasValue(2);
    assertThatThrownBy(
            () ->
                db.unitOfWork()
                    .run(
                        () -> {
                          db.outbox().publish(List.of(noted(4)));
                          throw new IllegalStateException("x");
                        }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(runs).as("a rolled-back unit of work with events").hasValue(2);
    db.unitOfWork().run(() -> db.outbox().pending(10));
    assertThat(runs).as("claiming is not writing events").hasValue(2);
  }

  // --- outbox

  @Test
  void pendingReturnsCommittedEventsInAppendOrderAndMarkedOnesLeave() {
    db.outbox().publish(List.of(noted(1), noted(2)));
    db.outbox().publish(List.of(noted(3)));
    List<OutboxEntry> pending = db.outbox().pending(10);
    assertThat(pending)
        .extracting(OutboxEntry::event)
        .containsExactly(noted(1), noted(2), noted(3));
    db.outbox().markDelivered(List.of(pending.get(0).sequence()));
    assertThat(db.outbox().pendingCount()).isEqualTo(2);
    assertThat(db.outbox().deliveredCount()).isEqualTo(1);
    assertThat(db.outbox().pending(10))
        .extracting(OutboxEntry::event)
        .containsExactly(noted(2), noted(3));
  }

  @Test
  void eventsComeBackAsPublishedOnTheInstanceThatWroteThemOnAnotherAndAfterAChangeBehindItsBack()
      throws Exception {
    db.outbox().publish(List.of(noted(1), noted(2)));
    // another instance never saw these payloads and parses them
    assertThat(other.outbox().pending(10))
        .extracting(OutboxEntry::event)
        .containsExactly(noted(1), noted(2));
    clock.advance(Duration.ofSeconds(61)); // the other instance's lease (60 s) runs out
    // the instance that wrote them hands back what it published
    List<OutboxEntry> mine = db.outbox().pending(10);
    assertThat(mine).extracting(OutboxEntry::event).containsExactly(noted(1), noted(2));
    // a payload rewritten by plain SQL is read as stored, not as published
    try (Connection c = raw().getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "UPDATE revops_outbox SET payload = "
                    + db.database().dialect().jsonParameter()
                    + " WHERE seq = ?")) {
      s.setString(1, db.database().json().writeValueAsString(noted(5)));
      s.setLong(2, mine.get(0).sequence());
      assertThat(s.executeUpdate()).isEqualTo(1);
    }
    assertThat(db.outbox().pending(10))
        .extracting(OutboxEntry::event)
        .containsExactly(noted(5), noted(2));
  }

  @Test
  void twoRelaysNeverHoldTheSameEventAndADeadRelaysBatchIsTakenOver() {
    for (int i = 1; i <= 10; i++) {
      db.outbox().publish(List.of(noted(i)));
    }
    JdbcOutbox first = db.outbox(Duration.ofSeconds(30));
    JdbcOutbox second = other.outbox(Duration.ofSeconds(30));
    List<OutboxEntry> a = first.pending(4);
    List<OutboxEntry> b = second.pending(100);
    assertThat(a).hasSize(4);
    assertThat(b).hasSize(6);
    Set<Long> both = new HashSet<>();
    a.forEach(e -> both.add(e.sequence()));
    b.forEach(e -> both.add(e.sequence()));
    assertThat(both).hasSize(10);
    // the first relay dies without marking its batch; before the lease runs out nobody takes it
    second.markDelivered(b.stream().map(OutboxEntry::sequence).toList());
    assertThat(second.pending(100)).isEmpty();
    clock.advance(Duration.ofSeconds(31));
    List<OutboxEntry> takenOver = second.pending(100);
    assertThat(takenOver)
        .extracting(OutboxEntry::sequence)
        .containsExactlyElementsOf(a.stream().map(OutboxEntry::sequence).toList());
    second.markDelivered(takenOver.stream().map(OutboxEntry::sequence).toList());
    assertThat(db.outbox().pendingCount()).isZero();
    assertThat(db.outbox().deliveredCount()).isEqualTo(10);
  }

  @Test
  void relaysOnTwoInstancesDeliverEveryEventExactlyOnce() throws InterruptedException {
    int events = 600;
    for (int i = 1; i <= events; i += 10) {
      List<DomainEvent> batch = new ArrayList<>();
      for (int j = i; j < i + 10; j++) {
        batch.add(noted(j));
      }
      db.outbox().publish(batch);
    }
    ConcurrentHashMap<EventId, Integer> deliveries = new ConcurrentHashMap<>();
    List<OutboxRelay> relays = new ArrayList<>();
    for (int r = 0; r < 4; r++) {
      RevOpsDatabase instance = r % 2 == 0 ? db : other;
      relays.add(
          new OutboxRelay(
              instance.outbox(Duration.ofMinutes(5)),
              list -> list.forEach(e -> deliveries.merge(e.eventId(), 1, Integer::sum))));
    }
    List<AtOnce.Work> work = new ArrayList<>();
    for (OutboxRelay relay : relays) {
      work.add(relay::deliverPending);
    }
    List<Throwable> failures = AtOnce.run(work);
    // a relay that found everything claimed stops; one more pass picks up what is left
    relays.get(0).deliverPending();
    assertThat(failures).isEmpty();
    assertThat(deliveries).hasSize(events);
    assertThat(deliveries.values()).containsOnly(1);
    assertThat(db.outbox().pendingCount()).isZero();
  }

  @Test
  void aRelayWhoseConnectionDiesMidBatchLosesNothingAndADedupingConsumerSeesEachEventOnce() {
    for (int i = 1; i <= 20; i++) {
      db.outbox().publish(List.of(noted(i)));
    }
    List<EventId> handled = new ArrayList<>();
    DeduplicatingPublisher consumer =
        new DeduplicatingPublisher(list -> list.forEach(e -> handled.add(e.eventId())), 1000);
    AtomicInteger seen = new AtomicInteger();
    OutboxRelay dying =
        new OutboxRelay(
            db.outbox(),
            events -> {
              consumer.publish(events);
              if (seen.incrementAndGet() == 7) {
                try {
                  // the relay's process dies: its connection goes away mid-batch
                  db.unitOfWork().connection().close();
                } catch (SQLException e) {
                  throw new IllegalStateException(e);
                }
                throw new IllegalStateException("killed");
              }
            },
            db.unitOfWork());
    assertThatThrownBy(dying::deliverPending).isInstanceOf(RuntimeException.class);
    assertThat(db.outbox().pendingCount())
        .as("nothing was marked: the claim rolled back")
        .isEqualTo(20);
    int delivered = new OutboxRelay(other.outbox(), consumer, other.unitOfWork()).deliverPending();
    assertThat(delivered).isEqualTo(20);
    assertThat(db.outbox().pendingCount()).isZero();
    assertThat(handled).hasSize(20).doesNotHaveDuplicates();
  }

  @Test
  void aRelayInAUnitOfWorkMarksWhatThePublisherTookBeforeItFailed() {
    for (int i = 1; i <= 5; i++) {
      db.outbox().publish(List.of(noted(i)));
    }
    AtomicInteger calls = new AtomicInteger();
    OutboxRelay relay =
        new OutboxRelay(
            db.outbox(),
            events -> {
              if (calls.incrementAndGet() == 3) {
                throw new IllegalStateException("broker down");
              }
            },
            db.unitOfWork());
    assertThatThrownBy(relay::deliverPending).hasMessage("broker down");
    assertThat(db.outbox().deliveredCount()).isEqualTo(2);
    assertThat(db.outbox().pending(10))
        .extracting(OutboxEntry::event)
        .containsExactly(noted(3), noted(4), noted(5));
  }

  @Test
  void anEventIdStoredTwiceIsATypedConstraintViolation() {
    db.outbox().publish(List.of(noted(1)));
    assertThatThrownBy(() -> db.outbox().publish(List.of(noted(1))))
        .isInstanceOfSatisfying(
            ConstraintViolationException.class,
            e -> assertThat(e.constraint()).isEqualTo("revops_outbox_event_unique"));
    assertThat(count("revops_outbox")).isEqualTo(1);
  }

  // --- constraints

  @Test
  void aSecondRecurringLineForTheSamePeriodIsRefusedByTheDatabase() {
    JdbcInvoiceRepository invoices = new JdbcInvoiceRepository(db.database());
    Invoice first = aprilFor("inv-a");
    Invoice twice = aprilFor("inv-b");
    invoices.save(first, Aggregate.NEW);
    assertThatThrownBy(() -> db.unitOfWork().run(() -> invoices.save(twice, Aggregate.NEW)))
        .isInstanceOfSatisfying(
            ConstraintViolationException.class,
            e -> assertThat(e.constraint()).isEqualTo("revops_invoice_lines_once"))
        .hasMessageContaining("revops_invoice_lines_once");
    assertThat(invoices.find(InvoiceId.of("inv-b"))).isEmpty();
    assertThat(count("revops_invoice_lines")).isEqualTo(1);
  }

  @Test
  void anInvoiceSavedAgainKeepsItsLineRowsAndTheyFollowEveryChange() throws SQLException {
    JdbcInvoiceRepository invoices = new JdbcInvoiceRepository(db.database());
    Invoice draft =
        Fixtures.addLine(
            Invoice.draft()
                .id(InvoiceId.of("inv-rows"))
                .account(Fixtures.ACCOUNT)
                .currency(Fixtures.USD)
                .lines(List.of(Fixtures.recurring("sub-1", Fixtures.APRIL_PERIOD, 5000)))
                .terms(PaymentTerms.net(30))
                .build(),
            1);
    Invoice v1 = invoices.save(draft, Aggregate.NEW);
    assertThat(lineRows("inv-rows")).containsExactly("1 Basic 1", "2 Extra 1 null");
    // a row changed behind revops' back: the next save compares with what is stored and puts the
    // invoice's lines back
    try (Connection c = raw().getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "UPDATE revops_invoice_lines SET description = 'tampered'"
              + " WHERE invoice_id = 'inv-rows' AND line_no = 2");
    }
    Invoice v2 = invoices.save(v1, v1.version());
    assertThat(lineRows("inv-rows")).containsExactly("1 Basic 1", "2 Extra 1 null");
    // a draft given one more line
    Invoice v3 = invoices.save(Fixtures.addLine(v2, 2), v2.version());
    assertThat(lineRows("inv-rows"))
        .containsExactly("1 Basic 1", "2 Extra 1 null", "3 Extra 2 null");
    // finalized (lines as they were), then voided: the recurring line no longer holds its period
    Invoice issued =
        invoices.save(
            v3.finalizeOn(
                    Fixtures.APRIL,
                    CreditBalance.empty(Fixtures.ACCOUNT, Fixtures.USD),
                    clock.instant())
                .invoice()
                .value(),
            v3.version());
    assertThat(lineRows("inv-rows"))
        .containsExactly("1 Basic 1", "2 Extra 1 null", "3 Extra 2 null");
    invoices.save(issued.voidInvoice(clock.instant()).value(), issued.version());
    assertThat(lineRows("inv-rows"))
        .containsExactly("1 Basic null", "2 Extra 1 null", "3 Extra 2 null");
    assertThat(invoices.find(InvoiceId.of("inv-rows")).orElseThrow().lines()).hasSize(3);
  }

  /** An invoice's stored lines as "line_no description billing_key". */
  private List<String> lineRows(String invoice) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = raw().getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT line_no, description, billing_key FROM revops_invoice_lines"
                    + " WHERE invoice_id = ? ORDER BY line_no")) {
      s.setString(1, invoice);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(r.getInt(1) + " " + r.getString(2) + " " + r.getString(3));
        }
      }
    }
    return out;
  }

  @Test
  void theBillRunsInvoiceQueriesAnswerAsTheDefaultsDo() {
    JdbcInvoiceRepository invoices = new JdbcInvoiceRepository(db.database());
    dev.revops.billing.port.memory.InMemoryInvoiceRepository memory =
        new dev.revops.billing.port.memory.InMemoryInvoiceRepository();
    java.time.LocalDate april = Fixtures.APRIL;
    for (int m = 0; m < 6; m++) {
      dev.revops.core.time.DateRange period =
          new dev.revops.core.time.DateRange(april.plusMonths(m), april.plusMonths(m + 1));
      Invoice i =
          Invoice.draft()
              .id(InvoiceId.of("inv-w" + m))
              .account(Fixtures.ACCOUNT)
              .currency(Fixtures.USD)
              .lines(List.of(Fixtures.recurring("sub-1", period, 5000)))
              .terms(PaymentTerms.net(30))
              .build();
      invoices.save(i, Aggregate.NEW);
      memory.save(i, Aggregate.NEW);
    }
    assertThat(invoices.latestChargeStart(Fixtures.ACCOUNT))
        .isEqualTo(memory.latestChargeStart(Fixtures.ACCOUNT))
        .contains(april.plusMonths(5));
    for (int d = 0; d < 200; d += 13) {
      java.time.LocalDate day = april.plusDays(d);
      assertThat(invoices.findByAccountWithServiceEndingAfter(Fixtures.ACCOUNT, day))
          .as("invoices serving %s or later", day)
          .isEqualTo(memory.findByAccountWithServiceEndingAfter(Fixtures.ACCOUNT, day));
    }
    assertThat(invoices.latestChargeStart(dev.revops.core.id.AccountId.of("nobody"))).isEmpty();
  }

  // --- locks

  @Test
  void aLockHeldOnOneInstanceSerialisesReadDecideWriteOnTheOther() throws InterruptedException {
    try (Connection c = raw().getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO revops_locks (subject) VALUES ('counter:0')");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    int threads = 8;
    int rounds = 25;
    for (int round = 0; round < rounds; round++) {
      // a new subject each round: the threads also race to make its lock row
      String subject = "debtor:acct-" + round;
      CountDownLatch gate = new CountDownLatch(1);
      List<Thread> ts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        RevOpsDatabase instance = t % 2 == 0 ? db : other;
        Thread thread =
            new Thread(
                () -> {
                  try {
                    gate.await();
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                  }
                  instance.locks().withLock(subject, () -> incrementCounter(instance));
                });
        thread.start();
        ts.add(thread);
      }
      gate.countDown();
      for (Thread thread : ts) {
        thread.join();
      }
    }
    assertThat(readCounter()).isEqualTo(threads * rounds);
  }

  @Test
  void overlappingLockSetsInShuffledOrdersOnTwoInstancesNeitherLoseUpdatesNorDeadlock()
      throws Exception {
    List<String> letters = List.of("a", "b", "c", "d");
    try (Connection c = raw().getConnection();
        Statement s = c.createStatement()) {
      for (String l : letters) {
        s.executeUpdate("INSERT INTO revops_locks (subject) VALUES ('tally-" + l + ":0')");
      }
    }
    int threads = 6;
    int rounds = 20;
    Map<String, Integer> expected = new TreeMap<>();
    Random random = new Random(11);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int round = 0; round < rounds; round++) {
        // new subjects each round: the threads also race to make their lock rows
        String prefix = "debtor:r" + round + "-";
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          RevOpsDatabase instance = t % 2 == 0 ? db : other;
          List<String> mine = new ArrayList<>(letters);
          Collections.shuffle(mine, random);
          List<String> picked = List.copyOf(mine.subList(0, 2 + random.nextInt(3)));
          List<String> subjects = new ArrayList<>();
          for (String l : picked) {
            expected.merge(l, 1, Integer::sum);
            subjects.add(prefix + l);
          }
          done.add(
              pool.submit(
                  () -> {
                    gate.await();
                    return instance
                        .locks()
                        .withLocks(
                            subjects,
                            () -> {
                              for (String l : picked) {
                                incrementTally(instance, l);
                              }
                              return null;
                            });
                  }));
        }
        gate.countDown();
        for (Future<?> f : done) {
          f.get(60, TimeUnit.SECONDS);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    Map<String, Integer> tallies = new TreeMap<>();
    try (Connection c = raw().getConnection();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery("SELECT subject FROM revops_locks WHERE subject LIKE 'tally-%'")) {
      while (r.next()) {
        String[] parts = r.getString(1).substring("tally-".length()).split(":");
        tallies.put(parts[0], Integer.parseInt(parts[1]));
      }
    }
    assertThat(tallies).isEqualTo(expected);
  }

  /** Like {@link #incrementCounter}, on the tally of one letter. */
  private static void incrementTally(RevOpsDatabase instance, String letter) {
    String like = "tally-" + letter + ":%";
    instance
        .unitOfWork()
        .call(
            "increment " + letter,
            "revops_locks",
            c -> {
              long n;
              try (PreparedStatement s =
                  c.prepareStatement("SELECT subject FROM revops_locks WHERE subject LIKE ?")) {
                s.setString(1, like);
                try (ResultSet r = s.executeQuery()) {
                  r.next();
                  n = Long.parseLong(r.getString(1).substring(like.length() - 1));
                }
              }
              Thread.onSpinWait();
              try (PreparedStatement s =
                  c.prepareStatement("UPDATE revops_locks SET subject = ? WHERE subject LIKE ?")) {
                s.setString(1, "tally-" + letter + ":" + (n + 1));
                s.setString(2, like);
                s.executeUpdate();
              }
              return null;
            });
  }

  /** A read, a pause and a write: loses updates unless something serialises the callers. */
  private static Void incrementCounter(RevOpsDatabase instance) {
    return instance
        .unitOfWork()
        .call(
            "increment",
            "revops_locks",
            c -> {
              long n;
              try (PreparedStatement s =
                      c.prepareStatement(
                          "SELECT subject FROM revops_locks WHERE subject LIKE 'counter:%'");
                  ResultSet r = s.executeQuery()) {
                r.next();
                n = Long.parseLong(r.getString(1).substring("counter:".length()));
              }
              Thread.onSpinWait();
              try (PreparedStatement s =
                  c.prepareStatement(
                      "UPDATE revops_locks SET subject = ? WHERE subject LIKE 'counter:%'")) {
                s.setString(1, "counter:" + (n + 1));
                s.executeUpdate();
              }
              return null;
            });
  }

  private long readCounter() {
    try (Connection c = raw().getConnection();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery("SELECT subject FROM revops_locks WHERE subject LIKE 'counter:%'")) {
      r.next();
      return Long.parseLong(r.getString(1).substring("counter:".length()));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
