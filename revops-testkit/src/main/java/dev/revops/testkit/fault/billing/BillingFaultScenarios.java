package dev.revops.testkit.fault.billing;

import static dev.revops.testkit.fault.billing.BillingFaultWorld.ACCOUNT;
import static dev.revops.testkit.fault.billing.BillingFaultWorld.FEE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.billing.invoice.CreditBalance;
import dev.revops.billing.invoice.Invoice;
import dev.revops.billing.invoice.InvoiceStatus;
import dev.revops.billing.payment.Decline;
import dev.revops.billing.payment.GatewayResult;
import dev.revops.billing.payment.Payment;
import dev.revops.billing.payment.PaymentId;
import dev.revops.billing.payment.PaymentStatus;
import dev.revops.billing.payment.TransactionType;
import dev.revops.billing.subscription.NewSubscription;
import dev.revops.billing.subscription.SubscriptionId;
import dev.revops.core.money.Money;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;

/**
 * The billing use cases of the fault suite, each a {@link BillingFaultScenario} over any adapters:
 * paying two invoices with the rest to the credit balance, refunding, retrying a declined payment,
 * resolving a timed-out one, and issuing an account's invoice with its credit balance through the
 * bill run. Run each with {@link dev.revops.testkit.fault.FaultSweep#run}; a new instance per
 * sweep.
 */
public final class BillingFaultScenarios {
  private BillingFaultScenarios() {}

  static final LocalDate APRIL = LocalDate.of(2024, 4, 1);
  static final LocalDate MAY = LocalDate.of(2024, 5, 1);

  static void subscribe(BillingFaultWorld w) {
    w.setup()
        .subscriptions()
        .create(
            NewSubscription.builder()
                .id(SubscriptionId.of("sub-1"))
                .account(ACCOUNT)
                .currency(FEE.currency())
                .zone(ZoneOffset.UTC)
                .plan(BillingFaultWorld.CATALOG.plan("basic"))
                .startDate(APRIL)
                .build());
  }

  /** Subscribes the account and bills its April invoice of 100. */
  static void billApril(BillingFaultWorld w) {
    subscribe(w);
    w.setup().invoices().bill(ACCOUNT, APRIL, List.of());
  }

  static Money usd(String amount) {
    return Money.of(amount, "USD");
  }

  static Payment only(BillingFaultWorld w) {
    List<Payment> all = w.payments();
    assertThat(all).as("payments").hasSize(1);
    return all.get(0);
  }

  static PaymentId seededPayment(BillingFaultWorld w) {
    return w.stores().payments().findAll().get(0).id();
  }

  /**
   * Pays 250 against two open invoices of 100: both paid, 50 on the credit balance, 250 captured
   * once.
   *
   * @param adapters the adapters
   * @return the scenario
   */
  public static BillingFaultScenario payTwoInvoicesAndCredit(BillingAdapters adapters) {
    return new Replayed(
        adapters,
        w -> {
          billApril(w);
          w.setup().invoices().bill(ACCOUNT, MAY, List.of());
        },
        w -> w.billing().payments().pay("pay-1", ACCOUNT, usd("250"), null),
        w -> {
          Payment p = only(w);
          assertThat(p.status()).isEqualTo(PaymentStatus.CAPTURED);
          assertThat(w.gateway().totalCaptured(BillingFaultWorld.ZERO)).isEqualTo(usd("250"));
          assertThat(w.stores().invoices().findByAccount(ACCOUNT))
              .hasSize(2)
              .allSatisfy(i -> assertThat(i.status()).isEqualTo(InvoiceStatus.PAID));
          assertThat(w.stores().balances().get(ACCOUNT).balance()).isEqualTo(usd("50"));
        });
  }

  /**
   * Refunds 60 of a captured payment of 100: 60 refunded once, at the gateway and in the books.
   *
   * @param adapters the adapters
   * @return the scenario
   */
  public static BillingFaultScenario refund(BillingAdapters adapters) {
    return new Replayed(
        adapters,
        w -> {
          billApril(w);
          w.setup().payments().pay("pay-0", ACCOUNT, FEE, null);
        },
        w -> w.billing().payments().refund("refund-1", seededPayment(w), usd("60")),
        w -> {
          Payment p = only(w);
          assertThat(p.refunded()).isEqualTo(usd("60"));
          assertThat(p.status()).isEqualTo(PaymentStatus.CAPTURED);
          assertThat(w.gateway().received(TransactionType.REFUND)).isEqualTo(1);
        });
  }

