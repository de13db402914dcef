package dev.revops.core.port.memory;

import static java.util.Objects.requireNonNull;

import dev.revops.core.event.DomainEvent;
import dev.revops.core.port.Outbox;
import dev.revops.core.port.OutboxEntry;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The embedded {@link Outbox}: events appended inside an {@link InMemoryUnitOfWork} are staged with
 * the unit of work's other writes and get their sequence numbers at commit; a unit of work that
 * fails leaves no event behind. Delivered entries are dropped, so memory holds only what is
 * pending. Event ids are unique: appending an event whose id is pending already is refused (one
 * outbox row per event id). Thread-safe.
 */
public final class InMemoryOutbox extends TransactionalResource<InMemoryOutbox.Appends>
    implements Outbox {
  private final ArrayDeque<OutboxEntry> pending = new ArrayDeque<>();
  private final Set<Object> pendingIds = new HashSet<>();
  private long lastSequence;
  private long delivered;
  private volatile int pendingSize;

  /** Creates an empty outbox. */
  public InMemoryOutbox() {}

  /** The events one unit of work appended, in order. */
  public final class Appends implements TransactionalResource.Staged {
    private final List<DomainEvent> events = new ArrayList<>();

    private Appends() {}

    @Override
    public void validate() {
      Set<Object> ids = new HashSet<>();
      for (DomainEvent e : events) {
        if (pendingIds.contains(e.eventId()) || !ids.add(e.eventId())) {
          throw new IllegalStateException("event id " + e.eventId() + " is already in the outbox");
        }
      }
    }

    @Override
    public void apply() {
      for (DomainEvent e : events) {
        add(e);
      }
    }
  }

  @Override
  protected Appends newStaged() {
    return new Appends();
  }

  @Override
  public void publish(List<? extends DomainEvent> events) {
    requireNonNull(events, "events");
    if (events.isEmpty()) {
      return;
    }
    for (DomainEvent e : events) {
      requireNonNull(e, "event");
    }
    Appends staged = staged();
    if (staged != null) {
      staged.events.addAll(events);
      return;
    }
    locked(
        () -> {
          Appends once = new Appends();
          once.events.addAll(events);
          once.validate();
          once.apply();
          return null;
        });
  }

  private void add(DomainEvent e) {
    pending.addLast(new OutboxEntry(++lastSequence, e));
    pendingIds.add(e.eventId());
    pendingSize = pending.size();
  }

  @Override
  public List<OutboxEntry> pending(int limit) {
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be above zero, got " + limit);
    }
    return locked(
        () -> {
          List<OutboxEntry> out = new ArrayList<>(Math.min(limit, pending.size()));
          Iterator<OutboxEntry> it = pending.iterator();
          while (it.hasNext() && out.size() < limit) {
            out.add(it.next());
          }
          return out;
        });
  }

  @Override
  public void markDelivered(List<Long> sequences) {
    requireNonNull(sequences, "sequences");
    if (sequences.isEmpty()) {
      return;
    }
    locked(
        () -> {
          // the relay marks what it took from the head, in order: pop those without a lookup
          int i = 0;
          while (i < sequences.size()
              && !pending.isEmpty()
              && pending.peekFirst().sequence() == sequences.get(i)) {
            remove(pending.pollFirst());
            i++;
          }
          if (i < sequences.size()) {
            Set<Long> done = new HashSet<>(sequences.subList(i, sequences.size()));
            Iterator<OutboxEntry> it = pending.iterator();
            while (it.hasNext() && !done.isEmpty()) {
              OutboxEntry entry = it.next();
              if (done.remove(entry.sequence())) {
                it.remove();
                remove(entry);
              }
            }
          }
          pendingSize = pending.size();
          return null;
        });
  }

  private void remove(OutboxEntry entry) {
    pendingIds.remove(entry.event().eventId());
    delivered++;
  }

  @Override
  public long deliveredCount() {
    return locked(() -> delivered);
  }

  @Override
  public long pendingCount() {
    return pendingSize;
  }
}
