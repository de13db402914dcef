package dev.revops.collections.service;

import static java.util.Objects.requireNonNull;

import dev.revops.collections.dunning.DueAction;
import dev.revops.collections.dunning.DunningEvaluation;
import java.util.List;

/**
 * The result of one dunning run: the evaluation, every contact action with the gate's verdict, and
 * the account actions (suspend, block, cancel, hand over, write off, restore) to carry out.
 * Immutable.
 *
 * @param evaluation the dunning evaluation (next instant, events)
 * @param contacts contact actions with their gate results, in ladder order
 * @param accountActions the non-contact actions, in ladder order
 */
public record DunningRun(
    DunningEvaluation evaluation,
    List<DispatchedContact> contacts,
    List<DueAction> accountActions) {
  /** Checks and copies the fields. */
  public DunningRun {
    requireNonNull(evaluation, "evaluation");
    contacts = List.copyOf(contacts);
    accountActions = List.copyOf(accountActions);
  }

  /**
   * Returns the contacts the gate allowed: send these.
   *
   * @return the allowed contacts
   */
  public List<DispatchedContact> toSend() {
    return contacts.stream().filter(c -> c.gate().allowed()).toList();
  }

  /**
   * Returns the contacts only time rules blocked: retry them at a convenient time.
   *
   * @return the deferred contacts
   */
  public List<DispatchedContact> deferred() {
    return contacts.stream().filter(DispatchedContact::deferred).toList();
  }
}
