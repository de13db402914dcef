package dev.revops.collections.service;

import static java.util.Objects.requireNonNull;

import dev.revops.collections.compliance.ContactKind;
import dev.revops.collections.compliance.DebtContactRules;
import dev.revops.collections.compliance.IntendedContact;
import dev.revops.collections.dunning.DueAction;
import dev.revops.collections.dunning.DunningEvaluation;
import dev.revops.collections.dunning.DunningFacts;
import dev.revops.collections.dunning.DunningPolicy;
import dev.revops.core.receivable.Receivable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runs dunning and sends every contact action through the contact gate, so no dunning contact skips
 * the latest-payment check or compliance. Contacts blocked only by time rules (convenient hours,
 * named inconvenient times, call frequency, the quiet period after a conversation) are marked
 * deferred for the host to retry; other blocks stand until the facts change.
 *
 * <p>A run is one dunning step: the account's dunning state, its alerts and the activity-log
 * entries of its gated contacts commit together in one unit of work (the gate's), under the lock of
 * the debt the contacts are for, so a failure leaves neither a logged contact without its dunning
 * step nor a dunning step without its contacts, and a retry runs the step again from what was
 * committed. Thread-safe when its parts are.
 */
public final class DunningDispatcher {
  /** Rules whose block passes with time. */
  public static final Set<String> TIME_RULES =
      Set.of(
          DebtContactRules.CONVENIENT_HOURS,
          DebtContactRules.INCONVENIENT_TIME,
          DebtContactRules.CALL_FREQUENCY,
          DebtContactRules.CALL_AFTER_CONVERSATION,
          "consent.inconvenient-time");

  private final DunningService dunning;
  private final ContactGate gate;

  /**
   * Creates the dispatcher.
   *
   * @param dunning the dunning service
   * @param gate the contact gate
   */
  public DunningDispatcher(DunningService dunning, ContactGate gate) {
    this.dunning = requireNonNull(dunning, "dunning");
    this.gate = requireNonNull(gate, "gate");
  }

  /**
   * Runs dunning for an account and gates its contacts.
   *
   * @param facts the account's facts
   * @param policy the ladder
   * @param debtor whom to contact
   * @param now the instant
   * @return the evaluation, the gated contacts and the account actions
   */
  public DunningRun run(
      DunningFacts facts, DunningPolicy policy, DebtorContact debtor, Instant now) {
    requireNonNull(facts, "facts");
    requireNonNull(debtor, "debtor");
    Optional<Receivable> oldest =
        facts.receivables().stream()
            .filter(r -> !r.isSettled() && !facts.paused().contains(r.id()))
            .min(Comparator.comparing(Receivable::dueOn));
    if (oldest.isEmpty()) {
      return gate.inUnitOfWork(() -> step(facts, policy, debtor, now, oldest));
    }
    return gate.serialised(oldest.get().id(), () -> step(facts, policy, debtor, now, oldest));
  }

  private DunningRun step(
      DunningFacts facts,
      DunningPolicy policy,
      DebtorContact debtor,
      Instant now,
      Optional<Receivable> oldest) {
    DunningEvaluation e = dunning.run(facts, policy, now);
    List<DispatchedContact> contacts = new ArrayList<>();
    List<DueAction> accountActions = new ArrayList<>();
    for (DueAction a : e.actions()) {
      if (!a.action().isContact() || oldest.isEmpty()) {
        accountActions.add(a);
        continue;
      }
      Receivable debt = oldest.get();
      GateResult g =
          gate.attempt(
              IntendedContact.builder()
                  .account(facts.account())
                  .debt(debt.id())
                  .preferences(debtor.preferences())
                  .zones(debtor.zones())
                  .channel(a.action().channel().orElseThrow())
                  .at(now)
                  .kind(ContactKind.COLLECTION)
                  .facts(debtor.facts())
                  .build());
      boolean deferred =
          g.status() == GateResult.Status.BLOCKED && TIME_RULES.containsAll(g.blockingRuleIds());
      contacts.add(new DispatchedContact(a, debt.id(), g, deferred));
    }
    return new DunningRun(e, contacts, accountActions);
  }
}
