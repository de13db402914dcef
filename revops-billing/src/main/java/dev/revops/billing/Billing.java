package dev.revops.billing;

import static java.util.Objects.requireNonNull;

import dev.revops.billing.billrun.InvoiceGenerator;
import dev.revops.billing.catalog.Catalog;
import dev.revops.billing.invoice.PaymentTerms;
import dev.revops.billing.invoice.TaxPolicy;
import dev.revops.billing.service.AccountOutcome;
import dev.revops.billing.service.BillRun;
import dev.revops.billing.service.BillRunReport;
import dev.revops.billing.service.BillingCycleService;
import dev.revops.billing.service.BillingStores;
import dev.revops.billing.service.InvoiceService;
import dev.revops.billing.service.InvoiceSettings;
import dev.revops.billing.service.PaymentService;
import dev.revops.billing.service.SubscriptionService;
import dev.revops.core.id.AccountId;
import dev.revops.core.port.EventPublisher;
import dev.revops.core.port.IdGenerator;
import dev.revops.core.port.memory.UuidIdGenerator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * revops-billing wired in one line: the use-case services over one set of ports, one event
 * publisher and one clock.
 *
 * <pre>{@code
 * Billing billing = Billing.builder()
 *     .stores(BillingStores.inMemory())      // or the host's adapters
 *     .events(events)
 *     .clock(clock)
 *     .catalog(catalog)
 *     .tax(TaxPolicy.exclusive("VAT", Percentage.of("20")))
 *     .build();
 * billing.subscriptions().create(request);
 * List<Invoice> issued = billing.invoices().bill(account, today, usage);
 * billing.billAll(accountIds, today, outcome -> {});       // every account, streamed
 * billing.payments().pay("charge-1", account, issued.get(0).amountDue(), null);
 * }</pre>
 *
 * <p>Immutable; thread-safe when its ports, publisher and id generators are. The services it hands
 * out are made once, in {@link Builder#build()}.
 */
public final class Billing {
  private final BillingStores stores;
  private final InvoiceSettings invoicing;
  private final SubscriptionService subscriptions;
  private final InvoiceService invoices;
  private final BillingCycleService billingCycle;
  private final PaymentService payments;
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
    this.subscriptions =
        new SubscriptionService(stores.subscriptions(), invoicing.catalog(), events, clock);
    this.invoices = new InvoiceService(stores, invoicing, events, clock);
    this.billingCycle = new BillingCycleService(stores, invoicing, events, clock);
    this.payments = new PaymentService(stores, b.paymentIds, events, clock);
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

    private Builder() {}

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
     * Where committed events go (required).
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
    public Billing build() {
      return new Billing(this);
    }
  }
}
