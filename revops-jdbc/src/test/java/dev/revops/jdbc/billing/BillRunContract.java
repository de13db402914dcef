package dev.revops.jdbc.billing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.billing.Billing;
import dev.revops.billing.invoice.Invoice;
import dev.revops.billing.port.memory.InMemoryPaymentGateway;
import dev.revops.billing.subscription.NewSubscription;
import dev.revops.billing.subscription.SubscriptionId;
import dev.revops.core.id.AccountId;
import dev.revops.core.port.memory.InMemoryEventPublisher;
import dev.revops.core.port.memory.SequentialIdGenerator;
import dev.revops.core.time.ManualClock;
import dev.revops.jdbc.AtOnce;
import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.jdbc.TestDatabases;
import dev.revops.testkit.fault.billing.BillingFaultWorld;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sharded bill run on one database, with two app instances (two {@link RevOpsDatabase} objects
 * over two pools, each with its own {@link Billing}) and several worker threads.
 */
abstract class BillRunContract {
  static final int ACCOUNTS = 120;
  static final LocalDate APRIL = LocalDate.of(2024, 4, 1);
  static final Duration LEASE = Duration.ofMinutes(5);

  final ManualClock clock = new ManualClock(Instant.parse("2024-04-01T06:00:00Z"), ZoneOffset.UTC);
  final List<AutoCloseable> opened = new ArrayList<>();
  RevOpsDatabase first;
  RevOpsDatabase second;
  JdbcBillRun runA;
  JdbcBillRun runB;

  /**
   * Opens revops on the test's database through a new pool.
   *
   * @param clock the clock
   * @return the database, migrated
   */
  abstract RevOpsDatabase open(ManualClock clock);

  Billing billing(RevOpsDatabase db, String prefix) {
    return Billing.builder()
        .stores(JdbcBillingStores.of(db, new InMemoryPaymentGateway()))
        .unitOfWork(db.unitOfWork())
        .outbox(db.outbox())
        .events(new InMemoryEventPublisher())
        .clock(clock)
        .catalog(BillingFaultWorld.CATALOG)
        .invoiceIds(new SequentialIdGenerator(prefix))
        .paymentIds(new SequentialIdGenerator(prefix + "-pay"))
        .build();
  }

  @BeforeEach
  void setUp() {
    first = open(clock);
    second = open(clock);
    TestDatabases.clear(first);
    Billing a = billing(first, "a");
    Billing b = billing(second, "b");
    for (int i = 0; i < ACCOUNTS; i++) {
      a.subscriptions()
          .create(
              NewSubscription.builder()
                  .id(SubscriptionId.of("sub-" + i))
                  .account(AccountId.of(String.format("acct-%04d", i)))
                  .currency(BillingFaultWorld.FEE.currency())
                  .zone(ZoneOffset.UTC)
                  .plan(BillingFaultWorld.CATALOG.plan("basic"))
                  .startDate(APRIL)
                  .build());
    }
    runA = new JdbcBillRun(first, a.billingCycle(), LEASE, 7);
    runB = new JdbcBillRun(second, b.billingCycle(), LEASE, 7);
  }

  @AfterEach
  void tearDown() throws Exception {
    for (AutoCloseable c : opened) {
      c.close();
    }
  }

  List<JdbcBillRun.WorkerReport> race(String runId, LocalDate asOf, int workers)
      throws InterruptedException {
    List<JdbcBillRun.WorkerReport> reports = Collections.synchronizedList(new ArrayList<>());
    List<AtOnce.Work> work = new ArrayList<>();
    for (int w = 0; w < workers; w++) {
      JdbcBillRun run = w % 2 == 0 ? runA : runB;
      work.add(() -> reports.add(run.work(runId, asOf)));
    }
    List<Throwable> failures = AtOnce.run(work);
    assertThat(failures).isEmpty();
    return reports;
  }

  void assertEveryAccountBilledOnce() {
    JdbcInvoiceRepository invoices = new JdbcInvoiceRepository(first.database());
    for (int i = 0; i < ACCOUNTS; i++) {
      List<Invoice> of = invoices.findByAccount(AccountId.of(String.format("acct-%04d", i)));
      assertThat(of).as("invoices of account %d", i).hasSize(1);
    }
  }

