package dev.revops.collections.port;

import dev.revops.collections.promise.PromiseId;
import dev.revops.collections.promise.PromiseToPay;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ReceivableId;
import dev.revops.core.port.Repository;
import java.time.Instant;
import java.util.List;

/**
 * Stores promises to pay with optimistic versioning and answers the queries the promise use cases
 * need, so no business path reads every promise. A database adapter keeps an index on {@code (debt,
 * status)} and on {@code (status, resolvesAt)}; {@code port.memory.InMemoryPromiseRepository} is
 * the embedded default. Implementations must be thread-safe; a query returns a snapshot that
 * reflects every save that completed before it started.
 */
public interface PromiseRepository extends Repository<PromiseId, PromiseToPay> {
  /**
   * The aggregate's type name: in errors and in the logging context ({@code revops.promiseToPay}).
   */
  String TYPE_NAME = "PromiseToPay";

  /**
   * Returns the open ({@code PROMISED}) promises on a debt, oldest first.
   *
   * @param debt the debt (never null)
   * @return the open promises ordered by {@link PromiseToPay#madeAt()}, then id; empty when none
   */
  List<PromiseToPay> openForDebt(ReceivableId debt);

  /**
   * Returns the open promises of an account, oldest first.
   *
   * @param account the account (never null)
   * @return the open promises ordered by {@link PromiseToPay#madeAt()}, then id; empty when none
   */
  List<PromiseToPay> openForAccount(AccountId account);

  /**
   * Returns open promises whose deadline has passed at an instant ({@link
   * PromiseToPay#resolvesAt()} at or before it), earliest first: one page of the promises a
   * resolution run must settle. Resolving a promise removes it from later pages.
   *
   * @param at the instant (never null)
   * @param limit the most to return, positive
   * @return up to {@code limit} promises ordered by {@code resolvesAt}, then id
   */
  List<PromiseToPay> openExpiredBy(Instant at, int limit);

  @Override
  default String typeName() {
    return TYPE_NAME;
  }
}
