package dev.revops.collections.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.collections.CollectionsFixtures;
import dev.revops.collections.compliance.CollectionsContactPolicy;
import dev.revops.collections.compliance.ContactKind;
import dev.revops.collections.compliance.DebtFacts;
import dev.revops.collections.compliance.IntendedContact;
import dev.revops.collections.compliance.Jurisdiction;
import dev.revops.collections.dunning.DunningCase;
import dev.revops.collections.dunning.DunningEvaluation;
import dev.revops.collections.dunning.DunningFacts;
import dev.revops.collections.dunning.DunningPolicy;
import dev.revops.collections.plan.Frequency;
import dev.revops.collections.plan.PlanId;
import dev.revops.collections.port.ActivityLog;
import dev.revops.collections.port.PaymentStatusPort;
import dev.revops.collections.port.PlanRepository;
import dev.revops.collections.port.memory.InMemoryActivityLog;
import dev.revops.collections.port.memory.InMemoryPaymentStatus;
import dev.revops.collections.port.memory.InMemoryPlanRepository;
import dev.revops.core.consent.Channel;
import dev.revops.core.consent.ContactOutcome;
import dev.revops.core.consent.ContactPreferences;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ContactId;
import dev.revops.core.id.ReceivableId;
import dev.revops.core.money.Money;
import dev.revops.core.port.Repository;
import dev.revops.core.port.memory.InMemoryEventPublisher;
import dev.revops.core.port.memory.InMemoryLocks;
import dev.revops.core.port.memory.InMemoryRepository;
import dev.revops.core.port.memory.InMemoryUnitOfWork;
import dev.revops.core.port.memory.SequentialIdGenerator;
import dev.revops.core.receivable.Receivable;
import dev.revops.core.service.Aggregates;
import dev.revops.core.time.BusinessCalendar;
import dev.revops.logcontext.LogContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.MDC;

/** Collections' use cases hold the id they work on in the logging context and then restore it. */
@ExtendWith(LogContext.class)
class LogContextTest {
  static final String DUNNING = Aggregates.mdcKey("DunningCase");
  static final String RECEIVABLE = Aggregates.mdcKey("Receivable");
  static final String PLAN = Aggregates.mdcKey("PaymentPlan");
  static final String CALLERS = "the caller's";

  static final ZoneId NY = ZoneId.of("America/New_York");
  static final AccountId ACC = AccountId.of("acc-1");
  static final ReceivableId DEBT = ReceivableId.of("debt-1");
  static final LocalDate DUE = LocalDate.parse("2026-06-01");
  static final Instant MORNING = DUE.plusDays(2).atTime(10, 0).atZone(NY).toInstant();
  static final DunningPolicy POLICY = CollectionsFixtures.emailThenSuspend();

  /** What each recorded port call saw: the port, the method and the value under its key. */
  final List<String> seen = new CopyOnWriteArrayList<>();

  @Test
  void aDunningRunHoldsTheAccountIdWhileItLoadsAndSavesAndThenRestoresTheKey() {
    @SuppressWarnings("unchecked")
    Repository<AccountId, DunningCase> cases =
        LogContext.recording(
            Repository.class,
            new InMemoryRepository<AccountId, DunningCase>("DunningCase"),
            "cases",
            DUNNING,
            seen,
            "find",
            "save");
    DunningService service =
        new DunningService(
            cases, new Aggregates(new InMemoryUnitOfWork(), new InMemoryEventPublisher()));
    DunningFacts facts = DunningFacts.of(ACC, NY, List.of(debt()));

    DunningEvaluation first = service.run(facts, POLICY, MORNING);
    assertThat(first.actions()).isNotEmpty();
    assertThat(seen).containsExactly("cases.find acc-1", "cases.save acc-1");
    assertThat(MDC.get(DUNNING)).as("removed after the run").isNull();

    seen.clear();
    MDC.put(DUNNING, CALLERS);
    service.run(facts, POLICY, MORNING.plus(Duration.ofDays(30)));
    assertThat(seen).containsExactly("cases.find acc-1", "cases.save acc-1");
    assertThat(MDC.get(DUNNING)).as("the caller's value is put back").isEqualTo(CALLERS);
  }

  @Test
  void aContactAttemptHoldsTheDebtIdWhileItChecksDecidesAndLogsAndThenRestoresTheKey() {
    ContactGate gate = gate(new InMemoryActivityLog());

    GateResult first = gate.attempt(sms(MORNING));
    assertThat(first.status()).isEqualTo(GateResult.Status.ALLOWED);
    assertThat(seen)
        .containsExactly(
            "payments.latestAmountDue debt-1", "log.forDebt debt-1", "log.append debt-1");
    assertThat(MDC.get(RECEIVABLE)).as("removed after the attempt").isNull();

    seen.clear();
    MDC.put(RECEIVABLE, CALLERS);
    gate.attempt(sms(MORNING.plus(Duration.ofHours(1))));
    assertThat(seen)
        .containsExactly(
            "payments.latestAmountDue debt-1", "log.forDebt debt-1", "log.append debt-1");
    assertThat(MDC.get(RECEIVABLE)).as("the caller's value is put back").isEqualTo(CALLERS);
  }