  @Test
  void workersOnTwoInstancesBillEveryAccountExactlyOnce() throws InterruptedException {
    assertThat(runA.open("run-april")).isEqualTo(ACCOUNTS);
    assertThat(runB.open("run-april")).as("opening again adds nothing").isZero();
    List<JdbcBillRun.WorkerReport> reports = race("run-april", APRIL, 4);
    assertThat(reports.stream().mapToInt(JdbcBillRun.WorkerReport::accounts).sum())
        .isEqualTo(ACCOUNTS);
    assertThat(reports.stream().mapToInt(JdbcBillRun.WorkerReport::invoices).sum())
        .isEqualTo(ACCOUNTS);
    assertThat(reports.stream().mapToInt(JdbcBillRun.WorkerReport::failed).sum()).isZero();
    assertThat(runA.remaining("run-april")).isZero();
    assertEveryAccountBilledOnce();
    // a second run on the same day finds every account and bills nothing more
    runA.open("run-april-again");
    List<JdbcBillRun.WorkerReport> again = race("run-april-again", APRIL, 3);
    assertThat(again.stream().mapToInt(JdbcBillRun.WorkerReport::accounts).sum())
        .isEqualTo(ACCOUNTS);
    assertThat(again.stream().mapToInt(JdbcBillRun.WorkerReport::invoices).sum()).isZero();
    assertEveryAccountBilledOnce();
  }

  @Test
  void aDeadWorkersAccountsAreTakenOverWhenItsLeaseRunsOut() throws InterruptedException {
    runA.open("run-april");
    List<AccountId> abandoned = runB.claim("run-april", "a worker that dies");
    assertThat(abandoned).hasSize(7);
    race("run-april", APRIL, 3);
    assertThat(runA.remaining("run-april")).as("the dead worker's accounts wait").isEqualTo(7);
    clock.advance(LEASE.plusSeconds(1));
    JdbcBillRun.WorkerReport takeover = runA.work("run-april", APRIL);
    assertThat(takeover.accounts()).isEqualTo(7);
    assertThat(runA.remaining("run-april")).isZero();
    assertEveryAccountBilledOnce();
  }

  @Test
  void anAccountThatFailsIsRolledBackAloneAndIsBilledOnceItCanBe() throws InterruptedException {
    String failing = String.format("acct-%04d", 3);
    ddl(
        "ALTER TABLE revops_invoices ADD CONSTRAINT test_refuses_one_account CHECK (account_id <> '"
            + failing
            + "')");
    try {
      runA.open("run-april");
      List<JdbcBillRun.WorkerReport> reports = race("run-april", APRIL, 2);
      assertThat(reports.stream().mapToInt(JdbcBillRun.WorkerReport::failed).sum()).isEqualTo(1);
      assertThat(reports.stream().mapToInt(JdbcBillRun.WorkerReport::accounts).sum())
          .as("the rest of its batch committed")
          .isEqualTo(ACCOUNTS - 1);
      assertThat(runA.remaining("run-april")).isEqualTo(1);
      JdbcInvoiceRepository invoices = new JdbcInvoiceRepository(first.database());
      assertThat(invoices.findByAccount(AccountId.of(failing))).isEmpty();
      assertThat(invoices.findByAccount(AccountId.of(String.format("acct-%04d", 4)))).hasSize(1);
    } finally {
      ddl("ALTER TABLE revops_invoices DROP CONSTRAINT test_refuses_one_account");
    }
    clock.advance(LEASE.plusSeconds(1));
    JdbcBillRun.WorkerReport retry = runA.work("run-april", APRIL);
    assertThat(retry.accounts()).isEqualTo(1);
    assertThat(retry.failed()).isZero();
    assertThat(runA.remaining("run-april")).isZero();
    assertEveryAccountBilledOnce();
  }

  private void ddl(String sql) {
    first
        .unitOfWork()
        .run(
            () -> {
              try (java.sql.Statement s = first.unitOfWork().connection().createStatement()) {
                s.execute(sql);
              } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
              }
            });
  }
}
