package dev.revops.examples.simulation;

import static java.util.Objects.requireNonNull;

import dev.revops.billing.calendar.BillingCalendar;
import dev.revops.billing.calendar.BillingInterval;
import dev.revops.billing.invoice.CreditBalance;
import dev.revops.billing.invoice.CreditNoteId;
import dev.revops.billing.invoice.CreditNoteRemainder;
import dev.revops.billing.invoice.Invoice;
import dev.revops.billing.invoice.InvoiceId;
import dev.revops.billing.invoice.InvoiceLine;
import dev.revops.billing.invoice.InvoiceStatus;
import dev.revops.billing.invoice.LineType;
import dev.revops.billing.invoice.PaymentTerms;
import dev.revops.billing.proration.ChangeProration;
import dev.revops.billing.proration.Proration;
import dev.revops.collections.activity.ContactOutcome;
import dev.revops.collections.compliance.CollectionsContactPolicy;
import dev.revops.collections.compliance.ContactGate;
import dev.revops.collections.compliance.ContactKind;
import dev.revops.collections.compliance.DebtFacts;
import dev.revops.collections.compliance.DisputeStatus;
import dev.revops.collections.compliance.GateResult;
import dev.revops.collections.compliance.IntendedContact;
import dev.revops.collections.dunning.DueAction;
import dev.revops.collections.dunning.DunningCase;
import dev.revops.collections.dunning.DunningEvaluation;
import dev.revops.collections.dunning.DunningFacts;
import dev.revops.collections.dunning.DunningPolicy;
import dev.revops.collections.dunning.DunningService;
import dev.revops.collections.port.memory.InMemoryActivityLog;
import dev.revops.collections.port.memory.InMemoryPaymentStatus;
import dev.revops.core.consent.Channel;
import dev.revops.core.consent.ContactPreferences;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ContactId;
import dev.revops.core.id.LeadId;
import dev.revops.core.id.OpportunityId;
import dev.revops.core.id.ReceivableId;
import dev.revops.core.id.UserId;
import dev.revops.core.money.Money;
import dev.revops.core.money.Percentage;
import dev.revops.core.party.Account;
import dev.revops.core.party.Contact;
import dev.revops.core.port.memory.InMemoryEventPublisher;
import dev.revops.core.port.memory.InMemoryRepository;
import dev.revops.core.port.memory.SequentialIdGenerator;
import dev.revops.core.receivable.Receivable;
import dev.revops.core.time.BusinessCalendar;
import dev.revops.core.time.DateRange;
import dev.revops.core.time.ManualClock;
import dev.revops.metrics.collections.AgingBuckets;
import dev.revops.metrics.collections.AgingSnapshot;
import dev.revops.metrics.collections.CollectionsMetrics;
import dev.revops.metrics.collections.ContactFact;
import dev.revops.metrics.collections.ContactMetrics;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.IntConsumer;

/**
 * A synthetic subscription company run day by day on the revops modules' in-memory ports.
 *
 * <p>Leads arrive from six sources, are scored, qualified and converted into accounts and contacts
 * (core parties and consent); subscriptions are billed on their own anchored calendars, upgraded
 * mid-period with day-based proration, downgraded and cancelled at renewal, and paused (billing's
 * calendar, proration and invoices); card charges fail for a share of accounts and walk a retry
 * schedule; overdue accounts go through a dunning ladder loaded from JSON whose contacts pass the
 * collections compliance gate and land in the activity log; calls end in right-party contacts,
 * promises to pay and payment plans; disputes end in credit notes; the worst debts are handed to an
 * agency and written off (collections); service cases are resolved within or outside an SLA on a
 * business calendar, and breaches earn a service credit. KPIs come from revops-metrics.
 *
 * <p>Deterministic for a seed: one {@link SplittableRandom}, a {@link ManualClock}, sequential ids,
 * insertion-ordered collections; the system clock is never read. Not thread-safe: run it on one
 * thread; {@link #run} may be called once.
 */
public final class RevenueSimulation {
  static final Currency USD = Currency.getInstance("USD");
  static final ZoneId HQ = ZoneId.of("America/New_York");

