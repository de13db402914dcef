package dev.revops.examples.simulation;

import dev.revops.billing.Billing;
import dev.revops.billing.catalog.Catalog;
import dev.revops.billing.catalog.Plan;
import dev.revops.billing.catalog.PlanPhase;
import dev.revops.billing.catalog.Price;
import dev.revops.billing.catalog.Product;
import dev.revops.billing.invoice.PaymentTerms;
import dev.revops.billing.port.InvoiceRepository;
import dev.revops.billing.port.memory.InMemoryPlanRetirements;
import dev.revops.billing.retirement.PlanRetirement;
import dev.revops.billing.retirement.PricePolicy;
import dev.revops.billing.service.BillingCycleService;
import dev.revops.billing.service.BillingStores;
import dev.revops.collections.CollectionsModule;
import dev.revops.collections.compliance.CollectionsContactPolicy;
import dev.revops.collections.port.ActivityLog;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.EventId;
import dev.revops.core.money.Money;
import dev.revops.core.port.Locks;
import dev.revops.core.port.Outbox;
import dev.revops.core.port.UnitOfWork;
import dev.revops.core.port.memory.InMemoryEventPublisher;
import dev.revops.core.port.memory.SequentialIdGenerator;
import dev.revops.core.service.OutboxRelay;
import dev.revops.core.time.BillingInterval;
import dev.revops.core.time.BusinessCalendar;
import dev.revops.core.time.ManualClock;
import dev.revops.metrics.projection.MetricsEvent;
import dev.revops.metrics.projection.ReceivableChange;
import dev.revops.metrics.projection.ReceivableChanged;
import dev.revops.sales.Sales;
import dev.revops.sales.port.CaseRepository;
import dev.revops.sales.port.LeadRepository;
import dev.revops.sales.port.OpportunityRepository;
import dev.revops.sales.service.CaseService;
import dev.revops.sales.service.LeadService;
import dev.revops.sales.service.OpportunityService;
import dev.revops.sales.service.OrderService;
import dev.revops.sales.service.SalesStores;
import dev.revops.sales.servicecase.EscalationPolicy;
import dev.revops.sales.servicecase.Severity;
import dev.revops.sales.servicecase.SlaPolicies;
import dev.revops.sales.servicecase.SlaPolicy;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * What every part of a run shares: the seeded random source, the manual clock, the ids, the modules
 * wired on the ports of a {@link Backend} (sales' services, {@link Billing}, {@link
 * CollectionsModule}), the customers, the agenda of things to do on later days and the monthly
 * counts. Mutable, confined to the simulation's thread.
 */
final class World {
  static final Currency USD = Currency.getInstance("USD");
  static final ZoneId HQ = ZoneId.of("America/New_York");
  static final String[] TIERS = {"starter", "growth", "scale"};
  static final String SUCCESSOR_PLAN = "starter-2026-monthly";
  static final Money SUCCESSOR_PRICE = Money.of("59.00", "USD");
  static final Money[] MONTHLY = {
    Money.of("49.00", "USD"), Money.of("149.00", "USD"), Money.of("499.00", "USD")
  };
  static final ZoneId[] ZONES = {
    ZoneId.of("America/New_York"),
    ZoneId.of("America/Chicago"),
    ZoneId.of("America/Denver"),
    ZoneId.of("America/Los_Angeles")
  };

  final SimulationConfig config;
  final SplittableRandom random;
  final ManualClock clock;
  final SequentialIdGenerator ids = new SequentialIdGenerator("sim");
  final InMemoryEventPublisher events = new InMemoryEventPublisher(false);

  /**
   * One unit of work, one outbox and one relay for every module (the embedded default): each use
   * case commits its changes and events together, and the relay hands the events to {@link #events}
   * at the end of each simulated day, the way a host's scheduled relay would (one claim for a day's
   * events instead of one per commit).
   */
  final Backend backend;

  final UnitOfWork work;
  final Outbox outbox;
  final OutboxRelay relay;
  final Locks locks;
  final BusinessCalendar support;

  // sales
  final SalesStores salesStores;
  final LeadRepository leadRepository;
  final OpportunityRepository opportunityRepository;
  final CaseRepository caseRepository;
  final Sales sales;
  final LeadService leads;
  final OpportunityService opportunities;
  final OrderService orders;
  final CaseService cases;

