package dev.revops.collections.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.collections.CollectionsFixtures;
import dev.revops.collections.compliance.CollectionsContactPolicy;
import dev.revops.collections.compliance.DebtContactRules;
import dev.revops.collections.compliance.DebtFacts;
import dev.revops.collections.compliance.Jurisdiction;
import dev.revops.collections.dunning.DunningAction;
import dev.revops.collections.dunning.DunningFacts;
import dev.revops.collections.dunning.DunningPolicy;
import dev.revops.collections.port.memory.InMemoryActivityLog;
import dev.revops.collections.port.memory.InMemoryPaymentStatus;
import dev.revops.core.consent.Channel;
import dev.revops.core.consent.ContactPreferences;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ContactId;
import dev.revops.core.money.Money;
import dev.revops.core.port.memory.InMemoryEventPublisher;
import dev.revops.core.port.memory.InMemoryRepository;
import dev.revops.core.port.memory.SequentialIdGenerator;
import dev.revops.core.receivable.Receivable;
import dev.revops.core.time.BusinessCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DunningDispatcherTest {
  static final ZoneId NY = ZoneId.of("America/New_York");
  static final AccountId ACC = AccountId.of("acc");
  static final LocalDate DUE = LocalDate.parse("2026-06-01");
  static final DunningPolicy POLICY = CollectionsFixtures.emailThenSuspend();

  final InMemoryPaymentStatus payments = new InMemoryPaymentStatus();
  final DunningDispatcher dispatcher =
      new DunningDispatcher(
          new DunningService(new InMemoryRepository<>("Dunning"), new InMemoryEventPublisher()),
          new ContactGate(
              CollectionsContactPolicy.forJurisdiction(
                  Jurisdiction.US_FEDERAL, BusinessCalendar.builder(NY).build()),
              new InMemoryActivityLog(),
              payments,
              new SequentialIdGenerator("a-")));
  final Receivable debt = CollectionsFixtures.receivable("r", ACC, "50", DUE);
  final DebtorContact debtor =
      new DebtorContact(
          ContactPreferences.none(ContactId.of("c")).optIn(Channel.SMS, "form", Instant.EPOCH),
          Set.of(NY),
          DebtFacts.clean().withFirstContactOn(DUE).withValidationNoticeSentOn(DUE));

  @Test
  void contactsDueAtMidnightAreDeferredAndAccountActionsPassThrough() {
    Instant midnight = DUE.plusDays(30).atStartOfDay(NY).toInstant();
    DunningRun run =
        dispatcher.run(DunningFacts.of(ACC, NY, List.of(debt)), POLICY, debtor, midnight);
    assertThat(run.toSend()).isEmpty();
    assertThat(run.deferred()).hasSize(2);
    assertThat(run.deferred().get(0).gate().blockingRuleIds())
        .containsExactly(DebtContactRules.CONVENIENT_HOURS);
    assertThat(run.accountActions())
        .extracting(a -> a.action())
        .containsExactly(DunningAction.SUSPEND_SERVICE);
  }

  @Test
  void aDebtSettledPerTheLatestPaymentIsNotContacted() {
    payments.set(debt.id(), Money.of("0", "USD"));
    Instant morning = DUE.plusDays(2).atTime(10, 0).atZone(NY).toInstant();
    DunningRun run =
        dispatcher.run(DunningFacts.of(ACC, NY, List.of(debt)), POLICY, debtor, morning);
    assertThat(run.contacts())
        .extracting(c -> c.gate().status())
        .containsOnly(GateResult.Status.DROPPED_SETTLED);
    assertThat(run.toSend()).isEmpty();
    assertThat(run.deferred()).isEmpty();
  }

  @Test
  void allowedContactsAreToSend() {
    Instant morning = DUE.plusDays(2).atTime(10, 0).atZone(NY).toInstant();
    DunningRun run =
        dispatcher.run(DunningFacts.of(ACC, NY, List.of(debt)), POLICY, debtor, morning);
    assertThat(run.toSend())
        .extracting(c -> c.action().action())
        .containsExactly(DunningAction.EMAIL, DunningAction.SMS);
    assertThat(run.evaluation().nextEvaluation())
        .contains(DUE.plusDays(30).atStartOfDay(NY).toInstant());
  }
}
