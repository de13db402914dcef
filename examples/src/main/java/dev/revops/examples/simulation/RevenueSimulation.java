package dev.revops.examples.simulation;

import static java.util.Objects.requireNonNull;

import dev.revops.billing.billrun.AccountBilling;
import dev.revops.billing.billrun.InvoiceGenerator;
import dev.revops.billing.catalog.Catalog;
import dev.revops.billing.catalog.Plan;
import dev.revops.billing.catalog.PlanPhase;
import dev.revops.billing.catalog.Price;
import dev.revops.billing.catalog.Product;
import dev.revops.billing.invoice.CreditBalance;
import dev.revops.billing.invoice.CreditNoteId;
import dev.revops.billing.invoice.CreditNoteRemainder;
import dev.revops.billing.invoice.Invoice;
import dev.revops.billing.invoice.InvoiceId;
import dev.revops.billing.invoice.InvoiceLine;
import dev.revops.billing.invoice.InvoiceStatus;
import dev.revops.billing.invoice.LineType;
import dev.revops.billing.invoice.PaymentTerms;
import dev.revops.billing.payment.Decline;
import dev.revops.billing.payment.GatewayRequest;
import dev.revops.billing.payment.GatewayResult;
import dev.revops.billing.payment.InvoiceExhaustedAction;
import dev.revops.billing.payment.Payment;
import dev.revops.billing.payment.PaymentId;
import dev.revops.billing.payment.PaymentStatus;
import dev.revops.billing.payment.RetryDecision;
import dev.revops.billing.payment.RetryPolicy;
import dev.revops.billing.payment.RetrySchedule;
import dev.revops.billing.port.InvoiceRepository;
import dev.revops.billing.port.PaymentGateway;
import dev.revops.billing.port.memory.InMemoryCreditBalanceRepository;
import dev.revops.billing.port.memory.InMemoryIdempotencyStore;
import dev.revops.billing.port.memory.InMemoryPaymentRepository;
import dev.revops.billing.service.AccountOutcome;
import dev.revops.billing.service.BillRun;
import dev.revops.billing.service.PaymentService;
import dev.revops.billing.subscription.ChangeTiming;
import dev.revops.billing.subscription.ExhaustedAction;
import dev.revops.billing.subscription.NewSubscription;
import dev.revops.billing.subscription.Pause;
import dev.revops.billing.subscription.PlanSegment;
import dev.revops.billing.subscription.ProrationMode;
import dev.revops.billing.subscription.Subscription;
import dev.revops.billing.subscription.SubscriptionAction;
import dev.revops.billing.subscription.SubscriptionId;
import dev.revops.billing.subscription.SubscriptionLifecycle;
import dev.revops.billing.subscription.SubscriptionStatus;
import dev.revops.collections.activity.ContactOutcome;
import dev.revops.collections.compliance.CollectionsContactPolicy;
import dev.revops.collections.compliance.ContactKind;
import dev.revops.collections.compliance.DebtFacts;
import dev.revops.collections.compliance.DisputeStatus;
import dev.revops.collections.compliance.IntendedContact;
import dev.revops.collections.dunning.DueAction;
import dev.revops.collections.dunning.DunningCase;
import dev.revops.collections.dunning.DunningEvaluation;
import dev.revops.collections.dunning.DunningFacts;
import dev.revops.collections.dunning.DunningPolicy;
import dev.revops.collections.plan.Frequency;
import dev.revops.collections.plan.PaymentPlan;
import dev.revops.collections.plan.PlanId;
import dev.revops.collections.port.memory.InMemoryActivityLog;
import dev.revops.collections.port.memory.InMemoryPaymentStatus;
import dev.revops.collections.promise.PromiseId;
import dev.revops.collections.promise.PromiseStatus;
import dev.revops.collections.promise.PromiseToPay;
import dev.revops.collections.service.ContactGate;
import dev.revops.collections.service.DunningService;
import dev.revops.collections.service.GateResult;
import dev.revops.core.consent.Channel;
import dev.revops.core.consent.ConsentRecord;
import dev.revops.core.consent.ConsentStatus;
import dev.revops.core.consent.ContactPreferences;
import dev.revops.core.event.Changed;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.EventId;
import dev.revops.core.id.LeadId;
import dev.revops.core.id.ReceivableId;
import dev.revops.core.id.UserId;
import dev.revops.core.json.PolicyLoader;
import dev.revops.core.money.Money;
import dev.revops.core.money.Percentage;
import dev.revops.core.party.Account;
import dev.revops.core.party.Contact;
import dev.revops.core.port.memory.InMemoryAccountRepository;
import dev.revops.core.port.memory.InMemoryContactRepository;
import dev.revops.core.port.memory.InMemoryEventPublisher;
import dev.revops.core.port.memory.InMemoryRepository;
import dev.revops.core.port.memory.SequentialIdGenerator;
import dev.revops.core.receivable.Receivable;
import dev.revops.core.time.BillingInterval;
import dev.revops.core.time.BusinessCalendar;
import dev.revops.core.time.DateRange;
import dev.revops.core.time.ManualClock;
import dev.revops.metrics.collections.AgingBuckets;
import dev.revops.metrics.collections.AgingSnapshot;
import dev.revops.metrics.collections.CollectionsMetrics;
import dev.revops.metrics.collections.ContactFact;
import dev.revops.metrics.collections.ContactMetrics;
import dev.revops.metrics.collections.PromiseFact;
import dev.revops.metrics.projection.MetricsEvent;
import dev.revops.metrics.projection.MetricsProjection;
import dev.revops.metrics.projection.PeriodReport;
import dev.revops.metrics.projection.ProjectionConfig;
import dev.revops.metrics.projection.ReceivableChange;
import dev.revops.metrics.projection.ReceivableChanged;
import dev.revops.metrics.projection.SubscriptionMrrChanged;
import dev.revops.metrics.sales.LeadFact;
import dev.revops.metrics.sales.OpportunityFact;
import dev.revops.metrics.sales.OpportunityStatus;
import dev.revops.metrics.sales.SalesMetrics;
import dev.revops.metrics.subscription.ChurnRate;
import dev.revops.metrics.subscription.CohortRetention;
import dev.revops.metrics.subscription.MovementSummary;
import dev.revops.metrics.subscription.MrrBook;
import dev.revops.metrics.subscription.SubscriptionFact;
import dev.revops.metrics.subscription.SubscriptionMetrics;
import dev.revops.sales.id.CaseId;
import dev.revops.sales.id.OrderId;
import dev.revops.sales.lead.CaptureLead;
import dev.revops.sales.lead.CaptureResult;
import dev.revops.sales.lead.ConversionResult;
import dev.revops.sales.lead.ConvertLead;
import dev.revops.sales.lead.DuplicateDetector;
import dev.revops.sales.lead.Lead;
import dev.revops.sales.lead.LeadLifecycle;
import dev.revops.sales.lead.LeadSource;
import dev.revops.sales.lead.LeadStatus;
import dev.revops.sales.lead.LeadTrigger;
import dev.revops.sales.order.Order;
import dev.revops.sales.order.OrderLine;
import dev.revops.sales.order.OrderPolicy;
import dev.revops.sales.order.OrderTrigger;
import dev.revops.sales.pipeline.Opportunity;
import dev.revops.sales.pipeline.PipelineConfig;
import dev.revops.sales.port.memory.InMemoryCaseRepository;
import dev.revops.sales.port.memory.InMemoryFeedbackLog;
import dev.revops.sales.port.memory.InMemoryLeadRepository;
import dev.revops.sales.port.memory.InMemoryOpportunityRepository;
import dev.revops.sales.port.memory.InMemoryOrderRepository;
import dev.revops.sales.scoring.EngagementEvent;
import dev.revops.sales.scoring.LeadScore;
import dev.revops.sales.scoring.LeadScorer;
import dev.revops.sales.scoring.ScoringRules;
import dev.revops.sales.service.CaseService;
import dev.revops.sales.service.LeadService;
import dev.revops.sales.service.OpportunityService;
import dev.revops.sales.service.OrderService;
import dev.revops.sales.servicecase.CaseChannel;
import dev.revops.sales.servicecase.CaseStatus;
import dev.revops.sales.servicecase.CaseTrigger;
import dev.revops.sales.servicecase.CaseType;
import dev.revops.sales.servicecase.EscalationPolicy;
import dev.revops.sales.servicecase.ServiceCase;
import dev.revops.sales.servicecase.Severity;
import dev.revops.sales.servicecase.SlaClock;
import dev.revops.sales.servicecase.SlaPolicies;
import dev.revops.sales.servicecase.SlaPolicy;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntConsumer;