  /**
   * Retries a payment of 100 whose first attempt was declined: captured once by the second attempt,
   * the invoice paid.
   *
   * @param adapters the adapters
   * @return the scenario
   */
  public static BillingFaultScenario retryAfterDecline(BillingAdapters adapters) {
    return new Replayed(
        adapters,
        w -> {
          billApril(w);
          w.gateway()
              .script(LedgerGateway.Outcome.answer(GatewayResult.failure(Decline.soft("funds"))));
          Payment p = w.setup().payments().pay("pay-0", ACCOUNT, FEE, null);
          assertThat(p.status()).isEqualTo(PaymentStatus.FAILED);
        },
        w -> w.billing().payments().retry(seededPayment(w)),
        w -> assertCapturedAndPaid(w, 2));
  }

  /**
   * Resolves a payment of 100 whose gateway call timed out after the gateway captured it: the
   * capture is recorded and applied once, without a second charge.
   *
   * @param adapters the adapters
   * @return the scenario
   */
  public static BillingFaultScenario resolveAfterTimeout(BillingAdapters adapters) {
    return new Replayed(
        adapters,
        w -> {
          billApril(w);
          w.gateway().script(LedgerGateway.Outcome.timeoutAfter(GatewayResult.success("late")));
          try {
            w.setup().payments().pay("pay-0", ACCOUNT, FEE, null);
            throw new AssertionError("the seeded payment should time out");
          } catch (LedgerGateway.GatewayTimeout expected) {
            assertThat(only(w).status()).isEqualTo(PaymentStatus.UNKNOWN);
          }
        },
        w -> w.billing().payments().resolve(seededPayment(w)),
        w -> assertCapturedAndPaid(w, 1));
  }

  /**
   * Issues an account's April invoice of 100 through the bill run, with 30 of credit balance (from
   * an earlier overpayment) applied: one invoice, 30 credit applied, 70 due, the balance used up.
   *
   * @param adapters the adapters
   * @return the scenario
   */
  public static BillingFaultScenario billRunWithCredit(BillingAdapters adapters) {
    return new Replayed(
        adapters,
        w -> {
          w.setup().payments().pay("pay-0", ACCOUNT, usd("30"), null);
          subscribe(w);
        },
        w -> w.billing().billAll(List.of(ACCOUNT).iterator(), APRIL, outcome -> {}),
        w -> {
          List<Invoice> invoices = w.stores().invoices().findByAccount(ACCOUNT);
          assertThat(invoices).as("invoices issued").hasSize(1);
          Invoice i = invoices.get(0);
          assertThat(i.total()).isEqualTo(FEE);
          assertThat(i.creditApplied()).isEqualTo(usd("30"));
          assertThat(i.amountDue()).isEqualTo(usd("70"));
          assertThat(w.stores().balances().find(ACCOUNT).map(CreditBalance::balance))
              .contains(BillingFaultWorld.ZERO);
        });
  }

  /** The one payment captured after the given number of purchase calls, the one invoice paid. */
  private static void assertCapturedAndPaid(BillingFaultWorld w, int purchases) {
    assertThat(only(w).status()).isEqualTo(PaymentStatus.CAPTURED);
    assertThat(w.gateway().received(TransactionType.PURCHASE)).isEqualTo(purchases);
    assertThat(w.stores().invoices().findByAccount(ACCOUNT))
        .singleElement()
        .satisfies(i -> assertThat(i.status()).isEqualTo(InvoiceStatus.PAID));
  }

  /** A scenario of seed, use case and check, whose replay runs the use case again. */
  private static final class Replayed extends BillingFaultScenario {
    private final Consumer<BillingFaultWorld> seed;
    private final Consumer<BillingFaultWorld> useCase;
    private final Consumer<BillingFaultWorld> check;

    Replayed(
        BillingAdapters adapters,
        Consumer<BillingFaultWorld> seed,
        Consumer<BillingFaultWorld> useCase,
        Consumer<BillingFaultWorld> check) {
      super(adapters);
      this.seed = seed;
      this.useCase = useCase;
      this.check = check;
    }

    @Override
    protected void seed(BillingFaultWorld w) {
      seed.accept(w);
    }

    @Override
    public void run(BillingFaultWorld w) {
      useCase.accept(w);
    }

    @Override
    protected void replay(BillingFaultWorld w) {
      run(w);
    }

    @Override
    protected void checkUseCase(BillingFaultWorld w) {
      check.accept(w);
    }
  }

  /**
   * Every scenario of the suite, fresh.
   *
   * @param adapters the adapters
   * @return the scenarios, by name
   */
  public static List<Named> all(BillingAdapters adapters) {
    return List.of(
        new Named("pay two invoices and credit", payTwoInvoicesAndCredit(adapters)),
        new Named("refund", refund(adapters)),
        new Named("retry after a decline", retryAfterDecline(adapters)),
        new Named("resolve after a timeout", resolveAfterTimeout(adapters)),
        new Named("bill run with a credit balance", billRunWithCredit(adapters)));
  }

  /**
   * A scenario with a name for test reports.
   *
   * @param name the name
   * @param scenario the scenario
   */
  public record Named(String name, BillingFaultScenario scenario) {
    @Override
    public String toString() {
      return name;
    }
  }
}
