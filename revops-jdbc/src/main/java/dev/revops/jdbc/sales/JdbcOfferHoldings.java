package dev.revops.jdbc.sales;

import static java.util.Objects.requireNonNull;

import dev.revops.core.id.AccountId;
import dev.revops.core.port.Locks;
import dev.revops.jdbc.table.Database;
import dev.revops.jdbc.table.Sql;
import dev.revops.sales.offer.Holdings;
import dev.revops.sales.port.OfferHoldings;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * {@link OfferHoldings} on table {@code revops_offer_holdings}: one row per plan ({@code item_kind
 * = 'PLAN'}) or product ({@code 'PRODUCT'}) a customer holds. The host keeps it current with {@link
 * #put} (from billing's subscriptions and its orders); a customer with no rows holds nothing, as in
 * the in-memory default. {@link #put} replaces an account's rows in one transaction under the
 * account's lock ({@code offer-holdings:<account>}), so two instances replacing the same account's
 * holdings at once leave one of the two sets, never a mix. Nothing here logs. Thread-safe.
 */
public final class JdbcOfferHoldings implements OfferHoldings {
  /** The table. */
  static final String TABLE = "revops_offer_holdings";

  private static final String PLAN = "PLAN";
  private static final String PRODUCT = "PRODUCT";

  private final Database db;
  private final Locks locks;

  /**
   * Creates the store.
   *
   * @param db the database (migrated)
   * @param locks the database's locks ({@code RevOpsDatabase.locks()}), which serialise {@link
   *     #put} per account across instances
   */
  public JdbcOfferHoldings(Database db, Locks locks) {
    this.db = requireNonNull(db, "db");
    this.locks = requireNonNull(locks, "locks");
  }

  /**
   * Sets what a customer holds, replacing what was stored: in the caller's unit of work, or in one
   * of its own.
   *
   * @param holdings the holdings (never null)
   */
  public void put(Holdings holdings) {
    requireNonNull(holdings, "holdings");
    String account = holdings.account().value();
    locks.withLock(
        "offer-holdings:" + account,
        () ->
            db.work()
                .call(
                    "put " + TABLE,
                    TABLE,
                    c -> {
                      try (PreparedStatement d =
                          c.prepareStatement("DELETE FROM " + TABLE + " WHERE account_id = ?")) {
                        d.setString(1, account);
                        d.executeUpdate();
                      }
                      try (PreparedStatement s =
                          c.prepareStatement(
                              "INSERT INTO "
                                  + TABLE
                                  + " (account_id, item_kind, item_id, updated_at)"
                                  + " VALUES (?, ?, ?, ?)")) {
                        java.time.Instant now = db.clock().instant();
                        for (String plan : holdings.plans()) {
                          bind(s, account, PLAN, plan, now);
                        }
                        for (String product : holdings.products()) {
                          bind(s, account, PRODUCT, product, now);
                        }
                        s.executeBatch();
                      }
                      return null;
                    }));
  }

  private static void bind(
      PreparedStatement s, String account, String kind, String item, java.time.Instant now)
      throws java.sql.SQLException {
    s.setString(1, account);
    s.setString(2, kind);
    s.setString(3, item);
    Sql.setInstant(s, 4, now);
    s.addBatch();
  }

  @Override
  public Holdings of(AccountId account) {
    requireNonNull(account, "account");
    return db.work()
        .read(
            "read " + TABLE,
            TABLE,
            c -> {
              Set<String> plans = new LinkedHashSet<>();
              Set<String> products = new LinkedHashSet<>();
              try (PreparedStatement s =
                  c.prepareStatement(
                      "SELECT item_kind, item_id FROM "
                          + TABLE
                          + " WHERE account_id = ? ORDER BY item_kind, item_id")) {
                s.setString(1, account.value());
                try (ResultSet r = s.executeQuery()) {
                  while (r.next()) {
                    (PLAN.equals(r.getString(1)) ? plans : products).add(r.getString(2));
                  }
                }
              }
              return new Holdings(account, plans, products);
            });
  }
}