  /** The lead sources, with their share of leads and their MQL-to-SQL rate. */
  static final List<String> SOURCES =
      List.of("web", "paid-search", "referral", "events", "outbound", "partner");

  private static final double[] SOURCE_SHARE = {0.32, 0.22, 0.12, 0.10, 0.16, 0.08};
  private static final double[] SOURCE_SQL = {0.45, 0.35, 0.70, 0.50, 0.30, 0.60};
  private static final int[] SOURCE_POINTS = {15, 10, 30, 20, 5, 25};

  /** The funnel stages of a lead, in order. */
  public static final List<String> STAGES = List.of("lead", "mql", "sql", "customer");

  /** The lead score from which a lead is marketing-qualified. */
  public static final int MQL_THRESHOLD = 50;

  private static final String[] PLANS = {"Starter", "Growth", "Scale"};
  private static final Money[] MONTHLY = {
    Money.of("49.00", "USD"), Money.of("149.00", "USD"), Money.of("499.00", "USD")
  };
  private static final ZoneId[] ZONES = {
    ZoneId.of("America/New_York"),
    ZoneId.of("America/Chicago"),
    ZoneId.of("America/Denver"),
    ZoneId.of("America/Los_Angeles")
  };

  /** Days after a failed first charge on which the card is retried. */
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

  private final SimulationConfig config;
  private final SplittableRandom random;
  private final ManualClock clock;
  private final SequentialIdGenerator ids = new SequentialIdGenerator("sim");
  private final InMemoryEventPublisher events = new InMemoryEventPublisher(false);
  private final InMemoryRepository<AccountId, Account> accounts =
      new InMemoryRepository<>("Account");
  private final InMemoryRepository<dev.revops.core.id.ContactId, Contact> contacts =
      new InMemoryRepository<>("Contact");
  private final InMemoryRepository<InvoiceId, Invoice> invoices =
      new InMemoryRepository<>("Invoice");
  private final InMemoryRepository<AccountId, DunningCase> dunningCases =
      new InMemoryRepository<>("DunningCase");
  private final InMemoryActivityLog activityLog = new InMemoryActivityLog();
  private final InMemoryPaymentStatus paymentStatus = new InMemoryPaymentStatus();
  private final DunningService dunning = new DunningService(dunningCases, events);
  private final DunningPolicy policy = DunningPolicy.fromJson(DUNNING_JSON);
  private final BusinessCalendar support;
  private final ContactGate gate;

  private final Map<LocalDate, List<Runnable>> agenda = new TreeMap<>();
  private final List<Customer> customers = new ArrayList<>();
  private final Map<AccountId, Customer> byAccount = new HashMap<>();
  private final Set<InvoiceId> open = new LinkedHashSet<>();
  private final List<SubscriptionFact> facts = new ArrayList<>();
  private final List<LeadFact> leads = new ArrayList<>();
  private final Map<LeadId, Boolean> qualified = new HashMap<>();
  private final List<OpportunityFact> opportunities = new ArrayList<>();
  private final List<ContactFact> calls = new ArrayList<>();
  private final Set<String> contactsMade = new LinkedHashSet<>();
  private final Map<InvoiceId, Boolean> failedOnce = new HashMap<>();

