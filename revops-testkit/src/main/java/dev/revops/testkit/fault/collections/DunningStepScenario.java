package dev.revops.testkit.fault.collections;

import static dev.revops.testkit.fault.collections.CollectionsWorld.NY;
import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.collections.activity.Activity;
import dev.revops.collections.activity.ActivityType;
import dev.revops.collections.compliance.DebtFacts;
import dev.revops.collections.dunning.DunningAction;
import dev.revops.collections.dunning.DunningCase;
import dev.revops.collections.dunning.DunningFacts;
import dev.revops.collections.dunning.DunningPolicy;
import dev.revops.collections.dunning.DunningStep;
import dev.revops.collections.dunning.DunningStepReached;
import dev.revops.collections.dunning.PaymentOverdue;
import dev.revops.collections.service.DebtorContact;
import dev.revops.core.consent.Channel;
import dev.revops.core.consent.ContactPreferences;
import dev.revops.core.event.DomainEvent;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ContactId;
import dev.revops.core.id.ReceivableId;
import dev.revops.core.money.Money;
import dev.revops.core.receivable.Receivable;
import dev.revops.testkit.fault.FaultPlan;
import dev.revops.testkit.fault.FaultScenario;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One dunning step under every fault: an overdue debt reaches the ladder's first step, whose e-mail
 * and call pass the contact gate; the debt already had six calls in the last seven days, so the
 * step's call is the seventh, the last the Reg F limit allows. Right after the fault the step is
 * all or nothing (the dunning state, its two activity entries and its two events are committed
 * together or none is); after the host retries the step and runs the relay, the books are those of
 * a run without a fault: the step once, each entry once, each event delivered once, none invented,
 * and no eighth call.
 */
public final class DunningStepScenario implements FaultScenario<CollectionsWorld> {
  /** The account dunned. */
  public static final AccountId ACCOUNT = AccountId.of("acc-dun");

  /** Its overdue debt. */
  public static final ReceivableId DEBT = ReceivableId.of("inv-dun");

  static final LocalDate DUE = LocalDate.parse("2026-06-01");
  static final Instant NOW = DUE.plusDays(2).atTime(10, 0).atZone(NY).toInstant();
  static final int SEEDED_CALLS = 6;
  static final DunningPolicy LADDER =
      DunningPolicy.of(
          "fault-ladder",
          List.of(
              DunningStep.of("first", 1, DunningAction.EMAIL, DunningAction.CALL_TASK),
              DunningStep.of("suspend", 30, DunningAction.SUSPEND_SERVICE)));

  private final CollectionsBackend backend;

  /**
   * Creates the scenario.
   *
   * @param backend the adapters to run on (never null)
   */
  public DunningStepScenario(CollectionsBackend backend) {
    this.backend = requireNonNull(backend, "backend");
  }

  static final Receivable RECEIVABLE =
      new Receivable(
          DEBT,
          ACCOUNT,
          "INV-DUN",
          Money.of("120", "USD"),
          Money.of("120", "USD"),
          DUE.minusDays(30),
          DUE);

  static final DebtorContact DEBTOR =
      new DebtorContact(
          ContactPreferences.none(ContactId.of("c-dun")),
          Set.of(NY),
          DebtFacts.clean()
              .withFirstContactOn(DUE.minusDays(40))
              .withValidationNoticeSentOn(DUE.minusDays(40)));

  @Override
  public CollectionsWorld newWorld(FaultPlan plan) {
    CollectionsWorld w = new CollectionsWorld(backend, plan);
    for (int i = 0; i < SEEDED_CALLS; i++) {
      Instant at = DUE.minusDays(4).plusDays(i).atTime(11, 0).atZone(NY).toInstant();
      w.raw()
          .activityLog()
          .append(
              new Activity(
                  "seed-" + i,
                  at,
                  ACCOUNT,
                  DEBT,
                  DEBTOR.preferences().contact(),
                  Channel.PHONE,
                  ActivityType.ATTEMPT_ALLOWED,
                  null,
                  null,
                  List.of(),
                  "PHONE"));
    }
    return w;
  }

  @Override
  public void run(CollectionsWorld world) {
    world
        .module()
        .dispatcher()
        .run(DunningFacts.of(ACCOUNT, NY, List.of(RECEIVABLE)), LADDER, DEBTOR, NOW);
  }

  @Override
  public void recover(CollectionsWorld world) {
    Optional<DunningCase> stored = world.raw().dunningCases().find(ACCOUNT);
    List<Activity> added = added(world);
    List<DomainEvent> events = world.committedEvents();
    assertThat(List.of(!added.isEmpty(), !events.isEmpty()))
        .as(
            "right after the fault, the step is all or nothing: state %s, entries %s, events %s",
            stored, added, CollectionsWorld.ids(events))
        .containsOnly(stored.isPresent());
    // the host retries the step, then its relay runs
    run(world);
    world.deliver();
  }

  @Override
  public void check(CollectionsWorld world) {
    DunningCase stored = world.raw().dunningCases().find(ACCOUNT).orElseThrow();
    assertThat(stored.executedSteps()).containsExactly("first");
    assertThat(world.pendingEvents()).as("events left in the outbox").isEmpty();
    List<DomainEvent> delivered = world.delivered();
    assertThat(delivered)
        .as("events delivered: %s", CollectionsWorld.ids(delivered))
        .hasSize(2)
        .hasExactlyElementsOfTypes(PaymentOverdue.class, DunningStepReached.class);
    assertThat(added(world))
        .as("activity entries of the step")
        .extracting(a -> a.type() + " " + a.channel())
        .containsExactlyInAnyOrder("ATTEMPT_ALLOWED EMAIL", "ATTEMPT_ALLOWED PHONE");
    long callsAllowed =
        world.raw().activityLog().forDebt(DEBT).stream()
            .filter(a -> a.type() == ActivityType.ATTEMPT_ALLOWED && a.channel() == Channel.PHONE)
            .count();
    assertThat(callsAllowed).as("calls allowed in 7 days").isEqualTo(7);
  }

  private static List<Activity> added(CollectionsWorld world) {
    return world.raw().activityLog().forDebt(DEBT).stream()
        .filter(a -> !a.id().startsWith("seed-"))
        .toList();
  }
}
