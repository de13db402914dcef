package dev.revops.core.port;

import dev.revops.core.aggregate.Aggregate;
import dev.revops.core.error.ConcurrencyConflictException;
import dev.revops.core.error.NotFoundException;
import java.util.List;
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
   * Saves an aggregate if the stored version is the expected one.
   *
   * @param aggregate the new value
   * @param expectedVersion the version the caller loaded; {@link Aggregate#NEW} for a new one
   * @return the stored value, with version {@code expectedVersion + 1}
   * @throws ConcurrencyConflictException when another version is stored
   */
  A save(A aggregate, long expectedVersion);

  /**
   * Returns every stored aggregate: for reports, bill runs and tests. Hosts with large tables
   * should page through their own storage instead.
   *
   * @return a snapshot, in no particular order
   */
  List<A> findAll();

  /**
   * Returns the name used in {@link NotFoundException}; by default {@code "Aggregate"}.
   *
   * @return the aggregate type's name
   */
  default String typeName() {
    return "Aggregate";
  }
}
