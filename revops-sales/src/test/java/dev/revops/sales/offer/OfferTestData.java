package dev.revops.sales.offer;

import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import java.util.List;
import java.util.Set;

/** The catalog and customers the offer tests share. */
public final class OfferTestData {
  private OfferTestData() {}

  /** A catalog of one upsell, one add-on and one cross-sell. */
  public static final String CATALOG_JSON =
      """
      {"offers": [
        {"id": "crm-pro-upgrade", "kind": "UPSELL", "sells": "crm-pro",
         "when": {"fromPlans": ["crm-team"]},
         "value": {"margin": {"amount": "30.00", "currency": "USD"}}, "coolDownDays": 90},
        {"id": "analytics", "kind": "ADD_ON", "sells": "analytics",
         "when": {"requires": ["crm-pro"]},
         "value": {"price": {"amount": "20.00", "currency": "USD"},
                   "margin": {"amount": "15.00", "currency": "USD"}}, "coolDownDays": 30},
        {"id": "support-plus", "kind": "CROSS_SELL", "sells": "support-plus",
         "when": {"excludes": ["enterprise-support"]},
         "value": {"price": {"amount": "10.00", "currency": "USD"},
                   "margin": {"amount": "8.00", "currency": "USD"}}, "coolDownDays": 0}]}
      """;

  /** The catalog, loaded. */
  public static final OfferCatalog CATALOG = OfferCatalogLoader.create().load(CATALOG_JSON);

  /**
   * Holdings of one account.
   *
   * @param account the account's id text
   * @param plans its plans
   * @param products its products
   * @return the holdings
   */
  public static Holdings holds(String account, Set<String> plans, Set<String> products) {
    return new Holdings(AccountId.of(account), plans, products);
  }

  /**
   * A product offer in USD.
   *
   * @param id the id
   * @param sells what it sells
   * @param marginCents the margin in cents
   * @return the offer
   */
  public static Offer crossSell(String id, String sells, long marginCents) {
    return Offer.of(
        id,
        OfferKind.CROSS_SELL,
        sells,
        OfferConditions.NONE,
        new OfferValue(Money.ofMinor(marginCents * 2, "USD"), Money.ofMinor(marginCents, "USD")));
  }

  /**
   * A fixed-probability model.
   *
   * @param p the probability of every offer
   * @return the model
   */
  public static AcceptanceModel constant(double p) {
    return (offer, holdings) -> new Estimate(p, "constant", List.of());
  }
}
