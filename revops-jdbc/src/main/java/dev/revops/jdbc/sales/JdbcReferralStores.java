package dev.revops.jdbc.sales;

import static java.util.Objects.requireNonNull;

import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.jdbc.table.Database;
import dev.revops.sales.referral.ReferralPartyFacts;
import dev.revops.sales.referral.ReferralPorts;
import dev.revops.sales.referral.ReferralRewards;

/**
 * revops-sales' growth stores on one database: the referrals ({@code revops_referrals}), the
 * referral codes ({@code revops_referral_codes}, one per account and one account per code), the
 * offer presentations ({@code revops_offer_presentations}) and what customers hold for offer
 * eligibility ({@code revops_offer_holdings}). Immutable and thread-safe; make one per database and
 * share it.
 *
 * <pre>{@code
 * RevOpsDatabase db = RevOpsDatabase.on(dataSource).migrate();
 * JdbcReferralStores stores = JdbcReferralStores.of(db);
 * ReferralService referrals =
 *     new ReferralService(
 *         stores.referralPorts(facts, rewards), // the host's party facts and rewards
 *         new ReferralCodes(secret),
 *         policy,
 *         db.unitOfWork(),
 *         db.outbox(),
 *         db.locks(), // one lead, one referral across instances
 *         ids,
 *         Clock.systemUTC());
 * OfferHistory offers = stores.offers(); // for the offer service, with stores.holdings()
 * stores.holdings().put(new Holdings(account, Set.of("pro-monthly"), Set.of()));
 * }</pre>
 *
 * <p>Give the referral service the database's locks ({@code db.locks()}): attribution and rewards
 * are serialised per lead and account only when every instance locks the same rows.
 */
public final class JdbcReferralStores {
  private final JdbcReferralRepository referrals;
  private final JdbcReferralCodeRepository codes;
  private final JdbcOfferHistory offers;
  private final JdbcOfferHoldings holdings;

  private JdbcReferralStores(RevOpsDatabase db) {
    Database d = db.database();
    this.referrals = new JdbcReferralRepository(d);
    this.codes = new JdbcReferralCodeRepository(d);
    this.offers = new JdbcOfferHistory(d);
    this.holdings = new JdbcOfferHoldings(d, db.locks());
  }

  /**
   * Returns the stores on a database.
   *
   * @param db the database (migrated)
   * @return the stores
   */
  public static JdbcReferralStores of(RevOpsDatabase db) {
    return new JdbcReferralStores(requireNonNull(db, "db"));
  }

  /**
   * Returns a referral service's ports: these referrals and codes, and the host's facts and
   * rewards.
   *
   * @param facts what the referral rules compare about the parties (the host's)
   * @param rewards grants the rewards (the host's billing credits or coupons)
   * @return the ports
   */
  public ReferralPorts referralPorts(ReferralPartyFacts facts, ReferralRewards rewards) {
    return new ReferralPorts(
        referrals, codes, requireNonNull(facts, "facts"), requireNonNull(rewards, "rewards"));
  }

  /**
   * Returns the referrals.
   *
   * @return the repository
   */
  public JdbcReferralRepository referrals() {
    return referrals;
  }

  /**
   * Returns the issued referral codes.
   *
   * @return the repository
   */
  public JdbcReferralCodeRepository codes() {
    return codes;
  }

  /**
   * Returns the offer presentations.
   *
   * @return the history
   */
  public JdbcOfferHistory offers() {
    return offers;
  }

  /**
   * Returns what customers hold, for offer eligibility.
   *
   * @return the store
   */
  public JdbcOfferHoldings holdings() {
    return holdings;
  }
}