/**
 * A synthetic subscription company run day by day on the revops modules' in-memory ports.
 *
 * <p>Leads arrive from every {@link LeadSource} through core's {@link LeadService} (validated,
 * normalised, de-duplicated), are scored by a {@link LeadScorer} with rules loaded from JSON,
 * qualified, accepted by sales and converted into an account, a contact and an opportunity that is
 * later won or lost ({@link OpportunityService}). Won deals start billing {@link Subscription}s on
 * a catalog of monthly and yearly plans; the {@link BillRun} bills every account that is due each
 * day with the {@link InvoiceGenerator}; subscriptions upgrade mid-period (prorated, invoiced at
 * once), downgrade and cancel at the end of the term, and pause. Card charges fail for a share of
 * accounts and walk a retry schedule; overdue accounts go through a dunning ladder loaded from JSON
 * whose contacts pass the collections compliance gate and land in the activity log; calls end in
 * right-party contacts, {@link PromiseToPay promises to pay} and {@link PaymentPlan payment plans}
 * (which pause dunning while current); disputes end in credit notes; the worst debts are handed to
 * an agency and written off. Service cases are resolved within or outside an SLA counted on a
 * business calendar, and a breach earns a service credit. KPIs come from revops-metrics.
 *
 * <p>Deterministic for a seed: one {@link SplittableRandom}, a {@link ManualClock}, sequential ids,
 * insertion-ordered collections; the system clock is never read. Not thread-safe: run it on one
 * thread; {@link #run(IntConsumer)} may be called once.
 */
public final class RevenueSimulation {
  static final Currency USD = Currency.getInstance("USD");
  static final ZoneId HQ = ZoneId.of("America/New_York");

  /** Every lead source, each with its share of leads and its chance to be accepted by sales. */
  static final List<LeadSource> SOURCES = List.of(LeadSource.values());

  private static final Map<LeadSource, double[]> SOURCE_MIX = sourceMix();

  /** The funnel stages of a lead, in order. */
  public static final List<String> STAGES = List.of("lead", "mql", "sql", "customer");

  /** The lead scoring rules, as a host would keep them in a JSON file. */
  public static final String SCORING_JSON =
      """
      {
        "fit": [
          {"id": "fit.us", "group": "fit", "attribute": "country", "operator": "IN",
           "values": ["US", "CA"], "points": 10},
          {"id": "fit.mid-market", "group": "fit", "attribute": "size", "operator": "IN",
           "values": ["50-399", "400+"], "points": 15},
          {"id": "fit.small", "group": "fit", "attribute": "size", "operator": "EQUALS",
           "values": ["1-49"], "points": 5},
          {"id": "fit.no-company", "attribute": "company", "operator": "ABSENT", "points": -10}
        ],
        "engagement": [
          {"id": "eng.page", "group": "web", "eventType": "page_view", "points": 3},
          {"id": "eng.pricing", "group": "web", "eventType": "pricing_view", "points": 10},
          {"id": "eng.click", "group": "email", "eventType": "email_click", "points": 5},
          {"id": "eng.demo", "eventType": "demo_request", "points": 30, "maxOccurrences": 1}
        ],
        "groups": [
          {"name": "fit", "cap": 25},
          {"name": "web", "cap": 30},
          {"name": "email", "cap": 15}
        ],
        "overallCap": 100,
        "decay": {"kind": "HALF_LIFE", "halfLifeDays": 30},
        "sourceWeights": {"REFERRAL": 15, "INBOUND_CALL": 10, "PURCHASED_DATABASE": -10},
        "grades": [
          {"grade": "A", "minScore": 75}, {"grade": "B", "minScore": 50},
          {"grade": "C", "minScore": 25}, {"grade": "D", "minScore": 0}
        ],
        "mqlThreshold": 50
      }
      """;

  private static final String[] TIERS = {"starter", "growth", "scale"};
  private static final Money ONBOARDING = Money.of("1500.00", "USD");
  private static final Money[] MONTHLY = {
    Money.of("49.00", "USD"), Money.of("149.00", "USD"), Money.of("499.00", "USD")
  };
  private static final ZoneId[] ZONES = {
    ZoneId.of("America/New_York"),
    ZoneId.of("America/Chicago"),
    ZoneId.of("America/Denver"),
    ZoneId.of("America/Los_Angeles")
  };

  /** Days between a failed charge and its retry (billing's {@link RetrySchedule#days}). */
  public static final int[] RETRY_DAYS = {3, 5, 7};

  /** The dunning ladder the simulation runs, as a host would keep it in a JSON file. */
  public static final String DUNNING_JSON =
      """
      {
        "name": "demo",
        "steps": [
          {"id": "reminder", "offsetDays": -3, "actions": ["EMAIL"]},
          {"id": "overdue", "offsetDays": 1, "actions": ["EMAIL", "SMS"]},
          {"id": "call", "offsetDays": 7, "actions": ["CALL_TASK"],
           "conditions": {"minAmountDue": [{"amount": "100.00", "currency": "USD"}]}},
          {"id": "second-call", "offsetDays": 14, "actions": ["CALL_TASK", "EMAIL"]},
          {"id": "suspend", "offsetDays": 21, "actions": ["SUSPEND_SERVICE", "EMAIL"]},
          {"id": "final", "offsetDays": 45, "actions": ["FINAL_NOTICE"]},
          {"id": "agency", "offsetDays": 75, "actions": ["HAND_TO_AGENCY"]}
        ]
      }
      """;

  private static final UserId[] COLLECTORS = {
    UserId.of("collector-1"), UserId.of("collector-2"), UserId.of("collector-3")
  };
  private static final UserId[] REPS = {UserId.of("rep-1"), UserId.of("rep-2"), UserId.of("rep-3")};

  private final SimulationConfig config;
  private final SplittableRandom random;
  private final ManualClock clock;
  private final SequentialIdGenerator ids = new SequentialIdGenerator("sim");
  private final InMemoryEventPublisher events = new InMemoryEventPublisher(false);

  // core
  private final InMemoryLeadRepository leadRepository = new InMemoryLeadRepository();
  private final InMemoryAccountRepository accounts = new InMemoryAccountRepository();
  private final InMemoryContactRepository contacts = new InMemoryContactRepository();
  private final InMemoryOpportunityRepository opportunityRepository =
      new InMemoryOpportunityRepository();
  private final LeadService leadService;
  private final OpportunityService opportunityService;
  private final LeadScorer scorer =
      new LeadScorer(PolicyLoader.create().load(SCORING_JSON, ScoringRules.class));
  private final BusinessCalendar support;
  private final CaseService caseService;
  private final OrderService orderService;
  private final InMemoryCaseRepository caseRepository = new InMemoryCaseRepository();

  // billing
  private final Catalog catalog;
  private final Map<String, Money> planPrice = new HashMap<>();
  private final InMemoryRepository<SubscriptionId, Subscription> subscriptions =
      new InMemoryRepository<>("Subscription");
  private final IndexedInvoices invoices = new IndexedInvoices();
  private final InMemoryCreditBalanceRepository paymentCredit =
      new InMemoryCreditBalanceRepository();
  private final SimulatedGateway gateway = new SimulatedGateway();
  private final InMemoryPaymentRepository paymentRepository = new InMemoryPaymentRepository();
  private final PaymentService paymentService;
  private final RetryPolicy retryPolicy =
      new RetryPolicy(
          RetrySchedule.days(RETRY_DAYS),
          ExhaustedAction.MARK_UNPAID,
          InvoiceExhaustedAction.LEAVE_OPEN);
  private final BillRun billRun;

  // collections
  private final InMemoryRepository<AccountId, DunningCase> dunningCases =
      new InMemoryRepository<>("DunningCase");
  private final InMemoryRepository<PromiseId, PromiseToPay> promises =
      new InMemoryRepository<>("PromiseToPay");
  private final InMemoryRepository<PlanId, PaymentPlan> plans =
      new InMemoryRepository<>("PaymentPlan");
  private final InMemoryActivityLog activityLog = new InMemoryActivityLog();
  private final InMemoryPaymentStatus paymentStatus = new InMemoryPaymentStatus();
  private final DunningService dunning = new DunningService(dunningCases, events);
  private final DunningPolicy policy = DunningPolicy.fromJson(DUNNING_JSON);
  private final ContactGate gate;

  // the simulation's own bookkeeping
  private final Map<LocalDate, List<Runnable>> agenda = new TreeMap<>();
  private final Map<LocalDate, Set<AccountId>> dueOn = new TreeMap<>();
  private final List<Customer> customers = new ArrayList<>();
  private final Map<AccountId, Customer> byAccount = new HashMap<>();
  private final Set<InvoiceId> open = new LinkedHashSet<>();
  private final List<LeadFact> leadFacts = new ArrayList<>();
  private final Map<LeadId, Integer> leadFactIndex = new HashMap<>();
  private final List<ContactFact> calls = new ArrayList<>();
  private final List<PromiseId> promiseIds = new ArrayList<>();
  private final Set<String> contactsMade = new LinkedHashSet<>();
  private final Map<InvoiceId, OrderId> ordersByInvoice = new HashMap<>();
  private long ordersFulfilled;
  private final List<MetricsEvent> metricsEvents = new ArrayList<>();

  private final long[] paymentsFailed;
  private final long[] recoveredByRetry;
  private final long[] contactsAllowed;
  private final long[] contactsBlocked;
  private final long[] casesOpened;
  private final long[] casesWithinSla;
  private final long[] casesResolved;
  private final long[] converted;
  private final Money[] invoiced;
  private final Money[] paid;
  private final Money[] credited;
  private final Money[] writtenOff;
  private final List<AgingSnapshot> agings = new ArrayList<>();
  private long eventsPublished;
  private long duplicates;
  private int leadCounter;
  private LocalDate today;
  private boolean ran;

