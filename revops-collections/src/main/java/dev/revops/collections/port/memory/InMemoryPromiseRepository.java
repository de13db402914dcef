package dev.revops.collections.port.memory;

import static java.util.Objects.requireNonNull;

import dev.revops.collections.port.PromiseRepository;
import dev.revops.collections.promise.PromiseId;
import dev.revops.collections.promise.PromiseStatus;
import dev.revops.collections.promise.PromiseToPay;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ReceivableId;
import dev.revops.core.port.memory.InMemoryIndex;
import dev.revops.core.port.memory.InMemoryRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A {@link PromiseRepository} in memory with the indexes a database would keep: open promises by
 * debt, by account, and by the instant their deadline passes. It takes part in core's {@code
 * InMemoryUnitOfWork} like every {@link InMemoryRepository}: the indexes are updated in the {@link
 * #stored} step of a commit, under the repository's commit lock, so they never show a write that
 * was not committed. {@link #openForDebt} and {@link #openForAccount} also see the running unit of
 * work's own saves; {@link #openExpiredBy} reads committed promises only. A query never returns a
 * promise that is no longer open. Thread-safe.
 */
public final class InMemoryPromiseRepository extends InMemoryRepository<PromiseId, PromiseToPay>
    implements PromiseRepository {
  private static final Comparator<PromiseToPay> OLDEST_FIRST =
      Comparator.comparing(PromiseToPay::madeAt).thenComparing(p -> p.id().value());

  private final InMemoryIndex<ReceivableId, PromiseId, PromiseToPay> openByDebt =
      index(p -> p.status() == PromiseStatus.PROMISED ? List.of(p.debt()) : List.of());
  private final InMemoryIndex<AccountId, PromiseId, PromiseToPay> openByAccount =
      index(p -> p.status() == PromiseStatus.PROMISED ? List.of(p.account()) : List.of());
  private final Map<PromiseId, PromiseToPay> open = new HashMap<>();
  private final DueIndex<PromiseId> byDeadline = new DueIndex<>();

  /** Creates an empty repository. */
  public InMemoryPromiseRepository() {
    super(TYPE_NAME);
  }

  @Override
  protected void stored(PromiseToPay before, PromiseToPay after) {
    open.remove(after.id());
    byDeadline.remove(after.id());
    if (after.status() == PromiseStatus.PROMISED) {
      open.put(after.id(), after);
      byDeadline.put(after.id(), after.resolvesAt());
    }
  }

  @Override
  public List<PromiseToPay> openForDebt(ReceivableId debt) {
    requireNonNull(debt, "debt");
    return sorted(findBy(openByDebt, debt), p -> p.debt().equals(debt));
  }

  @Override
  public List<PromiseToPay> openForAccount(AccountId account) {
    requireNonNull(account, "account");
    return sorted(findBy(openByAccount, account), p -> p.account().equals(account));
  }

  /**
   * Keeps the promises that are open under the key as read (a commit may replace a value between
   * the index read and the value read), oldest first.
   */
  private static List<PromiseToPay> sorted(List<PromiseToPay> found, Predicate<PromiseToPay> key) {
    List<PromiseToPay> out = new ArrayList<>(found.size());
    for (PromiseToPay p : found) {
      if (p.status() == PromiseStatus.PROMISED && key.test(p)) {
        out.add(p);
      }
    }
    out.sort(OLDEST_FIRST);
    return List.copyOf(out);
  }

  @Override
  public List<PromiseToPay> openExpiredBy(Instant at, int limit) {
    requireNonNull(at, "at");
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive, got " + limit);
    }
    return locked(
        () -> {
          List<PromiseToPay> out = new ArrayList<>();
          for (PromiseId id : byDeadline.dueBy(at, limit)) {
            out.add(open.get(id));
          }
          return List.copyOf(out);
        });
  }
}
