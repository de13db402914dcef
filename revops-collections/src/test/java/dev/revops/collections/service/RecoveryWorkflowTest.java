package dev.revops.collections.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.collections.CollectionsFixtures;
import dev.revops.collections.activity.Activity;
import dev.revops.collections.activity.ActivityType;
import dev.revops.collections.aging.AgingReport;
import dev.revops.collections.aging.PortfolioAging;
import dev.revops.collections.compliance.CollectionsContactPolicy;
import dev.revops.collections.compliance.ContactKind;
import dev.revops.collections.compliance.DebtContactRules;
import dev.revops.collections.compliance.DebtFacts;
import dev.revops.collections.compliance.IntendedContact;
import dev.revops.collections.compliance.Jurisdiction;
import dev.revops.collections.dunning.DueAction;
import dev.revops.collections.dunning.DunningAction;
import dev.revops.collections.dunning.DunningCase;
import dev.revops.collections.dunning.DunningConditions;
import dev.revops.collections.dunning.DunningEvaluation;
import dev.revops.collections.dunning.DunningFacts;
import dev.revops.collections.dunning.DunningPolicy;
import dev.revops.collections.dunning.DunningStep;
import dev.revops.collections.dunning.PaymentOverdue;
import dev.revops.collections.guidance.CollectorGuidance;
import dev.revops.collections.guidance.GuidanceContext;
import dev.revops.collections.guidance.NextAction;
import dev.revops.collections.guidance.NextBestAction;
import dev.revops.collections.guidance.Sentiment;
import dev.revops.collections.port.memory.InMemoryActivityLog;
import dev.revops.collections.port.memory.InMemoryPaymentStatus;
import dev.revops.collections.port.memory.InMemoryPromiseRepository;
import dev.revops.collections.priority.Allocation;
import dev.revops.collections.priority.Collector;
import dev.revops.collections.priority.ContactInsight;
import dev.revops.collections.priority.ContactTimeLearner;
import dev.revops.collections.priority.PaymentHistory;
import dev.revops.collections.priority.Propensity;
import dev.revops.collections.priority.PropensityModel;
import dev.revops.collections.priority.ReminderCampaigns;
import dev.revops.collections.priority.Segment;
import dev.revops.collections.priority.Segmenter;
import dev.revops.collections.priority.WorkItem;
import dev.revops.collections.promise.PromiseBroken;
import dev.revops.collections.promise.PromiseId;
import dev.revops.collections.promise.PromiseStatus;
import dev.revops.collections.promise.PromiseToPay;
import dev.revops.core.consent.Channel;
import dev.revops.core.consent.ContactOutcome;
import dev.revops.core.consent.ContactPreferences;
import dev.revops.core.event.Changed;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ContactId;
import dev.revops.core.id.UserId;
import dev.revops.core.money.Money;
import dev.revops.core.port.memory.InMemoryEventPublisher;
import dev.revops.core.port.memory.InMemoryRepository;
import dev.revops.core.port.memory.SequentialIdGenerator;
import dev.revops.core.receivable.AgingBuckets;
import dev.revops.core.receivable.Receivable;
import dev.revops.core.time.BusinessCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The seed's 11-step revenue recovery workflow, end to end, on in-memory ports: receivables from
 * "any billing system" (built by hand here), aging, segmentation, campaigns, allocation, voicemail
 * drops with self-pay, best channel and hour, the latest-payment check, context and guidance, the
 * promise to pay and the follow-up.
 */
class RecoveryWorkflowTest {
  static final ZoneId NY = ZoneId.of("America/New_York");
  static final LocalDate TODAY = LocalDate.parse("2026-06-15");
  static final AccountId ALICE = AccountId.of("acc-alice");
  static final AccountId BOB = AccountId.of("acc-bob");
  static final AccountId CAROL = AccountId.of("acc-carol");
  static final AccountId DAVE = AccountId.of("acc-dave");

  final InMemoryActivityLog log = new InMemoryActivityLog();
  final InMemoryPaymentStatus payments = new InMemoryPaymentStatus();
  final InMemoryEventPublisher events = new InMemoryEventPublisher();
  final InMemoryPromiseRepository promises = new InMemoryPromiseRepository();
  final InMemoryRepository<AccountId, DunningCase> dunningCases =
      new InMemoryRepository<>("Dunning");
  final ContactGate gate =
      new ContactGate(
          CollectionsContactPolicy.forJurisdiction(
              Jurisdiction.US_FEDERAL, BusinessCalendar.builder(NY).build()),
          log,
          payments,
          new SequentialIdGenerator("act-"));