  /**
   * Prepares a run.
   *
   * @param config what to simulate
   */
  public RevenueSimulation(SimulationConfig config) {
    this.config = requireNonNull(config, "config");
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
    this.caseService =
        new CaseService(
            caseRepository,
            accounts,
            account ->
                Optional.ofNullable(byAccount.get(account)).map(c -> MONTHLY[c.tier].times(12)),
            new InMemoryFeedbackLog(),
            events,
            ids,
            clock,
            new SlaPolicies(standard, Map.of(Severity.CRITICAL, urgent, Severity.HIGH, urgent)),
            new EscalationPolicy(Money.of("5000", "USD"), Set.of(Severity.CRITICAL)));
    PipelineConfig pipeline = PipelineConfig.salesforce();
    this.orderService =
        new OrderService(new InMemoryOrderRepository(), events, ids, clock, OrderPolicy.defaults());
    this.leadService =
        new LeadService(
            leadRepository,
            accounts,
            contacts,
            opportunityRepository,
            events,
            ids,
            clock,
            LeadLifecycle.standard(),
            DuplicateDetector.standard(),
            pipeline);
    this.opportunityService =
        new OpportunityService(opportunityRepository, events, ids, clock, pipeline);
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
    this.catalog = Catalog.of(List.of(new Product("app", "The app")), planList, List.of());
    this.paymentService =
        new PaymentService(
            paymentRepository,
            invoices,
            paymentCredit,
            gateway,
            new InMemoryIdempotencyStore(),
            ids,
            events,
            clock);
    this.billRun = BillRun.onCallerThread(InvoiceGenerator.byDay(), catalog, 64);
    this.gate =
        new ContactGate(
            CollectionsContactPolicy.standard(support), activityLog, paymentStatus, ids);
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

  private static Map<LeadSource, double[]> sourceMix() {
    // {share of leads, chance that sales accepts a qualified lead}
    Map<LeadSource, double[]> m = new LinkedHashMap<>();
    m.put(LeadSource.WEB_FORM, new double[] {0.20, 0.45});
    m.put(LeadSource.LANDING_PAGE, new double[] {0.14, 0.35});
    m.put(LeadSource.REFERRAL, new double[] {0.08, 0.70});
    m.put(LeadSource.TRADE_SHOW, new double[] {0.06, 0.40});
    m.put(LeadSource.EVENT, new double[] {0.05, 0.45});
    m.put(LeadSource.SEMINAR, new double[] {0.04, 0.50});
    m.put(LeadSource.SOCIAL_MEDIA, new double[] {0.07, 0.25});
    m.put(LeadSource.COMMUNITY, new double[] {0.05, 0.40});
    m.put(LeadSource.PURCHASED_DATABASE, new double[] {0.08, 0.15});
    m.put(LeadSource.INBOUND_CALL, new double[] {0.04, 0.65});
    m.put(LeadSource.INBOUND_EMAIL, new double[] {0.05, 0.50});
    m.put(LeadSource.INBOUND_CHAT, new double[] {0.06, 0.45});
    m.put(LeadSource.OUTBOUND_CAMPAIGN, new double[] {0.08, 0.25});
    return m;
  }

  private static Money[] zeros(int n) {
    Money[] a = new Money[n];
    Arrays.fill(a, Money.zero(USD));
    return a;
  }

  private static String planId(int tier, boolean yearly) {
    return TIERS[tier] + (yearly ? "-yearly" : "-monthly");
  }

  /**
   * Runs the simulation without progress reports.
   *
   * @param config what to simulate
   * @return the result
   */
  public static SimulationResult run(SimulationConfig config) {
    return new RevenueSimulation(config).run(day -> {});
  }

  /**
   * The number of simulated days, for progress reporting.
   *
   * @return days
   */
  public int days() {
    return (int) ChronoUnit.DAYS.between(config.start(), config.end());
  }

  /**
   * Runs the simulation.
   *
   * @param progress told the number of days done after each day
   * @return the result
   * @throws IllegalStateException when called twice
   */
  public SimulationResult run(IntConsumer progress) {
    if (ran) {
      throw new IllegalStateException("a simulation runs once");
    }
    ran = true;
    openingBook();
    int done = 0;
    for (today = config.start(); today.isBefore(config.end()); today = today.plusDays(1)) {
      if (today.getDayOfMonth() == 1 && !today.equals(config.start())) {
        agings.add(snapshot(today.minusDays(1)));
      }
      clock.setInstant(today.atTime(17, 0).toInstant(ZoneOffset.UTC));
      List<Runnable> due = agenda.remove(today);
      if (due != null) {
        due.forEach(Runnable::run);
      }
      captureLeads();
      runBilling();
      for (int i = 0; i < customers.size(); i++) {
        maybeOpenCase(customers.get(i));
      }
      evaluatePromisesAndPlans();
      runDunning();
      progress.accept(++done);
    }
    agings.add(snapshot(config.end().minusDays(1)));
    return result();
  }

  // ---------------------------------------------------------------- leads and pipeline

  /** The customers the company already had: a quarter of the accounts, signed up last year. */
  private void openingBook() {
    int initial = Math.max(1, config.accounts() / 4);
    List<LocalDate> starts = new ArrayList<>();
    for (int i = 0; i < initial; i++) {
      starts.add(config.start().minusDays(1 + random.nextInt(365)));
    }
    starts.sort(null);
    for (LocalDate start : starts) {
      ZoneId zone = ZONES[random.nextInt(ZONES.length)];
      clock.setInstant(start.atStartOfDay(ZoneOffset.UTC).toInstant());
      Lead lead = capture(LeadSource.REFERRAL, start, "1-49");
      if (lead == null) {
        continue;
      }
      leadService.fire(lead.id(), LeadTrigger.QUALIFY, "existing customer", "migration");
      ConversionResult r =
          leadService.convert(lead.id(), ConvertLead.newAccount(zone, USD, REPS[0]), "migration");
      int tier = pick(new double[] {0.55, 0.35, 0.10});
      Customer c =
          startCustomer(
              r.account(), r.contact(), r.lead(), tier, random.nextDouble() < 0.15, start);
      // The history before the run was billed by the previous system: record it as one paid
      // invoice so the generator sees those periods as billed.
      BillingOutcome history = generate(c, config.start().minusDays(1));
      if (!history.lines().isEmpty()) {
        Invoice inv = issueInvoice(c, history.lines(), start, false);
        Invoice.PaymentApplication p = inv.applyPayment(inv.amountDue(), clock.instant());
        invoices.save(p.invoice().value(), inv.version());
      }
      history.next().ifPresent(d -> due(d.isBefore(config.start()) ? config.start() : d, c));
    }
    leadFacts.clear();
    leadFactIndex.clear();
  }

  private void captureLeads() {
    // Lead volume ramps up 2% a month; about 5% of leads become customers within the run.
    int monthIndex = monthIndex(today);
    double perDay =
        config.accounts()
            * 0.75
            / 0.05
            / days()
            * Math.pow(1.02, monthIndex - config.months() / 2.0);
    int n = (int) perDay + (random.nextDouble() < perDay - (int) perDay ? 1 : 0);
    for (int i = 0; i < n; i++) {
      LeadSource source = SOURCES.get(pickSource());
      int employees = (int) Math.exp(random.nextDouble() * Math.log(2000));
      String size = employees < 50 ? "1-49" : employees < 400 ? "50-399" : "400+";
      if (random.nextDouble() < 0.02 && !leadFacts.isEmpty()) {
        // Somebody writes in again: the lead service finds the duplicate and keeps one lead.
        int back = random.nextInt(Math.min(20, leadFacts.size()));
        if (recapture(leadFacts.get(leadFacts.size() - 1 - back)) != null) {
          duplicates++;
        }
        continue;
      }
      Lead lead = capture(source, today, size);
      if (lead == null) {
        duplicates++;
        continue;
      }
      List<EngagementEvent> engagement = new ArrayList<>();
      int views = random.nextInt(8);
      for (int v = 0; v < views; v++) {
        engagement.add(new EngagementEvent("page_view", clock.instant().minusSeconds(3600L * v)));
      }
      if (random.nextDouble() < 0.35) {
        engagement.add(new EngagementEvent("pricing_view", clock.instant()));
      }
      if (random.nextDouble() < 0.25) {
        engagement.add(new EngagementEvent("email_click", clock.instant()));
      }
      if (random.nextDouble() < 0.12) {
        engagement.add(new EngagementEvent("demo_request", clock.instant()));
      }
      LeadScore score = scorer.score(lead, engagement, clock.instant());
      leadFactIndex.put(lead.id(), leadFacts.size());
      leadFacts.add(new LeadFact(lead.id(), source.name(), today, "lead", null));
      Optional<LeadTrigger> trigger = score.lifecycleTrigger();
      if (trigger.isEmpty()) {
        leadService.fire(lead.id(), LeadTrigger.NURTURE, null, "scoring");
        continue;
      }
      leadService.fire(lead.id(), trigger.get(), null, "scoring");
      stage(lead.id(), "mql", null);
      LeadId id = lead.id();
      int tier = employees < 50 ? 0 : employees < 400 ? 1 : 2;
      if (random.nextDouble() < SOURCE_MIX.get(source)[1]) {
        schedule(today.plusDays(2 + random.nextInt(8)), () -> acceptAndConvert(id, tier, score));
      } else {
        schedule(
            today.plusDays(3 + random.nextInt(10)),
            () -> leadService.disqualify(id, "not a fit for sales", "sdr"));
      }
    }
  }

  private Lead capture(LeadSource source, LocalDate on, String size) {
    int n = ++leadCounter;
    String first = FIRST[random.nextInt(FIRST.length)];
    String last = word(2 + random.nextInt(2));
    String company = word(2 + random.nextInt(2)) + " " + SUFFIX[random.nextInt(SUFFIX.length)];
    CaptureLead cmd =
        CaptureLead.of(source, last, "US", clock.instant())
            .withPerson(first, company)
            .withContactPoints(
                "lead" + n + "@example.com",
                String.format(
                    java.util.Locale.ROOT, "+1%03d555%04d", 201 + n / 10_000 % 700, n % 10_000));
    if (source.needsDetail()) {
      cmd =
          cmd.withSourceDetail(
              source.name().toLowerCase(java.util.Locale.ROOT) + "-" + on.getYear(), null);
    }
    if (source.needsReferrer()) {
      cmd = cmd.withSourceDetail(null, "customer-referral");
    }
    Set<Channel> consent = new LinkedHashSet<>();
    if (source.needsConsent() || random.nextDouble() < 0.9) {
      consent.add(Channel.EMAIL);
    }
    if (random.nextDouble() < 0.45) {
      consent.add(Channel.SMS);
    }
    cmd = cmd.withConsentAndAttributes(consent, Map.of("size", size));
    CaptureResult r = leadService.capture(cmd);
    return r.created() ? r.lead() : null;
  }

  private static final String[] FIRST = {
    "Ann", "Ben", "Carla", "Dev", "Emma", "Femi", "Gus", "Hana", "Ivan", "Jo", "Kai", "Lena",
    "Max", "Nora", "Omar", "Pia", "Quinn", "Rosa", "Sam", "Tara", "Uma", "Vic", "Wen", "Yusuf"
  };
  private static final String[] SYLLABLES = {
    "bar", "ko", "len", "mi", "dra", "vos", "tan", "el", "qui", "ro", "sen", "ga", "lur", "phi",
    "nex", "to", "zu", "mar", "ket", "al", "bri", "cor", "dun", "fa", "hol", "jin", "wa", "ys"
  };
  private static final String[] SUFFIX = {"Inc", "Labs", "GmbH", "Systems", "Group", "Works"};

  private String word(int syllables) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < syllables; i++) {
      sb.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    return Character.toUpperCase(sb.charAt(0)) + sb.substring(1);
  }

