package dev.revops.collections.port;

import dev.revops.collections.activity.Activity;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ReceivableId;
import java.util.List;

/**
 * The append-only log of collection activities. Entries are never changed or removed; appending an
 * id twice with the same content is a no-op and with other content an {@code
 * IdempotencyConflictException}. Implementations must be thread-safe and return entries in the
 * order they were appended.
 */
public interface ActivityLog {
  /**
   * Appends an entry.
   *
   * @param activity the entry
   */
  void append(Activity activity);

  /**
   * Returns the entries about a debt.
   *
   * @param debt the debt
   * @return the entries in append order
   */
  List<Activity> forDebt(ReceivableId debt);

  /**
   * Returns the entries about an account.
   *
   * @param account the account
   * @return the entries in append order
   */
  List<Activity> forAccount(AccountId account);

  /**
   * Returns every entry.
   *
   * @return the entries in append order
   */
  List<Activity> all();
}
