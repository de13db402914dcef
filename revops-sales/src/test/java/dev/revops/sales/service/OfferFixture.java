package dev.revops.sales.service;

import dev.revops.core.id.AccountId;
import dev.revops.core.port.memory.InMemoryEventPublisher;
import dev.revops.core.port.memory.SequentialIdGenerator;
import dev.revops.core.time.ManualClock;
import dev.revops.sales.id.CaseId;
import dev.revops.sales.offer.Holdings;
import dev.revops.sales.offer.OfferCatalog;
import dev.revops.sales.offer.OfferTestData;
import dev.revops.sales.order.Order;
import dev.revops.sales.order.OrderPolicy;
import dev.revops.sales.port.OfferHistory;
import dev.revops.sales.port.OrderRepository;
import dev.revops.sales.port.SubscriptionChanges;
import dev.revops.sales.port.memory.InMemoryCaseRepository;
import dev.revops.sales.port.memory.InMemoryFeedbackLog;
import dev.revops.sales.port.memory.InMemoryOfferHistory;
import dev.revops.sales.port.memory.InMemoryOfferHoldings;
import dev.revops.sales.port.memory.InMemoryOrderRepository;
import dev.revops.sales.servicecase.CaseKind;
import dev.revops.sales.servicecase.CaseTrigger;
import dev.revops.sales.servicecase.CaseType;
import dev.revops.sales.servicecase.Feedback;
import dev.revops.sales.servicecase.ServiceCase;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/** The offer service on in-memory ports, with the catalog of the offer tests. */
final class OfferFixture {
  static final Instant T0 = Instant.parse("2026-06-01T10:00:00Z");

  static final OfferCatalog CATALOG = OfferTestData.CATALOG;

  final ManualClock clock = new ManualClock(T0, ZoneOffset.UTC);
  final InMemoryEventPublisher events = new InMemoryEventPublisher();
  final SalesContext context =
      SalesContext.embedded(events, new SequentialIdGenerator("id"), clock);
  final InMemoryOfferHistory realHistory = new InMemoryOfferHistory();
  final InMemoryOfferHoldings holdings = new InMemoryOfferHoldings();
  final InMemoryOrderRepository realOrders = new InMemoryOrderRepository();
  final InMemoryCaseRepository cases = new InMemoryCaseRepository();
  final InMemoryFeedbackLog feedback = new InMemoryFeedbackLog();
  final SubscriptionChanges changes;
  final OfferService service;

  OfferFixture(SubscriptionChanges changes) {
    this(changes, null, null);
  }

  OfferFixture(SubscriptionChanges changes, OfferHistory history, OrderRepository orders) {
    this.changes = changes;
    OrderService orderService =
        new OrderService(orders == null ? realOrders : orders, context, OrderPolicy.defaults());
    this.service =
        new OfferService(
            new OfferPorts(
                history == null ? realHistory : history, holdings, changes, cases, feedback),
            orderService,
            context,
            OfferSettings.of(CATALOG));
  }

  AccountId team(String id) {
    AccountId a = AccountId.of(id);
    holdings.put(new Holdings(a, Set.of("crm-team"), Set.of()));
    return a;
  }

  AccountId pro(String id) {
    AccountId a = AccountId.of(id);
    holdings.put(new Holdings(a, Set.of("crm-pro"), Set.of("support-plus")));
    return a;
  }

  List<Order> ordersOf(AccountId account) {
    return realOrders.findAll().stream().filter(o -> o.account().equals(account)).toList();
  }

  ServiceCase closedCase(String id, AccountId account) {
    ServiceCase c =
        ServiceCase.open(CaseId.of(id), account, CaseKind.of(CaseType.SUPPORT, null, null), T0)
            .value()
            .fire(CaseTrigger.CLOSE, T0)
            .value();
    return cases.save(c, 0);
  }

  void csat(AccountId account, String caseId, int score) {
    feedback.record(
        new Feedback(account, CaseId.of(caseId), Feedback.Kind.CSAT, score, null, clock.instant()));
  }
}
