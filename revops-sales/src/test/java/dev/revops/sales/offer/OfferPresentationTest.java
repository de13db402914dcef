package dev.revops.sales.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.error.IllegalTransitionException;
import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import dev.revops.sales.offer.OfferEvents.OfferAccepted;
import dev.revops.sales.offer.OfferEvents.OfferFulfilmentFailed;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The presentation lifecycle: answered once, fulfilled or refused once. */
class OfferPresentationTest {
  static final Instant T = Instant.parse("2026-06-01T10:00:00Z");

  static OfferPresentation presented() {
    Offer o = OfferTestData.crossSell("x", "p", 1000);
    RankedOffer r = new RankedOffer(o, null, new Estimate(0.25, "fixed", List.of()));
    return OfferPresentation.present(
            OfferPresentationId.of("op-1"),
            AccountId.of("a"),
            o,
            PresentationBasis.of(r, OfferTestData.holds("a", Set.of(), Set.of("crm")), null, T))
        .value()
        .withVersion(1);
  }

  @Test
  void aPresentationRecordsItsBasis() {
    OfferPresentation p = presented();
    assertThat(p.status()).isEqualTo(OfferStatus.PRESENTED);
    assertThat(p.basis().expectedValue()).isEqualTo(Money.of("2.50", "USD"));
    assertThat(p.basis().held()).containsExactly("crm");
    assertThat(p.idempotencyKey()).isEqualTo("op-1");
    assertThat(p.asPastOffer()).isEmpty();
  }

  @Test
  void acceptedThenFailedThenFulfilled() {
    var accepted = presented().accept(T);
    assertThat(accepted.value().status()).isEqualTo(OfferStatus.ACCEPTED);
    assertThat(accepted.events()).singleElement().isInstanceOf(OfferAccepted.class);
    var failed = accepted.value().withVersion(2).fulfilmentFailed(T);
    assertThat(failed.value().outcome().failedAttempts()).isEqualTo(1);
    assertThat(((OfferFulfilmentFailed) failed.events().get(0)).attempt()).isEqualTo(1);
    var done = failed.value().withVersion(3).fulfilled("ord-1", T);
    assertThat(done.value().status()).isEqualTo(OfferStatus.FULFILLED);
    assertThat(done.value().outcome().reference()).isEqualTo("ord-1");
    assertThat(done.value().asPastOffer().orElseThrow().accepted()).isTrue();
    assertThatThrownBy(() -> done.value().fulfilled("ord-2", T))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> done.value().fulfilmentFailed(T))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> done.value().decline(T))
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void declinedIsFinal() {
    OfferPresentation d = presented().decline(T).value();
    assertThat(d.status()).isEqualTo(OfferStatus.DECLINED);
    assertThat(d.outcome().answeredAt()).isEqualTo(T);
    assertThat(d.asPastOffer().orElseThrow().accepted()).isFalse();
    assertThatThrownBy(() -> d.accept(T)).isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> presented().fulfilled("x", T))
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void theLifecycleHasItsFinalStates() {
    assertThat(OfferLifecycle.MACHINE.terminalStates())
        .containsExactlyInAnyOrder(
            OfferStatus.FULFILLED, OfferStatus.DECLINED, OfferStatus.REFUSED);
    assertThat(OfferLifecycle.MACHINE.toMermaid()).contains("PRESENTED");
  }
}
