package dev.revops.jdbc;

import dev.revops.core.aggregate.Aggregate;
import dev.revops.core.port.Repository;
import dev.revops.testkit.conformance.RepositoryContract;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * revops-testkit's repository contract on three functions in place of three overridden methods: a
 * suite's nested contract class names only its repository, its numbered aggregates and their
 * changes.
 *
 * @param <I> the id type
 * @param <A> the aggregate type
 */
public abstract class RepositoryContractOf<I, A extends Aggregate<I, A>>
    extends RepositoryContract<I, A> {
  private final Supplier<? extends Repository<I, A>> repository;
  private final IntFunction<A> aggregate;
  private final Change<A> change;

  /**
   * The contract on a repository and its aggregates.
   *
   * @param repository a new, empty repository for each test
   * @param aggregate a new, unsaved aggregate with a distinct id for each number
   * @param change a changed copy of an aggregate (same id and version), distinct for each number
   */
  protected RepositoryContractOf(
      Supplier<? extends Repository<I, A>> repository, IntFunction<A> aggregate, Change<A> change) {
    this.repository = repository;
    this.aggregate = aggregate;
    this.change = change;
  }

  /**
   * A changed copy of an aggregate, distinct for each number.
   *
   * @param <A> the aggregate type
   */
  @FunctionalInterface
  public interface Change<A> {
    /**
     * Changes an aggregate.
     *
     * @param aggregate the aggregate as loaded
     * @param n a distinguishing number
     * @return the changed aggregate
     */
    A apply(A aggregate, int n);
  }

  @Override
  protected final Repository<I, A> newRepository() {
    return repository.get();
  }

  @Override
  protected final A newAggregate(int n) {
    return aggregate.apply(n);
  }

  @Override
  protected final A change(A a, int n) {
    return change.apply(a, n);
  }
}