  @Test
  void anOutcomeHoldsTheDebtIdWhileItReadsAndLogsAndThenRestoresTheKey() {
    ContactGate gate = gate(new InMemoryActivityLog());
    GateResult attempt = gate.attempt(sms(MORNING));
    GateResult later = gate.attempt(sms(MORNING.plus(Duration.ofDays(2))));
    assertThat(List.of(attempt.status(), later.status())).containsOnly(GateResult.Status.ALLOWED);
    String first = attempt.entry().id();
    String second = later.entry().id();
    seen.clear();

    gate.recordOutcome(first, ContactOutcome.DELIVERED, MORNING.plusSeconds(60), "");
    assertThat(seen).containsExactly("log.forDebt debt-1", "log.append debt-1");
    assertThat(MDC.get(RECEIVABLE)).as("removed after the outcome").isNull();

    seen.clear();
    MDC.put(RECEIVABLE, CALLERS);
    gate.recordOutcome(second, ContactOutcome.DELIVERED, MORNING.plus(Duration.ofDays(3)), "");
    assertThat(seen).containsExactly("log.forDebt debt-1", "log.append debt-1");
    assertThat(MDC.get(RECEIVABLE)).as("the caller's value is put back").isEqualTo(CALLERS);
  }

  @Test
  void aPlanChangeHoldsThePlanIdWhileItLoadsAndSavesAndThenRestoresTheKey() {
    PlanRepository plans =
        LogContext.recording(
            PlanRepository.class, new InMemoryPlanRepository(), "plans", PLAN, seen, "get", "save");
    PlanService service =
        new PlanService(
            plans, new Aggregates(new InMemoryUnitOfWork(), new InMemoryEventPublisher()));
    PlanId id = PlanId.of("plan-1");
    service.propose(
        CollectionsFixtures.plan(
                ACC, List.of(DEBT), id.value(), "90", Frequency.WEEKLY, "2026-06-01")
            .equalInstallments(3));
    assertThat(seen).as("a new plan is saved under its id").containsExactly("plans.save plan-1");
    assertThat(MDC.get(PLAN)).isNull();

    seen.clear();
    service.accept(id);
    assertThat(seen).containsExactly("plans.get plan-1", "plans.save plan-1");
    assertThat(MDC.get(PLAN)).as("removed after the change").isNull();

    seen.clear();
    MDC.put(PLAN, CALLERS);
    service.pay(id, Money.of("30", "USD"), Instant.parse("2026-06-02T12:00:00Z"));
    assertThat(seen).containsExactly("plans.get plan-1", "plans.save plan-1");
    assertThat(MDC.get(PLAN)).as("the caller's value is put back").isEqualTo(CALLERS);
  }

  private ContactGate gate(InMemoryActivityLog log) {
    return new ContactGate(
        CollectionsContactPolicy.forJurisdiction(
            Jurisdiction.US_FEDERAL, BusinessCalendar.builder(NY).build()),
        LogContext.recording(ActivityLog.class, log, "log", RECEIVABLE, seen, "forDebt", "append"),
        LogContext.recording(
            PaymentStatusPort.class,
            new InMemoryPaymentStatus(),
            "payments",
            RECEIVABLE,
            seen,
            "latestAmountDue"),
        new SequentialIdGenerator("act-"),
        new InMemoryUnitOfWork(),
        new InMemoryLocks());
  }

  private static IntendedContact sms(Instant at) {
    return IntendedContact.builder()
        .account(ACC)
        .debt(DEBT)
        .preferences(
            ContactPreferences.none(ContactId.of("c-1")).optIn(Channel.SMS, "form", Instant.EPOCH))
        .zones(Set.of(NY))
        .channel(Channel.SMS)
        .at(at)
        .kind(ContactKind.COLLECTION)
        .facts(DebtFacts.clean().withFirstContactOn(DUE).withValidationNoticeSentOn(DUE))
        .build();
  }

  private static Receivable debt() {
    return CollectionsFixtures.receivable(DEBT.value(), ACC, "50", DUE);
  }

  /**
   * Wraps a port so that each call of one of {@code methods} records the port's name, the method
   * and what the logging context holds under {@code key}; every call goes to the real port.
   */
}
