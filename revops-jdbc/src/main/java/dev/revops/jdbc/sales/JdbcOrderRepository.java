package dev.revops.jdbc.sales;

import static java.util.Objects.requireNonNull;

import dev.revops.jdbc.table.AggregateTable;
import dev.revops.jdbc.table.AggregateTable.Column;
import dev.revops.jdbc.table.Database;
import dev.revops.jdbc.table.JdbcRepository;
import dev.revops.jdbc.table.Sql;
import dev.revops.sales.id.OrderId;
import dev.revops.sales.order.Order;
import dev.revops.sales.order.OrderStatus;
import dev.revops.sales.port.OrderRepository;
import java.util.List;

/**
 * {@link OrderRepository} on tables {@code revops_orders} (statuses, amounts as minor units and
 * currency, the placing time) and {@code revops_orders_by_status} (one row per order, numbered when
 * the order entered its status), so {@link #findByStatus} reads an index and returns the orders in
 * the order they entered the status, as the in-memory default does. Thread-safe.
 */
public final class JdbcOrderRepository extends JdbcRepository<OrderId, Order>
    implements OrderRepository {
  /** The order table. */
  static final String TABLE = "revops_orders";

  /** The status rows' table. */
  static final String BY_STATUS = "revops_orders_by_status";

  /** The condition of {@link #findByStatus}. */
  static final String WHERE_STATUS =
      "JOIN revops_orders_by_status k ON k.order_id = revops_orders.id WHERE k.status = ?"
          + " ORDER BY k.seq";

  private static final KeyRows<Order> ROWS =
      new KeyRows<>(
          BY_STATUS,
          "order_id",
          "status",
          null,
          o -> List.of(new KeyRows.Key(o.status().name(), false)));

  /**
   * Creates the repository.
   *
   * @param db the database
   */
  public JdbcOrderRepository(Database db) {
    super(
        new AggregateTable<>(
            db,
            TABLE,
            Order.class,
            OrderId::value,
            List.of(
                new Column<>("account_id", (s, i, o) -> s.setString(i, o.account().value())),
                new Column<>("status", (s, i, o) -> s.setString(i, o.status().name())),
                new Column<>("payment_status", (s, i, o) -> s.setString(i, o.payment().name())),
                new Column<>(
                    "fulfilment_status", (s, i, o) -> s.setString(i, o.fulfilment().name())),
                new Column<>(
                    "currency", (s, i, o) -> s.setString(i, o.paid().currency().getCurrencyCode())),
                new Column<>("total_minor", (s, i, o) -> s.setLong(i, o.total().minor())),
                new Column<>("paid_minor", (s, i, o) -> s.setLong(i, o.paid().minor())),
                new Column<>("refunded_minor", (s, i, o) -> s.setLong(i, o.refunded().minor())),
                new Column<>("placed_at", (s, i, o) -> Sql.setInstant(s, i, o.placedAt()))),
            (c, order, isNew) -> ROWS.write(c, order.id().value(), order, isNew)));
  }

  @Override
  public List<Order> findByStatus(OrderStatus status) {
    requireNonNull(status, "status");
    return table.queryBy(WHERE_STATUS, status.name());
  }
}
