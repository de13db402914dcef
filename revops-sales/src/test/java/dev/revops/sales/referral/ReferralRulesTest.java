package dev.revops.sales.referral;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.id.AccountId;
import dev.revops.core.id.LeadId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReferralRulesTest {
  private static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");
  private static final AccountId REFERRER = AccountId.of("referrer");
  private final ReferralRules rules =
      new ReferralRules(ReferralPolicy.uncapped(ReferralFixture.CREDIT));

  private static final PartyFacts ALICE =
      new PartyFacts(
          "Alice.Smith+promo@Gmail.com", "(415) 555-0123", "fp_1", "12 Main Street, Apt 4");

  private Optional<Rejection> self(PartyFacts referred) {
    return rules.selfReferral(ALICE, referred);
  }

  @Test
  void theSameEmailAfterNormalisationIsASelfReferral() {
    Optional<Rejection> r = self(new PartyFacts(" alicesmith@googlemail.com ", null, null, null));
    assertThat(r).map(Rejection::ruleId).contains(ReferralRules.SELF_EMAIL);
    assertThat(r.get().reason()).doesNotContainIgnoringCase("alice").doesNotContain("@");
  }

  @Test
  void theSamePhoneAfterNormalisationIsASelfReferral() {
    Optional<Rejection> r = self(new PartyFacts("bob@example.com", "+1 415-555-0123", null, null));
    assertThat(r).map(Rejection::ruleId).contains(ReferralRules.SELF_PHONE);
    assertThat(r.get().reason()).doesNotContain("415");
  }

  @Test
  void theSamePaymentFingerprintIsASelfReferral() {
    Optional<Rejection> r = self(new PartyFacts(null, null, " fp_1 ", null));
    assertThat(r).map(Rejection::ruleId).contains(ReferralRules.SELF_PAYMENT);
    assertThat(r.get().reason()).doesNotContain("fp_1");
    assertThat(self(new PartyFacts(null, null, "FP_1", null))).isEmpty();
  }

  @Test
  void theSameAddressAfterNormalisationIsASelfReferral() {
    Optional<Rejection> r = self(new PartyFacts(null, null, null, "12 MAIN ST. apartment 4"));
    assertThat(r).map(Rejection::ruleId).contains(ReferralRules.SELF_ADDRESS);
    assertThat(r.get().reason()).doesNotContain("Main");
  }

  @Test
  void differentOrMissingFactsAreNoSelfReferral() {
    assertThat(self(new PartyFacts("bob@example.com", "+44 20 7946 0958", "fp_2", "1 High Rd")))
        .isEmpty();
    assertThat(self(PartyFacts.NONE)).isEmpty();
    assertThat(rules.selfReferral(PartyFacts.NONE, PartyFacts.NONE)).isEmpty();
    assertThat(ALICE.toString()).doesNotContain("alice", "Alice", "415", "fp_1", "Main");
  }

  @Test
  void attributionRefusesTheOwnAccountAnAlreadyCustomerAndAnAlreadyReferredParty() {
    assertThat(rules.atAttribution(REFERRER, REFERRER, false, List.of(), ALICE, PartyFacts.NONE))
        .map(Rejection::ruleId)
        .contains(ReferralRules.SELF_ACCOUNT);
    assertThat(
            rules.atAttribution(
                REFERRER, AccountId.of("b"), true, List.of(), ALICE, PartyFacts.NONE))
        .map(Rejection::ruleId)
        .contains(ReferralRules.ALREADY_CUSTOMER);
    Referral live = referral("r0", REFERRER, null, Optional.empty());
    assertThat(rules.atAttribution(REFERRER, null, false, List.of(live), ALICE, PartyFacts.NONE))
        .map(Rejection::ruleId)
        .contains(ReferralRules.ALREADY_REFERRED);
    Referral rejected =
        referral("r0", REFERRER, null, Optional.of(new Rejection(ReferralRules.MANUAL, "x")));
    assertThat(
            rules.atAttribution(REFERRER, null, false, List.of(rejected), ALICE, PartyFacts.NONE))
        .isEmpty();
  }

  @Test
  void theTotalCapCountsQualifiedAndRewardedReferralsOnly() {
    ReferralRules capped =
        new ReferralRules(ReferralPolicy.uncapped(ReferralFixture.CREDIT).withCapTotal(2));
    List<Referral> ofReferrer = new ArrayList<>();
    ofReferrer.add(qualified("r1", AT.minus(Duration.ofDays(400))));
    ofReferrer.add(referral("r2", REFERRER, AccountId.of("x"), Optional.empty()));
    assertThat(capped.overCap(ReferralId.of("new"), ofReferrer, AT)).isEmpty();
    ofReferrer.add(qualified("r3", AT.minus(Duration.ofDays(1))));
    assertThat(capped.overCap(ReferralId.of("new"), ofReferrer, AT))
        .map(Rejection::ruleId)
        .contains(ReferralRules.CAP_TOTAL);
    assertThat(capped.overCap(ReferralId.of("r3"), ofReferrer, AT)).isEmpty();
  }

  @Test
  void thePeriodCapCountsWithinOnePeriodEitherSide() {
    ReferralRules capped =
        new ReferralRules(
            ReferralPolicy.uncapped(ReferralFixture.CREDIT)
                .withCapPerPeriod(1, Duration.ofDays(30)));
    List<Referral> old = List.of(qualified("r1", AT.minus(Duration.ofDays(30))));
    assertThat(capped.overCap(ReferralId.of("new"), old, AT)).isEmpty();
    List<Referral> recent = List.of(qualified("r1", AT.minus(Duration.ofDays(29))));
    assertThat(capped.overCap(ReferralId.of("new"), recent, AT))
        .map(Rejection::ruleId)
        .contains(ReferralRules.CAP_PERIOD);
    List<Referral> laterButFirst = List.of(qualified("r1", AT.plus(Duration.ofDays(10))));
    assertThat(capped.overCap(ReferralId.of("new"), laterButFirst, AT))
        .map(Rejection::ruleId)
        .contains(ReferralRules.CAP_PERIOD);
  }

  @Test
  void everyRuleIdIsListed() {
    assertThat(ReferralRules.RULES)
        .containsKeys(
            ReferralRules.SELF_ACCOUNT,
            ReferralRules.SELF_EMAIL,
            ReferralRules.SELF_PHONE,
            ReferralRules.SELF_PAYMENT,
            ReferralRules.SELF_ADDRESS,
            ReferralRules.ALREADY_CUSTOMER,
            ReferralRules.ALREADY_REFERRED,
            ReferralRules.CAP_PERIOD,
            ReferralRules.CAP_TOTAL,
            ReferralRules.MANUAL,
            ReferralRules.PAYMENT_REVERSED);
  }

  private static Referral referral(
      String id, AccountId referrer, AccountId referred, Optional<Rejection> refusal) {
    return Referral.open(
            ReferralId.of(id),
            ReferralCode.parse("R-0123456789AB"),
            referrer,
            LeadId.of("lead-" + id),
            referred,
            refusal,
            AT.minus(Duration.ofDays(500)),
            "t")
        .value();
  }

  private static Referral qualified(String id, Instant paidAt) {
    return referral(id, REFERRER, AccountId.of("acct-" + id), Optional.empty())
        .qualify("inv-" + id, paidAt, "t")
        .value();
  }
}
