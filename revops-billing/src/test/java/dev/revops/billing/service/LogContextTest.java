package dev.revops.billing.service;

import static dev.revops.billing.Fixtures.ACME;
import static dev.revops.billing.Fixtures.NY;
import static dev.revops.billing.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.billing.Fixtures;
import dev.revops.billing.invoice.Invoice;
import dev.revops.billing.invoice.InvoiceStatus;
import dev.revops.billing.payment.GatewayRequest;
import dev.revops.billing.payment.GatewayResult;
import dev.revops.billing.payment.Payment;
import dev.revops.billing.port.CreditBalanceRepository;
import dev.revops.billing.port.InvoiceRepository;
import dev.revops.billing.port.PaymentGateway;
import dev.revops.billing.port.PaymentRepository;
import dev.revops.billing.port.PlanMigrationRepository;
import dev.revops.billing.port.SubscriptionRepository;
import dev.revops.billing.port.memory.InMemoryInvoiceRepository;
import dev.revops.billing.port.memory.InMemoryPaymentGateway;
import dev.revops.core.port.memory.InMemoryEventPublisher;
import dev.revops.core.port.memory.SequentialIdGenerator;
import dev.revops.core.service.Aggregates;
import dev.revops.core.time.ManualClock;
import dev.revops.logcontext.LogContext;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.MDC;

/**
 * Billing's use cases run with the id they work on in the logging context (ids only), under the one
 * key convention {@code revops.<aggregate>}, and leave the context as they found it.
 */
@ExtendWith(LogContext.class)
class LogContextTest {
  static final String ACCOUNT = Aggregates.mdcKey("Account");
  static final String PAYMENT = Aggregates.mdcKey("Payment");
  static final String INVOICE = Aggregates.mdcKey("Invoice");

  final ManualClock clock = new ManualClock(Instant.parse("2024-04-01T14:00:00Z"), NY);
  final InMemoryEventPublisher events = new InMemoryEventPublisher();
  final InMemoryPaymentGateway real = new InMemoryPaymentGateway();
  final List<String> seen = new CopyOnWriteArrayList<>();

  /** Records the account and payment keys each time the gateway is called. */
  final PaymentGateway gateway =
      new PaymentGateway() {
        @Override
        public GatewayResult execute(GatewayRequest request) {
          seen.add("execute " + MDC.get(ACCOUNT) + " " + MDC.get(PAYMENT));
          return real.execute(request);
        }

        @Override
        public GatewayResult lookup(String key) {
          seen.add("lookup " + MDC.get(ACCOUNT) + " " + MDC.get(PAYMENT));
          return real.lookup(key);
        }
      };

  @Test
  void aPaymentRunsUnderItsAccountAndEachLaterStepUnderThePayment() {
    PaymentService payments =
        new PaymentService(
            BillingStores.inMemory().withGateway(gateway),
            new SequentialIdGenerator("pay"),
            BillingContext.embedded(events, clock));
    real.script(GatewayResult.unknown());
    Payment p = payments.pay("k", ACME, usd("30"), null);
    assertThat(MDC.get(ACCOUNT)).as("cleared after the call").isNull();
    real.resolveAs(p.unresolved().orElseThrow().idempotencyKey(), GatewayResult.success("ok"));
    payments.resolve(p.id());
    payments.refund("r", p.id(), usd("5"));
    MDC.put(PAYMENT, "the caller's");
    payments.recover(p.id());
    payments.retry(p.id());
    assertThat(MDC.get(PAYMENT)).as("the caller's value is put back").isEqualTo("the caller's");
    assertThat(seen)
        .containsExactly("execute acc-1 null", "lookup null pay-1", "execute null pay-1");
  }

  @Test
  void everyBillingPortNamesItsAggregateSoAHostsOwnStoreLogsUnderTheSameKeys() {
    assertThat(bare(InvoiceRepository.class).typeName()).isEqualTo("Invoice");
    assertThat(bare(PaymentRepository.class).typeName()).isEqualTo("Payment");
    assertThat(bare(SubscriptionRepository.class).typeName()).isEqualTo("Subscription");
    assertThat(bare(CreditBalanceRepository.class).typeName()).isEqualTo("CreditBalance");
    assertThat(bare(PlanMigrationRepository.class).typeName()).isEqualTo("PlanMigration");
  }

  @Test
  void anInvoiceChangeSavesUnderTheInvoiceKeyInAHostsOwnStore() {
    InMemoryInvoiceRepository inner = new InMemoryInvoiceRepository();
    InvoiceRepository hosts =
        (InvoiceRepository)
            Proxy.newProxyInstance(
                InvoiceRepository.class.getClassLoader(),
                new Class<?>[] {InvoiceRepository.class},
                (proxy, m, args) -> {
                  if (m.getName().equals("typeName")) {
                    return InvocationHandler.invokeDefault(proxy, m, args);
                  }
                  if (m.getName().equals("save")) {
                    seen.add("save " + MDC.get(INVOICE));
                  }
                  try {
                    return m.invoke(inner, args);
                  } catch (InvocationTargetException e) {
                    throw e.getCause();
                  }
                });
    BillingStores base = BillingStores.inMemory();
    BillingStores stores =
        new BillingStores(
            hosts,
            base.subscriptions(),
            base.balances(),
            base.payments(),
            base.idempotency(),
            base.gateway());
    new SubscriptionService(
            stores.subscriptions(), Fixtures.CATALOG, BillingContext.embedded(events, clock))
        .create(Fixtures.newSubscription("s-1", Fixtures.BASIC, LocalDate.of(2024, 4, 1)));
    InvoiceService invoices =
        new InvoiceService(
            stores,
            InvoiceSettings.of(Fixtures.CATALOG).withIds(new SequentialIdGenerator("in")),
            BillingContext.embedded(events, clock));
    Invoice issued = invoices.bill(ACME, LocalDate.of(2024, 4, 1), List.of()).get(0);
    seen.clear();
    assertThat(invoices.markUncollectible(issued.id()).status())
        .isEqualTo(InvoiceStatus.UNCOLLECTIBLE);
    assertThat(seen).containsExactly("save " + issued.id().value());
    assertThat(MDC.get(INVOICE)).isNull();
  }

  /** A port with no implementation: only its default methods answer. */
  static <T> T bare(Class<T> port) {
    return port.cast(
        Proxy.newProxyInstance(
            port.getClassLoader(),
            new Class<?>[] {port},
            (proxy, m, args) -> {
              if (m.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, m, args);
              }
              throw new AssertionError(m.getName() + " was not expected");
            }));
  }
}