  // billing
  final Catalog catalog;
  final InMemoryPlanRetirements retirements;
  final Map<String, Money> planPrice = new HashMap<>();
  final SimulatedGateway gateway = new SimulatedGateway();
  final BillingStores stores;
  final InvoiceRepository invoices;
  final Billing billing;
  final BillingCycleService netTerms;

  // collections
  final ActivityLog activityLog;
  final CollectionsModule collections;

  // the run's own bookkeeping
  final Map<LocalDate, List<Runnable>> agenda = new TreeMap<>();
  final Map<LocalDate, Set<AccountId>> dueOn = new TreeMap<>();
  final List<Customer> customers = new ArrayList<>();
  final Map<AccountId, Customer> byAccount = new HashMap<>();
  final long[] paymentsFailed;
  final long[] recoveredByRetry;
  final long[] contactsAllowed;
  final long[] contactsBlocked;
  final long[] casesOpened;
  final long[] casesWithinSla;
  final long[] casesResolved;
  final long[] converted;
  final Money[] invoiced;
  final Money[] paid;
  final Money[] credited;
  final Money[] writtenOff;
  final List<MetricsEvent> metricsEvents = new ArrayList<>();
  long eventsPublished;
  LocalDate today;

  World(SimulationConfig config, Backend backend) {
    this.config = config;
    this.backend = backend;
    this.work = backend.work();
    this.outbox = backend.outbox();
    this.relay = new OutboxRelay(outbox, events, backend.relayWork());
    this.locks = backend.locks();
    this.salesStores =
        backend
            .sales()
            .withValuation(
                account ->
                    Optional.ofNullable(this.byAccount.get(account))
                        .map(c -> MONTHLY[c.tier].times(12)));
    this.leadRepository = salesStores.leads();
    this.opportunityRepository = salesStores.opportunities();
    this.caseRepository = salesStores.cases();
    this.stores = backend.billing(gateway);
    this.invoices = stores.invoices();
    this.activityLog = backend.collections().activityLog();
    this.random = new SplittableRandom(config.seed());
    this.clock =
        new ManualClock(config.start().minusYears(2).atStartOfDay(ZoneOffset.UTC).toInstant(), HQ);
    BusinessCalendar.Builder b =
        BusinessCalendar.builder(HQ).workingHours(LocalTime.of(9, 0), LocalTime.of(17, 0));
    for (int y = config.start().getYear() - 1; y <= config.end().getYear() + 1; y++) {
      b.holiday(LocalDate.of(y, 1, 1))
          .holiday(LocalDate.of(y, 7, 4))
          .holiday(LocalDate.of(y, 12, 25));
    }
    this.support = b.build();
    SlaPolicy standard =
        new SlaPolicy(
            "standard",
            support,
            Duration.ofHours(8),
            Duration.ofHours(24),
            Duration.ofHours(24),
            Duration.ofHours(2));
    SlaPolicy urgent =
        new SlaPolicy(
            "urgent",
            support,
            Duration.ofHours(2),
            Duration.ofHours(8),
            Duration.ofHours(16),
            Duration.ofHours(1));
    this.sales =
        Sales.builder()
            .stores(salesStores)
            .unitOfWork(work)
            .outbox(outbox)
            .locks(locks)
            .ids(ids)
            .clock(clock)
            .slas(
                new SlaPolicies(standard, Map.of(Severity.CRITICAL, urgent, Severity.HIGH, urgent)))
            .escalation(new EscalationPolicy(Money.of("5000", "USD"), Set.of(Severity.CRITICAL)))
            .build();
    this.cases = sales.cases();
    this.orders = sales.orders();
    this.leads = sales.leads();
    this.opportunities = sales.opportunities();
    this.catalog = catalog();
    this.retirements = new InMemoryPlanRetirements(catalog);
    if (config.months() >= 6) {
      retirements.retire(
          PlanRetirement.of(
                  planId(0, false),
                  config.start().plusMonths(config.months() * 2L / 3),
                  SUCCESSOR_PLAN)
              .withNoticeDays(30)
              .withPricePolicy(PricePolicy.grandfathered(2)));
    }
    this.billing =
        Billing.builder()
            .retirements(retirements)
            .stores(stores)
            .unitOfWork(work)
            .outbox(outbox)
            .events(events)
            .clock(clock)
            .catalog(catalog)
            .terms(PaymentTerms.chargeAutomatically())
            .invoiceIds(ids)
            .paymentIds(ids)
            .build();
    this.netTerms = billing.billingCycle(billing.invoicing().withTerms(PaymentTerms.net(30)));
    this.collections =
        CollectionsModule.builder()
            .stores(backend.collections())
            .unitOfWork(work)
            .outbox(outbox)
            .locks(locks)
            .events(events)
            .clock(clock)
            .contactPolicy(CollectionsContactPolicy.standard(support))
            .ids(ids)
            .build();
    events.subscribe(e -> eventsPublished++);
    int m = config.months();
    paymentsFailed = new long[m];
    recoveredByRetry = new long[m];
    contactsAllowed = new long[m];
    contactsBlocked = new long[m];
    casesOpened = new long[m];
    casesWithinSla = new long[m];
    casesResolved = new long[m];
    converted = new long[m];
    invoiced = zeros(m);
    paid = zeros(m);
    credited = zeros(m);
    writtenOff = zeros(m);
  }

