package dev.revops.collections.promise;

import static java.util.Objects.requireNonNull;

import dev.revops.core.event.Changed;
import dev.revops.core.id.ReceivableId;
import dev.revops.core.money.Money;
import dev.revops.core.port.EventPublisher;
import dev.revops.core.port.Repository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Stores promises to pay, applies payments to them and resolves them when their deadline passes,
 * publishing {@link PromiseKept} and {@link PromiseBroken}. Thread-safe when its ports are;
 * concurrent changes to one promise end in a {@code ConcurrencyConflictException}.
 */
public final class PromiseService {
  private final Repository<PromiseId, PromiseToPay> promises;
  private final EventPublisher events;

  /**
   * Creates the service.
   *
   * @param promises where promises are stored
   * @param events where their events go
   */
  public PromiseService(Repository<PromiseId, PromiseToPay> promises, EventPublisher events) {
    this.promises = requireNonNull(promises, "promises");
    this.events = requireNonNull(events, "events");
  }

  /**
   * Records a new promise (seed step 10).
   *
   * @param promise the promise, never saved before
   * @return the stored promise
   */
  public PromiseToPay record(PromiseToPay promise) {
    return promises.save(promise, PromiseToPay.NEW);
  }

  /**
   * Applies a payment on a debt to its open promises, oldest first, until the payment is used up.
   *
   * @param debt the debt paid
   * @param amount the amount paid
   * @param at when
   * @return the promises that changed
   */
  public List<PromiseToPay> applyPayment(ReceivableId debt, Money amount, Instant at) {
    Money left = amount;
    List<PromiseToPay> changed = new ArrayList<>();
    for (PromiseToPay p : open(debt)) {
      if (!left.isPositive()) {
        break;
      }
      Money share = left.min(p.amount().minus(p.paid()));
      if (!share.isPositive()) {
        continue;
      }
      Changed<PromiseToPay> c = p.recordPayment(share, at);
      if (!c.value().equals(p)) {
        changed.add(save(p, c));
        left = left.minus(share);
      }
    }
    return changed;
  }

  /**
   * Resolves every open promise whose deadline has passed.
   *
   * @param now the instant
   * @return the promises resolved (partially kept or broken)
   */
  public List<PromiseToPay> resolveDue(Instant now) {
    List<PromiseToPay> resolved = new ArrayList<>();
    for (PromiseToPay p : promises.findAll()) {
      Changed<PromiseToPay> c = p.evaluate(now);
      if (c.hasEvents()) {
        resolved.add(save(p, c));
      }
    }
    return resolved;
  }

  private List<PromiseToPay> open(ReceivableId debt) {
    return promises.findAll().stream()
        .filter(p -> p.debt().equals(debt) && p.status() == PromiseStatus.PROMISED)
        .sorted((a, b) -> a.madeAt().compareTo(b.madeAt()))
        .toList();
  }

  private PromiseToPay save(PromiseToPay before, Changed<PromiseToPay> change) {
    PromiseToPay saved = promises.save(change.value(), before.version());
    events.publish(change.events());
    return saved;
  }
}
