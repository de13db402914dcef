package dev.revops.jdbc.sales;

import static java.util.Objects.requireNonNull;

import dev.revops.core.id.AccountId;
import dev.revops.jdbc.table.AggregateTable;
import dev.revops.jdbc.table.AggregateTable.Column;
import dev.revops.jdbc.table.Database;
import dev.revops.jdbc.table.Sql;
import dev.revops.sales.offer.OfferPresentation;
import dev.revops.sales.offer.OfferPresentationId;
import dev.revops.sales.offer.OfferStatus;
import dev.revops.sales.port.OfferHistory;
import java.util.List;

/**
 * {@link OfferHistory} on table {@code revops_offer_presentations}: one row per offer presented to
 * a customer with the account, offer, offer kind, what it sells, status, presentation and answer
 * instants, fulfilment reference, failed attempts, acceptance probability and expected value (minor
 * units and currency) as columns, and the whole presentation in {@code body}. Saves are optimistic
 * ({@code ConcurrencyConflictException} with both versions), so an acceptance recorded by two
 * instances is fulfilled by one.
 *
 * <p>The queries list oldest first, in the order the in-memory default does: {@link #forAccount} in
 * the order the presentations were first saved (column {@code seq}), {@link #findByStatus} in the
 * order they entered the status (column {@code status_order}, taken in the save that changes the
 * status). Each reads an index of its own. Nothing here logs. Thread-safe.
 */
public final class JdbcOfferHistory
    extends OrderTakingRepository<OfferPresentationId, OfferPresentation> implements OfferHistory {
  /** The table. */
  static final String TABLE = "revops_offer_presentations";

  /**
   * Creates the history.
   *
   * @param db the database (migrated)
   */
  public JdbcOfferHistory(Database db) {
    super(
        new AggregateTable<>(
            db,
            TABLE,
            OfferPresentation.class,
            OfferPresentationId::value,
            List.of(
                new Column<>("account_id", (s, i, p) -> s.setString(i, p.account().value())),
                new Column<>("offer_id", (s, i, p) -> s.setString(i, p.offer().id())),
                new Column<>("offer_kind", (s, i, p) -> s.setString(i, p.offer().kind().name())),
                new Column<>("sells", (s, i, p) -> s.setString(i, p.offer().sells())),
                new Column<>("status", (s, i, p) -> s.setString(i, p.status().name())),
                new Column<>(
                    "presented_at", (s, i, p) -> Sql.setInstant(s, i, p.basis().presentedAt())),
                new Column<>(
                    "answered_at", (s, i, p) -> Sql.setInstant(s, i, p.outcome().answeredAt())),
                new Column<>("reference", (s, i, p) -> Sql.setText(s, i, p.outcome().reference())),
                new Column<>(
                    "failed_attempts", (s, i, p) -> s.setInt(i, p.outcome().failedAttempts())),
                new Column<>("probability", (s, i, p) -> s.setDouble(i, p.basis().probability())),
                new Column<>(
                    "expected_value_minor",
                    (s, i, p) -> s.setLong(i, p.basis().expectedValue().minor())),
                new Column<>(
                    "currency",
                    (s, i, p) ->
                        s.setString(i, p.basis().expectedValue().currency().getCurrencyCode())),
                new Column<>(
                    "from_case_id",
                    (s, i, p) ->
                        Sql.setText(
                            s,
                            i,
                            p.basis().fromCase() == null ? null : p.basis().fromCase().value()))),
            null),
        db,
        "UPDATE "
            + TABLE
            + " SET status_order = "
            + JdbcReferralRepository.nextOrder(db.dialect())
            + ", ordered_status = status"
            + " WHERE id = ? AND (ordered_status IS NULL OR ordered_status <> status)",
        p -> p.id().value());
  }

  /** A presentation that enters a status takes its place in {@link #findByStatus}'s order. */
  @Override
  boolean takesOrder(OfferPresentation saved) {
    return true;
  }

  @Override
  public List<OfferPresentation> forAccount(AccountId account) {
    requireNonNull(account, "account");
    return table.queryBy("WHERE account_id = ? ORDER BY seq", account.value());
  }

  @Override
  public List<OfferPresentation> findByStatus(OfferStatus status) {
    requireNonNull(status, "status");
    return table.queryBy("WHERE status = ? ORDER BY status_order, seq", status.name());
  }
}