  private Lead recapture(LeadFact earlier) {
    Lead known = leadRepository.find(earlier.id()).orElse(null);
    if (known == null || known.email() == null || known.conversion() != null) {
      return null;
    }
    CaptureLead again =
        CaptureLead.of(LeadSource.INBOUND_EMAIL, known.lastName(), "US", clock.instant())
            .withPerson(known.firstName(), known.company())
            .withContactPoints(known.email(), null);
    CaptureResult r = leadService.capture(again);
    return r.created() ? null : r.lead();
  }

  private void acceptAndConvert(LeadId id, int tier, LeadScore score) {
    Lead lead = leadRepository.get(id);
    if (lead.status().equals(LeadStatus.DISQUALIFIED)) {
      return;
    }
    leadService.fire(id, LeadTrigger.ACCEPT, null, "ae");
    stage(id, "sql", null);
    boolean yearly = random.nextDouble() < 0.15;
    Money deal = MONTHLY[tier].times(12);
    LocalDate close = today.plusDays(7 + random.nextInt(35));
    ZoneId zone = ZONES[random.nextInt(ZONES.length)];
    UserId owner = REPS[random.nextInt(REPS.length)];
    ConversionResult r =
        leadService.convert(
            id,
            ConvertLead.newAccount(zone, USD, owner)
                .withOpportunity("New business " + TIERS[tier], deal, close),
            "ae");
    Opportunity opp = r.createdOpportunity().orElseThrow();
    opportunityCreated.put(opp.id(), today);
    double win = 0.40 + 0.4 * Math.max(0, score.total().doubleValue() - 50) / 50.0;
    boolean won = random.nextDouble() < win;
    schedule(
        close,
        () -> {
          if (won) {
            opportunityService.win(opp.id());
            converted[monthIndex(today)]++;
            stage(id, "customer", today);
            Customer c = startCustomer(r.account(), r.contact(), r.lead(), tier, yearly, today);
            due(today, c);
            if (tier == TIERS.length - 1) {
              onboardingOrder(c);
            }
          } else {
            List<String> reasons = PipelineConfig.ODOO_LOST_REASONS;
            opportunityService.lose(opp.id(), reasons.get(random.nextInt(reasons.size())));
          }
        });
  }

  /**
   * Scale customers buy a one-time onboarding package: a core order, invoiced by billing and
   * fulfilled once paid.
   */
  private void onboardingOrder(Customer c) {
    Order order =
        orderService.place(
            c.account.id(), List.of(OrderLine.of(1, "onboarding", 1, ONBOARDING, Percentage.ZERO)));
    orderService.fire(order.id(), OrderTrigger.APPROVE);
    Invoice inv =
        issueInvoice(
            c,
            new ArrayList<>(
                List.of(
                    InvoiceLine.of(
                        LineType.ONE_TIME,
                        "Onboarding (order " + order.id() + ")",
                        order.total(),
                        DateRange.of(today, today.plusDays(1))))),
            today,
            true);
    ordersByInvoice.put(inv.id(), order.id());
    collectFirstPayment(c, inv);
  }

  private void stage(LeadId id, String stage, LocalDate convertedOn) {
    Integer i = leadFactIndex.get(id);
    if (i == null) {
      return;
    }
    LeadFact f = leadFacts.get(i);
    leadFacts.set(i, new LeadFact(f.id(), f.source(), f.createdOn(), stage, convertedOn));
  }

  // ---------------------------------------------------------------- customers and billing

  private Customer startCustomer(
      Account account, Contact contact, Lead lead, int tier, boolean yearly, LocalDate start) {
    ContactPreferences prefs = ContactPreferences.none(contact.id());
    for (ConsentRecord consent : lead.consents()) {
      if (consent.status() == ConsentStatus.OPTED_IN) {
        prefs = prefs.optIn(consent.channel(), consent.source(), consent.at());
      }
    }
    if (random.nextDouble() < 0.10) {
      prefs = prefs.withDoNotCall(true);
    }
    boolean card = random.nextDouble() < 0.75;
    double risk = random.nextDouble() < 0.12 ? 0.45 : 0.04;
    Customer c = new Customer(account, contact, prefs, tier, yearly, card, risk);
    Subscription created =
        Subscription.create(
                NewSubscription.of(
                        SubscriptionId.of("sub-" + account.id().value()),
                        account.id(),
                        USD,
                        account.timeZone(),
                        catalog.plan(planId(tier, yearly)),
                        start)
                    .withPaymentMethod(card),
                start,
                clock.instant())
            .value();
    Subscription saved = subscriptions.save(created, Subscription.NEW);
    c.subscription = saved.id();
    c.balance = CreditBalance.empty(account.id(), USD);
    customers.add(c);
    byAccount.put(account.id(), c);
    return c;
  }

  private void due(LocalDate on, Customer c) {
    if (on.isBefore(config.end())) {
      dueOn.computeIfAbsent(on, d -> new LinkedHashSet<>()).add(c.account.id());
    }
  }

  /** What the generator says for one account up to a date. */
  private record BillingOutcome(List<InvoiceLine> lines, Optional<LocalDate> next) {}

  private BillingOutcome generate(Customer c, LocalDate target) {
    var r = InvoiceGenerator.byDay().generate(billingOf(c.account.id()), catalog, target);
    return new BillingOutcome(r.lines(), r.next());
  }

  private AccountBilling billingOf(AccountId account) {
    Customer c = byAccount.get(account);
    List<Invoice> list = new ArrayList<>();
    for (InvoiceId id : c.invoices) {
      list.add(invoices.get(id));
    }
    return new AccountBilling(account, List.of(subscriptions.get(c.subscription)), list, List.of());
  }

  private void runBilling() {
    Set<AccountId> dueToday = dueOn.remove(today);
    if (dueToday == null) {
      return;
    }
    // Renewal decisions are taken on the day a period starts, before it is billed.
    for (AccountId id : dueToday) {
      renewalDecisions(byAccount.get(id));
    }
    billRun.run(
        dueToday.iterator(),
        this::billingOf,
        today,
        outcome -> {
          if (outcome instanceof AccountOutcome.Billed b) {
            Customer c = byAccount.get(b.result().account());
            List<InvoiceLine> lines = new ArrayList<>(b.result().lines());
            if (!lines.isEmpty()) {
              addServiceCredit(c, lines);
              Invoice inv = issueInvoice(c, lines, today, true);
              collectFirstPayment(c, inv);
            }
            b.result().next().ifPresent(d -> due(d, c));
          } else if (outcome instanceof AccountOutcome.Failed f) {
            throw new IllegalStateException("bill run failed for " + f);
          }
        });
  }

