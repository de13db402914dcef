package dev.revops.sales.service;

import static java.util.Objects.requireNonNull;

import dev.revops.core.money.Percentage;
import dev.revops.sales.offer.CaseOfferRule;
import dev.revops.sales.offer.OfferCatalog;

/**
 * How {@link OfferService} decides: the catalog, the service-case rule (its CSAT threshold), how
 * many factors an estimate lists, and the tax rate of the order lines an accepted product offer
 * places. A parameter record: immutable and thread-safe; no part is null.
 *
 * @param catalog the offers
 * @param caseRule when a resolved case makes an offer available
 * @param explain how many factors an estimate lists, 0 to 50
 * @param taxRate the tax rate of an accepted offer's order line
 */
public record OfferSettings(
    OfferCatalog catalog, CaseOfferRule caseRule, int explain, Percentage taxRate) {
  /** Checks the parts. */
  public OfferSettings {
    requireNonNull(catalog, "catalog");
    requireNonNull(caseRule, "caseRule");
    requireNonNull(taxRate, "taxRate");
    if (explain < 0 || explain > 50) {
      throw new IllegalArgumentException("explain must be within 0..50, got " + explain);
    }
  }

  /**
   * Settings with a CSAT threshold of 4 (satisfied or very satisfied), three factors and no tax.
   *
   * @param catalog the offers
   * @return the settings
   */
  public static OfferSettings of(OfferCatalog catalog) {
    return new OfferSettings(catalog, new CaseOfferRule(4), 3, Percentage.ZERO);
  }
}
