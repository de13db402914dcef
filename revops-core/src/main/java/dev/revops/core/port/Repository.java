package dev.revops.core.port;

import dev.revops.core.aggregate.Aggregate;
import dev.revops.core.error.ConcurrencyConflictException;
import dev.revops.core.error.NotFoundException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stores aggregates with optimistic versioning. A host implements it over its own storage (a JDBC
 * table with a version column, a document store); {@code port.memory.InMemoryRepository} is the
 * embedded default. Implementations must be thread-safe.
 *
 * <p>The contract: {@code save(a, expected)} succeeds only when the stored version equals {@code
 * expected} ({@link Aggregate#NEW} meaning "nothing stored yet"), stores {@code a} with version
 * {@code expected + 1} and returns it; otherwise it throws {@link ConcurrencyConflictException} and
 * stores nothing. Of concurrent saves with the same expected version, exactly one wins.
 *
 * @param <I> the id type
 * @param <A> the aggregate type
 */
public interface Repository<I, A extends Aggregate<I, A>> {
  /**
   * Finds an aggregate.
   *
   * @param id the id
   * @return the aggregate with its stored version, or empty
   */
  Optional<A> find(I id);

  /**
   * Loads an aggregate that must exist.
   *
   * @param id the id
   * @return the aggregate with its stored version
   * @throws NotFoundException when there is none
   */
  default A get(I id) {
    return find(id).orElseThrow(() -> new NotFoundException(typeName(), id));
  }

  /**
   * Finds several aggregates at once: what a daily job reads for the records it works through. The
   * default calls {@link #find} per id; a database adapter answers with one query per thousand ids.
   *
   * @param ids the ids (never null, no null element; an id given twice is read once)
   * @return the ids that are stored, in the order given, mapped to their aggregates with their
   *     stored versions; an id that is not stored is absent
   */
  default Map<I, A> findAllById(Collection<I> ids) {
    java.util.Objects.requireNonNull(ids, "ids");
    Map<I, A> out = new LinkedHashMap<>();
    for (I id : ids) {
      java.util.Objects.requireNonNull(id, "id");
      if (!out.containsKey(id)) {
        find(id).ifPresent(a -> out.put(id, a));
      }
    }
    return out;
  }

  /**
   * Saves an aggregate if the stored version is the expected one.
   *
   * @param aggregate the new value
   * @param expectedVersion the version the caller loaded; {@link Aggregate#NEW} for a new one
   * @return the stored value, with version {@code expectedVersion + 1}
   * @throws ConcurrencyConflictException when another version is stored
   */
  A save(A aggregate, long expectedVersion);

  /**
   * Returns every stored aggregate: for tests and small exports only; business paths use the port's
   * queries, and exports of large tables use {@link #page(String, int)}.
   *
   * @return a snapshot, in no particular order
   */
  List<A> findAll();

  /**
   * Saves new aggregates (each as {@code save(a, Aggregate.NEW)}), in order, and returns them as
   * stored. The default saves one at a time; a database adapter writes them with batched statements
   * (a bill run stores a claimed batch's invoices this way). Meant to run inside a unit of work:
   * when one of them cannot be stored (its id is taken, a constraint refuses it) the call throws
   * and the caller's unit of work rolls back, so either all are stored or none is. An adapter that
   * writes a batch at once may store none of them itself before it throws; the default may have
   * stored the ones before the failing one, which the unit of work's rollback undoes.
   *
   * @param aggregates the new values (never null, no null element)
   * @return the stored values with version 1, in the same order
   * @throws ConcurrencyConflictException when one of the ids is already stored
   */
  default List<A> saveAllNew(List<A> aggregates) {
    java.util.Objects.requireNonNull(aggregates, "aggregates");
    List<A> out = new ArrayList<>(aggregates.size());
    for (A a : aggregates) {
      out.add(save(java.util.Objects.requireNonNull(a, "aggregate"), Aggregate.NEW));
    }
    return out;
  }

  /**
   * Reads the stored aggregates one page at a time, ordered by the text of their ids (keyset
   * paging: a database answers it with {@code WHERE id > ? ORDER BY id LIMIT ?}, whatever the size
   * of the table). Pass null for the first page and each page's {@link Page#next()} after that. The
   * default sorts {@link #findAll()}; adapters override it with an index.
   *
   * @param after the cursor from the previous page, or null for the first page
   * @param limit the most items on the page (above zero)
   * @return the page
   */
  default Page<A> page(String after, int limit) {
    if (limit <= 0) {
      throw new IllegalArgumentException("page limit must be above zero, got " + limit);
    }
    List<A> sorted = new ArrayList<>();
    for (A a : findAll()) {
      if (after == null || String.valueOf(a.id()).compareTo(after) > 0) {
        sorted.add(a);
      }
    }
    sorted.sort(Comparator.comparing(a -> String.valueOf(a.id())));
    if (sorted.size() <= limit) {
      return new Page<>(sorted, null);
    }
    List<A> items = sorted.subList(0, limit);
    return new Page<>(items, String.valueOf(items.get(limit - 1).id()));
  }

  /**
   * Returns the name used in {@link NotFoundException}; by default {@code "Aggregate"}.
   *
   * @return the aggregate type's name
   */
  default String typeName() {
    return "Aggregate";
  }
}
