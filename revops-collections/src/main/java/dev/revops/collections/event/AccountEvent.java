package dev.revops.collections.event;

import dev.revops.core.event.DomainEvent;
import dev.revops.core.id.AccountId;

/**
 * An event about an account as a whole (its dunning episode, its aging bucket, an overdue alert):
 * its aggregate is the account.
 */
public interface AccountEvent extends DomainEvent {
  /**
   * The account the event is about.
   *
   * @return the account
   */
  AccountId account();

  /**
   * The account's id.
   *
   * @return {@code account().value()}
   */
  @Override
  default String aggregateId() {
    return account().value();
  }
}
