package dev.revops.jdbc.table;

import dev.revops.core.aggregate.Aggregate;
import dev.revops.core.port.Page;
import dev.revops.core.port.Repository;
import java.util.List;
import java.util.Optional;

/**
 * A {@link Repository} over one {@link AggregateTable}: the base of every revops-jdbc repository,
 * and of a host's own for its aggregates. Subclasses add the port's queries with {@link
 * AggregateTable#query}.
 *
 * @param <I> the id type
 * @param <A> the aggregate type
 */
public abstract class JdbcRepository<I, A extends Aggregate<I, A>> implements Repository<I, A> {
  /** The table the aggregates are stored in. */
  protected final AggregateTable<I, A> table;

  /**
   * Creates the repository.
   *
   * @param table the table
   */
  protected JdbcRepository(AggregateTable<I, A> table) {
    this.table = java.util.Objects.requireNonNull(table, "table");
  }

  @Override
  public Optional<A> find(I id) {
    return table.find(id);
  }

  /** Reads the ids with one query per thousand ({@link AggregateTable#findAllById}). */
  @Override
  public java.util.Map<I, A> findAllById(java.util.Collection<I> ids) {
    return table.findAllById(ids);
  }

  @Override
  public A save(A aggregate, long expectedVersion) {
    return table.save(aggregate, expectedVersion);
  }

  /** Inserts the aggregates with batched statements ({@link AggregateTable#insertAll}). */
  @Override
  public List<A> saveAllNew(List<A> aggregates) {
    return table.insertAll(aggregates);
  }

  @Override
  public List<A> findAll() {
    return table.findAll();
  }

  @Override
  public Page<A> page(String after, int limit) {
    return table.page(after, limit);
  }
}
