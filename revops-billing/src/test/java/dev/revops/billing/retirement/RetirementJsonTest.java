package dev.revops.billing.retirement;

import static dev.revops.billing.retirement.RetirementFixtures.AT;
import static dev.revops.billing.retirement.RetirementFixtures.CATALOG;
import static dev.revops.billing.retirement.RetirementFixtures.LEGACY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.revops.billing.retirement.RetirementEvents.RetirementNoticeSent;
import dev.revops.billing.retirement.RetirementEvents.SubscriberMigrated;
import dev.revops.billing.subscription.Subscription;
import dev.revops.core.error.Violation;
import dev.revops.core.json.RevOpsJson;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Retirements read from JSON and are checked with paths; records and events read back equal. */
class RetirementJsonTest {
  final ObjectMapper json = RevOpsJson.mapper();

  @Test
  void aRetirementReadFromJsonIsCheckedWithPaths() throws Exception {
    PlanRetirement r =
        json.readValue(
            """
            {"planId": "legacy", "retiredFrom": "2026-03-01", "successorPlanId": "annual",
             "noticeDays": 30, "pricePolicy": {"kind": "GRANDFATHERED", "grandfatheredPeriods": 0}}
            """,
            PlanRetirement.class);
    assertThat(RetirementSchedule.problems(CATALOG, List.of(r)))
        .extracting(Violation::path)
        .containsExactly(
            "$.retirements[0].pricePolicy.grandfatheredPeriods",
            "$.retirements[0].intervalChangeReason");
  }

  @Test
  void theRecordAndItsEventsReadBackEqual() throws Exception {
    Subscription s = RetirementFixtures.subscribe("s1", LEGACY, LocalDate.of(2026, 1, 10));
    RetirementPlanner p =
        new RetirementPlanner(
            PlanRetirement.of("legacy", LocalDate.of(2026, 3, 1), "standard")
                .withPricePolicy(PricePolicy.grandfathered(2)),
            CATALOG);
    var notified = p.notify(s, LocalDate.of(2026, 2, 8), AT);
    var migrated = notified.value().migrated(LocalDate.of(2026, 5, 10), AT);
    PlanMigration m = migrated.value();
    assertThat(json.readValue(json.writeValueAsString(m), PlanMigration.class)).isEqualTo(m);
    RetirementNoticeSent sent = (RetirementNoticeSent) notified.events().get(0);
    assertThat(json.readValue(json.writeValueAsString(sent), RetirementNoticeSent.class))
        .isEqualTo(sent);
    SubscriberMigrated moved = (SubscriberMigrated) migrated.events().get(0);
    assertThat(json.readValue(json.writeValueAsString(moved), SubscriberMigrated.class))
        .isEqualTo(moved);
    assertThat(sent.eventId().value()).contains(sent.type());
  }

  @Test
  void everyRetirementEventNamesItsMigrationAsTheAggregateAndReadsBackEqual() throws Exception {
    Subscription s = RetirementFixtures.subscribe("s1", LEGACY, LocalDate.of(2026, 1, 10));
    RetirementPlanner p =
        new RetirementPlanner(
            PlanRetirement.of("legacy", LocalDate.of(2026, 3, 1), "standard"), CATALOG);
    PlanMigration notified = p.notify(s, LocalDate.of(2026, 2, 8), AT).value();
    List<dev.revops.core.event.DomainEvent> events =
        List.of(
            p.notify(s, LocalDate.of(2026, 2, 8), AT).events().get(0),
            notified.migrated(LocalDate.of(2026, 3, 10), AT).events().get(0),
            notified.churned(LocalDate.of(2026, 3, 10), AT).events().get(0),
            notified.leftPlan("annual", AT).events().get(0));
    assertThat(events)
        .extracting(e -> e.getClass().getSimpleName())
        .containsExactly(
            "RetirementNoticeSent", "SubscriberMigrated", "RetirementChurned", "RetiredPlanLeft");
    for (dev.revops.core.event.DomainEvent e : events) {
      assertThat(e.aggregateId()).as(e.type()).isEqualTo(notified.id().value()).isNotEmpty();
      assertThat(json.readValue(json.writeValueAsString(e), e.getClass())).isEqualTo(e);
    }
    assertThat(notified.leftPlan("annual", AT).value().status())
        .isEqualTo(MigrationStatus.LEFT_PLAN);
  }
}
