package dev.revops.billing.subscription;

import static java.util.Objects.requireNonNull;

import dev.revops.billing.catalog.Plan;
import dev.revops.core.id.AccountId;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;

/**
 * What it takes to create a subscription. Immutable and thread-safe.
 *
 * @param id the new subscription's id
 * @param account the account
 * @param currency the currency it bills in
 * @param zone the account's time zone
 * @param plan the plan
 * @param quantity the quantity, at least 1
 * @param startDate the start date, today or in the future
 * @param couponIds coupons to redeem at the start
 * @param awaitFirstPayment whether it starts incomplete until the first payment succeeds
 * @param hasPaymentMethod whether the account has a payment method on file
 */
public record NewSubscription(
    SubscriptionId id,
    AccountId account,
    Currency currency,
    ZoneId zone,
    Plan plan,
    long quantity,
    LocalDate startDate,
    List<String> couponIds,
    boolean awaitFirstPayment,
    boolean hasPaymentMethod) {
  /** Checks the parts. */
  public NewSubscription {
    requireNonNull(id, "id");
    requireNonNull(account, "account");
    requireNonNull(currency, "currency");
    requireNonNull(zone, "zone");
    requireNonNull(plan, "plan");
    requireNonNull(startDate, "startDate");
    couponIds = couponIds == null ? List.of() : List.copyOf(couponIds);
    if (quantity < 1) {
      throw new IllegalArgumentException("quantity must be at least 1, got " + quantity);
    }
  }

  /**
   * A simple request: quantity 1, no coupon, active at once, a payment method on file.
   *
   * @param id the id
   * @param account the account
   * @param currency the currency
   * @param zone the zone
   * @param plan the plan
   * @param startDate the start date
   * @return the request
   */
  public static NewSubscription of(
      SubscriptionId id,
      AccountId account,
      Currency currency,
      ZoneId zone,
      Plan plan,
      LocalDate startDate) {
    return new NewSubscription(
        id, account, currency, zone, plan, 1, startDate, List.of(), false, true);
  }

  /**
   * Returns a copy with another quantity.
   *
   * @param q the quantity
   * @return the copy
   */
  public NewSubscription withQuantity(long q) {
    return new NewSubscription(
        id,
        account,
        currency,
        zone,
        plan,
        q,
        startDate,
        couponIds,
        awaitFirstPayment,
        hasPaymentMethod);
  }

  /**
   * Returns a copy with coupons.
   *
   * @param coupons the coupon ids
   * @return the copy
   */
  public NewSubscription withCoupons(List<String> coupons) {
    return new NewSubscription(
        id,
        account,
        currency,
        zone,
        plan,
        quantity,
        startDate,
        coupons,
        awaitFirstPayment,
        hasPaymentMethod);
  }

  /**
   * Returns a copy with or without a payment method.
   *
   * @param has whether one is on file
   * @return the copy
   */
  public NewSubscription withPaymentMethod(boolean has) {
    return new NewSubscription(
        id, account, currency, zone, plan, quantity, startDate, couponIds, awaitFirstPayment, has);
  }

  /**
   * Returns a copy that starts incomplete until its first payment.
   *
   * @return the copy
   */
  public NewSubscription awaitingFirstPayment() {
    return new NewSubscription(
        id, account, currency, zone, plan, quantity, startDate, couponIds, true, hasPaymentMethod);
  }
}
