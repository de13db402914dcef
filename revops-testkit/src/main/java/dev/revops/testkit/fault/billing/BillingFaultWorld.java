package dev.revops.testkit.fault.billing;

import static java.util.Objects.requireNonNull;

import dev.revops.billing.Billing;
import dev.revops.billing.catalog.Catalog;
import dev.revops.billing.catalog.Plan;
import dev.revops.billing.catalog.PlanPhase;
import dev.revops.billing.catalog.Price;
import dev.revops.billing.catalog.Product;
import dev.revops.billing.invoice.CreditBalance;
import dev.revops.billing.invoice.Invoice;
import dev.revops.billing.payment.Payment;
import dev.revops.billing.port.CreditBalanceRepository;
import dev.revops.billing.port.IdempotencyStore;
import dev.revops.billing.port.InvoiceRepository;
import dev.revops.billing.port.PaymentGateway;
import dev.revops.billing.port.PaymentRepository;
import dev.revops.billing.port.SubscriptionRepository;
import dev.revops.billing.service.BillingStores;
import dev.revops.core.event.DomainEvent;
import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import dev.revops.core.port.Outbox;
import dev.revops.core.port.UnitOfWork;
import dev.revops.core.port.memory.SequentialIdGenerator;
import dev.revops.core.service.DeduplicatingPublisher;
import dev.revops.core.service.OutboxRelay;
import dev.revops.core.time.BillingInterval;
import dev.revops.core.time.ManualClock;
import dev.revops.testkit.fault.FaultPlan;
import dev.revops.testkit.fault.FaultyUnitOfWork;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One run of a billing fault scenario: the adapters, a {@link LedgerGateway}, a {@code setup}
 * billing over the real ports (to seed invoices and payments without faults) and the {@code
 * billing} under test, whose repositories, idempotency store, outbox appends, gateway and commits
 * go through the {@link FaultPlan}. Both share the stores, the unit of work, the outbox and the id
 * generators; the world's {@link #relay} (not the builder) delivers the outbox to a {@link
 * DeduplicatingPublisher} in front of {@link #delivered()}. Confined to the test's thread except
 * where a suite says otherwise.
 */
public final class BillingFaultWorld {
  /** The account every scenario bills. */
  public static final AccountId ACCOUNT = AccountId.of("acc-fault");

  /** The monthly fee of the scenarios' plan. */
  public static final Money FEE = Money.of("100", "USD");

  /** The zero of the scenarios' currency. */
  public static final Money ZERO = Money.zero(FEE.currency());

  /** A one-plan catalog: "basic", a flat {@link #FEE} a month, billed in advance. */
  public static final Catalog CATALOG =
      Catalog.of(
          List.of(new Product("app", "App")),
          List.of(
              Plan.of(
                  "basic",
                  "app",
                  BillingInterval.MONTHLY,
                  PlanPhase.evergreen(Price.flat("basic-fee", FEE)))),
          List.of());

  private final FaultPlan plan;
  private final BillingStores stores;
  private final LedgerGateway gateway;
  private final Outbox outbox;
  private final OutboxRelay relay;
  private final List<DomainEvent> delivered = Collections.synchronizedList(new ArrayList<>());
  private final List<DomainEvent> relayed = Collections.synchronizedList(new ArrayList<>());
  private final ManualClock clock =
      new ManualClock(Instant.parse("2024-04-01T12:00:00Z"), ZoneOffset.UTC);
  private final Billing setup;
  private final Billing billing;

  /**
   * Builds a world.
   *
   * @param adapters the adapters to run on (fresh ones are made)
   * @param plan the run's fault plan
   */
  public BillingFaultWorld(BillingAdapters adapters, FaultPlan plan) {
    requireNonNull(adapters, "adapters");
    this.plan = requireNonNull(plan, "plan");
    this.gateway = new LedgerGateway();
    this.stores = adapters.stores().get().withGateway(gateway);
    UnitOfWork work = adapters.unitOfWork().get();
    this.outbox = adapters.outbox().get();
    DeduplicatingPublisher dedupe = new DeduplicatingPublisher(delivered::addAll, 10_000);
    this.relay =
        new OutboxRelay(
            outbox,
            events -> {
              relayed.addAll(events);
              dedupe.publish(events);
            });
    SequentialIdGenerator invoiceIds = new SequentialIdGenerator("in");
    SequentialIdGenerator paymentIds = new SequentialIdGenerator("pay");
    this.setup =
        Billing.builder()
            .stores(stores)
            .unitOfWork(work)
            .outbox(outbox)
            .events(delivered::addAll)
            .clock(clock)
            .catalog(CATALOG)
            .invoiceIds(invoiceIds)
            .paymentIds(paymentIds)
            .recoveryAge(Duration.ZERO)
            .build();
    BillingStores faulty =
        new BillingStores(
            plan.wrap(InvoiceRepository.class, stores.invoices(), "invoices"),
            plan.wrap(SubscriptionRepository.class, stores.subscriptions(), "subscriptions"),
            plan.wrap(CreditBalanceRepository.class, stores.balances(), "balances"),
            plan.wrap(PaymentRepository.class, stores.payments(), "payments"),
            plan.wrap(IdempotencyStore.class, stores.idempotency(), "idempotency"),
            plan.wrap(PaymentGateway.class, gateway, "gateway"));
    this.billing =
        Billing.builder()
            .stores(faulty)
            .unitOfWork(new FaultyUnitOfWork(work, plan))
            .outbox(plan.wrap(Outbox.class, outbox, "outbox", "publish"))
            .events(delivered::addAll)
            .clock(clock)
            .catalog(CATALOG)
            .invoiceIds(invoiceIds)
            .paymentIds(paymentIds)
            .recoveryAge(Duration.ZERO)
            .build();
  }

  /**
   * Returns the billing over the real ports, for seeding a scenario (no faults, not counted).
   *
   * @return the setup billing
   */
  public Billing setup() {
    return setup;
  }

  /**
   * Returns the billing under test (its ports and commits go through the plan).
   *
   * @return the billing
   */
  public Billing billing() {
    return billing;
  }

  /**
   * Returns the real stores (for checks).
   *
   * @return the stores
   */
  public BillingStores stores() {
    return stores;
  }

  /**
   * Returns the gateway's own books.
   *
   * @return the gateway
   */
  public LedgerGateway gateway() {
    return gateway;
  }

  /**
   * Returns the run's fault plan.
   *
   * @return the plan
   */
  public FaultPlan plan() {
    return plan;
  }

  /**
   * Returns the outbox (not wrapped).
   *
   * @return the outbox
   */
  public Outbox outbox() {
    return outbox;
  }

  /**
   * Returns the world's clock.
   *
   * @return the clock
   */
  public ManualClock clock() {
    return clock;
  }

  /**
   * Delivers everything pending in the outbox (the relay is not faulted).
   *
   * @return how many events were delivered
   */
  public int deliver() {
    return relay.deliverPending();
  }

  /**
   * Delivers what the setup left in the outbox and forgets it, so the checks see the run's events
   * only.
   */
  public void endSetup() {
    deliver();
    delivered.clear();
    relayed.clear();
  }

  /**
   * Returns the events the consumer saw (after de-duplication), in delivery order.
   *
   * @return a snapshot
   */
  public List<DomainEvent> delivered() {
    return List.copyOf(delivered);
  }

  /**
   * Returns every event the relay handed over, duplicates included.
   *
   * @return a snapshot
   */
  public List<DomainEvent> relayed() {
    return List.copyOf(relayed);
  }

  /**
   * Money the account's invoices were paid by payments and by the credit balance, plus what is on
   * the balance: what the gateway's captures must add up to when all the account's credit came from
   * payments.
   *
   * @return the sum
   */
  public Money appliedPlusCredit() {
    Money sum = ZERO;
    for (Invoice i : stores.invoices().findByAccount(ACCOUNT)) {
      sum = sum.plus(i.amountPaid()).plus(i.creditApplied());
    }
    return sum.plus(stores.balances().find(ACCOUNT).map(CreditBalance::balance).orElse(ZERO));
  }

  /**
   * Returns every stored payment.
   *
   * @return the payments
   */
  public List<Payment> payments() {
    return stores.payments().findAll();
  }
}
