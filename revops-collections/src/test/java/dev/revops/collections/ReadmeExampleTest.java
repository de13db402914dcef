package dev.revops.collections;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.collections.compliance.CollectionsContactPolicy;
import dev.revops.collections.compliance.DebtFacts;
import dev.revops.collections.compliance.Jurisdiction;
import dev.revops.collections.dunning.DueAction;
import dev.revops.collections.dunning.DunningFacts;
import dev.revops.collections.dunning.DunningPolicy;
import dev.revops.collections.service.DebtorContact;
import dev.revops.collections.service.DispatchedContact;
import dev.revops.collections.service.DunningRun;
import dev.revops.core.consent.Channel;
import dev.revops.core.consent.ContactOutcome;
import dev.revops.core.consent.ContactPreferences;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ContactId;
import dev.revops.core.id.ReceivableId;
import dev.revops.core.money.Money;
import dev.revops.core.port.memory.InMemoryEventPublisher;
import dev.revops.core.receivable.Receivable;
import dev.revops.core.time.BusinessCalendar;
import dev.revops.docs.ReadmeRegions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The README's example, compiled and run; the README shows this file's marked regions. */
class ReadmeExampleTest {
  static final String LADDER =
      """
      {"name": "standard", "steps": [
        {"id": "reminder", "offsetDays": -3, "actions": ["EMAIL"]},
        {"id": "first",    "offsetDays": 1,  "actions": ["EMAIL", "SMS"]},
        {"id": "suspend",  "offsetDays": 30, "actions": ["SUSPEND_SERVICE", "BLOCK_CHANGES"]}
      ]}""";

  /** Imports the test needs but the example does not. */
  static final List<String> TEST_ONLY =
      List.of("org.assertj", "java.io", "java.nio", "org.junit", "dev.revops.docs");

  @Test
  void theExampleRunsDunningThroughTheGate() {
    // readme:example
    Clock clock = Clock.fixed(Instant.parse("2026-06-03T15:00:00Z"), ZoneId.of("UTC"));
    InMemoryEventPublisher events = new InMemoryEventPublisher(); // or your EventPublisher
    List<DueAction> sent = new ArrayList<>(); // stands for your channels
    ZoneId zone = ZoneId.of("America/New_York");
    DunningPolicy ladder = DunningPolicy.fromJson(LADDER); // JSON as below; errors name $.steps[2]
    CollectionsModule collections =
        CollectionsModule.builder()
            .stores(CollectionsModule.Stores.inMemory()) // or your own ports
            .events(events)
            .clock(clock)
            .contactPolicy(
                CollectionsContactPolicy.forJurisdiction(
                    Jurisdiction.US_FEDERAL, BusinessCalendar.builder(zone).build()))
            .build();

    AccountId account = AccountId.of("acc-1");
    Receivable invoice =
        new Receivable(
            ReceivableId.of("inv-1"),
            account,
            "INV-1",
            Money.of("120.00", "USD"),
            Money.of("120.00", "USD"),
            LocalDate.parse("2026-05-02"),
            LocalDate.parse("2026-06-01"));
    DebtorContact debtor =
        new DebtorContact(
            ContactPreferences.none(ContactId.of("c-1"))
                .optIn(Channel.SMS, "signup-form", Instant.parse("2026-01-10T00:00:00Z")),
            Set.of(zone),
            DebtFacts.clean()
                .withFirstContactOn(LocalDate.parse("2026-05-05"))
                .withValidationNoticeSentOn(LocalDate.parse("2026-05-05")));

    Instant now = clock.instant();
    DunningRun run =
        collections
            .dispatcher()
            .run(
                DunningFacts.of(account, zone, List.of(invoice))
                    .withPaused(collections.plans().pausedDebts(account, now)),
                ladder,
                debtor,
                now);
    for (DispatchedContact c : run.toSend()) { // passed the latest-payment check and compliance
      sent.add(c.action()); // your channel: send with c.action().idempotencyKey()
      collections
          .gate()
          .recordOutcome(c.gate().entry().id(), ContactOutcome.DELIVERED, clock.instant(), "");
    }
    run.deferred(); // blocked by hours or frequency only: retry later
    run.accountActions(); // SUSPEND_SERVICE, RESTORE_SERVICE, ...
    run.evaluation().nextEvaluation(); // when to run again: the next step's due instant
    // /readme:example

    assertThat(sent).extracting(a -> a.stepId()).containsExactly("reminder", "first", "first");
    assertThat(run.deferred()).isEmpty();
    assertThat(run.accountActions()).isEmpty();
    assertThat(run.evaluation().nextEvaluation())
        .contains(LocalDate.parse("2026-07-01").atStartOfDay(zone).toInstant());
    assertThat(collections.stores().activityLog().forDebt(invoice.id())).hasSize(6);
    assertThat(collections.dunning()).isNotNull();
    assertThat(collections.promises()).isNotNull();
  }

  @Test
  void theReadmeShowsTheExampleAndItsImports() {
    ReadmeRegions.assertReadmeShows(
        Path.of("README.md"),
        Path.of("src/test/java/dev/revops/collections/ReadmeExampleTest.java"),
        "example",
        TEST_ONLY);
  }
}
