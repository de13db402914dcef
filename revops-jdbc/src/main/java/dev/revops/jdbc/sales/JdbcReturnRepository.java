package dev.revops.jdbc.sales;

import static java.util.Objects.requireNonNull;

import dev.revops.jdbc.table.AggregateTable;
import dev.revops.jdbc.table.AggregateTable.Column;
import dev.revops.jdbc.table.Database;
import dev.revops.jdbc.table.JdbcRepository;
import dev.revops.jdbc.table.Sql;
import dev.revops.sales.id.OrderId;
import dev.revops.sales.id.ReturnId;
import dev.revops.sales.port.ReturnRepository;
import dev.revops.sales.returns.Refund;
import dev.revops.sales.returns.ReturnAuthorization;
import java.sql.Types;
import java.util.List;

/**
 * {@link ReturnRepository} on tables {@code revops_returns} (order, status, the refund as minor
 * units and currency once refunded) and {@code revops_returns_by_order} (one row per return,
 * numbered when it was first saved for its order), so {@link #findByOrder} reads an index and
 * returns an order's returns oldest first, as the in-memory default does. Thread-safe.
 */
public final class JdbcReturnRepository extends JdbcRepository<ReturnId, ReturnAuthorization>
    implements ReturnRepository {
  /** The return table. */
  static final String TABLE = "revops_returns";

  /** The order rows' table. */
  static final String BY_ORDER = "revops_returns_by_order";

  /** The condition of {@link #findByOrder}. */
  static final String WHERE_ORDER =
      "JOIN revops_returns_by_order k ON k.return_id = revops_returns.id WHERE k.order_id = ?"
          + " ORDER BY k.seq";

  private static final KeyRows<ReturnAuthorization> ROWS =
      new KeyRows<>(
          BY_ORDER,
          "return_id",
          "order_id",
          null,
          r -> List.of(new KeyRows.Key(r.order().value(), false)));

  /**
   * Creates the repository.
   *
   * @param db the database
   */
  public JdbcReturnRepository(Database db) {
    super(
        new AggregateTable<>(
            db,
            TABLE,
            ReturnAuthorization.class,
            ReturnId::value,
            List.of(
                new Column<>("order_id", (s, i, r) -> s.setString(i, r.order().value())),
                new Column<>("status", (s, i, r) -> s.setString(i, r.status().name())),
                new Column<>(
                    "currency",
                    (s, i, r) -> {
                      Refund f = r.refund();
                      Sql.setText(s, i, f == null ? null : f.amount().currency().getCurrencyCode());
                    }),
                new Column<>(
                    "computed_minor",
                    (s, i, r) -> {
                      if (r.refund() == null) {
                        s.setNull(i, Types.BIGINT);
                      } else {
                        s.setLong(i, r.refund().computed().minor());
                      }
                    }),
                new Column<>(
                    "refund_minor",
                    (s, i, r) -> {
                      if (r.refund() == null) {
                        s.setNull(i, Types.BIGINT);
                      } else {
                        s.setLong(i, r.refund().amount().minor());
                      }
                    }),
                new Column<>("requested_at", (s, i, r) -> Sql.setInstant(s, i, r.requestedAt()))),
            (c, r, isNew) -> ROWS.write(c, r.id().value(), r, isNew)));
  }

  @Override
  public List<ReturnAuthorization> findByOrder(OrderId order) {
    requireNonNull(order, "order");
    return table.queryBy(WHERE_ORDER, order.value());
  }
}
