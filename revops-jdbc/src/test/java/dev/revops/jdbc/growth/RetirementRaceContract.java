package dev.revops.jdbc.growth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.billing.catalog.Catalog;
import dev.revops.billing.catalog.Plan;
import dev.revops.billing.catalog.PlanPhase;
import dev.revops.billing.catalog.Price;
import dev.revops.billing.catalog.Product;
import dev.revops.billing.retirement.MigrationStatus;
import dev.revops.billing.retirement.PlanMigration;
import dev.revops.billing.retirement.PlanRetirement;
import dev.revops.billing.retirement.RetirementSchedule;
import dev.revops.billing.service.BillingContext;
import dev.revops.billing.service.PlanRetirementService;
import dev.revops.billing.service.SubscriptionService;
import dev.revops.billing.subscription.NewSubscription;
import dev.revops.billing.subscription.SubscriptionId;
import dev.revops.concurrency.StartGate;
import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import dev.revops.core.time.BillingInterval;
import dev.revops.core.time.ManualClock;
import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.jdbc.TestDatabases;
import dev.revops.jdbc.billing.JdbcRetirementStores;
import dev.revops.jdbc.billing.JdbcSubscriptionRepository;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * billing's {@link PlanRetirementService} on the JDBC stores (the schedule in {@code
 * revops_plan_retirements}, the records in {@code revops_plan_migrations}), run by several app
 * instances at the same moment, each with its own database object (on PostgreSQL its own pool),
 * unit of work, outbox and locks: round after round, the notice job and then the migration job race
 * on every instance behind a start gate, and each subscriber is notified once and migrated once
 * (one run applies it, the others find it done), with one event of each in the outbox.
 */
abstract class RetirementRaceContract {
  private static final ZoneId UTC = ZoneId.of("UTC");
  private static final int SUBSCRIBERS = 6;
  private static final LocalDate FROM = LocalDate.of(2026, 3, 1);
  private static final Catalog CATALOG =
      Catalog.of(
          List.of(new Product("app", "App")),
          List.of(
              Plan.of(
                  "legacy",
                  "app",
                  BillingInterval.MONTHLY,
                  PlanPhase.evergreen(Price.flat("legacy-fee", Money.of("19.00", "USD")))),
              Plan.of(
                  "standard",
                  "app",
                  BillingInterval.MONTHLY,
                  PlanPhase.evergreen(Price.flat("standard-fee", Money.of("29.00", "USD"))))),
          List.of());

  /**
   * Returns the app instances, sharing one schema.
   *
   * @return one database object per instance, migrated
   */
  abstract List<RevOpsDatabase> instances();

  /**
   * Returns how many rounds to race.
   *
   * @return the rounds
   */
  abstract int rounds();

