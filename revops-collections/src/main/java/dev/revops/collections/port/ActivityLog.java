package dev.revops.collections.port;

import dev.revops.collections.activity.Activity;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ReceivableId;
import java.util.List;
import java.util.Optional;

/**
 * The append-only log of collection activities. Entries are never changed or removed; appending an
 * id twice with the same content is a no-op and with other content an {@code
 * IdempotencyConflictException}. Implementations must be thread-safe and return entries in the
 * order they were appended. A database adapter indexes entries by id, by debt and by account.
 */
public interface ActivityLog {
  /**
   * Appends an entry.
   *
   * @param activity the entry
   */
  void append(Activity activity);

  /**
   * Finds an entry by its id.
   *
   * @param id the entry's id (never null)
   * @return the entry, empty when none has that id
   */
  Optional<Activity> find(String id);

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
   * Returns every entry: for exports and tests; business paths read by debt, account or id.
   *
   * @return the entries in append order
   */
  List<Activity> all();
}