  private void renewalDecisions(Customer c) {
    Subscription s = subscriptions.get(c.subscription);
    if (c.cancelled
        || s.status() != SubscriptionStatus.ACTIVE
        || s.billingEnd() != null
        || s.startDate().equals(today)
        || !s.currentPeriod(catalog, today).start().equals(today)) {
      return;
    }
    Instant at = clock.instant();
    double cancel = c.yearly ? 0.10 : 0.018;
    double r = random.nextDouble();
    if (r < cancel) {
      save(s, s.cancelAtPeriodEnd(catalog, today, at));
      c.cancelled = true;
      return;
    }
    if (!c.yearly && r < cancel + 0.012) {
      Subscription paused = save(s, s.pause(today, false, at));
      int periods = 1 + random.nextInt(2);
      LocalDate resumeOn = today.plusMonths(periods);
      schedule(
          resumeOn,
          () -> {
            Subscription p = subscriptions.get(paused.id());
            if (SubscriptionLifecycle.MACHINE.canFire(p.status(), SubscriptionAction.RESUME)) {
              save(p, p.resume(today, clock.instant()));
              due(today, c);
            }
          });
      return;
    }
    if (c.tier > 0 && r < cancel + 0.012 + 0.015) {
      c.tier--;
      save(
          s,
          s.changePlan(
              catalog,
              catalog.plan(planId(c.tier, c.yearly)),
              1,
              ChangeTiming.END_OF_TERM,
              ProrationMode.CREATE_PRORATIONS,
              today,
              at));
      return;
    }
    if (c.tier < TIERS.length - 1 && r > 1 - (c.yearly ? 0.15 : 0.03)) {
      DateRange period = s.currentPeriod(catalog, today);
      LocalDate on = period.start().plusDays(1 + random.nextInt((int) period.days() - 1));
      schedule(on, () -> upgrade(c));
    }
  }

  private void upgrade(Customer c) {
    Subscription s = subscriptions.get(c.subscription);
    if (c.cancelled
        || s.status() != SubscriptionStatus.ACTIVE
        || s.billingEnd() != null
        || isPaused(s, today)) {
      return;
    }
    c.tier++;
    save(
        s,
        s.changePlan(
            catalog,
            catalog.plan(planId(c.tier, c.yearly)),
            1,
            ChangeTiming.IMMEDIATE,
            ProrationMode.ALWAYS_INVOICE,
            today,
            clock.instant()));
    due(today, c);
  }

  private static boolean isPaused(Subscription s, LocalDate day) {
    for (Pause p : s.pauses()) {
      if (!day.isBefore(p.from()) && (p.until() == null || day.isBefore(p.until()))) {
        return true;
      }
    }
    return false;
  }

  private Subscription save(Subscription before, Changed<Subscription> changed) {
    Subscription saved = subscriptions.save(changed.value(), before.version());
    events.publish(changed.events());
    return saved;
  }

  private void addServiceCredit(Customer c, List<InvoiceLine> lines) {
    if (!c.pendingCredit.isPositive()) {
      return;
    }
    Money total = Money.zero(USD);
    for (InvoiceLine l : lines) {
      total = total.plus(l.amount());
    }
    if (!total.isPositive()) {
      return;
    }
    Money credit = c.pendingCredit.isGreaterThan(total) ? total : c.pendingCredit;
    lines.add(
        InvoiceLine.of(
            LineType.DISCOUNT,
            "Service credit (SLA)",
            credit.negate(),
            DateRange.of(today, today.plusDays(1))));
    c.pendingCredit = c.pendingCredit.minus(credit);
  }

  private Invoice issueInvoice(Customer c, List<InvoiceLine> lines, LocalDate on, boolean count) {
    Invoice draft =
        Invoice.draft(
            InvoiceId.of(ids.nextId()),
            c.account.id(),
            USD,
            lines,
            c.card ? PaymentTerms.chargeAutomatically() : PaymentTerms.net(30));
    Invoice.Finalization f = draft.finalizeOn(on, c.balance, clock.instant());
    c.balance = f.balance();
    Invoice saved = invoices.save(f.invoice().value(), Invoice.NEW);
    events.publish(f.invoice().events());
    c.invoices.add(saved.id());
    if (count) {
      int m = monthIndex(on);
      receivableEvent(saved.account(), ReceivableChange.ISSUED, saved.total());
      receivableEvent(saved.account(), ReceivableChange.CREDITED, saved.creditApplied());
      invoiced[m] = invoiced[m].plus(saved.total());
      credited[m] = credited[m].plus(saved.creditApplied());
      if (saved.total().isNegative()) {
        credited[m] = credited[m].plus(saved.total());
      }
      if (saved.status() == InvoiceStatus.OPEN && saved.amountDue().isPositive()) {
        open.add(saved.id());
      }
    }
    paymentStatus.set(ReceivableId.of(saved.id().value()), saved.amountDue());
    return saved;
  }

  private void collectFirstPayment(Customer c, Invoice saved) {
    if (saved.status() != InvoiceStatus.OPEN) {
      return;
    }
    if (c.card) {
      charge(c, saved.id(), 0);
      return;
    }
    double r = random.nextDouble();
    if (r < 1 - c.risk * 2) {
      // Most invoice customers pay around the due date, some late.
      int delay = r < 0.75 ? -random.nextInt(10) : 1 + random.nextInt(20);
      LocalDate on = saved.dueOn().plusDays(delay);
      schedule(on.isAfter(today) ? on : today.plusDays(1), () -> pay(saved.id(), null));
    }
  }

  /**
   * Charges the card on file through billing's PaymentService; failures follow the retry policy.
   */
  private void charge(Customer c, InvoiceId id, int attempt) {
    Invoice inv = invoices.get(id);
    if (inv.status() != InvoiceStatus.OPEN || !inv.amountDue().isPositive()) {
      return;
    }
    gateway.declineNext = random.nextDouble() < c.risk;
    Payment p = paymentService.pay("charge:" + id, c.account.id(), inv.amountDue(), id);
    afterCharge(c, id, p, attempt);
  }

  private void retryCharge(Customer c, InvoiceId id, PaymentId payment, int attempt) {
    Invoice inv = invoices.get(id);
    if (inv.status() != InvoiceStatus.OPEN || !inv.amountDue().isPositive()) {
      return; // paid another way meanwhile
    }
    gateway.declineNext = random.nextDouble() < (c.risk > 0.1 ? 0.7 : 0.4);
    if (!paymentRepository.get(payment).amount().equals(inv.amountDue())) {
      // Part was paid meanwhile (a plan instalment): charge what is due now, not the old amount.
      Payment fresh =
          paymentService.pay("charge:" + id + ":" + attempt, c.account.id(), inv.amountDue(), id);
      afterCharge(c, id, fresh, attempt);
      return;
    }
    afterCharge(c, id, paymentService.retry(payment), attempt);
  }

  private void afterCharge(Customer c, InvoiceId id, Payment p, int attempt) {
    if (p.status() == PaymentStatus.CAPTURED) {
      if (attempt > 0) {
        recoveredByRetry[monthIndex(today)]++;
      }
      paid(c, p.captured());
      return;
    }
    paymentsFailed[monthIndex(today)]++;
    Subscription s = subscriptions.get(c.subscription);
    if (SubscriptionLifecycle.MACHINE.canFire(s.status(), SubscriptionAction.PAYMENT_FAILED)) {
      save(s, s.paymentFailed(clock.instant()));
    }
    if (retryPolicy.decide(p, clock.instant()) instanceof RetryDecision.RetryAt retry) {
      LocalDate on = LocalDate.ofInstant(retry.at(), ZoneOffset.UTC);
      schedule(
          on.isAfter(today) ? on : today.plusDays(1),
          () -> retryCharge(c, id, p.id(), attempt + 1));
    }
  }

  /** A payment the customer makes (transfer, or after a collections contact). */
  private void pay(InvoiceId id, Money amountOrNull) {
    Invoice inv = invoices.get(id);
    if (inv.status() != InvoiceStatus.OPEN || !inv.amountDue().isPositive()) {
      return;
    }
    Money amount =
        amountOrNull == null || amountOrNull.isGreaterThan(inv.amountDue())
            ? inv.amountDue()
            : amountOrNull;
    gateway.declineNext = false;
    Payment p = paymentService.pay("pay:" + ids.nextId(), inv.account(), amount, id);
    paid(byAccount.get(inv.account()), p.captured());
  }

  private void paid(Customer c, Money captured) {
    receivableEvent(c.account.id(), ReceivableChange.PAID, captured);
    int m = monthIndex(today);
    paid[m] = paid[m].plus(captured);
    c.paymentsToApply = c.paymentsToApply.plus(captured);
    boolean owes = false;
    for (InvoiceId id : c.invoices) {
      if (open.contains(id)) {
        Invoice inv = invoices.get(id);
        settle(inv);
        owes |= open.contains(id);
        OrderId order = ordersByInvoice.get(id);
        if (order != null && !open.contains(id) && inv.status() == InvoiceStatus.PAID) {
          Order o = orderService.pay(order, inv.amountPaid());
          orderService.fulfil(o.id(), Map.of(1, 1L));
          ordersFulfilled++;
        }
      }
    }
    if (!owes) {
      Subscription s = subscriptions.get(c.subscription);
      if (SubscriptionLifecycle.MACHINE.canFire(s.status(), SubscriptionAction.PAYMENT_SUCCEEDED)) {
        save(s, s.paymentSucceeded(clock.instant()));
      }
    }
  }

