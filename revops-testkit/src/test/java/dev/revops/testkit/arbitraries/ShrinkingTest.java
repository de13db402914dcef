package dev.revops.testkit.arbitraries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.revops.billing.invoice.Invoice;
import dev.revops.billing.invoice.InvoiceStatus;
import dev.revops.billing.subscription.Subscription;
import dev.revops.billing.subscription.SubscriptionStatus;
import dev.revops.collections.dunning.DunningPolicy;
import java.time.LocalDate;
import java.util.Currency;
import net.jqwik.api.AfterFailureMode;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Proves that counterexamples shrink small: deliberately false properties run through jqwik's
 * engine, and the last value they fail on (the shrunk sample) is the smallest one of its kind.
 */
class ShrinkingTest {
  static volatile Invoice lastInvoice;
  static volatile Subscription lastSubscription;
  static volatile DunningPolicy lastPolicy;

  /** False on purpose; not picked up on its own (run only through the engine below). */
  static class FalseProperties {
    @Provide
    Arbitrary<Invoice> invoices() {
      return BillingArbitraries.invoices();
    }

    @Provide
    Arbitrary<Subscription> subscriptions() {
      return BillingArbitraries.subscriptions();
    }

    @Provide
    Arbitrary<DunningPolicy> policies() {
      return CollectionsArbitraries.dunningPolicies();
    }

    @Property(seed = "42", afterFailure = AfterFailureMode.RANDOM_SEED)
    void everyInvoiceIsADraft(@ForAll("invoices") Invoice invoice) {
      if (invoice.status() != InvoiceStatus.DRAFT) {
        lastInvoice = invoice;
      }
      assertThat(invoice.status()).isEqualTo(InvoiceStatus.DRAFT);
    }

    @Property(seed = "42", afterFailure = AfterFailureMode.RANDOM_SEED)
    void noSubscriptionIsCancelled(@ForAll("subscriptions") Subscription s) {
      if (s.status() == SubscriptionStatus.CANCELLED) {
        lastSubscription = s;
      }
      assertThat(s.status()).isNotEqualTo(SubscriptionStatus.CANCELLED);
    }

    @Property(seed = "42", afterFailure = AfterFailureMode.RANDOM_SEED)
    void everyLadderHasOneStep(@ForAll("policies") DunningPolicy p) {
      if (p.steps().size() != 1) {
        lastPolicy = p;
      }
      assertThat(p.steps()).hasSize(1);
    }
  }

  @Test
  void falsePropertiesFailWithSmallReadableCounterexamples() {
    EngineTestKit.engine("jqwik")
        .selectors(selectClass(FalseProperties.class))
        .execute()
        .testEvents()
        .assertStatistics(stats -> stats.failed(3));

    Currency usd = Currency.getInstance("USD");
    assertThat(lastInvoice.currency()).isEqualTo(usd);
    assertThat(lastInvoice.lines()).hasSize(1);
    assertThat(lastInvoice.lines().get(0).amount().isZero()).isTrue();

    assertThat(lastSubscription.currency()).isEqualTo(usd);
    assertThat(lastSubscription.segments().get(0).quantity()).isEqualTo(1);
    assertThat(lastSubscription.startDate()).isEqualTo(LocalDate.of(2024, 1, 1));

    assertThat(lastPolicy.steps()).hasSize(2);
    assertThat(lastPolicy.steps().get(0).offsetDays()).isZero();
    assertThat(lastPolicy.steps().get(1).offsetDays()).isEqualTo(1);
    assertThat(lastPolicy.steps().get(0).actions()).hasSize(1);
  }
}
