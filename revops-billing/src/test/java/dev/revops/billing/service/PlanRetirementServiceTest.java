package dev.revops.billing.service;

import static dev.revops.billing.retirement.RetirementFixtures.CATALOG;
import static dev.revops.billing.retirement.RetirementFixtures.LEGACY;
import static dev.revops.billing.retirement.RetirementFixtures.STANDARD;
import static dev.revops.billing.retirement.RetirementFixtures.UTC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.billing.billrun.AccountBilling;
import dev.revops.billing.billrun.InvoiceGenerator;
import dev.revops.billing.invoice.InvoiceLine;
import dev.revops.billing.port.memory.InMemoryPlanMigrationRepository;
import dev.revops.billing.port.memory.InMemoryPlanRetirements;
import dev.revops.billing.port.memory.InMemorySubscriptionRepository;
import dev.revops.billing.retirement.Due;
import dev.revops.billing.retirement.MigrationStatus;
import dev.revops.billing.retirement.PlanMigrationId;
import dev.revops.billing.retirement.PlanRetiredException;
import dev.revops.billing.retirement.PlanRetirement;
import dev.revops.billing.retirement.PricePolicy;
import dev.revops.billing.retirement.RetirementEvents.RetirementChurned;
import dev.revops.billing.retirement.RetirementEvents.RetirementNoticeSent;
import dev.revops.billing.retirement.RetirementEvents.SubscriberMigrated;
import dev.revops.billing.retirement.RetirementFixtures;
import dev.revops.billing.retirement.RetirementReport;
import dev.revops.billing.subscription.ChangeTiming;
import dev.revops.billing.subscription.ProrationMode;
import dev.revops.billing.subscription.Subscription;
import dev.revops.billing.subscription.SubscriptionEvents.SubscriptionChanged;
import dev.revops.billing.subscription.SubscriptionId;
import dev.revops.core.error.NotFoundException;
import dev.revops.core.port.memory.InMemoryEventPublisher;
import dev.revops.core.time.ManualClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The use cases end to end on the embedded stores, around a plan retired on 1 March 2026. */
class PlanRetirementServiceTest {
  static final LocalDate FROM = LocalDate.of(2026, 3, 1);
  final ManualClock clock = new ManualClock(Instant.parse("2026-01-10T09:00:00Z"), UTC);
  final InMemoryEventPublisher events = new InMemoryEventPublisher();
  final BillingContext context = BillingContext.embedded(events, clock);
  final InMemorySubscriptionRepository subs = new InMemorySubscriptionRepository();
  final InMemoryPlanMigrationRepository migrations = new InMemoryPlanMigrationRepository();
  final InMemoryPlanRetirements retirements = new InMemoryPlanRetirements(CATALOG);
  final SubscriptionService subscriptions =
      new SubscriptionService(subs, CATALOG, context, retirements);

  PlanRetirementService service() {
    return new PlanRetirementService(
        PlanRetirementService.Ports.inMemoryLocks(subs, migrations, retirements), CATALOG, context);
  }

  static LocalDate d(int month, int day) {
    return LocalDate.of(2026, month, day);
  }

  void on(LocalDate day) {
    clock.setInstant(day.atTime(9, 0).atZone(UTC).toInstant());
  }

  Subscription sell(String id, String plan, LocalDate start) {
    return subscriptions.create(RetirementFixtures.request(id, CATALOG.plan(plan), start));
  }

  @Test
  void aRetiredPlanIsNotSoldFromItsDateButItsSubscribersAreUntouched() {
    Subscription before = sell("s-1", "legacy", d(1, 10));
    retirements.retire(PlanRetirement.of("legacy", FROM, "standard"));
    on(d(2, 1));
    assertThatThrownBy(() -> sell("late", "legacy", d(3, 5)))
        .isInstanceOf(PlanRetiredException.class)
        .hasMessageContaining("plan 'legacy' is retired from 2026-03-01")
        .hasMessageContaining("a subscription starting on 2026-03-05")
        .hasMessageContaining("successor 'standard'");
    assertThat(sell("early", "legacy", d(2, 1)).status()).isNotNull();
    on(FROM);
    assertThatThrownBy(() -> sell("s-2", "legacy", FROM))
        .isInstanceOf(PlanRetiredException.class)
        .hasMessageContaining("a sale on 2026-03-01");
    Subscription onStandard = sell("s-3", "standard", FROM);
    assertThatThrownBy(
            () ->
                subscriptions.changePlan(
                    onStandard.id(), "legacy", 1, ChangeTiming.IMMEDIATE, ProrationMode.NONE))
        .isInstanceOf(PlanRetiredException.class);
    // the existing subscriber can still change its quantity on the retired plan
    Subscription more =
        subscriptions.changePlan(
            before.id(), "legacy", 5, ChangeTiming.IMMEDIATE, ProrationMode.NONE);
    assertThat(more.segmentOn(d(3, 10)).quantity()).isEqualTo(5); // NONE: from the next period
    assertThat(subs.find(SubscriptionId.of("s-2"))).isEmpty();
  }