  private void settle(Invoice saved) {
    paymentStatus.set(ReceivableId.of(saved.id().value()), saved.amountDue());
    if (saved.status() != InvoiceStatus.OPEN || !saved.amountDue().isPositive()) {
      open.remove(saved.id());
    }
  }

  // ---------------------------------------------------------------- collections

  private void evaluatePromisesAndPlans() {
    Instant now = clock.instant();
    for (Customer c : customers) {
      Money payment = c.paymentsToApply;
      c.paymentsToApply = Money.zero(USD);
      if (c.promise != null) {
        PromiseToPay p = promises.get(c.promise);
        Changed<PromiseToPay> changed =
            payment.isPositive() ? p.recordPayment(payment, now) : p.evaluate(now);
        if (changed.value() != p) {
          p = promises.save(changed.value(), p.version());
          events.publish(changed.events());
        }
        if (p.status() != PromiseStatus.PROMISED) {
          c.promise = null;
        }
      }
      if (c.plan != null) {
        PaymentPlan plan = plans.get(c.plan);
        Money toPlan = payment.isGreaterThan(plan.remaining()) ? plan.remaining() : payment;
        Changed<PaymentPlan> changed =
            toPlan.isPositive() ? plan.recordPayment(toPlan, now) : plan.evaluate(now);
        if (changed.value() != plan) {
          plan = plans.save(changed.value(), plan.version());
          events.publish(changed.events());
        }
        if (!plan.isCurrent(now)) {
          c.plan = null;
          c.planDebts = Set.of();
        }
      }
    }
  }

  private void runDunning() {
    Map<AccountId, List<Invoice>> owing = new LinkedHashMap<>();
    for (InvoiceId id : open) {
      Invoice inv = invoices.get(id);
      owing.computeIfAbsent(inv.account(), a -> new ArrayList<>()).add(inv);
    }
    Instant now = clock.instant();
    for (Customer c : customers) {
      if (!owing.containsKey(c.account.id()) && !c.inDunning) {
        continue;
      }
      List<Invoice> owed = owing.getOrDefault(c.account.id(), List.of());
      List<Receivable> receivables = owed.stream().map(Invoice::toReceivable).toList();
      DunningFacts facts =
          DunningFacts.of(c.account.id(), c.account.timeZone(), receivables)
              .withPaused(c.planDebts);
      DunningEvaluation e = dunning.run(facts, policy, now);
      c.inDunning = e.next().isActive();
      for (DueAction action : e.actions()) {
        act(c, owed, action);
      }
    }
  }

  private void act(Customer c, List<Invoice> owed, DueAction action) {
    switch (action.action()) {
      case SUSPEND_SERVICE -> c.suspended = true;
      case RESTORE_SERVICE -> c.suspended = false;
      case HAND_TO_AGENCY -> writeOff(c, owed);
      default -> {
        if (action.action().isContact() && !owed.isEmpty()) {
          contact(c, owed.get(0), action.action().channel().orElseThrow());
        }
      }
    }
  }

  private void contact(Customer c, Invoice debt, Channel channel) {
    ReceivableId debtId = ReceivableId.of(debt.id().value());
    Instant at = today.atStartOfDay(ZoneOffset.UTC).plusHours(13 + random.nextInt(10)).toInstant();
    GateResult result =
        gate.attempt(
            new IntendedContact(
                c.account.id(),
                debtId,
                c.preferences,
                c.contact.zones(),
                channel,
                at,
                ContactKind.COLLECTION,
                c.debtFacts));
    int m = monthIndex(today);
    if (result.status() == GateResult.Status.BLOCKED) {
      contactsBlocked[m]++;
      return;
    }
    if (result.status() != GateResult.Status.ALLOWED) {
      return;
    }
    contactsAllowed[m]++;
    String attempt = result.entry().id();
    contactsMade.add(attempt);
    if (c.debtFacts.firstContactOn() == null) {
      c.debtFacts = c.debtFacts.withFirstContactOn(today);
      GateResult notice =
          gate.attempt(
              new IntendedContact(
                  c.account.id(),
                  debtId,
                  c.preferences,
                  c.contact.zones(),
                  Channel.LETTER,
                  today.atTime(15, 0).atZone(c.account.timeZone()).toInstant(),
                  ContactKind.VALIDATION_NOTICE,
                  c.debtFacts));
      if (notice.allowed()) {
        contactsMade.add(notice.entry().id());
        gate.recordOutcome(notice.entry().id(), ContactOutcome.DELIVERED, at, "validation notice");
        c.debtFacts = c.debtFacts.withValidationNoticeSentOn(today);
      }
    }
    if (channel != Channel.PHONE) {
      gate.recordOutcome(attempt, ContactOutcome.DELIVERED, at, "dunning " + channel);
      if (random.nextDouble() < 0.22) {
        schedule(today.plusDays(1 + random.nextInt(4)), () -> pay(debt.id(), null));
      }
      return;
    }
    UserId collector = COLLECTORS[random.nextInt(COLLECTORS.length)];
    double r = random.nextDouble();
    ContactOutcome outcome =
        r < 0.45
            ? ContactOutcome.NO_ANSWER
            : r < 0.58
                ? ContactOutcome.VOICEMAIL_LEFT
                : r < 0.62
                    ? ContactOutcome.WRONG_PARTY
                    : r < 0.78
                        ? ContactOutcome.RIGHT_PARTY_CONTACT
                        : r < 0.97 ? ContactOutcome.PROMISE_TO_PAY : ContactOutcome.DISPUTE;
    gate.recordOutcome(attempt, outcome, at, "dunning call");
    calls.add(new ContactFact(c.account.id(), collector, today, metricsOutcome(outcome)));
    Money due = debt.amountDue();
    switch (outcome) {
      case RIGHT_PARTY_CONTACT -> {
        if (due.isGreaterThan(Money.of("300", "USD")) && c.plan == null) {
          paymentPlan(c, debt, due);
        } else if (random.nextDouble() < 0.5) {
          schedule(today.plusDays(1 + random.nextInt(3)), () -> pay(debt.id(), null));
        }
      }
      case PROMISE_TO_PAY -> promise(c, debt, due, collector);
      case DISPUTE -> {
        c.debtFacts = c.debtFacts.withDispute(DisputeStatus.DISPUTED);
        schedule(today.plusDays(10), () -> resolveDispute(c, debt.id()));
      }
      default -> {}
    }
  }

  private void promise(Customer c, Invoice debt, Money due, UserId collector) {
    if (c.promise != null) {
      return;
    }
    LocalDate promisedFor = today.plusDays(2 + random.nextInt(9));
    PromiseToPay p =
        PromiseToPay.make(
            PromiseId.of(ids.nextId()),
            c.account.id(),
            ReceivableId.of(debt.id().value()),
            due,
            promisedFor,
            2,
            Money.of("1.00", "USD"),
            c.account.timeZone(),
            clock.instant());
    p = promises.save(p, PromiseToPay.NEW);
    c.promise = p.id();
    promiseIds.add(p.id());
    c.promiseCollector.put(p.id(), collector);
    if (random.nextDouble() < 0.7) {
      schedule(promisedFor, () -> pay(debt.id(), null));
    }
  }

  /** Three instalments two weeks apart; dunning leaves the debt alone while the plan is current. */
  private void paymentPlan(Customer c, Invoice debt, Money due) {
    ReceivableId debtId = ReceivableId.of(debt.id().value());
    PaymentPlan proposed =
        PaymentPlan.propose(
            PlanId.of(ids.nextId()),
            c.account.id(),
            List.of(debtId),
            due,
            3,
            Frequency.WEEKLY,
            today.plusDays(3),
            3,
            c.account.timeZone());
    Changed<PaymentPlan> accepted = proposed.accept();
    PaymentPlan saved = plans.save(accepted.value(), PaymentPlan.NEW);
    events.publish(accepted.events());
    c.plan = saved.id();
    c.planDebts = Set.of(debtId);
    int keepUntil = random.nextDouble() < 0.2 ? random.nextInt(3) : 3;
    for (int i = 0; i < keepUntil; i++) {
      var installment = saved.installments().get(i);
      schedule(installment.dueOn(), () -> pay(debt.id(), installment.amount()));
    }
  }

  private static dev.revops.metrics.collections.ContactOutcome metricsOutcome(ContactOutcome o) {
    return switch (o) {
      case PROMISE_TO_PAY -> dev.revops.metrics.collections.ContactOutcome.PROMISE_TO_PAY;
      case RIGHT_PARTY_CONTACT, DISPUTE, REFUSAL ->
          dev.revops.metrics.collections.ContactOutcome.RIGHT_PARTY;
      case WRONG_PARTY -> dev.revops.metrics.collections.ContactOutcome.WRONG_PARTY;
      default -> dev.revops.metrics.collections.ContactOutcome.NO_CONTACT;
    };
  }

