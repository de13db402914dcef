package dev.revops.sales.marketing;

import java.time.Instant;
import java.util.Set;

/**
 * What the seller knows of its relationship with the person: the latest purchase and inquiry (the
 * established business relationship of 47 CFR 64.1200(f)(5)), the product categories bought (the
 * "similar products" of the soft opt-in, ePrivacy Directive 2002/58/EC art. 13(2)), whether the
 * chance to refuse marketing was offered when the contact details were collected, and an objection
 * to direct marketing (GDPR art. 21(2)). Immutable.
 *
 * @param lastPurchase the latest purchase or transaction, or null for none
 * @param lastInquiry the latest inquiry or application, or null for none
 * @param purchasedProducts the product categories the person bought
 * @param optOutOfferedAtCollection whether the person could refuse marketing, free and easily, when
 *     the contact details were collected (a condition of the soft opt-in)
 * @param objectedToMarketingAt when the person objected to direct marketing, or null
 */
public record CustomerRelationship(
    Instant lastPurchase,
    Instant lastInquiry,
    Set<String> purchasedProducts,
    boolean optOutOfferedAtCollection,
    Instant objectedToMarketingAt) {

  /** Copies the set. */
  public CustomerRelationship {
    purchasedProducts = purchasedProducts == null ? Set.of() : Set.copyOf(purchasedProducts);
  }

  /**
   * No relationship: a prospect who never bought nor asked.
   *
   * @return the empty relationship
   */
  public static CustomerRelationship none() {
    return new CustomerRelationship(null, null, Set.of(), false, null);
  }

  /**
   * A customer who bought products of some categories, the latest at an instant, and was offered
   * the opt-out when the contact details were collected.
   *
   * @param lastPurchase the latest purchase
   * @param products the categories bought
   * @return the relationship
   */
  public static CustomerRelationship customer(Instant lastPurchase, Set<String> products) {
    return new CustomerRelationship(lastPurchase, null, products, true, null);
  }

  /**
   * Returns the same relationship with an inquiry.
   *
   * @param at when the person inquired or applied
   * @return the new relationship
   */
  public CustomerRelationship withInquiry(Instant at) {
    return new CustomerRelationship(
        lastPurchase, at, purchasedProducts, optOutOfferedAtCollection, objectedToMarketingAt);
  }

  /**
   * Returns the same relationship with an objection to direct marketing.
   *
   * @param at when the person objected
   * @return the new relationship
   */
  public CustomerRelationship withObjection(Instant at) {
    return new CustomerRelationship(
        lastPurchase, lastInquiry, purchasedProducts, optOutOfferedAtCollection, at);
  }

  /**
   * Returns the same relationship with the opt-out offered at collection or not.
   *
   * @param offered whether it was offered
   * @return the new relationship
   */
  public CustomerRelationship withOptOutOfferedAtCollection(boolean offered) {
    return new CustomerRelationship(
        lastPurchase, lastInquiry, purchasedProducts, offered, objectedToMarketingAt);
  }
}
