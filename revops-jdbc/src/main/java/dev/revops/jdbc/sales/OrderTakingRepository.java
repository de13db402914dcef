package dev.revops.jdbc.sales;

import static java.util.Objects.requireNonNull;

import dev.revops.core.aggregate.Aggregate;
import dev.revops.jdbc.table.AggregateTable;
import dev.revops.jdbc.table.Database;
import dev.revops.jdbc.table.JdbcRepository;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.function.Function;

/**
 * A repository whose saves also give some rows their place in a query's order, in the save's own
 * transaction: one {@code UPDATE ... WHERE id = ?} per saved row that may need it, which takes the
 * next value of a sequence only when its condition holds (the order an offer entered its status,
 * the order a referral first named its referred account). Thread-safe.
 *
 * @param <I> the id type
 * @param <A> the aggregate type
 */
abstract class OrderTakingRepository<I, A extends Aggregate<I, A>> extends JdbcRepository<I, A> {
  private final Database db;
  private final String takeOrder;
  private final Function<A, String> idText;

  /**
   * Creates the repository.
   *
   * @param table the table
   * @param db the database (migrated)
   * @param takeOrder the update that gives one row (its id the only parameter) its place
   * @param idText the id's text in the {@code id} column
   */
  OrderTakingRepository(
      AggregateTable<I, A> table, Database db, String takeOrder, Function<A, String> idText) {
    super(table);
    this.db = requireNonNull(db, "db");
    this.takeOrder = requireNonNull(takeOrder, "takeOrder");
    this.idText = requireNonNull(idText, "idText");
  }

  /**
   * Returns whether a saved aggregate may need its place; false skips the update (and, for a single
   * save, the transaction around it).
   *
   * @param saved the stored value
   * @return whether to run the update for it
   */
  abstract boolean takesOrder(A saved);

  /**
   * {@inheritDoc}
   *
   * <p>Here: a row that may need its place takes it in the same transaction.
   */
  @Override
  public A save(A aggregate, long expectedVersion) {
    requireNonNull(aggregate, "aggregate");
    if (!takesOrder(aggregate)) {
      return super.save(aggregate, expectedVersion);
    }
    return db.work()
        .inTransaction(
            () -> {
              A saved = super.save(aggregate, expectedVersion);
              takeOrder(List.of(saved));
              return saved;
            });
  }

  /**
   * {@inheritDoc}
   *
   * <p>Here: one batched insert (all or none), then the places, in list order.
   */
  @Override
  public List<A> saveAllNew(List<A> aggregates) {
    requireNonNull(aggregates, "aggregates");
    return db.work()
        .inTransaction(
            () -> {
              List<A> saved = super.saveAllNew(aggregates);
              takeOrder(saved);
              return saved;
            });
  }

  private void takeOrder(List<A> saved) {
    List<A> which = saved.stream().filter(this::takesOrder).toList();
    if (which.isEmpty()) {
      return;
    }
    db.work()
        .call(
            "order " + table.table(),
            table.table(),
            c -> {
              try (PreparedStatement s = c.prepareStatement(takeOrder)) {
                for (A a : which) {
                  s.setString(1, idText.apply(a));
                  s.executeUpdate();
                }
              }
              return null;
            });
  }
}