  private void resolveDispute(Customer c, InvoiceId id) {
    Invoice inv = invoices.get(id);
    c.debtFacts = c.debtFacts.withDispute(DisputeStatus.VERIFIED);
    if (inv.status() != InvoiceStatus.OPEN || !inv.amountDue().isPositive()) {
      return;
    }
    // Half of the disputes are upheld: the amount due is credited.
    if (random.nextDouble() < 0.5) {
      Money before = inv.amountDue();
      Changed<Invoice> changed =
          inv.issueCreditNote(
              CreditNoteId.of(ids.nextId()),
              before,
              CreditNoteRemainder.REFUND,
              "dispute upheld",
              today,
              clock.instant());
      Invoice saved = invoices.save(changed.value(), inv.version());
      events.publish(changed.events());
      int m = monthIndex(today);
      credited[m] = credited[m].plus(before.minus(saved.amountDue()));
      receivableEvent(saved.account(), ReceivableChange.CREDITED, before.minus(saved.amountDue()));
      settle(saved);
    }
  }

  private void writeOff(Customer c, List<Invoice> owed) {
    int m = monthIndex(today);
    for (Invoice stale : owed) {
      Invoice inv = invoices.get(stale.id());
      if (inv.status() != InvoiceStatus.OPEN) {
        continue;
      }
      Money due = inv.amountDue();
      Changed<Invoice> changed = inv.markUncollectible(clock.instant());
      Invoice saved = invoices.save(changed.value(), inv.version());
      events.publish(changed.events());
      writtenOff[m] = writtenOff[m].plus(due);
      receivableEvent(saved.account(), ReceivableChange.WRITTEN_OFF, due);
      open.remove(saved.id());
      paymentStatus.set(ReceivableId.of(saved.id().value()), Money.zero(USD));
    }
    Subscription s = subscriptions.get(c.subscription);
    if (!SubscriptionLifecycle.MACHINE.isTerminal(s.status())) {
      // Access ends now; billing stops at the end of the period already invoiced.
      save(
          s,
          s.cancel(
              catalog, ChangeTiming.IMMEDIATE, ChangeTiming.END_OF_TERM, today, clock.instant()));
    }
    c.cancelled = true;
  }

  // ---------------------------------------------------------------- service cases

  private void maybeOpenCase(Customer c) {
    if (c.cancelled || random.nextDouble() >= 0.004) {
      return;
    }
    double r = random.nextDouble();
    Severity severity = r < 0.05 ? Severity.CRITICAL : r < 0.25 ? Severity.HIGH : Severity.MEDIUM;
    CaseType type = r < 0.05 ? CaseType.INCIDENT : r < 0.9 ? CaseType.SUPPORT : CaseType.COMPLAINT;
    CaseChannel[] channels = CaseChannel.values();
    ServiceCase opened =
        caseService.open(c.account.id(), type, severity, channels[random.nextInt(channels.length)]);
    int m = monthIndex(today);
    casesOpened[m]++;
    CaseId id = opened.id();
    // Agents answer at once or on a later day; the case is solved one to five days later.
    if (random.nextDouble() < 0.6) {
      caseService.respond(id);
    } else {
      schedule(today.plusDays(1 + random.nextInt(2)), () -> respondIfOpen(id));
    }
    schedule(today.plusDays(1 + random.nextInt(5)), () -> closeCase(c, id, m));
  }

  private void respondIfOpen(CaseId id) {
    if (caseRepository.get(id).status() != CaseStatus.CLOSED) {
      caseService.respond(id);
    }
  }

  private void closeCase(Customer c, CaseId id, int openedInMonth) {
    caseService.respond(id);
    caseService.fire(id, CaseTrigger.CLOSE);
    casesResolved[openedInMonth]++;
    boolean breached =
        caseService.sla(id).stream().anyMatch(k -> k.state() == SlaClock.State.BREACHED);
    if (!breached) {
      casesWithinSla[openedInMonth]++;
      return;
    }
    // An SLA breach earns 10% of a month's fee, taken off the next invoice.
    c.pendingCredit =
        c.pendingCredit.plus(MONTHLY[c.tier].times(Percentage.of("10"), RoundingMode.HALF_UP));
  }

  // ---------------------------------------------------------------- results

  private AgingSnapshot snapshot(LocalDate asOf) {
    List<Receivable> receivables = new ArrayList<>();
    for (InvoiceId id : open) {
      receivables.add(invoices.get(id).toReceivable());
    }
    return AgingBuckets.STANDARD.snapshot(receivables, asOf, USD);
  }

  /** MRR facts read from billing's subscriptions: one per stretch at one price, pauses left out. */
  private List<SubscriptionFact> mrrFacts() {
    List<SubscriptionFact> facts = new ArrayList<>();
    for (Customer c : customers) {
      Subscription s = subscriptions.get(c.subscription);
      TreeSet<LocalDate> cuts = new TreeSet<>();
      cuts.add(s.startDate());
      for (PlanSegment seg : s.segments()) {
        cuts.add(seg.from());
      }
      for (Pause p : s.pauses()) {
        cuts.add(p.from());
        if (p.until() != null) {
          cuts.add(p.until());
        }
      }
      LocalDate end = s.entitlementEnd();
      if (end != null) {
        cuts.add(end);
      }
      List<LocalDate> points = new ArrayList<>(cuts);
      int k = 0;
      for (int i = 0; i < points.size(); i++) {
        LocalDate from = points.get(i);
        if (from.isBefore(s.startDate()) || (end != null && !from.isBefore(end))) {
          continue;
        }
        LocalDate to = i + 1 < points.size() ? points.get(i + 1) : end;
        if (isPaused(s, from) || (to != null && !to.isAfter(from))) {
          continue;
        }
        String plan = s.segmentOn(from).planId();
        facts.add(
            new SubscriptionFact(
                s.id().value() + "#" + k++,
                s.account(),
                planPrice.get(plan),
                plan.endsWith("yearly")
                    ? dev.revops.core.time.BillingInterval.YEARLY
                    : dev.revops.core.time.BillingInterval.MONTHLY,
                from,
                to));
      }
    }
    return facts;
  }

  private SimulationResult result() {
    List<SubscriptionFact> facts = mrrFacts();
    MrrBook book = MrrBook.of(facts, USD);
    List<MonthReport> months = new ArrayList<>();
    Money previousAr = Money.zero(USD);
    List<LeadFact> allLeads = List.copyOf(leadFacts);
    for (int m = 0; m < config.months(); m++) {
      LocalDate from = config.start().plusMonths(m);
      LocalDate to = config.start().plusMonths(m + 1);
      DateRange period = DateRange.of(from, to);
      MovementSummary s = book.summary(period);
      List<LeadFact> monthLeads =
          allLeads.stream().filter(l -> period.contains(l.createdOn())).toList();
      long mql = monthLeads.stream().filter(l -> !l.furthestStage().equals("lead")).count();
      List<ContactFact> monthCalls = calls.stream().filter(f -> period.contains(f.on())).toList();
      AgingSnapshot aging = agings.get(m);
      long days = period.days();
      months.add(
          new MonthReport(
              YearMonth.from(from),
              s,
              ChurnRate.CHARTMOGUL.of(s),
              SubscriptionMetrics.netRevenueRetention(s),
              SubscriptionMetrics.grossRevenueRetention(s),
              SubscriptionMetrics.arpa(s),
              SubscriptionMetrics.quickRatio(s),
              monthLeads.size(),
              mql,
              converted[m],
              SalesMetrics.conversionRate(monthLeads),
              invoiced[m],
              paid[m],
              credited[m],
              writtenOff[m],
              aging,
              CollectionsMetrics.dso(aging.total(), invoiced[m], days),
              CollectionsMetrics.cei(previousAr, invoiced[m], 1, aging.total(), aging.current()),
              paymentsFailed[m],
              recoveredByRetry[m],
              contactsAllowed[m],
              contactsBlocked[m],
              ContactMetrics.rightPartyContactRate(monthCalls, ContactMetrics.Basis.ATTEMPTS),
              ContactMetrics.promiseToPayRate(monthCalls, ContactMetrics.Basis.CONNECTS),
              casesOpened[m],
              casesResolved[m],
              casesWithinSla[m]));
      previousAr = aging.total();
    }
    List<OpportunityFact> opps = new ArrayList<>();
    for (Opportunity o : opportunityRepository.findAll()) {
      opps.add(
          new OpportunityFact(
              o.id(),
              o.amount(),
              Percentage.of("30"),
              createdOn(o),
              switch (o.status()) {
                case WON -> OpportunityStatus.WON;
                case LOST -> OpportunityStatus.LOST;
                default -> OpportunityStatus.OPEN;
              },
              o.closedAt() == null ? null : LocalDate.ofInstant(o.closedAt(), ZoneOffset.UTC)));
    }
    List<PromiseFact> promiseFacts = new ArrayList<>();
    for (PromiseId id : promiseIds) {
      PromiseToPay p = promises.get(id);
      if (p.status() == PromiseStatus.PROMISED || p.status() == PromiseStatus.CANCELLED) {
        continue;
      }
      Customer c = byAccount.get(p.account());
      promiseFacts.add(
          new PromiseFact(
              p.account(),
              c.promiseCollector.get(id),
              p.amount(),
              p.promisedFor(),
              p.paid(),
              p.status() == PromiseStatus.KEPT));
    }
    return new SimulationResult(
        config,
        months,
        CohortRetention.matrix(book, YearMonth.from(config.end().minusDays(1))),
        SalesMetrics.funnel(STAGES, allLeads),
        SalesMetrics.conversionRateBySource(allLeads),
        SalesMetrics.winRate(opps),
        SalesMetrics.salesCycleLength(opps),
        ContactMetrics.promiseKeptRate(
            promiseFacts, config.end().minusDays(1), ContactMetrics.KeptBasis.COUNT),
        ledger(),
        project(facts),
        activityLog.all(),
        contactsMade,
        customers.size(),
        duplicates,
        ordersFulfilled,
        eventsPublished);
  }

