package dev.revops.sales.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.error.IllegalTransitionException;
import dev.revops.core.error.InvalidInputException;
import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import dev.revops.sales.offer.AssociationAcceptance;
import dev.revops.sales.offer.AssociationRules;
import dev.revops.sales.offer.CaseOffer;
import dev.revops.sales.offer.Eligibility;
import dev.revops.sales.offer.NaiveBayesAcceptance;
import dev.revops.sales.offer.OfferEvents.OfferAccepted;
import dev.revops.sales.offer.OfferEvents.OfferDeclined;
import dev.revops.sales.offer.OfferEvents.OfferFulfilled;
import dev.revops.sales.offer.OfferEvents.OfferFulfilmentRefused;
import dev.revops.sales.offer.OfferEvents.OfferPresented;
import dev.revops.sales.offer.OfferExclusion;
import dev.revops.sales.offer.OfferPresentation;
import dev.revops.sales.offer.OfferStatus;
import dev.revops.sales.offer.RankedOffer;
import dev.revops.sales.order.Order;
import dev.revops.sales.port.SubscriptionChanges;
import dev.revops.sales.port.memory.InMemorySubscriptionChanges;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Present, accept (order or subscription change), decline, and offers after a service case. */
class OfferServiceTest {
  private final InMemorySubscriptionChanges changes = new InMemorySubscriptionChanges();
  private final OfferFixture f = new OfferFixture(changes);

  @Test
  void theBestOfferIsTheHighestExpectedValue() {
    AccountId a = f.team("acct-1");
    // no history: every offer 0.5; upgrade 0.5 x 30 = 15.00 beats support-plus 0.5 x 8 = 4.00
    List<RankedOffer> ranked = f.service.recommend(a);
    assertThat(ranked)
        .extracting(r -> r.offer().id())
        .containsExactly("crm-pro-upgrade", "support-plus");
    assertThat(ranked.get(0).expectedValue()).isEqualTo(Money.of("15.00", "USD"));

    OfferPresentation p = f.service.presentBest(a).orElseThrow();
    assertThat(p.offer().id()).isEqualTo("crm-pro-upgrade");
    assertThat(p.basis().fromPlan()).isEqualTo("crm-team");
    assertThat(p.basis().held()).containsExactly("crm-team");
    assertThat(f.events.published(OfferPresented.class)).hasSize(1);
    // presented and unanswered: not presented again
    assertThat(f.service.presentBest(a).orElseThrow().offer().id()).isEqualTo("support-plus");
    assertThat(f.service.presentBest(a)).isEmpty();
  }

  @Test
  void anAcceptedUpsellBecomesOneSubscriptionChangeHoweverOftenReplayed() {
    AccountId a = f.team("acct-1");
    OfferPresentation p = f.service.present(a, "crm-pro-upgrade");
    OfferPresentation done = f.service.accept(p.id());
    assertThat(done.status()).isEqualTo(OfferStatus.FULFILLED);
    assertThat(done.outcome().reference()).isEqualTo("change-1");
    assertThat(f.service.accept(p.id())).isEqualTo(done);
    assertThat(changes.applied())
        .containsExactly(new SubscriptionChanges.Request(p.id().value(), a, "crm-team", "crm-pro"));
    assertThat(f.events.published(OfferAccepted.class)).hasSize(1);
    assertThat(f.events.published(OfferFulfilled.class)).hasSize(1);
    assertThat(f.ordersOf(a)).isEmpty();
  }

  @Test
  void anAcceptedProductOfferBecomesOneOrderHoweverOftenReplayed() {
    AccountId a = f.team("acct-1");
    OfferPresentation p = f.service.present(a, "support-plus");
    OfferPresentation done = f.service.accept(p.id());
    f.service.accept(p.id());
    List<Order> orders = f.ordersOf(a);
    assertThat(orders).hasSize(1);
    assertThat(orders.get(0).total()).isEqualTo(Money.of("10.00", "USD"));
    assertThat(done.outcome().reference()).isEqualTo(orders.get(0).id().value());
    assertThat(changes.applied()).isEmpty();
  }

