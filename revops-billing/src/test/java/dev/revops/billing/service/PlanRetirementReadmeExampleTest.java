package dev.revops.billing.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.billing.catalog.Catalog;
import dev.revops.billing.catalog.CatalogLoader;
import dev.revops.billing.port.memory.InMemoryPlanMigrationRepository;
import dev.revops.billing.port.memory.InMemoryPlanRetirements;
import dev.revops.billing.port.memory.InMemorySubscriptionRepository;
import dev.revops.billing.retirement.PlanRetiredException;
import dev.revops.billing.retirement.PlanRetirement;
import dev.revops.billing.retirement.PricePolicy;
import dev.revops.billing.retirement.RetirementEvents.RetirementNoticeSent;
import dev.revops.billing.retirement.RetirementFixtures;
import dev.revops.billing.retirement.RetirementReport;
import dev.revops.billing.subscription.NewSubscription;
import dev.revops.billing.subscription.SubscriptionId;
import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import dev.revops.core.port.memory.InMemoryEventPublisher;
import dev.revops.core.time.ManualClock;
import dev.revops.docs.ReadmeRegions;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's plan end-of-life example, compiled and run; the README shows the marked region. */
class PlanRetirementReadmeExampleTest {
  static final List<String> TEST_ONLY =
      List.of("org.assertj", "java.nio", "org.junit", "dev.revops.docs", "java.util.List");

  static final String JSON =
      """
      {"products": [{"id": "crm", "name": "CRM"}],
       "plans": [
        {"id": "legacy", "productId": "crm", "interval": {"unit": "MONTH", "count": 1},
         "phases": [{"type": "EVERGREEN", "prices": [{"id": "legacy-seat", "charge": "RECURRING",
           "model": "PER_UNIT", "versions": [{"effectiveFrom": "2020-01-01",
           "currencies": [{"amount": {"amount": "20.00", "currency": "USD"}}]}]}]}]},
        {"id": "standard", "productId": "crm", "interval": {"unit": "MONTH", "count": 1},
         "phases": [{"type": "EVERGREEN", "prices": [{"id": "standard-seat", "charge": "RECURRING",
           "model": "PER_UNIT", "versions": [{"effectiveFrom": "2020-01-01",
           "currencies": [{"amount": {"amount": "25.00", "currency": "USD"}}]}]}]}]}]}
      """;

  @Test
  void theExampleNotifiesThenMovesTheSubscriberAfterItsGrandfatheredPeriod() {
    String json = JSON;
    ManualClock clock = new ManualClock(Instant.parse("2026-01-10T09:00:00Z"), ZoneId.of("UTC"));
    InMemoryEventPublisher events = new InMemoryEventPublisher();

    // readme:retirement
    Catalog catalog = CatalogLoader.create().load(json);
    BillingContext context = BillingContext.embedded(events, clock);
    var subscriptionStore = new InMemorySubscriptionRepository(); // or your adapters
    var retirements = new InMemoryPlanRetirements(catalog); // checked against the catalog
    var subscriptions = new SubscriptionService(subscriptionStore, catalog, context, retirements);
    var endOfLife =
        new PlanRetirementService(
            PlanRetirementService.Ports.inMemoryLocks(
                subscriptionStore, new InMemoryPlanMigrationRepository(), retirements),
            catalog,
            context);

    subscriptions.create(
        NewSubscription.builder()
            .id(SubscriptionId.of("sub-1"))
            .account(AccountId.of("acc-1"))
            .currency(Money.currency("USD"))
            .zone(ZoneId.of("UTC"))
            .plan(catalog.plan("legacy"))
            .startDate(LocalDate.of(2026, 1, 10)) // renews on the 10th
            .build());
    retirements.retire(
        PlanRetirement.of("legacy", LocalDate.of(2026, 3, 1), "standard") // no sales from 1 March
            .withNoticeDays(30)
            .withPricePolicy(PricePolicy.grandfathered(1))); // one more month at 20.00

    clock.setInstant(Instant.parse("2026-02-08T09:00:00Z")); // 30 days before 10 March
    endOfLife.sendDueNotices("legacy"); // RetirementNoticeSent, once however often it runs
    clock.setInstant(Instant.parse("2026-03-10T09:00:00Z")); // the last month on legacy begins
    endOfLife.migrateDue("legacy"); // on "standard" at 25.00 from 10 April, through changePlan
    RetirementReport report = endOfLife.report("legacy"); // migrated, churned, remaining, ids
    // /readme:retirement

    assertThat(events.published(RetirementNoticeSent.class)).hasSize(1);
    assertThat(report.migrated()).extracting(SubscriptionId::value).containsExactly("sub-1");
    var s = subscriptionStore.get(SubscriptionId.of("sub-1"));
    assertThat(s.segmentOn(LocalDate.of(2026, 4, 9)).planId()).isEqualTo("legacy");
    assertThat(s.segmentOn(LocalDate.of(2026, 4, 10)).planId()).isEqualTo("standard");
    // no new subscription on the retired plan
    NewSubscription late =
        RetirementFixtures.request("sub-2", catalog.plan("legacy"), LocalDate.of(2026, 3, 10));
    assertThatThrownBy(() -> subscriptions.create(late)).isInstanceOf(PlanRetiredException.class);
  }

  @Test
  void theReadmeShowsTheExample() {
    ReadmeRegions.assertReadmeShows(
        Path.of("README.md"),
        Path.of("src/test/java/dev/revops/billing/service/PlanRetirementReadmeExampleTest.java"),
        "retirement",
        List.of(
            "org.assertj",
            "java.nio",
            "org.junit",
            "dev.revops.docs",
            "java.util.List",
            "PlanRetiredException",
            "RetirementFixtures",
            "RetirementNoticeSent",
            "ManualClock",
            "InMemoryEventPublisher"));
  }
}