  private final long[] paymentsFailed;
  private final long[] recoveredByRetry;
  private final long[] contactsAllowed;
  private final long[] contactsBlocked;
  private final long[] casesOpened;
  private final long[] casesWithinSla;
  private final long[] converted;
  private final Money[] invoiced;
  private final Money[] paid;
  private final Money[] credited;
  private final Money[] writtenOff;
  private final List<AgingSnapshot> agings = new ArrayList<>();
  private long eventsPublished;
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
    this.clock = new ManualClock(config.start().atStartOfDay(ZoneOffset.UTC).toInstant(), HQ);
    BusinessCalendar.Builder b =
        BusinessCalendar.builder(HQ).workingHours(LocalTime.of(9, 0), LocalTime.of(17, 0));
    for (int y = config.start().getYear() - 1; y <= config.end().getYear() + 1; y++) {
      b.holiday(LocalDate.of(y, 1, 1))
          .holiday(LocalDate.of(y, 7, 4))
          .holiday(LocalDate.of(y, 12, 25));
    }
    this.support = b.build();
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
    converted = new long[m];
    invoiced = zeros(m);
    paid = zeros(m);
    credited = zeros(m);
    writtenOff = zeros(m);
  }

  private static Money[] zeros(int n) {
    Money[] a = new Money[n];
    java.util.Arrays.fill(a, Money.zero(USD));
    return a;
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
    int initial = Math.max(1, config.accounts() / 4);
    for (int i = 0; i < initial; i++) {
      LocalDate start = config.start().minusDays(1 + random.nextInt(365));
      newCustomer(start, 1 + random.nextInt(60), null);
    }
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
      for (int i = 0; i < customers.size(); i++) {
        Customer c = customers.get(i);
        bill(c);
        maybeOpenCase(c);
      }
      runDunning();
      progress.accept(++done);
    }
    agings.add(snapshot(config.end().minusDays(1)));
    return result();
  }

  // ---------------------------------------------------------------- leads and customers

  private void captureLeads() {
    // Lead volume ramps up 2% a month; about 5.5% of leads become
    // customers within the run.
    int monthIndex = monthIndex(today);
    double perDay =
        config.accounts()
            * 0.75
            / 0.13
            / days()
            * Math.pow(1.02, monthIndex - config.months() / 2.0);
    int n = (int) perDay + (random.nextDouble() < perDay - (int) perDay ? 1 : 0);
    for (int i = 0; i < n; i++) {
      int source = pick(SOURCE_SHARE);
      int employees = (int) Math.exp(random.nextDouble() * Math.log(2000));
      int engagement = random.nextInt(41);
      int score = Math.min(100, SOURCE_POINTS[source] + Math.min(30, employees / 10) + engagement);
      LeadId id = LeadId.of(ids.nextId());
      String stage = "lead";
      LocalDate convertedOn = null;
      if (score >= MQL_THRESHOLD) {
        stage = "mql";
        if (random.nextDouble() < SOURCE_SQL[source]) {
          stage = "sql";
          LocalDate sqlOn = today.plusDays(2 + random.nextInt(8));
          double win = 0.30 + 0.4 * (score - MQL_THRESHOLD) / 50.0;
          boolean won = random.nextDouble() < win;
          LocalDate closeOn = sqlOn.plusDays(7 + random.nextInt(35));
          int plan = employees < 50 ? 0 : employees < 400 ? 1 : 2;
          Money deal = MONTHLY[plan].times(12);
          boolean closed = closeOn.isBefore(config.end());
          OpportunityStatus status =
              !closed
                  ? OpportunityStatus.OPEN
                  : won ? OpportunityStatus.WON : OpportunityStatus.LOST;
          opportunities.add(
              new OpportunityFact(
                  OpportunityId.of(ids.nextId()),
                  deal,
                  Percentage.of("30"),
                  sqlOn,
                  status,
                  closed ? closeOn : null));
          if (won && closed) {
            stage = "customer";
            convertedOn = closeOn;
            LocalDate on = closeOn;
            int chosen = plan;
            schedule(on, () -> convertLead(on, chosen));
          }
        }
      }
      leads.add(new LeadFact(id, SOURCES.get(source), today, stage, convertedOn));
      qualified.put(id, score >= MQL_THRESHOLD);
    }
  }

  private void convertLead(LocalDate on, int plan) {
    converted[monthIndex(on)]++;
    newCustomer(on, 0, plan);
  }

  private Customer newCustomer(LocalDate start, int ageDays, Integer planOrNull) {
    int n = customers.size() + 1;
    ZoneId zone = ZONES[random.nextInt(ZONES.length)];
    Account account =
        accounts.save(
            Account.of(AccountId.of(ids.nextId()), "Customer " + n, zone, USD, "US"), Account.NEW);
    Contact contact =
        contacts.save(
            new Contact(
                ContactId.of(ids.nextId()),
                account.id(),
                "Billing contact " + n,
                "billing",
                List.of("billing" + n + "@customer" + n + ".example"),
                List.of("+1202555" + String.format("%04d", n % 10_000)),
                Set.of(zone),
                0),
            0);
    Instant consentAt = start.atStartOfDay(zone).toInstant();
    ContactPreferences prefs = ContactPreferences.none(contact.id());
    if (random.nextDouble() < 0.95) {
      prefs = prefs.optIn(Channel.EMAIL, "signup-form", consentAt);
    }
    if (random.nextDouble() < 0.45) {
      prefs = prefs.optIn(Channel.SMS, "signup-form", consentAt);
    }
    if (random.nextDouble() < 0.10) {
      prefs = prefs.withDoNotCall(true);
    }
    int plan = planOrNull != null ? planOrNull : pick(new double[] {0.55, 0.35, 0.10});
    boolean yearly = random.nextDouble() < 0.15;
    boolean card = random.nextDouble() < 0.75;
    double risk = random.nextDouble() < 0.12 ? 0.45 : 0.04;
    BillingCalendar calendar =
        BillingCalendar.of(
            start, yearly ? BillingInterval.yearly() : BillingInterval.monthly(), zone);
    Customer c = new Customer(account, contact, prefs, calendar, plan, yearly, card, risk);
    customers.add(c);
    byAccount.put(account.id(), c);
    c.startSegment(start);
    // The first period to bill is the one starting on or after the first simulated day.
    c.nextPeriod = calendar.indexOf(start.isBefore(config.start()) ? config.start() : start);
    if (calendar.period(c.nextPeriod).start().isBefore(today == null ? config.start() : today)) {
      c.nextPeriod++;
    }
    return c;
  }

  // ---------------------------------------------------------------- subscriptions and bill run

  private void bill(Customer c) {
    if (c.cancelled) {
      return;
    }
    DateRange period = c.calendar.period(c.nextPeriod);
    if (!period.start().equals(today)) {
      return;
    }
    c.nextPeriod++;
    if (c.pausedPeriods > 0) {
      c.pausedPeriods--;
      return;
    }
    if (c.segmentStart == null) {
      c.startSegment(today);
    }
    double cancel = c.yearly ? 0.10 : 0.018;
    if (c.suspended) {
      cancel = 0.35;
    }
    if (random.nextDouble() < cancel) {
      c.cancelled = true;
      c.endSegment(today);
      return;
    }
    if (!c.yearly && !c.suspended && random.nextDouble() < 0.012) {
      c.pausedPeriods = 1 + random.nextInt(2);
      c.endSegment(today);
      return;
    }
    if (c.plan > 0 && random.nextDouble() < 0.015) {
      c.endSegment(today);
      c.plan--;
      c.startSegment(today);
    }
    Money price = c.price();
    List<InvoiceLine> lines = new ArrayList<>();
    lines.add(
        new InvoiceLine(
            LineType.RECURRING,
            PLANS[c.plan] + (c.yearly ? " (yearly)" : " (monthly)"),
            price,
            1,
            period,
            c.subscriptionId(),
            PLANS[c.plan]));
    if (c.pendingCredit.isPositive()) {
      Money credit = c.pendingCredit.isGreaterThan(price) ? price : c.pendingCredit;
      lines.add(InvoiceLine.of(LineType.DISCOUNT, "Service credit", credit.negate(), period));
      c.pendingCredit = c.pendingCredit.minus(credit);
    }
    issue(c, lines);
    if (c.plan < PLANS.length - 1 && random.nextDouble() < (c.yearly ? 0.15 : 0.03)) {
      LocalDate on = period.start().plusDays(1 + random.nextInt((int) period.days() - 1));
      schedule(on, () -> upgrade(c, period, on));
    }
  }

  private void upgrade(Customer c, DateRange period, LocalDate on) {
    if (c.cancelled || c.pausedPeriods > 0 || c.suspended || !period.contains(on)) {
      return;
    }
    Money before = c.price();
    c.endSegment(on);
    c.plan++;
    c.startSegment(on);
    ChangeProration change =
        Proration.byDay(c.calendar.zone()).change(before, c.price(), period, on);
    issue(
        c,
        List.of(
            new InvoiceLine(
                LineType.PRORATION_CREDIT,
                "Unused time on " + PLANS[c.plan - 1],
                change.credit(),
                1,
                change.unused(),
                c.subscriptionId(),
                PLANS[c.plan - 1]),
            new InvoiceLine(
                LineType.PRORATION_CHARGE,
                "Remaining time on " + PLANS[c.plan],
                change.charge(),
                1,
                change.unused(),
                c.subscriptionId(),
                PLANS[c.plan])));
  }

  private void issue(Customer c, List<InvoiceLine> lines) {
    Invoice draft =
        Invoice.draft(
            InvoiceId.of(ids.nextId()),
            c.account.id(),
            USD,
            lines,
            c.card ? PaymentTerms.chargeAutomatically() : PaymentTerms.net(30));
    Invoice.Finalization f =
        draft.finalizeOn(today, CreditBalance.empty(c.account.id(), USD), clock.instant());
    Invoice saved = invoices.save(f.invoice().value(), Invoice.NEW);
    events.publish(f.invoice().events());
    int m = monthIndex(today);
    invoiced[m] = invoiced[m].plus(saved.total());
    if (saved.status() != InvoiceStatus.OPEN) {
      return;
    }
    open.add(saved.id());
    paymentStatus.set(ReceivableId.of(saved.id().value()), saved.amountDue());
    if (c.card) {
      charge(c, saved.id(), 0);
    } else {
      double r = random.nextDouble();
      if (r < 1 - c.risk * 2) {
        // Most invoice customers pay around the due date, some late.
        int delay = r < 0.75 ? -random.nextInt(10) : 1 + random.nextInt(20);
        schedule(saved.dueOn().plusDays(delay), () -> pay(saved.id(), null));
      }
    }
  }

  private void charge(Customer c, InvoiceId id, int attempt) {
    Invoice inv = invoices.get(id);
    if (inv.status() != InvoiceStatus.OPEN) {
      return;
    }
    double fail = attempt == 0 ? c.risk : c.risk > 0.1 ? 0.7 : 0.4;
    if (random.nextDouble() < fail) {
      paymentsFailed[monthIndex(today)]++;
      failedOnce.put(id, true);
      if (attempt < RETRY_DAYS.length) {
        schedule(today.plusDays(RETRY_DAYS[attempt]), () -> charge(c, id, attempt + 1));
      }
      return;
    }
    if (attempt > 0) {
      recoveredByRetry[monthIndex(today)]++;
    }
    pay(id, null);
  }

  private void pay(InvoiceId id, Money amountOrNull) {
    Invoice inv = invoices.get(id);
    if (inv.status() != InvoiceStatus.OPEN || !inv.amountDue().isPositive()) {
      return;
    }
    Money amount =
        amountOrNull == null || amountOrNull.isGreaterThan(inv.amountDue())
            ? inv.amountDue()
            : amountOrNull;
    Invoice.PaymentApplication applied = inv.applyPayment(amount, clock.instant());
    Invoice saved = invoices.save(applied.invoice().value(), inv.version());
    events.publish(applied.invoice().events());
    int m = monthIndex(today);
    paid[m] = paid[m].plus(applied.applied());
    settle(saved);
  }

  private void settle(Invoice saved) {
    paymentStatus.set(ReceivableId.of(saved.id().value()), saved.amountDue());
    if (saved.status() != InvoiceStatus.OPEN || !saved.amountDue().isPositive()) {
      open.remove(saved.id());
    }
  }

  // ---------------------------------------------------------------- collections

  private void runDunning() {
    Map<AccountId, List<Invoice>> owing = new LinkedHashMap<>();
    for (InvoiceId id : open) {
      Invoice inv = invoices.get(id);
      owing.computeIfAbsent(inv.account(), a -> new ArrayList<>()).add(inv);
    }
    for (Customer c : customers) {
      if (!owing.containsKey(c.account.id()) && !c.inDunning) {
        continue;
      }
      List<Invoice> owed = owing.getOrDefault(c.account.id(), List.of());
      List<Receivable> receivables = owed.stream().map(Invoice::toReceivable).toList();
      DunningFacts facts =
          DunningFacts.of(c.account.id(), c.calendar.zone(), receivables).withPaused(c.planDebts);
      Instant now = clock.instant();
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
                  today.atTime(15, 0).atZone(c.calendar.zone()).toInstant(),
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
    switch (outcome) {
      case RIGHT_PARTY_CONTACT -> {
        Money due = debt.amountDue();
        if (due.isGreaterThan(Money.of("300", "USD")) && c.planDebts.isEmpty()) {
          paymentPlan(c, debt, due);
        } else if (random.nextDouble() < 0.5) {
          schedule(today.plusDays(1 + random.nextInt(3)), () -> pay(debt.id(), null));
        }
      }
      case PROMISE_TO_PAY -> {
        LocalDate promised = today.plusDays(2 + random.nextInt(9));
        if (random.nextDouble() < 0.7) {
          schedule(promised, () -> pay(debt.id(), null));
        }
      }
      case DISPUTE -> {
        c.debtFacts = c.debtFacts.withDispute(DisputeStatus.DISPUTED);
        schedule(today.plusDays(10), () -> resolveDispute(c, debt.id()));
      }
      default -> {}
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

  /** Three instalments two weeks apart; dunning leaves the debt alone while the plan runs. */
  private void paymentPlan(Customer c, Invoice debt, Money due) {
    ReceivableId debtId = ReceivableId.of(debt.id().value());
    c.planDebts = Set.of(debtId);
    List<Money> parts = due.split(3);
    boolean breaks = random.nextDouble() < 0.2;
    int breakAt = breaks ? random.nextInt(3) : 3;
    for (int i = 0; i < 3; i++) {
      LocalDate on = today.plusDays(3 + 14L * i);
      Money part = parts.get(i);
      if (i < breakAt) {
        schedule(on, () -> pay(debt.id(), part));
      } else {
        schedule(on, () -> c.planDebts = Set.of());
        break;
      }
    }
    schedule(today.plusDays(3 + 28 + 1), () -> c.planDebts = Set.of());
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
      var changed =
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
      var changed = inv.markUncollectible(clock.instant());
      Invoice saved = invoices.save(changed.value(), inv.version());
      events.publish(changed.events());
      writtenOff[m] = writtenOff[m].plus(due);
      open.remove(saved.id());
      paymentStatus.set(ReceivableId.of(saved.id().value()), Money.zero(USD));
    }
    if (!c.cancelled) {
      c.cancelled = true;
      c.endSegment(today);
    }
  }

  // ---------------------------------------------------------------- service cases

  private void maybeOpenCase(Customer c) {
    if (c.cancelled || random.nextDouble() >= 0.004) {
      return;
    }
    Instant opened =
        today.atStartOfDay(ZoneOffset.UTC).plusHours(12 + random.nextInt(12)).toInstant();
    boolean high = random.nextDouble() < 0.2;
    Duration sla = Duration.ofHours(high ? 4 : 16);
    Instant dueAt = support.addBusinessTime(opened, sla);
    long minutes = (long) (sla.toMinutes() * (0.2 + random.nextDouble() * 1.1));
    Instant resolved = support.addBusinessTime(opened, Duration.ofMinutes(minutes));
    int m = monthIndex(today);
    casesOpened[m]++;
    if (!resolved.isAfter(dueAt)) {
      casesWithinSla[m]++;
    } else {
      // An SLA breach earns 10% of a month's fee, taken off the next invoice.
      Money credit = MONTHLY[c.plan].times(Percentage.of("10"), java.math.RoundingMode.HALF_UP);
      LocalDate on = LocalDate.ofInstant(resolved, HQ);
      schedule(
          on.isAfter(today) ? on : today.plusDays(1),
          () -> c.pendingCredit = c.pendingCredit.plus(credit));
    }
  }

  // ---------------------------------------------------------------- results

  private AgingSnapshot snapshot(LocalDate asOf) {
    List<Receivable> receivables = new ArrayList<>();
    for (InvoiceId id : open) {
      receivables.add(invoices.get(id).toReceivable());
    }
    return AgingBuckets.STANDARD.snapshot(receivables, asOf, USD);
  }

  private SimulationResult result() {
    List<SubscriptionFact> all = new ArrayList<>(facts);
    for (Customer c : customers) {
      if (c.segmentStart != null) {
        all.add(c.fact(null));
      }
    }
    MrrBook book = MrrBook.of(all, USD);
    List<MonthReport> months = new ArrayList<>();
    Money previousAr = Money.zero(USD);
    for (int m = 0; m < config.months(); m++) {
      LocalDate from = config.start().plusMonths(m);
      LocalDate to = config.start().plusMonths(m + 1);
      DateRange period = DateRange.of(from, to);
      MovementSummary s = book.summary(period);
      List<LeadFact> monthLeads =
          leads.stream().filter(l -> period.contains(l.createdOn())).toList();
      long mql = monthLeads.stream().filter(l -> qualified.get(l.id())).count();
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
              casesWithinSla[m]));
      previousAr = aging.total();
    }
    return new SimulationResult(
        config,
        months,
        CohortRetention.matrix(book, YearMonth.from(config.end().minusDays(1))),
        SalesMetrics.funnel(STAGES, leads),
        SalesMetrics.conversionRateBySource(leads),
        SalesMetrics.winRate(opportunities),
        SalesMetrics.salesCycleLength(opportunities),
        ledger(),
        activityLog.all(),
        contactsMade,
        customers.size(),
        eventsPublished);
  }

  private Ledger ledger() {
    Money inv = Money.zero(USD);
    Money pd = Money.zero(USD);
    Money cr = Money.zero(USD);
    Money wo = Money.zero(USD);
    Money ar = Money.zero(USD);
    for (Invoice i : invoices.findAll()) {
      inv = inv.plus(i.total());
      pd = pd.plus(i.amountPaid());
      cr = cr.plus(i.creditNotesReducingDue());
      if (i.status() == InvoiceStatus.UNCOLLECTIBLE) {
        wo = wo.plus(i.amountDue());
      } else if (i.status() == InvoiceStatus.OPEN) {
        ar = ar.plus(i.amountDue());
      }
    }
    return new Ledger(inv, pd, cr, wo, ar);
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

  /** A customer's subscription and collections state, mutable inside the run only. */
  private final class Customer {
    final Account account;
    final Contact contact;
    final ContactPreferences preferences;
    final BillingCalendar calendar;
    final boolean yearly;
    final boolean card;
    final double risk;
    int plan;
    long nextPeriod;
    int pausedPeriods;
    boolean cancelled;
    boolean suspended;
    boolean inDunning;
    Set<ReceivableId> planDebts = Set.of();
    DebtFacts debtFacts = DebtFacts.clean();
    Money pendingCredit = Money.zero(USD);
    LocalDate segmentStart;
    int segment;

    Customer(
        Account account,
        Contact contact,
        ContactPreferences preferences,
        BillingCalendar calendar,
        int plan,
        boolean yearly,
        boolean card,
        double risk) {
      this.account = account;
      this.contact = contact;
      this.preferences = preferences;
      this.calendar = calendar;
      this.plan = plan;
      this.yearly = yearly;
      this.card = card;
      this.risk = risk;
    }

    Money price() {
      return yearly ? MONTHLY[plan].times(10) : MONTHLY[plan];
    }

    String subscriptionId() {
      return "sub-" + account.id().value();
    }

    void startSegment(LocalDate on) {
      segmentStart = on;
    }

    void endSegment(LocalDate on) {
      if (segmentStart == null) {
        return;
      }
      facts.add(fact(on));
      segmentStart = null;
    }

    SubscriptionFact fact(LocalDate end) {
      return new SubscriptionFact(
          subscriptionId() + "#" + segment++,
          account.id(),
          price(),
          yearly
              ? dev.revops.metrics.subscription.BillingInterval.YEARLY
              : dev.revops.metrics.subscription.BillingInterval.MONTHLY,
          segmentStart,
          end);
    }
  }
}