  static Instant ny(LocalDate day, int hour, int minute) {
    return LocalDateTime.of(day, java.time.LocalTime.of(hour, minute)).atZone(NY).toInstant();
  }

  static Receivable debt(String id, AccountId a, long daysPastDue, String amount) {
    return CollectionsFixtures.receivable(id, a, amount, TODAY.minusDays(daysPastDue));
  }

  static PaymentHistory history(
      AccountId a, Money balance, long dpd, int onTime, int late, int broken) {
    return new PaymentHistory(a, balance, dpd, onTime, late, 0, broken, 3, 1, 30);
  }

  static PropensityModel trainedModel() {
    Random rnd = new Random(7);
    List<PropensityModel.Example> ex = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      int onTime = rnd.nextInt(12);
      int late = rnd.nextInt(12);
      long dpd = rnd.nextInt(150);
      double score = 2.5 * onTime / Math.max(1, onTime + late) - dpd / 80.0 + 0.2;
      ex.add(
          new PropensityModel.Example(
              history(AccountId.of("h" + i), Money.of("300", "USD"), dpd, onTime, late, 0),
              score + rnd.nextGaussian() * 0.3 > 0));
    }
    return PropensityModel.train(ex, 400, 0.5, 0.001);
  }

  static ContactPreferences prefs(String id) {
    return ContactPreferences.none(ContactId.of(id))
        .optIn(Channel.AUTOMATED_CALL, "signup", Instant.EPOCH)
        .optIn(Channel.SMS, "signup", Instant.EPOCH);
  }

  static DebtFacts noticed() {
    return DebtFacts.clean()
        .withFirstContactOn(TODAY.minusDays(40))
        .withValidationNoticeSentOn(TODAY.minusDays(40));
  }

  /** A collection contact about the debt, with the consumer's opt-ins and the notice sent. */
  GateResult attempt(
      AccountId account, Receivable debt, String contact, Channel channel, Instant at) {
    return gate.attempt(
        IntendedContact.builder()
            .account(account)
            .debt(debt.id())
            .preferences(prefs(contact))
            .zones(Set.of(NY))
            .channel(channel)
            .at(at)
            .kind(ContactKind.COLLECTION)
            .facts(noticed())
            .build());
  }

  /** What the agent sees about Bob: his activity so far, the promises given and the insight. */
  GuidanceContext bobContext(
      Money balance,
      Segment segment,
      int daysPastDue,
      List<PromiseToPay> promisesMade,
      Propensity propensity,
      Sentiment sentiment,
      ContactInsight insight) {
    return new GuidanceContext(
        BOB,
        balance,
        segment.bucket(),
        daysPastDue,
        log.forAccount(BOB),
        promisesMade,
        null,
        propensity,
        sentiment,
        noticed(),
        insight);
  }

  @Test
  void elevenStepRecoveryWorkflow() {
    Receivable alice = debt("inv-a", ALICE, 45, "800.00");
    Receivable bob = debt("inv-b", BOB, 95, "1500.00");
    Receivable carol = debt("inv-c", CAROL, -5, "120.00"); // due in 5 days: performing
    Receivable dave = debt("inv-d", DAVE, 20, "300.00");
    List<Receivable> all = List.of(alice, bob, carol, dave);
    all.forEach(r -> payments.set(r.id(), r.amountDue()));
    Instant now = ny(TODAY, 10, 0);

    // 1. segment customers by recovery value (trained, explainable propensity)
    PropensityModel model = trainedModel();
    Map<AccountId, PaymentHistory> histories = new LinkedHashMap<>();
    histories.put(ALICE, history(ALICE, alice.amountDue(), 45, 11, 1, 0));
    histories.put(BOB, history(BOB, bob.amountDue(), 95, 2, 9, 1));
    histories.put(DAVE, history(DAVE, dave.amountDue(), 20, 6, 3, 0));
    Map<AccountId, Propensity> propensity = new LinkedHashMap<>();
    histories.forEach((a, h) -> propensity.put(a, model.predict(h)));
    assertThat(propensity.get(ALICE).probability()).isGreaterThan(0.6);
    assertThat(propensity.get(BOB).probability()).isLessThan(0.4);
    assertThat(propensity.get(BOB).topFactors()).isNotEmpty();
    List<WorkItem> items = new ArrayList<>();
    histories.forEach(
        (a, h) ->
            items.add(
                WorkItem.value(
                    a,
                    h.balance(),
                    propensity.get(a).probability(),
                    h.daysPastDue(),
                    WorkItem.DEFAULT_HALF_LIFE_DAYS)));

    // 2. delinquent accounts in days-past-due buckets
    PortfolioAging aging = AgingReport.portfolio(all, a -> NY, now, AgingBuckets.standard());
    assertThat(aging.total("31-60", Money.of("0", "USD").currency()))
        .isEqualTo(Money.of("800", "USD"));
    assertThat(aging.total("91-120", Money.of("0", "USD").currency()))
        .isEqualTo(Money.of("1500", "USD"));
    Segmenter segmenter =
        new Segmenter(AgingBuckets.standard(), List.of(Money.of("1000", "USD")), 0.6);
    Segment bobSegment = segmenter.segment(histories.get(BOB), propensity.get(BOB));
    Segment aliceSegment = segmenter.segment(histories.get(ALICE), propensity.get(ALICE));
    assertThat(bobSegment.key()).isEqualTo("delinquent/91-120/high-value/unlikely/broke-promise");
    assertThat(aliceSegment.key()).isEqualTo("delinquent/31-60/low-value/likely");

    // 3. performing accounts into reminder campaigns by channel preference
    Map<Channel, List<AccountId>> campaigns =
        ReminderCampaigns.assign(Map.of(CAROL, prefs("c-carol").withPreferred(Channel.SMS)));
    assertThat(campaigns).containsEntry(Channel.SMS, List.of(CAROL));

    // 4. agents allocated by recovery value and capacity
    Allocation allocation =
        Allocation.allocate(
            items,
            List.of(
                new Collector(UserId.of("agent-1"), 1), new Collector(UserId.of("agent-2"), 1)));
    List<AccountId> worked = new ArrayList<>();
    allocation.assignments().values().forEach(l -> l.forEach(i -> worked.add(i.account())));
    assertThat(worked).hasSize(2).contains(ALICE);
    assertThat(allocation.unassigned()).hasSize(1);

    // 5. voicemail drops with a self-pay link for the segment likely to react to reminders
    DunningPolicy ladder =
        DunningPolicy.of(
            "likely-self-pay",
            List.of(
                DunningStep.of("self-pay", 30, DunningAction.VOICEMAIL_DROP)
                    .when(new DunningConditions(null, null, Set.of("likely"), null, null)),
                DunningStep.of("call", 60, DunningAction.CALL_TASK)));
    DunningService dunning = new DunningService(dunningCases, events);
    DunningEvaluation aliceDunning =
        dunning.run(
            DunningFacts.of(ALICE, NY, List.of(alice)).withTags(Set.of("likely"), null),
            ladder,
            now);
    assertThat(aliceDunning.actions())
        .extracting(DueAction::action)
        .containsExactly(DunningAction.VOICEMAIL_DROP);
    assertThat(aliceDunning.nextEvaluation())
        .contains(TODAY.plusDays(15).atStartOfDay(NY).toInstant());
    assertThat(events.published(PaymentOverdue.class)).hasSize(1);
    GateResult drop =
        attempt(ALICE, alice, "c-alice", DunningAction.VOICEMAIL_DROP.channel().orElseThrow(), now);
    assertThat(drop.allowed()).isTrue();
    gate.recordOutcome(drop.entry().id(), ContactOutcome.VOICEMAIL_LEFT, now, "self-pay-link");

    // 6. best channel and time to contact, learned from past right-party contacts
    for (int d = 0; d < 3; d++) {
      LocalDate base = TODAY.minusDays(60 - 10L * d);
      GateResult miss = attempt(BOB, bob, "c-bob", Channel.PHONE, ny(base, 11, 0));
      assertThat(miss.blockingRuleIds()).isEmpty();
      gate.recordOutcome(miss.entry().id(), ContactOutcome.NO_ANSWER, miss.entry().at(), "");
      GateResult past = attempt(BOB, bob, "c-bob", Channel.PHONE, ny(base.plusDays(1), 18, 30));
      assertThat(past.blockingRuleIds()).isEmpty();
      gate.recordOutcome(
          past.entry().id(), ContactOutcome.RIGHT_PARTY_CONTACT, past.entry().at(), "");
    }
    ContactInsight insight = ContactTimeLearner.learn(log.forAccount(BOB), NY);
    assertThat(insight.hour()).contains(18);
    assertThat(insight.channel()).contains(Channel.PHONE);

    // 7. real-time check of the latest payment before any contact: Dave just paid
    payments.set(dave.id(), Money.of("0", "USD"));
    GateResult daveCall = attempt(DAVE, dave, "c-dave", Channel.PHONE, now);
    assertThat(daveCall.status()).isEqualTo(GateResult.Status.DROPPED_SETTLED);

    // 8. context, payment history and sentiment surfaced to the agent
    GuidanceContext bobContext =
        bobContext(
            bob.amountDue(),
            bobSegment,
            95,
            promises.findAll().stream().filter(p -> p.account().equals(BOB)).toList(),
            propensity.get(BOB),
            Sentiment.NEUTRAL,
            insight);
    assertThat(bobContext.recentActivity()).hasSize(12);

    // 9. guide the collector through the recovery steps
    NextBestAction guidance = CollectorGuidance.next(bobContext, now);
    assertThat(guidance.action()).isEqualTo(NextAction.OFFER_PAYMENT_PLAN);
    assertThat(guidance.channel()).isEqualTo(Channel.PHONE);
    assertThat(guidance.hour()).isEqualTo(18);

    // 10. capture the customer's promise to pay on a compliant call at the suggested hour
    GateResult call = attempt(BOB, bob, "c-bob", guidance.channel(), ny(TODAY, guidance.hour(), 0));
    assertThat(call.allowed()).isTrue();
    gate.recordOutcome(call.entry().id(), ContactOutcome.PROMISE_TO_PAY, ny(TODAY, 18, 10), "ptp");
    PromiseToPay promise =
        promises.save(
            PromiseToPay.builder()
                .id(PromiseId.of("ptp-1"))
                .account(BOB)
                .debt(bob.id())
                .amount(Money.of("500", "USD"))
                .promisedFor(TODAY.plusDays(5))
                .graceDays(2)
                .tolerance(Money.of("1", "USD"))
                .zone(NY)
                .madeAt(ny(TODAY, 18, 10))
                .build(),
            PromiseToPay.NEW);
    // the conversation starts Reg F's 7-day quiet period for calls about this debt
    GateResult tooSoon = attempt(BOB, bob, "c-bob", Channel.PHONE, ny(TODAY.plusDays(3), 12, 0));
    assertThat(tooSoon.blockingRuleIds()).containsExactly(DebtContactRules.CALL_AFTER_CONVERSATION);

    // 11. queue the next best action: wait for the promise, then follow up when it is broken
    GuidanceContext withPromise =
        bobContext(
            bob.amountDue(),
            bobSegment,
            95,
            List.of(promise),
            propensity.get(BOB),
            Sentiment.POSITIVE,
            insight);
    assertThat(CollectorGuidance.next(withPromise, now).action())
        .isEqualTo(NextAction.WAIT_FOR_PROMISE);
    Changed<PromiseToPay> paidPart =
        promise.recordPayment(Money.of("200", "USD"), ny(TODAY.plusDays(4), 9, 0));
    promise = promises.save(paidPart.value(), promise.version());
    Changed<PromiseToPay> expired = promise.evaluate(ny(TODAY.plusDays(8), 0, 5));
    promise = promises.save(expired.value(), promise.version());
    events.publish(expired.events());
    assertThat(promise.status()).isEqualTo(PromiseStatus.PARTIALLY_KEPT);
    assertThat(events.published(PromiseBroken.class))
        .singleElement()
        .satisfies(e -> assertThat(e.paid()).isEqualTo(Money.of("200", "USD")));
    GuidanceContext afterBreak =
        bobContext(
            Money.of("1300", "USD"),
            bobSegment,
            103,
            List.of(promise),
            propensity.get(BOB),
            Sentiment.NEUTRAL,
            insight);
    NextBestAction followUp = CollectorGuidance.next(afterBreak, ny(TODAY.plusDays(8), 9, 0));
    assertThat(followUp.action()).isEqualTo(NextAction.FOLLOW_UP_BROKEN_PROMISE);

    // every activity is documented: attempts (allowed, blocked, dropped) and outcomes
    List<Activity> documented = log.all();
    assertThat(documented)
        .extracting(Activity::type)
        .contains(
            ActivityType.ATTEMPT_ALLOWED,
            ActivityType.ATTEMPT_BLOCKED,
            ActivityType.ATTEMPT_DROPPED_SETTLED,
            ActivityType.OUTCOME);
    long rpc =
        documented.stream()
            .filter(a -> a.type() == ActivityType.OUTCOME && a.outcome().isRightPartyContact())
            .count();
    long ptp =
        documented.stream().filter(a -> a.outcome() == ContactOutcome.PROMISE_TO_PAY).count();
    assertThat(rpc).isEqualTo(4);
    assertThat(ptp).isEqualTo(1);
  }
}
