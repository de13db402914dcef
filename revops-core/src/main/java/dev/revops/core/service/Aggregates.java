package dev.revops.core.service;

import static java.util.Objects.requireNonNull;

import dev.revops.core.aggregate.Aggregate;
import dev.revops.core.event.Changed;
import dev.revops.core.event.DomainEvent;
import dev.revops.core.port.EventPublisher;
import dev.revops.core.port.Repository;
import dev.revops.core.port.UnitOfWork;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.MDC;

/**
 * Load, change, save with the expected version, append the events to the outbox, all in one unit of
 * work: the step every use case repeats, written once.
 *
 * <p>A change that returns the same value and no events is not saved. The save passes the version
 * the aggregate was loaded with, so a concurrent writer makes it throw {@code
 * ConcurrencyConflictException} before any event leaves. Each step runs in the {@link UnitOfWork}
 * (joining one the caller already runs), so the saved value and its events commit together; a use
 * case that changes several aggregates wraps its steps in {@link #inTransaction(Supplier)}. While
 * the step runs, the logging context (SLF4J's MDC) holds the aggregate's id under {@code
 * revops.<aggregate>} (for example {@code revops.invoice}), the one key convention of the library;
 * the previous value of that key is put back afterwards.
 *
 * <p>Immutable and thread-safe when its ports are.
 */
public final class Aggregates {
  private final UnitOfWork work;
  private final EventPublisher events;

  /**
   * Creates the helper.
   *
   * @param work the unit of work every step runs in (never null)
   * @param events where the events of a change go: the {@link dev.revops.core.port.Outbox}, so they
   *     commit with the change (never null)
   */
  public Aggregates(UnitOfWork work, EventPublisher events) {
    this.work = requireNonNull(work, "work");
    this.events = requireNonNull(events, "events");
  }

  /**
   * Creates a helper without a unit of work ({@link UnitOfWork#direct()}): the save and the publish
   * are two steps, and a publisher failure after the save loses the events.
   *
   * @param events where the committed events go (never null)
   * @deprecated give a unit of work and an outbox: {@link #Aggregates(UnitOfWork, EventPublisher)}
   */
  @Deprecated
  public Aggregates(EventPublisher events) {
    this(UnitOfWork.direct(), events);
  }

  /**
   * Returns the unit of work the steps run in.
   *
   * @return the unit of work
   */
  public UnitOfWork work() {
    return work;
  }

  /**
   * Runs several steps as one unit of work (joining one the caller already runs).
   *
   * @param steps what to run (never null)
   * @param <T> what the steps return
   * @return what they returned, after the commit
   */
  public <T> T inTransaction(Supplier<T> steps) {
    return work.inTransaction(steps);
  }

  /**
   * Appends events that belong to no saved aggregate (or to one saved by other means) in the
   * current unit of work.
   *
   * @param published the events (never null)
   */
  public void publish(List<? extends DomainEvent> published) {
    requireNonNull(published, "published");
    if (!published.isEmpty()) {
      work.run(() -> events.publish(published));
    }
  }

  /**
   * Loads the aggregate, applies the change, saves the result with the loaded version and publishes
   * its events.
   *
   * @param store the repository (never null)
   * @param id the aggregate's id (never null)
   * @param change what happens to it; returns the new value and its events (never null)
   * @param <I> the id type
   * @param <A> the aggregate type
   * @return the saved value (with its new version) and the events published
   * @throws dev.revops.core.error.NotFoundException when no aggregate has that id
   */
  public <I, A extends Aggregate<I, A>> Changed<A> change(
      Repository<I, A> store, I id, Function<? super A, Changed<A>> change) {
    requireNonNull(change, "change");
    return inContext(
        store.typeName(),
        id,
        () ->
            work.inTransaction(
                () -> {
                  A before = store.get(id);
                  return commit(store, before, change.apply(before));
                }));
  }