  @Test
  void everyInstanceRunningTheJobsAtOnceNotifiesAndMigratesEachSubscriberOnce() throws Exception {
    List<RevOpsDatabase> dbs = instances();
    ExecutorService pool = Executors.newFixedThreadPool(dbs.size());
    try {
      for (int round = 0; round < rounds(); round++) {
        String as = "round " + round;
        List<String> tables = new ArrayList<>(GrowthFixtures.TABLES);
        tables.add("revops_subscriptions");
        TestDatabases.clear(dbs.get(0), tables);
        ManualClock clock =
            new ManualClock(LocalDate.of(2026, 1, 10).atTime(9, 0).atZone(UTC).toInstant(), UTC);
        List<PlanRetirementService> services = new ArrayList<>();
        for (RevOpsDatabase db : dbs) {
          JdbcRetirementStores stores = JdbcRetirementStores.of(db);
          services.add(
              new PlanRetirementService(
                  new PlanRetirementService.Ports(
                      new JdbcSubscriptionRepository(db.database()),
                      stores.migrations(),
                      stores.retirements(),
                      db.locks()),
                  CATALOG,
                  new BillingContext(db.unitOfWork(), db.outbox(), clock)));
        }
        RevOpsDatabase first = dbs.get(0);
        JdbcRetirementStores reader = JdbcRetirementStores.of(first);
        SubscriptionService seller =
            new SubscriptionService(
                new JdbcSubscriptionRepository(first.database()),
                CATALOG,
                new BillingContext(first.unitOfWork(), first.outbox(), clock),
                reader.retirements());
        for (int i = 0; i < SUBSCRIBERS; i++) {
          seller.create(
              NewSubscription.builder()
                  .id(SubscriptionId.of("s-" + round + "-" + i))
                  .account(AccountId.of("acct-" + i))
                  .currency(Money.currency("USD"))
                  .zone(UTC)
                  .plan(CATALOG.plan("legacy"))
                  .startDate(LocalDate.of(2026, 1, 10))
                  .build());
        }
        reader
            .retirements()
            .replace(
                RetirementSchedule.of(
                    CATALOG, List.of(PlanRetirement.of("legacy", FROM, "standard"))));

        clock.setInstant(LocalDate.of(2026, 2, 8).atTime(9, 0).atZone(UTC).toInstant());
        assertEachOnce(as + " notices", race(pool, services, s -> s.sendDueNotices("legacy")));
        clock.setInstant(LocalDate.of(2026, 2, 10).atTime(9, 0).atZone(UTC).toInstant());
        assertEachOnce(as + " moves", race(pool, services, s -> s.migrateDue("legacy")));

        List<PlanMigration> records = reader.migrations().findByRetiredPlan("legacy");
        assertThat(records).as(as).hasSize(SUBSCRIBERS);
        assertThat(records)
            .as(as)
            .allSatisfy(
                m -> {
                  assertThat(m.status()).isEqualTo(MigrationStatus.MIGRATED);
                  assertThat(m.effectiveOn()).isEqualTo(LocalDate.of(2026, 3, 10));
                });
        Map<String, Integer> events = eventCounts(first);
        assertThat(events.get("RetirementNoticeSent")).as(as).isEqualTo(SUBSCRIBERS);
        assertThat(events.get("SubscriberMigrated")).as(as).isEqualTo(SUBSCRIBERS);
        assertThat(events.get("max per aggregate")).as(as).isEqualTo(1);
      }
    } finally {
      pool.shutdownNow();
      assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }
  }

  private static List<PlanRetirementService.Run> race(
      ExecutorService pool,
      List<PlanRetirementService> services,
      Function<PlanRetirementService, PlanRetirementService.Run> job)
      throws Exception {
    Map<Integer, PlanRetirementService.Run> runs = new ConcurrentHashMap<>();
    StartGate.race(
        pool,
        services.size(),
        t -> runs.put(t, job.apply(services.get(t))),
        Duration.ofSeconds(30));
    return List.copyOf(runs.values());
  }

  private static void assertEachOnce(String as, List<PlanRetirementService.Run> runs) {
    List<SubscriptionId> done = new ArrayList<>();
    for (PlanRetirementService.Run r : runs) {
      r.applied().forEach(d -> done.add(d.subscription()));
      assertThat(r.failed()).as(as).isEmpty();
    }
    assertThat(done).as(as).doesNotHaveDuplicates().hasSize(SUBSCRIBERS);
  }

  /** The retirement events by type, and the most of one type any aggregate has. */
  private static Map<String, Integer> eventCounts(RevOpsDatabase db) {
    return db.unitOfWork()
        .call(
            "read",
            "revops_outbox",
            c -> {
              Map<String, Integer> out = new java.util.HashMap<>();
              try (PreparedStatement s =
                      c.prepareStatement(
                          "SELECT event_type, aggregate_id, count(*) FROM revops_outbox"
                              + " WHERE event_type IN"
                              + " ('RetirementNoticeSent', 'SubscriberMigrated')"
                              + " GROUP BY event_type, aggregate_id");
                  ResultSet r = s.executeQuery()) {
                int max = 0;
                while (r.next()) {
                  out.merge(r.getString(1), 1, Integer::sum);
                  max = Math.max(max, r.getInt(3));
                }
                out.put("max per aggregate", max);
              }
              return out;
            });
  }
}
