package dev.revops.sales.referral;

import static dev.revops.sales.referral.ReferralStatus.ATTRIBUTED;
import static dev.revops.sales.referral.ReferralStatus.ISSUED;
import static dev.revops.sales.referral.ReferralStatus.QUALIFIED;
import static dev.revops.sales.referral.ReferralStatus.REJECTED;
import static dev.revops.sales.referral.ReferralStatus.REWARDED;
import static dev.revops.sales.referral.ReferralTrigger.ATTRIBUTE;
import static dev.revops.sales.referral.ReferralTrigger.QUALIFY;
import static dev.revops.sales.referral.ReferralTrigger.REJECT;
import static dev.revops.sales.referral.ReferralTrigger.REWARD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.error.IllegalTransitionException;
import dev.revops.core.event.Changed;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.LeadId;
import dev.revops.core.statemachine.StateMachine;
import dev.revops.sales.referral.ReferralEvents.ReferralAttributed;
import dev.revops.sales.referral.ReferralEvents.ReferralQualified;
import dev.revops.sales.referral.ReferralEvents.ReferralRejected;
import dev.revops.sales.referral.ReferralEvents.ReferralRewarded;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReferralLifecycleTest {
  private static final StateMachine<ReferralStatus, ReferralTrigger> M = ReferralLifecycle.MACHINE;
  private static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");
  private static final Rejection WHY = new Rejection(ReferralRules.MANUAL, "test");
  private static final ReferralCode CODE = ReferralCode.parse("R-0123456789AB");

  @Test
  void theHappyPathGoesIssuedAttributedQualifiedRewarded() {
    assertThat(M.initialState()).isEqualTo(ISSUED);
    assertThat(M.next(ISSUED, ATTRIBUTE)).isEqualTo(ATTRIBUTED);
    assertThat(M.next(ATTRIBUTED, QUALIFY)).isEqualTo(QUALIFIED);
    assertThat(M.next(QUALIFIED, REWARD)).isEqualTo(REWARDED);
    assertThat(M.terminalStates()).containsExactlyInAnyOrder(REWARDED, REJECTED);
  }

  @Test
  void rejectionIsAllowedFromEveryStateBeforeRewardedWithAReasonOnly() {
    for (ReferralStatus s : new ReferralStatus[] {ISSUED, ATTRIBUTED, QUALIFIED}) {
      assertThat(M.next(s, REJECT, WHY)).isEqualTo(REJECTED);
      assertThatThrownBy(() -> M.next(s, REJECT, null))
          .isInstanceOf(IllegalTransitionException.class)
          .hasMessageContaining(ReferralLifecycle.REASON_GIVEN);
    }
    assertThatThrownBy(() -> M.next(REWARDED, REJECT, WHY))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("Cannot fire REJECT in state REWARDED");
  }

  @Test
  void illegalMovesAreRefusedNamingWhatIsAllowed() {
    assertThatThrownBy(() -> M.next(ATTRIBUTED, REWARD))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("allowed events: [QUALIFY, REJECT]");
    assertThatThrownBy(() -> M.next(ISSUED, QUALIFY))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> M.next(REJECTED, ATTRIBUTE))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> M.next(REWARDED, QUALIFY))
        .isInstanceOf(IllegalTransitionException.class);
  }

  /** Opens referral {@code id} of lead {@code l1} to referrer {@code a1} with {@link #CODE}. */
  private static Changed<Referral> open(
      String id, AccountId referred, Optional<Rejection> refusal) {
    return Referral.open(
        ReferralId.of(id),
        CODE,
        AccountId.of("a1"),
        LeadId.of("l1"),
        referred,
        refusal,
        AT,
        "test");
  }

  @Test
  void theAggregateMovesThroughTheMachineAndEmitsItsEvents() {
    Changed<Referral> opened = open("r1", AccountId.of("a2"), Optional.empty());
    Referral r = opened.value();
    assertThat(r.status()).isEqualTo(ATTRIBUTED);
    assertThat(opened.events()).singleElement().isInstanceOf(ReferralAttributed.class);

    Changed<Referral> qualified = r.qualify("inv-1", AT.plusSeconds(60), "test");
    assertThat(qualified.value().status()).isEqualTo(QUALIFIED);
    assertThat(qualified.value().paidAt()).isEqualTo(AT.plusSeconds(60));
    assertThat(qualified.events()).singleElement().isInstanceOf(ReferralQualified.class);
    assertThatThrownBy(() -> qualified.value().qualify("inv-2", AT, "test"))
        .isInstanceOf(IllegalTransitionException.class);

    Changed<Referral> rewarded =
        qualified.value().rewarded("g1", ReferralFixture.CREDIT, AT.plusSeconds(61), "test");
    assertThat(rewarded.value().status()).isEqualTo(REWARDED);
    assertThat(rewarded.events()).singleElement().isInstanceOf(ReferralRewarded.class);
    assertThat(rewarded.value().history())
        .extracting(h -> h.event())
        .containsExactly(ATTRIBUTE, QUALIFY, REWARD);
    assertThatThrownBy(() -> rewarded.value().reject(WHY, AT, "test"))
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void aRefusedAttributionOpensRejectedWithItsReason() {
    Rejection why = new Rejection(ReferralRules.SELF_EMAIL, "same e-mail");
    Changed<Referral> opened = open("r1", null, Optional.of(why));
    assertThat(opened.value().status()).isEqualTo(REJECTED);
    assertThat(opened.value().rejection()).isEqualTo(why);
    assertThat(opened.events())
        .singleElement()
        .isInstanceOfSatisfying(
            ReferralRejected.class,
            e -> assertThat(e.ruleId()).isEqualTo(ReferralRules.SELF_EMAIL));
    assertThatThrownBy(() -> opened.value().qualify("inv", AT, "test"))
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void theRewardKeyIsDerivedFromTheReferralId() {
    Referral r = open("r-42", null, Optional.empty()).value();
    assertThat(r.rewardIdempotencyKey()).isEqualTo("referral-reward:r-42");
  }

  @Test
  void theDiagramIsGenerated() {
    assertThat(M.toMermaid())
        .contains("[*] --> ISSUED")
        .contains("ATTRIBUTED --> QUALIFIED : QUALIFY")
        .contains("QUALIFIED --> REJECTED : REJECT [a reason is given]");
  }
}