  @Test
  void aDeclineIsFinalAndStartsTheCoolDown() {
    AccountId a = f.team("acct-1");
    OfferPresentation p = f.service.present(a, "crm-pro-upgrade");
    assertThat(f.service.decline(p.id()).status()).isEqualTo(OfferStatus.DECLINED);
    assertThat(f.service.decline(p.id()).status()).isEqualTo(OfferStatus.DECLINED); // replay
    assertThatThrownBy(() -> f.service.accept(p.id()))
        .isInstanceOf(IllegalTransitionException.class);
    assertThat(f.events.published(OfferDeclined.class)).hasSize(1);

    Eligibility upgrade = f.service.eligibility(a).get(0);
    assertThat(upgrade.exclusions())
        .extracting(OfferExclusion::reason)
        .containsExactly(OfferExclusion.Reason.COOLING_DOWN);
    assertThatThrownBy(() -> f.service.present(a, "crm-pro-upgrade"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("COOLING_DOWN");
    f.clock.advance(Duration.ofDays(90));
    assertThat(f.service.eligibility(a).get(0).eligible()).isTrue();
  }

  @Test
  void anAcceptedOfferCannotBeDeclined() {
    AccountId a = f.team("acct-1");
    OfferPresentation p = f.service.present(a, "support-plus");
    f.service.accept(p.id());
    assertThatThrownBy(() -> f.service.decline(p.id()))
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void anOfferNotInTheCatalogOrIneligibleIsRefusedWithItsReasons() {
    AccountId a = f.pro("acct-1");
    assertThatThrownBy(() -> f.service.present(a, "nope"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("no offer 'nope'");
    assertThatThrownBy(() -> f.service.present(a, "crm-pro-upgrade"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("NOT_ON_UPGRADE_PATH")
        .hasMessageContaining("ALREADY_OWNED");
  }

  /**
   * Closes {@code case-1} of the account, rates it {@code csat} and asks for the offer after it.
   */
  private CaseOffer afterClosedCaseRated(AccountId a, int csat) {
    f.closedCase("case-1", a);
    f.csat(a, "case-1", csat);
    return f.service.offerAfterCase(dev.revops.sales.id.CaseId.of("case-1"));
  }

  @Test
  void aResolvedCaseWithASatisfiedCustomerMakesTheTopOfferAvailableOnce() {
    AccountId a = f.team("acct-1");
    CaseOffer first = afterClosedCaseRated(a, 5);
    assertThat(first.decision().triggered()).isTrue();
    OfferPresentation p = first.offer().orElseThrow();
    assertThat(p.offer().id()).isEqualTo("crm-pro-upgrade");
    assertThat(p.basis().fromCase().value()).isEqualTo("case-1");
    CaseOffer again = f.service.offerAfterCase(dev.revops.sales.id.CaseId.of("case-1"));
    assertThat(again.presentation()).isEqualTo(p);
    assertThat(f.service.presentationsOf(a)).hasSize(1);
  }

  @Test
  void anUnsatisfiedCustomerGetsNoOffer() {
    AccountId a = f.team("acct-1");
    CaseOffer none = afterClosedCaseRated(a, 3);
    assertThat(none.decision().triggered()).isFalse();
    assertThat(none.offer()).isEmpty();
    assertThat(none.note()).isEqualTo("no offer: CSAT 3 is below the threshold 4");
    assertThat(f.service.presentationsOf(a)).isEmpty();
  }

  @Test
  void aRefusedChangeIsFinalAndNotRetried() {
    OfferFixture refusing =
        new OfferFixture(r -> SubscriptionChanges.Result.refused("plan crm-pro is retired"));
    AccountId a = refusing.team("acct-1");
    OfferPresentation p = refusing.service.present(a, "crm-pro-upgrade");
    OfferPresentation r = refusing.service.accept(p.id());
    assertThat(r.status()).isEqualTo(OfferStatus.REFUSED);
    assertThat(r.outcome().reference()).isEqualTo("plan crm-pro is retired");
    assertThat(refusing.events.published(OfferFulfilmentRefused.class)).hasSize(1);
    assertThat(refusing.service.retryPendingFulfilments()).isEmpty();
  }

  @Test
  void theModelLearnsFromAnswersWhenRetrained() {
    for (int i = 0; i < 6; i++) {
      AccountId a = f.team("acct-" + i);
      OfferPresentation p = f.service.present(a, "crm-pro-upgrade");
      f.service.decline(p.id());
    }
    AccountId next = f.team("acct-next");
    assertThat(f.service.recommend(next).get(0).offer().id()).isEqualTo("crm-pro-upgrade");
    NaiveBayesAcceptance m = (NaiveBayesAcceptance) f.service.retrain();
    assertThat(m.answers("crm-pro-upgrade")).containsExactly(0, 6);
    // six declines, all holding crm-team: P(accept) = 1/8, P(crm-team | accept) = 1/2,
    // P(decline) = 7/8, P(crm-team | decline) = 7/8: p = 0.0625 / (0.0625 + 0.765625)
    List<RankedOffer> ranked = f.service.recommend(next);
    assertThat(ranked.get(0).estimate().probability())
        .isCloseTo(0.0625 / (0.0625 + 0.765625), org.assertj.core.api.Assertions.within(1e-12));
    // support-plus has no answers: the smoothed rate of all offers, (0 + 1) / (6 + 2)
    assertThat(ranked.get(1).estimate().probability()).isEqualTo(0.125);
    assertThat(ranked.get(0).expectedValue()).isEqualTo(Money.of("2.26", "USD"));

    f.service.useModel(
        new AssociationAcceptance(AssociationRules.mine(List.of(Set.of("crm-team"))), 3));
    assertThat(f.service.model()).isInstanceOf(AssociationAcceptance.class);
  }
}