  /**
   * Saves a change of an aggregate the caller already loaded, with the version it was loaded with,
   * and publishes its events.
   *
   * @param store the repository (never null)
   * @param before the aggregate as loaded (never null)
   * @param changed the new value and its events (never null)
   * @param <I> the id type
   * @param <A> the aggregate type
   * @return the saved value (with its new version) and the events published
   */
  public <I, A extends Aggregate<I, A>> Changed<A> commit(
      Repository<I, A> store, A before, Changed<A> changed) {
    requireNonNull(before, "before");
    requireNonNull(changed, "changed");
    if (changed.value() == before && !changed.hasEvents()) {
      return changed;
    }
    return inContext(
        store.typeName(),
        before.id(),
        () ->
            work.inTransaction(
                () -> {
                  A saved = store.save(changed.value(), before.version());
                  events.publish(changed.events());
                  return new Changed<>(saved, changed.events());
                }));
  }

  /**
   * Saves a new aggregate (expected version {@link Aggregate#NEW}) and publishes its events.
   *
   * @param store the repository (never null)
   * @param created the new value and its events (never null)
   * @param <I> the id type
   * @param <A> the aggregate type
   * @return the saved value (with its first version) and the events published
   */
  public <I, A extends Aggregate<I, A>> Changed<A> create(
      Repository<I, A> store, Changed<A> created) {
    requireNonNull(created, "created");
    return inContext(
        store.typeName(),
        created.value().id(),
        () ->
            work.inTransaction(
                () -> {
                  A saved = store.save(created.value(), Aggregate.NEW);
                  if (created.hasEvents()) {
                    events.publish(created.events());
                  }
                  return new Changed<>(saved, created.events());
                }));
  }

  /**
   * Saves new aggregates in one call of {@link Repository#saveAllNew} (batched by a database
   * adapter) and publishes all their events in one call, in one unit of work: either all are stored
   * with their events, or none is.
   *
   * @param store the repository (never null)
   * @param created the new values and their events, in order (never null)
   * @param <I> the id type
   * @param <A> the aggregate type
   * @return the saved values (with their first versions) and the events published, in order
   */
  public <I, A extends Aggregate<I, A>> List<Changed<A>> createAll(
      Repository<I, A> store, List<Changed<A>> created) {
    requireNonNull(store, "store");
    requireNonNull(created, "created");
    if (created.isEmpty()) {
      return List.of();
    }
    return work.inTransaction(
        () -> {
          List<A> values = new java.util.ArrayList<>(created.size());
          List<DomainEvent> published = new java.util.ArrayList<>();
          for (Changed<A> c : created) {
            values.add(requireNonNull(c, "created").value());
            published.addAll(c.events());
          }
          List<A> saved = store.saveAllNew(values);
          if (!published.isEmpty()) {
            events.publish(published);
          }
          List<Changed<A>> out = new java.util.ArrayList<>(saved.size());
          for (int i = 0; i < saved.size(); i++) {
            out.add(new Changed<>(saved.get(i), created.get(i).events()));
          }
          return out;
        });
  }

  /**
   * Runs work with an aggregate's id in the logging context under {@link #mdcKey(String)}, then
   * puts back what the key held before.
   *
   * @param aggregate the aggregate's type name, e.g. {@code "Invoice"} (never null)
   * @param id the aggregate's id; its {@code toString()} is logged, so ids only, never personal
   *     data
   * @param work what to run (never null)
   * @param <T> what the work returns
   * @return what the work returned
   */
  public static <T> T inContext(String aggregate, Object id, Supplier<T> work) {
    requireNonNull(work, "work");
    String key = mdcKey(aggregate);
    String previous = MDC.get(key);
    MDC.put(key, String.valueOf(id));
    try {
      return work.get();
    } finally {
      if (previous == null) {
        MDC.remove(key);
      } else {
        MDC.put(key, previous);
      }
    }
  }

  /**
   * The logging-context key for an aggregate type: {@code revops.} and the type name with its first
   * letter lower-cased ({@code "PaymentPlan"} gives {@code revops.paymentPlan}).
   *
   * @param aggregate the aggregate's type name (never null or blank)
   * @return the key
   */
  public static String mdcKey(String aggregate) {
    requireNonNull(aggregate, "aggregate");
    if (aggregate.isBlank()) {
      throw new IllegalArgumentException("aggregate type name is blank");
    }
    return "revops." + aggregate.substring(0, 1).toLowerCase(Locale.ROOT) + aggregate.substring(1);
  }
}
