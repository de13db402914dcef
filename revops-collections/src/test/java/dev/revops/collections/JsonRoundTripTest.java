package dev.revops.collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.revops.collections.activity.Activity;
import dev.revops.collections.activity.ActivityType;
import dev.revops.collections.aging.BucketChanged;
import dev.revops.collections.dunning.DunningAction;
import dev.revops.collections.dunning.DunningCase;
import dev.revops.collections.dunning.DunningEnded;
import dev.revops.collections.dunning.DunningStepReached;
import dev.revops.collections.dunning.PaymentOverdue;
import dev.revops.collections.plan.Frequency;
import dev.revops.collections.plan.PaymentPlan;
import dev.revops.collections.plan.PlanCompleted;
import dev.revops.collections.plan.PlanDefaulted;
import dev.revops.collections.plan.PlanId;
import dev.revops.collections.promise.PromiseBroken;
import dev.revops.collections.promise.PromiseId;
import dev.revops.collections.promise.PromiseKept;
import dev.revops.collections.promise.PromiseToPay;
import dev.revops.core.consent.Channel;
import dev.revops.core.consent.ContactOutcome;
import dev.revops.core.error.IllegalTransitionException;
import dev.revops.core.event.DomainEvent;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ContactId;
import dev.revops.core.id.ReceivableId;
import dev.revops.core.json.RevOpsJson;
import dev.revops.core.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * Every collections aggregate and event survives core's strict JSON mapper: write then read gives
 * an equal value. Event ids are built from {@code DomainEvent.type()}.
 */
class JsonRoundTripTest {
  static final ObjectMapper JSON = RevOpsJson.mapper();
  static final AccountId ACC = AccountId.of("acc");
  static final ReceivableId DEBT = ReceivableId.of("r-1");
  static final Instant T0 = Instant.parse("2026-06-01T12:00:00Z");
  static final ZoneId NY = ZoneId.of("America/New_York");

  static <T> T roundTrip(T value) {
    try {
      @SuppressWarnings("unchecked")
      Class<T> type = (Class<T>) value.getClass();
      return JSON.readValue(JSON.writeValueAsString(value), type);
    } catch (JsonProcessingException e) {
      throw new AssertionError(value.getClass().getSimpleName() + ": " + e.getMessage(), e);
    }
  }

  static PromiseToPay promise() {
    return CollectionsFixtures.promise(ACC, DEBT, "p-1", "50.00", "2026-06-05", T0)
        .graceDays(2)
        .tolerance(Money.of("1.00", "USD"))
        .zone(NY)
        .build();
  }

  static PaymentPlan plan() {
    return CollectionsFixtures.plan(
            ACC,
            List.of(DEBT, ReceivableId.of("r-2")),
            "plan-1",
            "100.00",
            Frequency.MONTHLY,
            "2026-01-31")
        .graceDays(3)
        .zone(NY)
        .equalInstallments(3);
  }

  static List<DomainEvent> events() {
    return List.of(
        new PromiseKept(PromiseId.of("p-1"), ACC, T0),
        new PromiseBroken(
            PromiseId.of("p-1"), ACC, Money.of("50", "USD"), Money.of("20", "USD"), true, T0),
        new PlanCompleted(PlanId.of("plan-1"), ACC, T0),
        new PlanDefaulted(PlanId.of("plan-1"), ACC, 2, Money.of("66.66", "USD"), T0),
        new BucketChanged(ACC, "1-30", "31-60", LocalDate.parse("2026-06-01")),
        new BucketChanged(ACC, null, "current", LocalDate.parse("2026-06-01")),
        new DunningEnded(ACC, LocalDate.parse("2026-05-01"), T0),
        new DunningEnded(ACC, null, T0),
        new PaymentOverdue(ACC, DEBT, LocalDate.parse("2026-05-01"), Money.of("9.99", "EUR"), T0),
        new DunningStepReached(
            ACC,
            "first",
            LocalDate.parse("2026-05-01"),
            List.of(DunningAction.EMAIL, DunningAction.SMS),
            T0));
  }

  @Test
  void everyEventRoundTripsAndItsIdStartsWithItsType() {
    for (DomainEvent e : events()) {
      assertThat(roundTrip(e)).as(e.type()).isEqualTo(e);
      assertThat(e.eventId().value()).startsWith(e.type() + ":");
    }
    assertThat(new PromiseKept(PromiseId.of("p-1"), ACC, T0).eventId().value())
        .isEqualTo("PromiseKept:p-1");
  }

