package dev.revops.jdbc.sales;

import static java.util.Objects.requireNonNull;

import dev.revops.core.id.AccountId;
import dev.revops.core.id.LeadId;
import dev.revops.jdbc.Dialect;
import dev.revops.jdbc.table.AggregateTable;
import dev.revops.jdbc.table.AggregateTable.Column;
import dev.revops.jdbc.table.Database;
import dev.revops.jdbc.table.Sql;
import dev.revops.sales.referral.Referral;
import dev.revops.sales.referral.ReferralId;
import dev.revops.sales.referral.ReferralRepository;
import java.util.List;

/**
 * {@link ReferralRepository} on table {@code revops_referrals}: one row per referral with its code,
 * referrer, referred lead and account, status, rejection rule, attribution, qualification and
 * reward instants, qualifying invoice and reward grant as columns, and the whole referral (its
 * history included) in {@code body}. Ids, codes and rule ids only: no party's e-mail, phone or
 * payment fingerprint. Saves are optimistic ({@code ConcurrencyConflictException} with both
 * versions); the database refuses a referral whose code is not its referrer's issued code and a
 * second referral of one lead with one code ({@link dev.revops.jdbc.ConstraintViolationException}
 * naming {@code revops_referrals_code_issued} or {@code revops_referrals_lead_code_once}).
 *
 * <p>The queries list oldest first, in the order the in-memory default does: {@link
 * #findByReferrer} and {@link #findByReferredLead} in the order the referrals were first saved
 * (column {@code seq}), {@link #findByReferredAccount} in the order they first named the account
 * (column {@code account_order}, taken in the save that records the account). Each reads an index
 * of its own. Nothing here logs. Thread-safe.
 */
public final class JdbcReferralRepository extends OrderTakingRepository<ReferralId, Referral>
    implements ReferralRepository {
  /** The table. */
  static final String TABLE = "revops_referrals";

  /**
   * Creates the repository.
   *
   * @param db the database (migrated)
   */
  public JdbcReferralRepository(Database db) {
    super(
        new AggregateTable<>(
            db,
            TABLE,
            Referral.class,
            ReferralId::value,
            List.of(
                new Column<>("code", (s, i, r) -> s.setString(i, r.code().value())),
                new Column<>("referrer_id", (s, i, r) -> s.setString(i, r.referrer().value())),
                new Column<>(
                    "referred_lead_id", (s, i, r) -> s.setString(i, r.referredLead().value())),
                new Column<>(
                    "referred_account_id",
                    (s, i, r) ->
                        Sql.setText(
                            s,
                            i,
                            r.referredAccount() == null ? null : r.referredAccount().value())),
                new Column<>("status", (s, i, r) -> s.setString(i, r.status().name())),
                new Column<>(
                    "rejection_rule",
                    (s, i, r) ->
                        Sql.setText(s, i, r.rejection() == null ? null : r.rejection().ruleId())),
                new Column<>("attributed_at", (s, i, r) -> Sql.setInstant(s, i, r.attributedAt())),
                new Column<>(
                    "qualifying_invoice_id", (s, i, r) -> Sql.setText(s, i, r.qualifyingInvoice())),
                new Column<>("paid_at", (s, i, r) -> Sql.setInstant(s, i, r.paidAt())),
                new Column<>("reward_grant", (s, i, r) -> Sql.setText(s, i, r.rewardGrant())),
                new Column<>("rewarded_at", (s, i, r) -> Sql.setInstant(s, i, r.rewardedAt()))),
            null),
        db,
        "UPDATE "
            + TABLE
            + " SET account_order = "
            + nextOrder(db.dialect())
            + " WHERE id = ? AND account_order IS NULL AND referred_account_id IS NOT NULL",
        r -> r.id().value());
  }

  /**
   * Returns the SQL expression of the next value of sequence {@code revops_growth_order}.
   *
   * @param dialect the database
   * @return the expression
   */
  static String nextOrder(Dialect dialect) {
    return dialect == Dialect.POSTGRESQL
        ? "nextval('revops_growth_order')"
        : "NEXT VALUE FOR revops_growth_order";
  }

  /**
   * A referral that names its referred account for the first time takes its place in {@link
   * #findByReferredAccount}'s order.
   */
  @Override
  boolean takesOrder(Referral saved) {
    return saved.referredAccount() != null;
  }

  @Override
  public List<Referral> findByReferrer(AccountId referrer) {
    requireNonNull(referrer, "referrer");
    return table.queryBy("WHERE referrer_id = ? ORDER BY seq", referrer.value());
  }

  @Override
  public List<Referral> findByReferredAccount(AccountId referred) {
    requireNonNull(referred, "referred");
    return table.queryBy(
        "WHERE referred_account_id = ? ORDER BY account_order, seq", referred.value());
  }

  @Override
  public List<Referral> findByReferredLead(LeadId lead) {
    requireNonNull(lead, "lead");
    return table.queryBy("WHERE referred_lead_id = ? ORDER BY seq", lead.value());
  }
}
