package dev.revops.billing.service;

import static java.util.Objects.requireNonNull;

import dev.revops.billing.port.CreditBalanceRepository;
import dev.revops.billing.port.IdempotencyStore;
import dev.revops.billing.port.InvoiceRepository;
import dev.revops.billing.port.PaymentGateway;
import dev.revops.billing.port.PaymentRepository;
import dev.revops.billing.port.SubscriptionRepository;
import dev.revops.billing.port.memory.InMemoryCreditBalanceRepository;
import dev.revops.billing.port.memory.InMemoryIdempotencyStore;
import dev.revops.billing.port.memory.InMemoryInvoiceRepository;
import dev.revops.billing.port.memory.InMemoryPaymentGateway;
import dev.revops.billing.port.memory.InMemoryPaymentRepository;
import dev.revops.billing.port.memory.InMemorySubscriptionRepository;

/**
 * Every port the billing services read and write, in one value: the host builds it once (from its
 * own adapters, or {@link #inMemory()} for tests and demos) and hands it to {@link
 * dev.revops.billing.Billing#builder()} or to a service's constructor. Immutable; as thread-safe as
 * the ports it holds. No component may be null.
 *
 * @param invoices the invoices
 * @param subscriptions the subscriptions
 * @param balances the accounts' credit balances
 * @param payments the payments
 * @param idempotency the idempotency keys of payment requests
 * @param gateway the payment processor
 */
public record BillingStores(
    InvoiceRepository invoices,
    SubscriptionRepository subscriptions,
    CreditBalanceRepository balances,
    PaymentRepository payments,
    IdempotencyStore idempotency,
    PaymentGateway gateway) {
  /** Checks that every port is given. */
  public BillingStores {
    requireNonNull(invoices, "invoices");
    requireNonNull(subscriptions, "subscriptions");
    requireNonNull(balances, "balances");
    requireNonNull(payments, "payments");
    requireNonNull(idempotency, "idempotency");
    requireNonNull(gateway, "gateway");
  }

  /**
   * Fresh, empty in-memory ports (the embedded defaults of {@code port.memory}), with an {@link
   * InMemoryPaymentGateway} that captures every request unless told otherwise: for tests, demos and
   * trying the library out, never for real money.
   *
   * @return the stores
   */
  public static BillingStores inMemory() {
    return new BillingStores(
        new InMemoryInvoiceRepository(),
        new InMemorySubscriptionRepository(),
        new InMemoryCreditBalanceRepository(),
        new InMemoryPaymentRepository(),
        new InMemoryIdempotencyStore(),
        new InMemoryPaymentGateway());
  }

  /**
   * The same stores with another payment gateway (the host's processor, or a scripted fake).
   *
   * @param gateway the gateway (never null)
   * @return the copy
   */
  public BillingStores withGateway(PaymentGateway gateway) {
    return new BillingStores(invoices, subscriptions, balances, payments, idempotency, gateway);
  }
}
