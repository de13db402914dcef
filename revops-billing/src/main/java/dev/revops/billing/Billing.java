package dev.revops.billing;

import static java.util.Objects.requireNonNull;

import dev.revops.billing.billrun.InvoiceGenerator;
import dev.revops.billing.catalog.Catalog;
import dev.revops.billing.invoice.PaymentTerms;
import dev.revops.billing.invoice.TaxPolicy;
import dev.revops.billing.port.PlanMigrationRepository;
import dev.revops.billing.port.PlanRetirements;
import dev.revops.billing.service.AccountOutcome;
import dev.revops.billing.service.BillRun;
import dev.revops.billing.service.BillRunReport;
import dev.revops.billing.service.BillingContext;
import dev.revops.billing.service.BillingCycleService;
import dev.revops.billing.service.BillingStores;
import dev.revops.billing.service.InvoiceService;
import dev.revops.billing.service.InvoiceSettings;
import dev.revops.billing.service.PaymentRecoveryService;
import dev.revops.billing.service.PaymentService;
import dev.revops.billing.service.PlanRetirementService;
import dev.revops.billing.service.SubscriptionService;
import dev.revops.core.id.AccountId;
import dev.revops.core.port.EventPublisher;
import dev.revops.core.port.IdGenerator;
import dev.revops.core.port.Locks;
import dev.revops.core.port.Outbox;
import dev.revops.core.port.UnitOfWork;
import dev.revops.core.port.memory.InMemoryOutbox;
import dev.revops.core.port.memory.InMemoryUnitOfWork;
import dev.revops.core.port.memory.UuidIdGenerator;
import dev.revops.core.service.OutboxRelay;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * revops-billing wired in one line: the use-case services over one set of ports, one unit of work,
 * one outbox and one clock.
 *
 * <pre>{@code
 * Billing billing = Billing.builder()
 *     .stores(BillingStores.inMemory())      // or the host's adapters
 *     .events(events)                        // the host's publisher, fed from the outbox
 *     .clock(clock)
 *     .catalog(catalog)
 *     .tax(TaxPolicy.exclusive("VAT", Percentage.of("20")))
 *     .build();
 * billing.subscriptions().create(request);
 * List<Invoice> issued = billing.invoices().bill(account, today, usage);
 * billing.billAll(accountIds, today, outcome -> {});       // every account, streamed
 * billing.payments().pay("charge-1", account, issued.get(0).amountDue(), null);
 * billing.recovery().run();                                 // from the host's scheduler
 * }</pre>
 *
 * <p>Every use case runs in the {@link #unitOfWork()} and appends its events to the {@link
 * #outbox()} in it. With no outbox given, the builder makes an in-memory one and a {@link #relay()}
 * to the {@code events} publisher that runs after each commit of an in-memory unit of work (for any
 * other unit of work the host runs the relay); with an outbox given, the host owns delivery and
 * there is no relay.
 *
 * <p>Immutable; thread-safe when its ports, publisher and id generators are. The services it hands
 * out are made once, in {@link Builder#build()}.
 */
public final class Billing {
  private final BillingStores stores;
  private final BillingContext context;
  private final OutboxRelay relay;
  private final InvoiceSettings invoicing;
  private final SubscriptionService subscriptions;
  private final PlanRetirements retirements;
  private final InvoiceService invoices;
  private final BillingCycleService billingCycle;
  private final PaymentService payments;
  private final PaymentRecoveryService recovery;
  private final BillRun billRun;

  private Billing(Builder b) {
    this.stores = b.stores;
    this.invoicing =
        InvoiceSettings.of(required(b.catalog, "catalog"))
            .withGenerator(b.generator)
            .withTax(b.tax)
            .withTerms(b.terms)
            .withIds(b.invoiceIds);
    EventPublisher events = required(b.events, "events");
    Clock clock = required(b.clock, "clock");
    UnitOfWork work = b.work == null ? new InMemoryUnitOfWork() : b.work;
    Outbox outbox = b.outbox;
    if (outbox == null) {
      InMemoryOutbox own = new InMemoryOutbox();
      this.relay = new OutboxRelay(own, events);
      if (work instanceof InMemoryUnitOfWork memory) {
        memory.afterCommit(relay::deliverPendingQuietly);
      }
      outbox = own;
    } else {
      this.relay = null;
    }
    this.context = new BillingContext(work, outbox, clock);
    this.retirements = b.retirements;
    this.subscriptions =
        new SubscriptionService(stores.subscriptions(), invoicing.catalog(), context, retirements);
    this.billingCycle = new BillingCycleService(stores, invoicing, context);
    this.invoices = new InvoiceService(stores, invoicing, context);
    this.payments = new PaymentService(stores, b.paymentIds, context);
    this.recovery =
        new PaymentRecoveryService(
            payments, stores.payments(), clock, b.recoveryAge, b.recoveryBatchSize);
    this.billRun =
        b.executor == null
            ? BillRun.onCallerThread(invoicing.generator(), invoicing.catalog(), b.batchSize)
            : new BillRun(invoicing.generator(), invoicing.catalog(), b.batchSize, b.executor);
  }

  private static <T> T required(T value, String name) {
    if (value == null) {
      throw new IllegalStateException("Billing.builder(): " + name + "(...) is required");
    }
    return value;
  }

  /**
   * Returns the retired plans this billing refuses to sell.
   *
   * @return the retirements given to the builder, or none
   */
  public PlanRetirements retirements() {
    return retirements;
  }

  /**
   * Creates the plan end-of-life service over this billing's subscriptions, catalog, retirements,
   * unit of work and outbox.
   *
   * @param migrations where each subscriber's migration record is kept
   * @param locks serialises the work on one subscriber across app instances (the same object, or
   *     one database, for every instance)
   * @return the service
   */
  public PlanRetirementService planRetirement(PlanMigrationRepository migrations, Locks locks) {
    return new PlanRetirementService(
        new PlanRetirementService.Ports(stores.subscriptions(), migrations, retirements, locks),
        invoicing.catalog(),
        context);
  }

  /**
   * Starts a builder. The events, the clock and the catalog must be given; the rest has defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the ports the services use.
   *
   * @return the stores
   */
  public BillingStores stores() {
    return stores;
  }

  /**
   * Returns the unit of work every use case runs in.
   *
   * @return the unit of work
   */
  public UnitOfWork unitOfWork() {
    return context.work();
  }

  /**
   * Returns the outbox every use case appends its events to.
   *
   * @return the outbox
   */
  public Outbox outbox() {
    return context.outbox();
  }

  /**
   * Returns the relay from the outbox to the {@code events} publisher, when the builder made the
   * outbox (empty when the host gave its own and owns delivery).
   *
   * @return the relay, or empty
   */
  public Optional<OutboxRelay> relay() {
    return Optional.ofNullable(relay);
  }

  /**
   * Returns the unit of work, the outbox and the clock the services run on, for a host that builds
   * a further service by hand.
   *
   * @return the context
   */
  public BillingContext context() {
    return context;
  }

  /**
   * Returns a billing cycle with other invoice settings (other payment terms, say) on the same
   * stores, unit of work and outbox.
   *
   * @param settings the settings (never null)
   * @return a new billing cycle
   */
  public BillingCycleService billingCycle(InvoiceSettings settings) {
    return new BillingCycleService(stores, requireNonNull(settings, "settings"), context);
  }

  /**
   * Returns the recovery of payments left waiting for an answer (run it from a scheduler).
   *
   * @return the recovery service
   */
  public PaymentRecoveryService recovery() {
    return recovery;
  }

  /**
   * Returns how invoices are made (catalog, generator, tax, terms, ids).
   *
   * @return the settings
   */
  public InvoiceSettings invoicing() {
    return invoicing;
  }

  /**
   * Returns the subscription use cases.
   *
   * @return the service
   */
  public SubscriptionService subscriptions() {
    return subscriptions;
  }

  /**
   * Returns the invoice use cases (bill an account, write off, void, credit notes).
   *
   * @return the service
   */
  public InvoiceService invoices() {
    return invoices;
  }

  /**
   * Returns the billing cycle: what is due for an account, and issuing it.
   *
   * @return the service
   */
  public BillingCycleService billingCycle() {
    return billingCycle;
  }

  /**
   * Bills every account the iterator yields up to a date and issues what is due, through {@link
   * #billRun()} and {@link #billingCycle()}: {@code billRun().issue(accounts, target,
   * billingCycle(), sink)}.
   *
   * @param accounts the account ids, read lazily
   * @param target the date to bill up to (also the issue date)
   * @param sink receives each account's outcome, in the iterator's order
   * @return the counts
   */
  public BillRunReport billAll(
      Iterator<AccountId> accounts, LocalDate target, Consumer<? super AccountOutcome> sink) {
    return billRun.issue(accounts, target, billingCycle, sink);
  }

  /**
   * Returns the payment use cases (pay, retry, resolve, refund).
   *
   * @return the service
   */
  public PaymentService payments() {
    return payments;
  }

  /**
   * Returns the bill run over many accounts, on the builder's executor (the caller's thread by
   * default).
   *
   * @return the bill run
   */
  public BillRun billRun() {
    return billRun;
  }

  /**
   * Collects what a {@link Billing} needs. Not thread-safe: one builder per wiring. Null is never a
   * valid argument, except for {@link #tax(TaxPolicy)} (no tax) and {@link #executor(Executor)}
   * (the caller's thread).
   */
  public static final class Builder {
    private BillingStores stores = BillingStores.inMemory();
    private EventPublisher events;
    private Clock clock;
    private Catalog catalog;
    private InvoiceGenerator generator = InvoiceGenerator.byDay();
    private TaxPolicy tax;
    private PaymentTerms terms = PaymentTerms.chargeAutomatically();
    private IdGenerator invoiceIds = new UuidIdGenerator();
    private IdGenerator paymentIds = new UuidIdGenerator();
    private int batchSize = 64;
    private Executor executor;
    private UnitOfWork work;
    private Outbox outbox;
    private Duration recoveryAge = Duration.ofMinutes(5);
    private int recoveryBatchSize = 100;
    private PlanRetirements retirements = PlanRetirements.none();

    private Builder() {}

    /**
     * The unit of work every use case runs in; by default a new {@link InMemoryUnitOfWork}. Share
     * one between modules (and the host's own writes) to make their steps one transaction.
     *
     * @param work the unit of work
     * @return this builder
     */
    public Builder unitOfWork(UnitOfWork work) {
      this.work = requireNonNull(work, "work");
      return this;
    }

    /**
     * The outbox the events are appended to, in the unit of work. When given, the host owns
     * delivery (an {@link OutboxRelay} it runs) and the builder makes no relay; by default an
     * {@link InMemoryOutbox} with a relay to {@link #events(EventPublisher)}.
     *
     * @param outbox the outbox
     * @return this builder
     */
    public Builder outbox(Outbox outbox) {
      this.outbox = requireNonNull(outbox, "outbox");
      return this;
    }

    /**
     * How long a payment's transaction stays open before {@link Billing#recovery()} takes it; by
     * default five minutes.
     *
     * @param age zero or more
     * @return this builder
     */
    public Builder recoveryAge(Duration age) {
      requireNonNull(age, "age");
      if (age.isNegative()) {
        throw new IllegalArgumentException("recoveryAge must be zero or more, got " + age);
      }
      this.recoveryAge = age;
      return this;
    }

    /**
     * The most payments one recovery run takes; by default 100.
     *
     * @param batchSize at least 1
     * @return this builder
     */
    public Builder recoveryBatchSize(int batchSize) {
      if (batchSize < 1) {
        throw new IllegalArgumentException(
            "recoveryBatchSize must be at least 1, got " + batchSize);
      }
      this.recoveryBatchSize = batchSize;
      return this;
    }

    /**
     * The ports; by default {@link BillingStores#inMemory()}.
     *
     * @param stores the stores
     * @return this builder
     */
    public Builder stores(BillingStores stores) {
      this.stores = requireNonNull(stores, "stores");
      return this;
    }

    /**
     * The host's publisher (required): where the relay delivers the outbox's events after their
     * commit (when the builder makes the outbox).
     *
     * @param events the publisher
     * @return this builder
     */
    public Builder events(EventPublisher events) {
      this.events = requireNonNull(events, "events");
      return this;
    }

    /**
     * The clock every use case reads "now" from (required).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The catalog of plans and prices (required).
     *
     * @param catalog the catalog
     * @return this builder
     */
    public Builder catalog(Catalog catalog) {
      this.catalog = requireNonNull(catalog, "catalog");
      return this;
    }

    /**
     * The invoice generator; by default {@link InvoiceGenerator#byDay()}.
     *
     * @param generator the generator
     * @return this builder
     */
    public Builder generator(InvoiceGenerator generator) {
      this.generator = requireNonNull(generator, "generator");
      return this;
    }

    /**
     * The tax policy; by default none.
     *
     * @param tax the policy, or null for none
     * @return this builder
     */
    public Builder tax(TaxPolicy tax) {
      this.tax = tax;
      return this;
    }

    /**
     * The payment terms of new invoices; by default {@link PaymentTerms#chargeAutomatically()}.
     *
     * @param terms the terms
     * @return this builder
     */
    public Builder terms(PaymentTerms terms) {
      this.terms = requireNonNull(terms, "terms");
      return this;
    }

    /**
     * Makes invoice and credit-note ids; by default random UUIDs.
     *
     * @param ids the generator
     * @return this builder
     */
    public Builder invoiceIds(IdGenerator ids) {
      this.invoiceIds = requireNonNull(ids, "ids");
      return this;
    }

    /**
     * Makes payment ids; by default random UUIDs.
     *
     * @param ids the generator
     * @return this builder
     */
    public Builder paymentIds(IdGenerator ids) {
      this.paymentIds = requireNonNull(ids, "ids");
      return this;
    }

    /**
     * Accounts per batch of the bill run; by default 64.
     *
     * @param batchSize at least 1
     * @return this builder
     */
    public Builder billRunBatchSize(int batchSize) {
      if (batchSize < 1) {
        throw new IllegalArgumentException("batchSize must be at least 1, got " + batchSize);
      }
      this.batchSize = batchSize;
      return this;
    }

    /**
     * Where the bill run bills a batch (a pool bills it in parallel); by default the caller's
     * thread.
     *
     * @param executor the executor, or null for the caller's thread
     * @return this builder
     */
    public Builder executor(Executor executor) {
      this.executor = executor;
      return this;
    }

    /**
     * Wires the services.
     *
     * @return the billing
     * @throws IllegalStateException when the events, the clock or the catalog are missing
     */
    /**
     * The retired plans: the subscription service refuses new sales of a plan from its retirement
     * date, and {@link Billing#planRetirement} migrates its subscribers. By default nothing is
     * retired.
     *
     * @param retirements the retired plans (an {@code InMemoryPlanRetirements} or the host's own)
     * @return this builder
     */
    public Builder retirements(PlanRetirements retirements) {
      this.retirements = requireNonNull(retirements, "retirements");
      return this;
    }

    public Billing build() {
      return new Billing(this);
    }
  }
}