  @Test
  void everyEventNamesTheAggregateItBelongsTo() {
    // promises and plans are their own aggregates; dunning and aging events belong to the account
    assertThat(events())
        .extracting(DomainEvent::aggregateId)
        .containsExactly(
            "p-1", "p-1", "plan-1", "plan-1", "acc", "acc", "acc", "acc", "acc", "acc");
  }

  @Test
  void aggregatesRoundTripInEveryState() {
    PromiseToPay open = promise();
    PromiseToPay partlyPaid = open.recordPayment(Money.of("20", "USD"), T0).value();
    PromiseToPay broken = partlyPaid.evaluate(Instant.parse("2026-06-09T00:00:00Z")).value();
    for (PromiseToPay p : List.of(open, partlyPaid, broken, open.withVersion(7))) {
      assertThat(roundTrip(p)).isEqualTo(p);
    }
    PaymentPlan proposed = plan();
    PaymentPlan active = proposed.accept().value();
    PaymentPlan paid = active.recordPayment(Money.of("40", "USD"), T0).value();
    for (PaymentPlan p : List.of(proposed, active, paid, paid.withVersion(3))) {
      assertThat(roundTrip(p)).isEqualTo(p);
    }
    DunningCase fresh = DunningCase.start(ACC);
    DunningCase running =
        new DunningCase(
            ACC,
            LocalDate.parse("2026-05-01"),
            List.of("first", "call"),
            Set.of(DEBT),
            true,
            true,
            4);
    assertThat(roundTrip(fresh)).isEqualTo(fresh);
    assertThat(roundTrip(running)).isEqualTo(running);
  }

  @Test
  void activityLogEntriesRoundTrip() {
    Activity attempt =
        new Activity(
            "a-1",
            T0,
            ACC,
            DEBT,
            ContactId.of("c-1"),
            Channel.SMS,
            ActivityType.ATTEMPT_BLOCKED,
            null,
            null,
            List.of("regf.call-frequency"),
            "COLLECTION");
    Activity outcome =
        new Activity(
            "a-2",
            T0,
            ACC,
            DEBT,
            ContactId.of("c-1"),
            Channel.SMS,
            ActivityType.OUTCOME,
            ContactOutcome.DELIVERED,
            "a-1",
            List.of(),
            "");
    assertThat(roundTrip(attempt)).isEqualTo(attempt);
    assertThat(roundTrip(outcome)).isEqualTo(outcome);
  }

  @Property(tries = 1000)
  void promisesAndPlansRoundTripForAnyAmountsAndDates(
      @ForAll @LongRange(min = 1, max = 1_000_000_000L) long minor,
      @ForAll @IntRange(min = 1, max = 24) int count,
      @ForAll @IntRange(min = 0, max = 4000) int day,
      @ForAll @IntRange(min = 0, max = 30) int grace,
      @ForAll @LongRange(min = 0, max = 1_000_000_000L) long paidMinor) {
    LocalDate date = LocalDate.parse("2020-01-01").plusDays(day);
    Money amount = Money.ofMinor(minor, "JPY");
    PromiseToPay p =
        PromiseToPay.builder()
            .id(PromiseId.of("p-" + day))
            .account(ACC)
            .debt(DEBT)
            .amount(amount)
            .promisedFor(date)
            .graceDays(grace)
            .tolerance(Money.ofMinor(minor / 3, "JPY"))
            .zone(NY)
            .madeAt(T0)
            .build();
    if (paidMinor > 0) {
      p = p.recordPayment(Money.ofMinor(paidMinor, "JPY"), T0).value();
    }
    assertThat(roundTrip(p)).isEqualTo(p);
    PaymentPlan plan =
        PaymentPlan.builder()
            .id(PlanId.of("plan-" + day))
            .account(ACC)
            .debts(List.of(DEBT))
            .balance(amount)
            .frequency(day % 2 == 0 ? Frequency.WEEKLY : Frequency.MONTHLY)
            .firstDue(date)
            .graceDays(grace)
            .zone(NY)
            .equalInstallments(count)
            .accept()
            .value();
    if (paidMinor > 0) {
      plan = plan.recordPayment(Money.ofMinor(paidMinor, "JPY"), T0).value();
    }
    assertThat(roundTrip(plan)).isEqualTo(plan);
  }

  @Test
  void aPaymentOnAPlanThatIsNotActiveIsAnIllegalTransition() {
    assertThatThrownBy(() -> plan().recordPayment(Money.of("1", "USD"), T0))
        .isInstanceOfSatisfying(
            IllegalTransitionException.class,
            e -> {
              assertThat(e.from()).isEqualTo(dev.revops.collections.plan.PlanStatus.PROPOSED);
              assertThat(e.event()).isEqualTo(PaymentPlan.PAYMENT);
              assertThat(e.allowed()).isNotEmpty();
            });
  }
}
