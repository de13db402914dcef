package dev.revops.collections.priority;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.collections.activity.Activity;
import dev.revops.collections.activity.ActivityType;
import dev.revops.core.consent.Channel;
import dev.revops.core.consent.ContactOutcome;
import dev.revops.core.consent.ContactPreferences;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ContactId;
import dev.revops.core.id.ReceivableId;
import dev.revops.core.id.UserId;
import dev.revops.core.money.Money;
import dev.revops.core.receivable.AgingBuckets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PrioritisationTest {
  static PaymentHistory history(
      String id, String balance, long dpd, int onTime, int late, int broken) {
    return new PaymentHistory(
        AccountId.of(id), Money.of(balance, "USD"), dpd, onTime, late, 0, broken, 4, 2, 24);
  }

  /** Synthetic portfolio: good payers and recent debts pay; late payers and old debts do not. */
  static List<PropensityModel.Example> examples() {
    Random rnd = new Random(42);
    List<PropensityModel.Example> out = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      int onTime = rnd.nextInt(12);
      int late = rnd.nextInt(12);
      long dpd = rnd.nextInt(180);
      int broken = rnd.nextInt(3);
      double score = 2.5 * onTime / Math.max(1, onTime + late) - dpd / 90.0 - 0.6 * broken + 0.3;
      boolean paid = score + rnd.nextGaussian() * 0.3 > 0;
      out.add(
          new PropensityModel.Example(history("a" + i, "250.00", dpd, onTime, late, broken), paid));
    }
    return out;
  }

  @Test
  void theModelLearnsFromPaymentHistoryAndExplainsEachPrediction() {
    PropensityModel m = PropensityModel.train(examples(), 500, 0.5, 0.001);
    Propensity good = m.predict(history("g", "250.00", 5, 11, 1, 0));
    Propensity bad = m.predict(history("b", "250.00", 170, 1, 11, 2));
    assertThat(good.probability()).isGreaterThan(0.8);
    assertThat(bad.probability()).isLessThan(0.2);
    assertThat(bad.topFactors()).hasSize(3);
    assertThat(bad.topFactors().get(0).feature()).isIn("days_past_due", "on_time_rate");
    assertThat(bad.topFactors().get(0).contribution()).isNegative();
    double[] w = m.weights();
    assertThat(w[PaymentHistory.FEATURES.indexOf("on_time_rate")]).isPositive();
    assertThat(w[PaymentHistory.FEATURES.indexOf("days_past_due")]).isNegative();
    // deterministic training
    assertThat(PropensityModel.train(examples(), 500, 0.5, 0.001).weights()).containsExactly(w);
    // and better than chance on its training data
    long right =
        examples().stream()
            .filter(e -> (m.predict(e.history()).probability() >= 0.5) == e.paid())
            .count();
    assertThat(right).isGreaterThan(340);
  }

  @Test
  void expectedRecoveryValueIsBalanceTimesProbabilityDiscountedByAge() {
    WorkItem fresh = WorkItem.value(AccountId.of("a"), Money.of("1000", "USD"), 0.5, 0, 90);
    WorkItem old = WorkItem.value(AccountId.of("b"), Money.of("1000", "USD"), 0.5, 90, 90);
    assertThat(fresh.expectedValue()).isEqualTo(Money.of("500", "USD"));
    assertThat(old.expectedValue()).isEqualTo(Money.of("250", "USD"));
    assertThat(WorkQueue.of(List.of(old, fresh))).containsExactly(fresh, old);
  }

  @Test
  void allocationSpreadsValueAcrossCollectorsWithinCapacity() {
    List<WorkItem> items = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      items.add(
          WorkItem.value(
              AccountId.of("a" + i), Money.of(String.valueOf(100 * (i + 1)), "USD"), 1.0, 0, 90));
    }
    Allocation a =
        Allocation.allocate(
            items, List.of(new Collector(UserId.of("u1"), 3), new Collector(UserId.of("u2"), 2)));
    assertThat(a.assignments().get(UserId.of("u1")))
        .extracting(i -> i.account().value())
        .containsExactly("a6", "a3", "a2");
    assertThat(a.assignments().get(UserId.of("u2")))
        .extracting(i -> i.account().value())
        .containsExactly("a5", "a4");
    assertThat(a.unassigned()).extracting(i -> i.account().value()).containsExactly("a1", "a0");
  }

  @Test
  void segmentsAndReminderCampaigns() {
    Segmenter s = new Segmenter(AgingBuckets.standard(), List.of(Money.of("500", "USD")), 0.5);
    assertThat(s.segment(history("a", "800", 45, 1, 5, 1), new Propensity(0.3, List.of())).key())
        .isEqualTo("delinquent/31-60/high-value/unlikely/broke-promise");
    assertThat(s.segment(history("b", "80", 0, 1, 0, 0), new Propensity(0.9, List.of())).key())
        .isEqualTo("performing");

    Map<AccountId, ContactPreferences> accounts = new LinkedHashMap<>();
    accounts.put(
        AccountId.of("sms"),
        ContactPreferences.none(ContactId.of("1"))
            .withPreferred(Channel.SMS)
            .optIn(Channel.SMS, "form", Instant.EPOCH));
    accounts.put(
        AccountId.of("sms-no-consent"),
        ContactPreferences.none(ContactId.of("2")).withPreferred(Channel.SMS));
    accounts.put(
        AccountId.of("no-email"),
        ContactPreferences.none(ContactId.of("3")).optOut(Channel.EMAIL, "request", Instant.EPOCH));
    Map<Channel, List<AccountId>> campaigns = ReminderCampaigns.assign(accounts);
    assertThat(campaigns.get(Channel.SMS)).containsExactly(AccountId.of("sms"));
    assertThat(campaigns.get(Channel.EMAIL)).containsExactly(AccountId.of("sms-no-consent"));
    assertThat(campaigns.get(Channel.LETTER)).containsExactly(AccountId.of("no-email"));
  }

  @Test
  void bestChannelAndHourAreLearnedFromRightPartyContacts() {
    ZoneId ny = ZoneId.of("America/New_York");
    List<Activity> log = new ArrayList<>();
    int n = 0;
    for (int day = 1; day <= 6; day++) {
      log.add(
          outcome(
              n++,
              Channel.PHONE,
              LocalDateTime.of(2026, 6, day, 18, 15).atZone(ny).toInstant(),
              ContactOutcome.RIGHT_PARTY_CONTACT));
      log.add(
          outcome(
              n++,
              Channel.PHONE,
              LocalDateTime.of(2026, 6, day, 10, 15).atZone(ny).toInstant(),
              ContactOutcome.NO_ANSWER));
      log.add(
          outcome(
              n++,
              Channel.SMS,
              LocalDateTime.of(2026, 6, day, 12, 0).atZone(ny).toInstant(),
              ContactOutcome.DELIVERED));
    }
    ContactInsight insight = ContactTimeLearner.learn(log, ny);
    assertThat(insight.channel()).contains(Channel.PHONE);
    assertThat(insight.hour()).contains(18);
    assertThat(ContactTimeLearner.learn(List.of(), ny).channel()).isEmpty();
  }

  static Activity outcome(int n, Channel c, Instant at, ContactOutcome o) {
    return new Activity(
        "o" + n,
        at,
        AccountId.of("a"),
        ReceivableId.of("r"),
        ContactId.of("c"),
        c,
        ActivityType.OUTCOME,
        o,
        "att" + n,
        List.of(),
        "");
  }
}