  /** What metrics' event-stream projection hears about receivables, as a host would emit it. */
  private void receivableEvent(AccountId account, ReceivableChange change, Money amount) {
    if (amount.isPositive()) {
      metricsEvents.add(
          new ReceivableChanged(
              EventId.of("m-" + (metricsEvents.size() + 1)), account, change, amount, today));
    }
  }

  /**
   * Replays the run as an event stream into metrics' {@link MetricsProjection}: the MRR of every
   * subscription stretch and every receivable change, arriving out of order within a few days.
   */
  private List<PeriodReport> project(List<SubscriptionFact> facts) {
    List<MetricsEvent> stream = new ArrayList<>(metricsEvents);
    Map<String, Integer> sequence = new HashMap<>();
    List<SubscriptionFact> ordered = new ArrayList<>(facts);
    ordered.sort(java.util.Comparator.comparing(SubscriptionFact::start));
    for (SubscriptionFact f : ordered) {
      String sub = f.subscriptionId().substring(0, f.subscriptionId().indexOf('#'));
      int seq = sequence.merge(sub, 1, Integer::sum);
      stream.add(
          new SubscriptionMrrChanged(
              EventId.of(f.subscriptionId() + "+"),
              f.account(),
              sub,
              f.start(),
              2L * seq,
              f.mrr()));
      if (f.end() != null) {
        stream.add(
            new SubscriptionMrrChanged(
                EventId.of(f.subscriptionId() + "-"),
                f.account(),
                sub,
                f.end(),
                2L * seq + 1,
                Money.zero(USD)));
      }
    }
    stream.sort(java.util.Comparator.comparing(RevenueSimulation::day));
    // Arrival order is not event order: each event arrives 0 to 3 days after it happened
    // (deterministic jitter), so nothing is later than the projection's 7-day window. Swapping
    // neighbours instead can chain and push an event beyond the window, where it is (rightly)
    // rejected as late.
    SplittableRandom jitter = new SplittableRandom(config.seed() ^ 0x5DEECE66DL);
    List<Map.Entry<LocalDate, MetricsEvent>> arrivals = new ArrayList<>(stream.size());
    for (MetricsEvent e : stream) {
      arrivals.add(Map.entry(day(e).plusDays(jitter.nextInt(4)), e));
    }
    arrivals.sort(Map.Entry.comparingByKey());
    stream.clear();
    for (Map.Entry<LocalDate, MetricsEvent> a : arrivals) {
      stream.add(a.getValue());
    }
    MetricsProjection projection = new MetricsProjection(new ProjectionConfig(USD, 7, STAGES));
    for (MetricsEvent e : stream) {
      projection.accept(e);
    }
    projection.advanceTo(config.end().plusDays(1));
    List<PeriodReport> reports = new ArrayList<>();
    for (int m = 0; m < config.months(); m++) {
      reports.add(
          projection.report(
              DateRange.of(config.start().plusMonths(m), config.start().plusMonths(m + 1))));
    }
    return reports;
  }

  private static LocalDate day(MetricsEvent e) {
    if (e instanceof SubscriptionMrrChanged s) {
      return s.occurredOn();
    }
    return ((ReceivableChanged) e).occurredOn();
  }

  private LocalDate createdOn(Opportunity o) {
    return opportunityCreated.getOrDefault(o.id(), o.closeDate());
  }

  private final Map<dev.revops.core.id.OpportunityId, LocalDate> opportunityCreated =
      new HashMap<>();

  private Ledger ledger() {
    Money inv = Money.zero(USD);
    Money pd = Money.zero(USD);
    Money cr = Money.zero(USD);
    Money wo = Money.zero(USD);
    Money ar = Money.zero(USD);
    Money unapplied = Money.zero(USD);
    for (Invoice i : invoices.findAll()) {
      if (i.issuedOn() == null || i.issuedOn().isBefore(config.start())) {
        continue;
      }
      inv = inv.plus(i.total());
      pd = pd.plus(i.amountPaid());
      cr = cr.plus(i.creditNotesReducingDue()).plus(i.creditApplied());
      if (i.status() == InvoiceStatus.UNCOLLECTIBLE) {
        wo = wo.plus(i.amountDue());
      } else if (i.status() == InvoiceStatus.OPEN) {
        ar = ar.plus(i.amountDue());
      } else if (i.total().isNegative()) {
        cr = cr.plus(i.total());
      }
    }
    for (Customer c : customers) {
      unapplied = unapplied.plus(c.balance.balance());
      unapplied =
          unapplied.plus(
              paymentCredit
                  .find(c.account.id())
                  .map(CreditBalance::balance)
                  .orElse(Money.zero(USD)));
    }
    return new Ledger(inv, pd, cr, wo, ar, unapplied);
  }

  // ---------------------------------------------------------------- helpers

  private void schedule(LocalDate on, Runnable action) {
    if (!on.isAfter(today == null ? config.start().minusDays(1) : today)) {
      throw new IllegalStateException("cannot schedule in the past: " + on);
    }
    if (on.isBefore(config.end())) {
      agenda.computeIfAbsent(on, d -> new ArrayList<>()).add(action);
    }
  }

  private int monthIndex(LocalDate day) {
    return (int) ChronoUnit.MONTHS.between(YearMonth.from(config.start()), YearMonth.from(day));
  }

  private int pick(double[] weights) {
    double r = random.nextDouble();
    for (int i = 0; i < weights.length - 1; i++) {
      r -= weights[i];
      if (r < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  private int pickSource() {
    double[] w = new double[SOURCES.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = SOURCE_MIX.get(SOURCES.get(i))[0];
    }
    return pick(w);
  }

  /** A customer's simulation state, mutable inside the run only. */
  private static final class Customer {
    final Account account;
    final Contact contact;
    final ContactPreferences preferences;
    final boolean card;
    final double risk;
    final List<InvoiceId> invoices = new ArrayList<>();
    final Map<PromiseId, UserId> promiseCollector = new HashMap<>();
    boolean yearly;
    int tier;
    SubscriptionId subscription;
    CreditBalance balance;
    boolean cancelled;
    boolean suspended;
    boolean inDunning;
    PromiseId promise;
    PlanId plan;
    Set<ReceivableId> planDebts = Set.of();
    DebtFacts debtFacts = DebtFacts.clean();
    Money pendingCredit = Money.zero(USD);
    Money paymentsToApply = Money.zero(USD);

    Customer(
        Account account,
        Contact contact,
        ContactPreferences preferences,
        int tier,
        boolean yearly,
        boolean card,
        double risk) {
      this.account = account;
      this.contact = contact;
      this.preferences = preferences;
      this.tier = tier;
      this.yearly = yearly;
      this.card = card;
      this.risk = risk;
    }
  }

  /**
   * The card processor as the simulation sees it: a soft decline when the simulation says so, a
   * success otherwise. Results are kept by idempotency key, as a real gateway would.
   */
  private static final class SimulatedGateway implements PaymentGateway {
    private final Map<String, GatewayResult> results = new HashMap<>();
    private long references;
    boolean declineNext;

    @Override
    public GatewayResult execute(GatewayRequest request) {
      return results.computeIfAbsent(
          request.idempotencyKey(),
          k ->
              declineNext
                  ? GatewayResult.failure(Decline.soft("insufficient_funds"))
                  : GatewayResult.success("ch_" + ++references));
    }

    @Override
    public GatewayResult lookup(String idempotencyKey) {
      return results.getOrDefault(idempotencyKey, GatewayResult.unknown());
    }
  }

  /**
   * Billing's invoice store with the per-account index a host's database would have (the in-memory
   * default scans every invoice in {@code findByAccount}).
   */
  private static final class IndexedInvoices implements InvoiceRepository {
    private final InMemoryRepository<InvoiceId, Invoice> all = new InMemoryRepository<>("Invoice");
    private final Map<AccountId, List<InvoiceId>> byAccount = new HashMap<>();

    @Override
    public Optional<Invoice> find(InvoiceId id) {
      return all.find(id);
    }

    @Override
    public Invoice save(Invoice invoice, long expectedVersion) {
      Invoice saved = all.save(invoice, expectedVersion);
      if (expectedVersion == Invoice.NEW) {
        byAccount.computeIfAbsent(saved.account(), a -> new ArrayList<>()).add(saved.id());
      }
      return saved;
    }

    @Override
    public List<Invoice> findAll() {
      return all.findAll();
    }

    @Override
    public String typeName() {
      return "Invoice";
    }

    @Override
    public List<Invoice> findByAccount(AccountId account) {
      List<Invoice> list = new ArrayList<>();
      for (InvoiceId id : byAccount.getOrDefault(account, List.of())) {
        list.add(all.get(id));
      }
      return list;
    }
  }
}
