package dev.revops.sales.referral;

import static dev.revops.sales.referral.ReferralFixture.account;
import static dev.revops.sales.referral.ReferralFixture.lead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.error.IllegalTransitionException;
import dev.revops.core.error.NotFoundException;
import dev.revops.core.event.DomainEvent;
import dev.revops.core.id.AccountId;
import dev.revops.sales.referral.ReferralEvents.ReferralAttributed;
import dev.revops.sales.referral.ReferralEvents.ReferralQualified;
import dev.revops.sales.referral.ReferralEvents.ReferralRejected;
import dev.revops.sales.referral.ReferralEvents.ReferralRewarded;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ReferralServiceTest {
  private static final AccountId ANNA = account("anna");
  private static final AccountId BEN = account("ben");
  private static final Instant PAID = ReferralFixture.T0.plus(Duration.ofDays(3));

  private final ReferralFixture f = new ReferralFixture();

  @Test
  void issuingIsIdempotent() {
    IssuedCode first = f.service.issueCode(ANNA);
    f.clock.advance(Duration.ofDays(1));
    IssuedCode again = f.service.issueCode(ANNA);
    assertThat(again.code()).isEqualTo(first.code());
    assertThat(again.issuedAt()).isEqualTo(ReferralFixture.T0);
    assertThat(f.service.issueCode(BEN).code()).isNotEqualTo(first.code());
    assertThat(f.ports.codes().findByCode(first.code())).map(IssuedCode::account).contains(ANNA);
  }

  @Test
  void aLeadWithACodeIsAttributedAndTheSameLeadAgainGetsTheSameReferral() {
    ReferralCode code = f.service.issueCode(ANNA).code();
    Referral r = f.service.attribute(code, lead("l1"), null);
    assertThat(r.status()).isEqualTo(ReferralStatus.ATTRIBUTED);
    assertThat(r.referrer()).isEqualTo(ANNA);
    assertThat(f.service.attribute(code, lead("l1"), null).id()).isEqualTo(r.id());
    assertThat(f.events.published(ReferralAttributed.class)).hasSize(1);
  }

  @Test
  void anUnknownCodeIsNotFound() {
    assertThatThrownBy(
            () -> f.service.attribute(ReferralCode.parse("R-0123456789AB"), lead("l1"), null))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aLeadWithTheReferrersEmailIsRejectedAtAttributionWithoutTheAddressInAnyMessage() {
    f.facts.putAccount(ANNA, new PartyFacts("anna@example.com", null, null, null));
    f.facts.putLead(lead("l1"), new PartyFacts("ANNA@example.com", null, null, null));
    Referral r = f.service.attribute(f.service.issueCode(ANNA).code(), lead("l1"), null);
    assertThat(r.status()).isEqualTo(ReferralStatus.REJECTED);
    assertThat(r.rejection().ruleId()).isEqualTo(ReferralRules.SELF_EMAIL);
    ReferralRejected e = f.events.published(ReferralRejected.class).get(0);
    assertThat(e.toString()).doesNotContainIgnoringCase("anna@example.com");
  }

  @Test
  void aSecondLeadForAnAlreadyReferredPartyIsRejected() {
    Referral first = f.refer(ANNA, "l1", BEN);
    assertThat(first.status()).isEqualTo(ReferralStatus.ATTRIBUTED);
    ReferralCode other = f.service.issueCode(account("carl")).code();
    Referral second = f.service.attribute(other, lead("l2"), BEN);
    assertThat(second.rejection().ruleId()).isEqualTo(ReferralRules.ALREADY_REFERRED);
  }

  @Test
  void anAccountThatAlreadyWasACustomerIsRejectedWhenLinked() {
    f.facts.customerSince(BEN, ReferralFixture.T0.minus(Duration.ofDays(90)));
    Referral r = f.refer(ANNA, "l1", BEN);
    assertThat(r.status()).isEqualTo(ReferralStatus.REJECTED);
    assertThat(r.rejection().ruleId()).isEqualTo(ReferralRules.ALREADY_CUSTOMER);
    assertThat(f.service.firstInvoicePaid(BEN, "inv-1", PAID))
        .singleElement()
        .extracting(Referral::status)
        .isEqualTo(ReferralStatus.REJECTED);
    assertThat(f.rewards.calls()).isZero();
  }

  @Test
  void theFirstPaidInvoiceQualifiesAndRewardsOnceAndReplaysDoNothing() {
    f.refer(ANNA, "l1", BEN);
    List<Referral> after = f.service.firstInvoicePaid(BEN, "inv-1", PAID);
    Referral r = after.get(0);
    assertThat(r.status()).isEqualTo(ReferralStatus.REWARDED);
    assertThat(r.qualifyingInvoice()).isEqualTo("inv-1");
    assertThat(r.paidAt()).isEqualTo(PAID);
    assertThat(r.rewardGrant()).isNotNull();
    assertThat(f.rewards.grants())
        .singleElement()
        .satisfies(
            g -> {
              assertThat(g.idempotencyKey()).isEqualTo(r.rewardIdempotencyKey());
              assertThat(g.referrer()).isEqualTo(ANNA);
              assertThat(g.reward()).isEqualTo(ReferralFixture.CREDIT);
            });
    for (int i = 0; i < 5; i++) {
      f.service.firstInvoicePaid(BEN, i % 2 == 0 ? "inv-1" : "inv-2", PAID.plusSeconds(i));
    }
    assertThat(f.rewards.calls()).isEqualTo(1);
    assertThat(f.events.published())
        .extracting(DomainEvent::type)
        .containsExactly("ReferralAttributed", "ReferralQualified", "ReferralRewarded");
    assertThat(f.events.published(ReferralQualified.class)).hasSize(1);
    assertThat(f.events.published(ReferralRewarded.class)).hasSize(1);
  }

  @Test
  void aPaymentOfAnAccountNobodyReferredDoesNothing() {
    assertThat(f.service.firstInvoicePaid(BEN, "inv-1", PAID)).isEmpty();
    assertThat(f.rewards.calls()).isZero();
  }

  @Test
  void aPaymentFingerprintLearntAtPaymentStopsASelfReferral() {
    f.facts.putAccount(ANNA, new PartyFacts(null, null, "fp_anna", null));
    f.refer(ANNA, "l1", BEN);
    f.facts.putAccount(BEN, new PartyFacts("ben@example.com", null, "fp_anna", null));
    Referral r = f.service.firstInvoicePaid(BEN, "inv-1", PAID).get(0);
    assertThat(r.status()).isEqualTo(ReferralStatus.REJECTED);
    assertThat(r.rejection().ruleId()).isEqualTo(ReferralRules.SELF_PAYMENT);
    assertThat(f.rewards.calls()).isZero();
  }

  @Test
  void theCapStopsRewardsBeyondItAndNamesTheRule() {
    ReferralFixture capped =
        new ReferralFixture(
            ReferralPolicy.uncapped(ReferralFixture.CREDIT)
                .withCapPerPeriod(2, Duration.ofDays(30))
                .withCapTotal(3));
    for (int i = 0; i < 4; i++) {
      capped.refer(ANNA, "l" + i, account("b" + i));
      capped.service.firstInvoicePaid(account("b" + i), "inv", PAID.plus(Duration.ofDays(i)));
    }
    List<Referral> all = capped.service.referralsOf(ANNA);
    assertThat(all)
        .extracting(Referral::status)
        .containsExactly(
            ReferralStatus.REWARDED,
            ReferralStatus.REWARDED,
            ReferralStatus.REJECTED,
            ReferralStatus.REJECTED);
    assertThat(all.get(2).rejection().ruleId()).isEqualTo(ReferralRules.CAP_PERIOD);
    capped.refer(ANNA, "l9", account("b9"));
    capped.service.firstInvoicePaid(account("b9"), "inv", PAID.plus(Duration.ofDays(90)));
    capped.refer(ANNA, "l10", account("b10"));
    Referral overTotal =
        capped
            .service
            .firstInvoicePaid(account("b10"), "inv", PAID.plus(Duration.ofDays(200)))
            .get(0);
    assertThat(overTotal.rejection().ruleId()).isEqualTo(ReferralRules.CAP_TOTAL);
    assertThat(capped.rewards.grantsOf(ANNA)).hasSize(3);
  }

  /** An uncapped fixture whose rewards port fails while {@code down} is set, else grants. */
  private static ReferralFixture failingWhile(AtomicBoolean down, InMemoryReferralRewards ledger) {
    return ReferralFixture.withRewardsPort(
        ReferralPolicy.uncapped(ReferralFixture.CREDIT),
        g -> {
          if (down.get()) {
            throw new IllegalStateException("billing unavailable");
          }
          return ledger.grant(g);
        });
  }

  @Test
  void aFailingRewardsPortLeavesTheReferralQualifiedAndTheNextReplayGrantsIt() {
    InMemoryReferralRewards ledger = new InMemoryReferralRewards();
    AtomicBoolean down = new AtomicBoolean(true);
    ReferralFixture flaky = failingWhile(down, ledger);
    flaky.refer(ANNA, "l1", BEN);
    assertThatThrownBy(() -> flaky.service.firstInvoicePaid(BEN, "inv-1", PAID))
        .hasMessage("billing unavailable");
    Referral r = flaky.ports.referrals().findByReferredAccount(BEN).get(0);
    assertThat(r.status()).isEqualTo(ReferralStatus.QUALIFIED);
    down.set(false);
    assertThat(flaky.service.firstInvoicePaid(BEN, "inv-1", PAID).get(0).status())
        .isEqualTo(ReferralStatus.REWARDED);
    flaky.service.firstInvoicePaid(BEN, "inv-1", PAID);
    assertThat(ledger.calls()).isEqualTo(1);
  }

  @Test
  void aReversedPaymentRejectsAQualifiedReferralBeforeItsRewardOnly() {
    AtomicBoolean down = new AtomicBoolean(true);
    InMemoryReferralRewards ledger = new InMemoryReferralRewards();
    ReferralFixture flaky = failingWhile(down, ledger);
    flaky.refer(ANNA, "l1", BEN);
    assertThatThrownBy(() -> flaky.service.firstInvoicePaid(BEN, "inv-1", PAID))
        .isInstanceOf(IllegalStateException.class);
    assertThat(flaky.service.firstInvoiceReversed(BEN, "inv-other").get(0).status())
        .isEqualTo(ReferralStatus.QUALIFIED);
    Referral r = flaky.service.firstInvoiceReversed(BEN, "inv-1").get(0);
    assertThat(r.status()).isEqualTo(ReferralStatus.REJECTED);
    assertThat(r.rejection().ruleId()).isEqualTo(ReferralRules.PAYMENT_REVERSED);
    down.set(false);
    flaky.service.firstInvoicePaid(BEN, "inv-1", PAID);
    assertThat(ledger.calls()).isZero();

    f.refer(ANNA, "l2", account("cleo"));
    f.service.firstInvoicePaid(account("cleo"), "inv-2", PAID);
    assertThat(f.service.firstInvoiceReversed(account("cleo"), "inv-2").get(0).status())
        .isEqualTo(ReferralStatus.REWARDED);
  }

  @Test
  void aManualRejectionNeedsAReasonAndIsRefusedOnceRewarded() {
    Referral r = f.refer(ANNA, "l1", BEN);
    assertThatThrownBy(() -> f.service.reject(r.id(), " ", "ops"))
        .isInstanceOf(IllegalArgumentException.class);
    f.service.firstInvoicePaid(BEN, "inv-1", PAID);
    assertThatThrownBy(() -> f.service.reject(r.id(), "fraud suspected", "ops"))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("REWARDED");
    Referral other = f.refer(ANNA, "l2", account("cleo"));
    Referral rejected = f.service.reject(other.id(), "fraud suspected", "ops");
    assertThat(rejected.status()).isEqualTo(ReferralStatus.REJECTED);
    assertThat(rejected.rejection().ruleId()).isEqualTo(ReferralRules.MANUAL);
    assertThat(f.service.firstInvoicePaid(account("cleo"), "inv-9", PAID).get(0).status())
        .isEqualTo(ReferralStatus.REJECTED);
    assertThat(f.rewards.calls()).isEqualTo(1);
  }
}
