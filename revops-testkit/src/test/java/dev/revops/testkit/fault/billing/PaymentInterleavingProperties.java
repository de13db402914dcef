package dev.revops.testkit.fault.billing;

import static dev.revops.testkit.fault.billing.BillingFaultWorld.ACCOUNT;
import static dev.revops.testkit.fault.billing.BillingFaultWorld.ZERO;
import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.billing.payment.Decline;
import dev.revops.billing.payment.GatewayResult;
import dev.revops.billing.payment.Payment;
import dev.revops.billing.payment.PaymentTransaction;
import dev.revops.billing.payment.TransactionType;
import dev.revops.core.money.Money;
import dev.revops.testkit.fault.FaultPlan;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random interleavings of payments, replays, refunds, retries, gateway declines, timeouts (after
 * the gateway decided, or before it saw the request) and recovery runs keep the money invariants
 * after every step, and once the recovery has run at the end nothing is left open and the books
 * equal the gateway's.
 */
class PaymentInterleavingProperties {
  enum Kind {
    PAY,
    REFUND,
    RETRY,
    RESOLVE,
    RECOVER,
    GATEWAY
  }

  /** One step; {@code a} and {@code b} pick keys, payments, amounts and outcomes. */
  record Step(Kind kind, int a, int b) {}

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Step> step =
        Combinators.combine(
                Arbitraries.of(Kind.class),
                Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(1, 300))
            .as(Step::new);
    return step.list().ofMaxSize(30);
  }

  static LedgerGateway.Outcome outcome(int pick) {
    return switch (pick) {
      case 0 -> LedgerGateway.Outcome.answer(GatewayResult.failure(Decline.soft("funds")));
      case 1 -> LedgerGateway.Outcome.timeoutAfter(GatewayResult.success("late"));
      case 2 -> LedgerGateway.Outcome.timeoutAfter(GatewayResult.failure(Decline.soft("x")));
      case 3 -> LedgerGateway.Outcome.lost();
      default -> LedgerGateway.Outcome.answer(GatewayResult.success("ok"));
    };
  }

  // 1000 tries: a try is at most 30 in-memory steps over a fresh world, a few milliseconds
  @Property(tries = 1000)
  void interleavingsKeepTheMoneyInvariants(@ForAll("steps") List<Step> steps) {
    BillingFaultWorld w = new BillingFaultWorld(BillingAdapters.inMemory(), FaultPlan.countOnly());
    BillingFaultScenarios.subscribe(w);
    w.setup().invoices().bill(ACCOUNT, BillingFaultScenarios.APRIL, List.of());
    w.setup().invoices().bill(ACCOUNT, BillingFaultScenarios.MAY, List.of());
    for (Step s : steps) {
      try {
        apply(w, s);
      } catch (RuntimeException refusedOrTimedOut) {
        // a decline of the domain, a conflict or a timeout: the invariants must hold regardless
      }
      checkAlways(w);
    }
    w.gateway().clearScript();
    w.billing().recovery().run();
    checkAlways(w);
    for (Payment p : w.payments()) {
      assertThat(p.unresolved()).as("open after recovery: %s", p.id()).isEmpty();
      assertThat(p.captured()).isEqualTo(w.gateway().capturedFor(p.id(), ZERO));
      assertThat(p.refunded()).isEqualTo(w.gateway().refundedFor(p.id(), ZERO));
    }
    assertThat(w.appliedPlusCredit()).isEqualTo(w.gateway().totalCaptured(ZERO));
  }

  private static void apply(BillingFaultWorld w, Step s) {
    List<Payment> payments = w.payments();
    Payment some = payments.isEmpty() ? null : payments.get(s.a() % payments.size());
    Money amount = Money.ofMinor(s.b() * 100L, "USD");
    switch (s.kind()) {
      case PAY -> w.billing().payments().pay("pay-" + s.a(), ACCOUNT, amount, null);
      case REFUND -> {
        if (some != null) {
          w.billing().payments().refund("refund-" + s.b() % 4, some.id(), amount);
        }
      }
      case RETRY -> {
        if (some != null) {
          w.billing().payments().retry(some.id());
        }
      }
      case RESOLVE -> {
        if (some != null) {
          w.billing().payments().resolve(some.id());
        }
      }
      case RECOVER -> w.billing().recovery().run();
      case GATEWAY -> w.gateway().script(outcome(s.a()));
    }
  }

  private static void checkAlways(BillingFaultWorld w) {
    Money gatewayTotal = ZERO;
    Money booked = ZERO;
    for (Payment p : w.payments()) {
      Money captured = w.gateway().capturedFor(p.id(), ZERO);
      Money refunded = w.gateway().refundedFor(p.id(), ZERO);
      gatewayTotal = gatewayTotal.plus(captured);
      booked = booked.plus(p.captured());
      assertThat(refunded.isGreaterThan(captured))
          .as("gateway refunded %s above its capture %s for %s", refunded, captured, p.id())
          .isFalse();
      boolean purchaseOpen =
          p.unresolved().map(PaymentTransaction::type).orElse(null) == TransactionType.PURCHASE;
      if (!purchaseOpen) {
        assertThat(p.captured()).as("captured of %s", p.id()).isEqualTo(captured);
      }
      assertThat(refunded.isGreaterThan(p.refunded().plus(p.reserved())))
          .as("gateway refunds of %s not recorded or reserved in the books", p.id())
          .isFalse();
    }
    assertThat(gatewayTotal)
        .as("every capture at the gateway belongs to a payment in the books")
        .isEqualTo(w.gateway().totalCaptured(ZERO));
    assertThat(w.appliedPlusCredit())
        .as("applied to invoices + credit = captured in the books")
        .isEqualTo(booked);
  }
}
