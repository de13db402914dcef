package dev.revops.examples.offer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.billing.catalog.Catalog;
import dev.revops.billing.catalog.Plan;
import dev.revops.billing.catalog.PlanPhase;
import dev.revops.billing.catalog.Price;
import dev.revops.billing.catalog.Product;
import dev.revops.billing.port.memory.InMemorySubscriptionRepository;
import dev.revops.billing.service.BillingContext;
import dev.revops.billing.service.SubscriptionService;
import dev.revops.billing.subscription.NewSubscription;
import dev.revops.billing.subscription.Subscription;
import dev.revops.billing.subscription.SubscriptionEvents.SubscriptionChanged;
import dev.revops.billing.subscription.SubscriptionId;
import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import dev.revops.core.port.memory.InMemoryEventPublisher;
import dev.revops.core.port.memory.SequentialIdGenerator;
import dev.revops.core.time.BillingInterval;
import dev.revops.core.time.ManualClock;
import dev.revops.sales.offer.Holdings;
import dev.revops.sales.offer.OfferCatalogLoader;
import dev.revops.sales.offer.OfferPresentation;
import dev.revops.sales.offer.OfferStatus;
import dev.revops.sales.order.OrderPolicy;
import dev.revops.sales.port.SubscriptionChanges;
import dev.revops.sales.port.memory.InMemoryCaseRepository;
import dev.revops.sales.port.memory.InMemoryFeedbackLog;
import dev.revops.sales.port.memory.InMemoryOfferHistory;
import dev.revops.sales.port.memory.InMemoryOfferHoldings;
import dev.revops.sales.port.memory.InMemoryOrderRepository;
import dev.revops.sales.service.OfferPorts;
import dev.revops.sales.service.OfferService;
import dev.revops.sales.service.OfferSettings;
import dev.revops.sales.service.OrderService;
import dev.revops.sales.service.SalesContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An accepted upsell moves the billing subscription once, through the adapter. */
class BillingSubscriptionChangesTest {
  static final ZoneId NY = ZoneId.of("America/New_York");
  static final Plan TEAM = plan("crm-team", "20");
  static final Plan PRO = plan("crm-pro", "50");
  static final Catalog CATALOG =
      Catalog.of(List.of(new Product("crm", "CRM")), List.of(TEAM, PRO), List.of());
  static final AccountId ACME = AccountId.of("acct-1");

  final ManualClock clock = new ManualClock(Instant.parse("2026-06-01T14:00:00Z"), NY);
  final InMemoryEventPublisher billingEvents = new InMemoryEventPublisher();
  final InMemorySubscriptionRepository subscriptions = new InMemorySubscriptionRepository();
  final SubscriptionService billing =
      new SubscriptionService(
          subscriptions, CATALOG, BillingContext.embedded(billingEvents, clock));
  final BillingSubscriptionChanges changes =
      new BillingSubscriptionChanges(billing, subscriptions, clock);

  static Plan plan(String id, String seat) {
    return Plan.of(
        id,
        "crm",
        BillingInterval.MONTHLY,
        PlanPhase.evergreen(Price.perUnit(id + "-seat", Money.of(seat, "USD"))));
  }

  Subscription subscribe(String id, Plan plan, long seats) {
    return billing.create(
        NewSubscription.builder()
            .id(SubscriptionId.of(id))
            .account(ACME)
            .currency(Money.currency("USD"))
            .zone(NY)
            .plan(plan)
            .startDate(LocalDate.of(2026, 5, 1))
            .quantity(seats)
            .build());
  }

  @Test
  void anUpgradeChangesThePlanKeepingTheSeatsOncePerKey() {
    subscribe("sub-1", TEAM, 3);
    SubscriptionChanges.Request r =
        new SubscriptionChanges.Request("op-1", ACME, "crm-team", "crm-pro");
    SubscriptionChanges.Result first = changes.request(r);
    assertThat(first).isEqualTo(SubscriptionChanges.Result.applied("sub-1"));
    Subscription s = subscriptions.get(SubscriptionId.of("sub-1"));
    assertThat(s.segmentOn(LocalDate.of(2026, 6, 1)).planId()).isEqualTo("crm-pro");
    assertThat(s.segmentOn(LocalDate.of(2026, 6, 1)).quantity()).isEqualTo(3);

    assertThat(changes.request(r)).isEqualTo(first);
    // the memory of keys lost (a new adapter): the subscription already on crm-pro is the change
    assertThat(new BillingSubscriptionChanges(billing, subscriptions, clock).request(r))
        .isEqualTo(first);
    assertThat(billingEvents.published(SubscriptionChanged.class)).hasSize(1);
  }

  /** The plan subscription sub-1 is on on 2026-06-01. */
  private String planOfSub1OnJune1() {
    return subscriptions
        .get(SubscriptionId.of("sub-1"))
        .segmentOn(LocalDate.of(2026, 6, 1))
        .planId();
  }

  /** Asks to move ACME from crm-team to the plan, and returns the answer, checked a refusal. */
  private SubscriptionChanges.Result refusedFromTeamTo(String plan) {
    SubscriptionChanges.Result r =
        changes.request(new SubscriptionChanges.Request("op-1", ACME, "crm-team", plan));
    assertThat(r.applied()).isFalse();
    return r;
  }

  @Test
  void noLiveSubscriptionOnTheFromPlanIsARefusal() {
    subscribe("sub-1", PRO, 1);
    SubscriptionChanges.Result r = refusedFromTeamTo("crm-basic");
    assertThat(r.reference()).isEqualTo("no live subscription of acct-1 on plan crm-team");
  }

  @Test
  void anUnknownTargetPlanIsARefusal() {
    subscribe("sub-1", TEAM, 1);
    SubscriptionChanges.Result r = refusedFromTeamTo("crm-gold");
    assertThat(planOfSub1OnJune1()).isEqualTo("crm-team");
  }

  @Test
  void salesOfferServiceUpgradesTheBillingSubscriptionThroughTheAdapter() {
    subscribe("sub-1", TEAM, 2);
    InMemoryOfferHoldings holdings = new InMemoryOfferHoldings();
    holdings.put(new Holdings(ACME, Set.of("crm-team"), Set.of()));
    SalesContext sales =
        SalesContext.embedded(new InMemoryEventPublisher(), new SequentialIdGenerator("s"), clock);
    OfferService offers =
        new OfferService(
            new OfferPorts(
                new InMemoryOfferHistory(),
                holdings,
                changes,
                new InMemoryCaseRepository(),
                new InMemoryFeedbackLog()),
            new OrderService(new InMemoryOrderRepository(), sales, OrderPolicy.defaults()),
            sales,
            OfferSettings.of(
                OfferCatalogLoader.create()
                    .load(
                        """
                        {"offers": [{"id": "crm-pro-upgrade", "kind": "UPSELL", "sells": "crm-pro",
                          "when": {"fromPlans": ["crm-team"]},
                          "value": {"margin": {"amount": "30.00", "currency": "USD"}},
                          "coolDownDays": 90}]}
                        """)));
    OfferPresentation p = offers.presentBest(ACME).orElseThrow();
    OfferPresentation done = offers.accept(p.id());
    assertThat(done.status()).isEqualTo(OfferStatus.FULFILLED);
    assertThat(done.outcome().reference()).isEqualTo("sub-1");
    offers.accept(p.id());
    assertThat(billingEvents.published(SubscriptionChanged.class)).hasSize(1);
    assertThat(planOfSub1OnJune1()).isEqualTo("crm-pro");
  }
}
