package dev.revops.collections.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.collections.CollectionsFixtures;
import dev.revops.collections.activity.Activity;
import dev.revops.collections.activity.ActivityType;
import dev.revops.collections.compliance.DebtFacts;
import dev.revops.collections.compliance.DisputeStatus;
import dev.revops.collections.plan.Frequency;
import dev.revops.collections.plan.PaymentPlan;
import dev.revops.collections.priority.ContactInsight;
import dev.revops.collections.priority.Propensity;
import dev.revops.collections.promise.PromiseToPay;
import dev.revops.core.consent.Channel;
import dev.revops.core.consent.ContactOutcome;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ContactId;
import dev.revops.core.id.ReceivableId;
import dev.revops.core.money.Money;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CollectorGuidanceTest {
  static final ZoneId UTC = ZoneId.of("UTC");
  static final AccountId ACC = AccountId.of("a");
  static final ReceivableId DEBT = ReceivableId.of("r");
  static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");
  static final ContactInsight INSIGHT =
      new ContactInsight(Channel.SMS, 17, Map.of(Channel.SMS, 0.6), Map.of(17, 0.5));

  static GuidanceContext context(
      String balance,
      long dpd,
      double p,
      Sentiment s,
      DebtFacts facts,
      List<PromiseToPay> promises,
      PaymentPlan plan,
      List<Activity> recent) {
    return new GuidanceContext(
        ACC,
        Money.of(balance, "USD"),
        "x",
        dpd,
        recent,
        promises,
        plan,
        new Propensity(p, List.of()),
        s,
        facts,
        INSIGHT);
  }

  static NextAction next(GuidanceContext c) {
    return CollectorGuidance.next(c, NOW).action();
  }

  static PromiseToPay promise() {
    return CollectionsFixtures.promise(ACC, DEBT, "p", "10", "2026-06-20", NOW).build();
  }

  /** The next action on a 10 USD debt 10 days past due, on these facts and nothing else. */
  static NextAction nextOn(DebtFacts facts) {
    return next(context("10", 10, 0.5, Sentiment.NEUTRAL, facts, List.of(), null, List.of()));
  }

  @Test
  void rulesApplyInPriorityOrder() {
    DebtFacts clean = DebtFacts.clean();
    assertThat(next(context("0", 10, 0.5, Sentiment.NEUTRAL, clean, List.of(), null, List.of())))
        .isEqualTo(NextAction.NONE_SETTLED);
    assertThat(nextOn(clean.withCease(NOW))).isEqualTo(NextAction.DO_NOT_CONTACT);
    assertThat(nextOn(clean.withDispute(DisputeStatus.DISPUTED)))
        .isEqualTo(NextAction.SEND_VERIFICATION);
    PaymentPlan plan =
        CollectionsFixtures.plan(ACC, List.of(DEBT), "pl", "10", Frequency.MONTHLY, "2026-07-01")
            .equalInstallments(2)
            .accept()
            .value();
    assertThat(next(context("10", 10, 0.5, Sentiment.NEUTRAL, clean, List.of(), plan, List.of())))
        .isEqualTo(NextAction.WAIT_FOR_PLAN);
    assertThat(
            next(
                context(
                    "10", 10, 0.5, Sentiment.NEUTRAL, clean, List.of(promise()), null, List.of())))
        .isEqualTo(NextAction.WAIT_FOR_PROMISE);
    PromiseToPay broken = promise().evaluate(Instant.parse("2026-06-22T00:00:00Z")).value();
    NextBestAction follow =
        CollectorGuidance.next(
            context("10", 10, 0.5, Sentiment.NEUTRAL, clean, List.of(broken), null, List.of()),
            NOW);
    assertThat(follow.action()).isEqualTo(NextAction.FOLLOW_UP_BROKEN_PROMISE);
    assertThat(follow.channel()).isEqualTo(Channel.SMS);
    assertThat(follow.hour()).isEqualTo(17);
    assertThat(next(context("10", 130, 0.1, Sentiment.NEUTRAL, clean, List.of(), null, List.of())))
        .isEqualTo(NextAction.HAND_TO_AGENCY);
    Activity refusal =
        new Activity(
            "o",
            NOW,
            ACC,
            DEBT,
            ContactId.of("c"),
            Channel.PHONE,
            ActivityType.OUTCOME,
            ContactOutcome.REFUSAL,
            "att",
            List.of(),
            "");
    assertThat(
            next(
                context(
                    "10", 10, 0.9, Sentiment.NEUTRAL, clean, List.of(), null, List.of(refusal))))
        .isEqualTo(NextAction.OFFER_PAYMENT_PLAN);
    assertThat(next(context("10", 10, 0.9, Sentiment.NEGATIVE, clean, List.of(), null, List.of())))
        .isEqualTo(NextAction.OFFER_PAYMENT_PLAN);
    NextBestAction reminder =
        CollectorGuidance.next(
            context("10", 10, 0.9, Sentiment.POSITIVE, clean, List.of(), null, List.of()), NOW);
    assertThat(reminder.action()).isEqualTo(NextAction.SEND_SELF_PAY_REMINDER);
    assertThat(reminder.reason()).contains("90%");
    assertThat(next(context("10", 10, 0.4, Sentiment.NEUTRAL, clean, List.of(), null, List.of())))
        .isEqualTo(NextAction.CALL);
  }
}
