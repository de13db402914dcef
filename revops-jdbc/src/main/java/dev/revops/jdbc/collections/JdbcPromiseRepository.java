package dev.revops.jdbc.collections;

import static java.util.Objects.requireNonNull;

import dev.revops.collections.port.PromiseRepository;
import dev.revops.collections.promise.PromiseId;
import dev.revops.collections.promise.PromiseStatus;
import dev.revops.collections.promise.PromiseToPay;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ReceivableId;
import dev.revops.jdbc.table.AggregateTable;
import dev.revops.jdbc.table.AggregateTable.Column;
import dev.revops.jdbc.table.Database;
import dev.revops.jdbc.table.JdbcRepository;
import dev.revops.jdbc.table.Sql;
import java.time.Instant;
import java.util.List;

/**
 * {@link PromiseRepository} on table {@code revops_promises}: status, debt, account, amounts,
 * {@code made_at} and {@code resolves_at} are columns of their own, so each query reads one index
 * ({@code (debt_id, status, made_at, ...)}, {@code (account_id, status, made_at, ...)}, {@code
 * (status, resolves_at, id)}). Results and their order are those of {@code
 * InMemoryPromiseRepository}; a query inside a unit of work also sees that unit of work's own
 * saves. Thread-safe.
 */
public final class JdbcPromiseRepository extends JdbcRepository<PromiseId, PromiseToPay>
    implements PromiseRepository {
  private static final String OPEN = PromiseStatus.PROMISED.name();

  /**
   * Creates the repository.
   *
   * @param db the database
   */
  public JdbcPromiseRepository(Database db) {
    super(
        new AggregateTable<>(
            db,
            "revops_promises",
            PromiseToPay.class,
            PromiseId::value,
            List.of(
                new Column<>("account_id", (s, i, p) -> s.setString(i, p.account().value())),
                new Column<>("debt_id", (s, i, p) -> s.setString(i, p.debt().value())),
                new Column<>("status", (s, i, p) -> s.setString(i, p.status().name())),
                new Column<>(
                    "currency",
                    (s, i, p) -> s.setString(i, p.amount().currency().getCurrencyCode())),
                new Column<>("amount_minor", (s, i, p) -> s.setLong(i, p.amount().minor())),
                new Column<>("tolerance_minor", (s, i, p) -> s.setLong(i, p.tolerance().minor())),
                new Column<>("paid_minor", (s, i, p) -> s.setLong(i, p.paid().minor())),
                new Column<>("promised_for", (s, i, p) -> Sql.setDate(s, i, p.promisedFor())),
                new Column<>("grace_days", (s, i, p) -> s.setInt(i, p.graceDays())),
                new Column<>("time_zone", (s, i, p) -> s.setString(i, p.zone().getId())),
                new Column<>(
                    "made_at", (s, i, p) -> Sql.setInstant(s, i, Instants.storable(p.madeAt()))),
                new Column<>(
                    "made_at_nanos",
                    (s, i, p) -> s.setInt(i, Instants.nanosBelowMicros(p.madeAt()))),
                new Column<>(
                    "resolves_at",
                    (s, i, p) -> Sql.setInstant(s, i, Instants.storable(p.resolvesAt())))),
            null));
  }

  @Override
  public List<PromiseToPay> openForDebt(ReceivableId debt) {
    requireNonNull(debt, "debt");
    return table.queryBy(
        "WHERE debt_id = ? AND status = ? ORDER BY made_at, made_at_nanos, id", debt.value(), OPEN);
  }

  @Override
  public List<PromiseToPay> openForAccount(AccountId account) {
    requireNonNull(account, "account");
    return table.queryBy(
        "WHERE account_id = ? AND status = ? ORDER BY made_at, made_at_nanos, id",
        account.value(),
        OPEN);
  }

  @Override
  public List<PromiseToPay> openExpiredBy(Instant at, int limit) {
    requireNonNull(at, "at");
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive, got " + limit);
    }
    return table.query(
        "WHERE status = ? AND resolves_at <= ? ORDER BY resolves_at, id LIMIT ?",
        (s, i, v) -> {
          s.setString(i, OPEN);
          Sql.setInstant(s, i + 1, Instants.storable(v));
          s.setInt(i + 2, limit);
        },
        at);
  }
}