  @Test
  void noticesGoOutOncePerSubscriberHoweverOftenTheJobRuns() {
    sell("a", "legacy", d(1, 10));
    sell("b", "legacy", d(1, 10));
    sell("c", "legacy", d(1, 25));
    sell("x", "standard", d(1, 10));
    retirements.retire(PlanRetirement.of("legacy", FROM, "standard"));
    PlanRetirementService service = service();

    on(d(2, 7));
    assertThat(service.sendDueNotices("legacy").applied()).isEmpty();
    on(d(2, 8));
    PlanRetirementService.Run run = service.sendDueNotices("legacy");
    assertThat(run.done(Due.NOTICE_DUE))
        .extracting(SubscriptionId::value)
        .containsExactly("a", "b");
    assertThat(service.sendDueNotices("legacy").applied()).isEmpty();
    on(d(2, 23));
    assertThat(service.sendDueNotices("legacy").done(Due.NOTICE_DUE))
        .extracting(SubscriptionId::value)
        .containsExactly("c");
    service.sendDueNotices("legacy");
    on(d(3, 1));
    service.sendDueNotices("legacy");

    List<RetirementNoticeSent> sent = events.published(RetirementNoticeSent.class);
    assertThat(sent).extracting(e -> e.subscription().value()).containsExactly("a", "b", "c");
    assertThat(sent.get(0).notice().migratesOn()).isEqualTo(d(3, 10));
    assertThat(sent.get(2).notice().migratesOn()).isEqualTo(d(3, 25));
    assertThat(sent.get(0).eventId().value()).isEqualTo("legacy/a@1:RetirementNoticeSent#0");
    assertThatThrownBy(() -> service.sendDueNotices("standard"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void subscribersMoveAtTheirRenewalOnceAndCancellationsAreChurn() {
    sell("a", "legacy", d(1, 10));
    sell("b", "legacy", d(1, 10));
    sell("c", "legacy", d(1, 10));
    retirements.retire(PlanRetirement.of("legacy", FROM, "standard"));
    PlanRetirementService service = service();
    on(d(2, 8));
    service.sendDueNotices("legacy");
    on(d(2, 9));
    assertThat(service.migrateDue("legacy").applied()).isEmpty();
    subscriptions.cancel(SubscriptionId.of("c"), ChangeTiming.IMMEDIATE, ChangeTiming.IMMEDIATE);

    on(d(2, 10));
    PlanRetirementService.Run run = service.migrateDue("legacy");
    assertThat(run.done(Due.MIGRATE_AT_RENEWAL))
        .extracting(SubscriptionId::value)
        .containsExactly("a", "b");
    assertThat(run.done(Due.CHURNED)).extracting(SubscriptionId::value).containsExactly("c");
    assertThat(service.migrateDue("legacy").applied()).as("a replay does nothing").isEmpty();
    on(d(3, 10));
    assertThat(service.migrateDue("legacy").applied()).isEmpty();

    Subscription a = subs.get(SubscriptionId.of("a"));
    assertThat(a.segmentOn(d(3, 9)).planId()).isEqualTo("legacy");
    assertThat(a.segmentOn(d(3, 10)).planId()).isEqualTo("standard");
    assertThat(a.segmentOn(d(3, 10)).quantity()).isEqualTo(2);
    assertThat(events.published(SubscriptionChanged.class)).hasSize(2);
    assertThat(events.published(SubscriberMigrated.class))
        .extracting(SubscriberMigrated::effectiveOn)
        .containsExactly(d(3, 10), d(3, 10));
    assertThat(events.published(RetirementChurned.class))
        .extracting(e -> e.subscription().value())
        .containsExactly("c");
    assertThat(migrations.get(PlanMigrationId.of("legacy", SubscriptionId.of("c"))).status())
        .isEqualTo(MigrationStatus.CHURNED);

    RetirementReport report = service.report("legacy");
    assertThat(report.migrated()).extracting(SubscriptionId::value).containsExactly("a", "b");
    assertThat(report.churned()).extracting(SubscriptionId::value).containsExactly("c");
    assertThat(report.subscribers()).isEqualTo(3);
    assertThat(report.remaining()).isZero();
  }

  @Test
  void theBillRunChargesTheOldPriceForTheGrandfatheredPeriodsThenTheSuccessors() {
    Subscription s = sell("g", "legacy", d(1, 10));
    retirements.retire(
        PlanRetirement.of("legacy", FROM, "standard")
            .withPricePolicy(PricePolicy.grandfathered(2)));
    PlanRetirementService service = service();
    for (LocalDate day = d(1, 10); day.isBefore(d(7, 1)); day = day.plusDays(1)) {
      on(day);
      service.sendDueNotices("legacy");
      service.migrateDue("legacy");
    }
    assertThat(events.published(SubscriberMigrated.class))
        .extracting(SubscriberMigrated::effectiveOn)
        .containsExactly(d(5, 10));
    List<InvoiceLine> lines =
        InvoiceGenerator.byDay()
            .generate(
                new AccountBilling(s.account(), List.of(subs.get(s.id())), List.of(), List.of()),
                CATALOG,
                d(6, 10))
            .lines();
    // two seats: 40.00 a month on legacy up to 10 May (grandfathered Mar 10 - May 10), then 50.00
    assertThat(lines)
        .extracting(l -> l.servicePeriod().start() + " " + l.priceId() + " " + l.amount())
        .containsExactly(
            "2026-01-10 legacy-seat USD 40.00",
            "2026-02-10 legacy-seat USD 40.00",
            "2026-03-10 legacy-seat USD 40.00",
            "2026-04-10 legacy-seat USD 40.00",
            "2026-05-10 standard-seat USD 50.00",
            "2026-06-10 standard-seat USD 50.00");
    assertThat(LEGACY.id()).isNotEqualTo(STANDARD.id());
  }
}
