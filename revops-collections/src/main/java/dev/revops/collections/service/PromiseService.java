package dev.revops.collections.service;

import static java.util.Objects.requireNonNull;

import dev.revops.collections.port.PromiseRepository;
import dev.revops.collections.promise.PromiseBroken;
import dev.revops.collections.promise.PromiseId;
import dev.revops.collections.promise.PromiseKept;
import dev.revops.collections.promise.PromiseToPay;
import dev.revops.core.event.Changed;
import dev.revops.core.id.ReceivableId;
import dev.revops.core.money.Money;
import dev.revops.core.port.EventPublisher;
import dev.revops.core.port.UnitOfWork;
import dev.revops.core.service.Aggregates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Stores promises to pay, applies payments to them and resolves them when their deadline passes,
 * appending {@link PromiseKept} and {@link PromiseBroken} to the outbox in the same unit of work as
 * the change. Reads through the queries of {@link PromiseRepository} (open promises of a debt; open
 * promises past their deadline, a page at a time), never the whole table. Every change goes through
 * core's {@link Aggregates} (the promise id is in the logging context under {@code
 * revops.promiseToPay}). Immutable; thread-safe when its ports are; concurrent changes to one
 * promise end in a {@code ConcurrencyConflictException}.
 */
public final class PromiseService {
  /** How many promises {@link #resolveDue(Instant)} reads per query. */
  static final int PAGE = 500;

  private final PromiseRepository promises;
  private final Aggregates aggregates;

  /**
   * Creates the service.
   *
   * @param promises where promises are stored (never null)
   * @param aggregates the unit of work and the outbox each change commits through (never null)
   */
  public PromiseService(PromiseRepository promises, Aggregates aggregates) {
    this.promises = requireNonNull(promises, "promises");
    this.aggregates = requireNonNull(aggregates, "aggregates");
  }

  /**
   * Creates a service without a unit of work: each save and its publish are two steps, and a
   * publisher failure after a save loses its events.
   *
   * @param promises where promises are stored (never null)
   * @param events where their events go (never null)
   * @deprecated give a unit of work and an outbox: {@link #PromiseService(PromiseRepository,
   *     Aggregates)}
   */
  @Deprecated
  public PromiseService(PromiseRepository promises, EventPublisher events) {
    this(promises, new Aggregates(UnitOfWork.direct(), requireNonNull(events, "events")));
  }

  /**
   * Records a new promise.
   *
   * @param promise the promise, never saved before (never null); recording the same promise again
   *     (a retry) returns the stored one
   * @return the stored promise
   */
  public PromiseToPay record(PromiseToPay promise) {
    requireNonNull(promise, "promise");
    return aggregates.inTransaction(
        () -> {
          Optional<PromiseToPay> stored = promises.find(promise.id());
          if (stored.isPresent() && stored.get().withVersion(promise.version()).equals(promise)) {
            return stored.get();
          }
          return aggregates.create(promises, Changed.unchanged(promise)).value();
        });
  }

  /**
   * Returns a promise.
   *
   * @param id the promise (never null)
   * @return the stored promise
   * @throws dev.revops.core.error.NotFoundException when there is none
   */
  public PromiseToPay get(PromiseId id) {
    return promises.get(id);
  }

  /**
   * Applies a payment on a debt to its open promises, oldest first, until the payment is used up:
   * every promise it changes and their events commit together, in one unit of work.
   *
   * @param debt the debt paid (never null)
   * @param amount the amount paid (never null)
   * @param at when (never null)
   * @return the promises that changed
   */
  public List<PromiseToPay> applyPayment(ReceivableId debt, Money amount, Instant at) {
    requireNonNull(debt, "debt");
    requireNonNull(amount, "amount");
    requireNonNull(at, "at");
    return aggregates.inTransaction(() -> apply(debt, amount, at));
  }

  private List<PromiseToPay> apply(ReceivableId debt, Money amount, Instant at) {
    Money left = amount;
    List<PromiseToPay> changed = new ArrayList<>();
    for (PromiseToPay p : promises.openForDebt(debt)) {
      if (!left.isPositive()) {
        break;
      }
      Money share = left.min(p.amount().minus(p.paid()));
      if (!share.isPositive()) {
        continue;
      }
      Changed<PromiseToPay> c = p.recordPayment(share, at);
      if (!c.value().equals(p)) {
        changed.add(aggregates.commit(promises, p, c).value());
        left = left.minus(share);
      }
    }
    return changed;
  }

  /**
   * Resolves every open promise whose deadline has passed, reading them a page at a time; each
   * promise and its event commit in a unit of work of their own, so a failure leaves the promises
   * resolved before it resolved and a retry resolves the rest. Reads committed promises: inside a
   * host's own unit of work it resolves at most one page.
   *
   * @param now the instant (never null)
   * @return the promises resolved (partially kept or broken), earliest deadline first
   */
  public List<PromiseToPay> resolveDue(Instant now) {
    requireNonNull(now, "now");
    List<PromiseToPay> resolved = new ArrayList<>();
    Set<PromiseId> seen = new HashSet<>();
    while (true) {
      List<PromiseToPay> page = promises.openExpiredBy(now, PAGE);
      boolean progress = false;
      for (PromiseToPay p : page) {
        if (!seen.add(p.id())) {
          continue;
        }
        progress = true;
        Changed<PromiseToPay> c = aggregates.commit(promises, p, p.evaluate(now));
        if (c.hasEvents()) {
          resolved.add(c.value());
        }
      }
      if (page.size() < PAGE || !progress) {
        return resolved;
      }
    }
  }
}