  /** Three tiers, monthly or yearly (ten months' price), one flat fee each, no tax. */
  private Catalog catalog() {
    List<Plan> planList = new ArrayList<>();
    for (int t = 0; t < TIERS.length; t++) {
      for (boolean yearly : new boolean[] {false, true}) {
        String id = planId(t, yearly);
        Money price = yearly ? MONTHLY[t].times(10) : MONTHLY[t];
        planPrice.put(id, price);
        planList.add(
            Plan.of(
                id,
                "app",
                yearly ? BillingInterval.YEARLY : BillingInterval.MONTHLY,
                PlanPhase.evergreen(Price.flat(id + "-fee", price))));
      }
    }
    // The starter plan's successor, on sale from the start: the monthly starter is retired mid-run.
    planPrice.put(SUCCESSOR_PLAN, SUCCESSOR_PRICE);
    planList.add(
        Plan.of(
            SUCCESSOR_PLAN,
            "app",
            BillingInterval.MONTHLY,
            PlanPhase.evergreen(Price.flat(SUCCESSOR_PLAN + "-fee", SUCCESSOR_PRICE))));
    return Catalog.of(List.of(new Product("app", "The app")), planList, List.of());
  }

  /**
   * The plan a customer of a tier is sold today: the tier's plan, or its successor once that plan
   * is retired.
   */
  String planFor(int tier, boolean yearly) {
    String id = planId(tier, yearly);
    LocalDate day = today == null ? config.start() : today;
    return retirements
        .forPlan(id)
        .filter(r -> !day.isBefore(r.retiredFrom()))
        .map(r -> r.successorPlanId())
        .orElse(id);
  }

  private static Money[] zeros(int n) {
    Money[] a = new Money[n];
    Arrays.fill(a, Money.zero(USD));
    return a;
  }

  static String planId(int tier, boolean yearly) {
    return TIERS[tier] + (yearly ? "-yearly" : "-monthly");
  }

  /** The billing cycle of a customer's payment terms: charged at once, or net 30. */
  BillingCycleService cycleFor(Customer c) {
    return c.card ? billing.billingCycle() : netTerms;
  }

  int days() {
    return (int) ChronoUnit.DAYS.between(config.start(), config.end());
  }

  /** Puts an account on the bill run of a day. */
  void due(LocalDate on, Customer c) {
    if (on.isBefore(config.end())) {
      dueOn.computeIfAbsent(on, d -> new LinkedHashSet<>()).add(c.account.id());
    }
  }

  /** Does something on a later day of the run (nothing when that day is after the run). */
  void schedule(LocalDate on, Runnable action) {
    if (!on.isAfter(today == null ? config.start().minusDays(1) : today)) {
      throw new IllegalStateException("cannot schedule in the past: " + on);
    }
    if (on.isBefore(config.end())) {
      agenda.computeIfAbsent(on, d -> new ArrayList<>()).add(action);
    }
  }

  int monthIndex(LocalDate day) {
    return (int) ChronoUnit.MONTHS.between(YearMonth.from(config.start()), YearMonth.from(day));
  }

  /** What metrics' event-stream projection hears about receivables, as a host would emit it. */
  void receivableEvent(AccountId account, ReceivableChange change, Money amount) {
    if (amount.isPositive()) {
      metricsEvents.add(
          new ReceivableChanged(
              EventId.of("m-" + (metricsEvents.size() + 1)), account, change, amount, today));
    }
  }

  /** Picks an index with the given weights. */
  int pick(double[] weights) {
    double r = random.nextDouble();
    for (int i = 0; i < weights.length - 1; i++) {
      r -= weights[i];
      if (r < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }
}
