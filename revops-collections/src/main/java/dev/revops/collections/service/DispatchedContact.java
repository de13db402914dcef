package dev.revops.collections.service;

import static java.util.Objects.requireNonNull;

import dev.revops.collections.dunning.DueAction;
import dev.revops.core.id.ReceivableId;

/**
 * A dunning contact action and what the contact gate said about it. Immutable.
 *
 * @param action the action
 * @param debt the debt it was attempted for (the oldest unpaid receivable)
 * @param gate the gate's result (allowed, blocked with rules, or dropped because settled)
 * @param deferred true when only time rules blocked it (hours, frequency, quiet period): retry
 *     later
 */
public record DispatchedContact(
    DueAction action, ReceivableId debt, GateResult gate, boolean deferred) {
  /** Checks the fields. */
  public DispatchedContact {
    requireNonNull(action, "action");
    requireNonNull(debt, "debt");
    requireNonNull(gate, "gate");
  }
}
