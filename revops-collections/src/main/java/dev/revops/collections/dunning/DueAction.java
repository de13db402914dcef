package dev.revops.collections.dunning;

import static java.util.Objects.requireNonNull;

import dev.revops.core.id.AccountId;

/**
 * An action dunning wants carried out now. The idempotency key is stable for the episode, so a host
 * that retries does not send twice. Immutable.
 *
 * @param account the account
 * @param stepId the step it comes from ({@code "paid-in-full"} for lifting restrictions)
 * @param action the action
 * @param idempotencyKey a key unique to this action in this episode
 */
public record DueAction(
    AccountId account, String stepId, DunningAction action, String idempotencyKey) {
  /** Checks the fields. */
  public DueAction {
    requireNonNull(account, "account");
    requireNonNull(stepId, "stepId");
    requireNonNull(action, "action");
    requireNonNull(idempotencyKey, "idempotencyKey");
  }
}
