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
   * Starts a request. Required: id, account, currency, zone, plan and start date; the quantity
   * defaults to 1, the coupons to none, the first payment to not awaited and the payment method to
   * on file. End with {@link Builder#build()}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
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
   * @deprecated six positional values; use {@link #builder()}: {@code
   *     NewSubscription.builder().id(id).account(account).currency(currency).zone(zone).plan(plan)
   *     .startDate(startDate).build()} gives the same request.
   */
  @Deprecated
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
    return toBuilder().quantity(q).build();
  }

  /**
   * Returns a copy with coupons.
   *
   * @param coupons the coupon ids
   * @return the copy
   */
  public NewSubscription withCoupons(List<String> coupons) {
    return toBuilder().couponIds(coupons).build();
  }

  /**
   * Returns a copy with or without a payment method.
   *
   * @param has whether one is on file
   * @return the copy
   */
  public NewSubscription withPaymentMethod(boolean has) {
    return toBuilder().hasPaymentMethod(has).build();
  }

  /**
   * Returns a copy that starts incomplete until its first payment.
   *
   * @return the copy
   */
  public NewSubscription awaitingFirstPayment() {
    return toBuilder().awaitFirstPayment(true).build();
  }

  /**
   * Returns a builder holding every part of this request, to change a few of them.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return builder()
        .id(id)
        .account(account)
        .currency(currency)
        .zone(zone)
        .plan(plan)
        .quantity(quantity)
        .startDate(startDate)
        .couponIds(couponIds)
        .awaitFirstPayment(awaitFirstPayment)
        .hasPaymentMethod(hasPaymentMethod);
  }

  /**
   * Builds a {@link NewSubscription}, one named part at a time. Mutable and not thread-safe; the
   * record's constructor checks the parts, so a missing required part is refused with a {@link
   * NullPointerException} naming it and a quantity below 1 with an {@link
   * IllegalArgumentException}.
   */
  public static final class Builder {
    private SubscriptionId id;
    private AccountId account;
    private Currency currency;
    private ZoneId zone;
    private Plan plan;
    private long quantity = 1;
    private LocalDate startDate;
    private List<String> couponIds = List.of();
    private boolean awaitFirstPayment;
    private boolean hasPaymentMethod = true;

    private Builder() {}

    /**
     * Sets the new subscription's id.
     *
     * @param value the id, never null
     * @return this builder
     */
    public Builder id(SubscriptionId value) {
      this.id = value;
      return this;
    }

    /**
     * Sets the account.
     *
     * @param value the account, never null
     * @return this builder
     */
    public Builder account(AccountId value) {
      this.account = value;
      return this;
    }

    /**
     * Sets the currency the subscription bills in.
     *
     * @param value the currency, never null
     * @return this builder
     */
    public Builder currency(Currency value) {
      this.currency = value;
      return this;
    }

    /**
     * Sets the account's time zone.
     *
     * @param value the zone, never null
     * @return this builder
     */
    public Builder zone(ZoneId value) {
      this.zone = value;
      return this;
    }

    /**
     * Sets the plan.
     *
     * @param value the plan, never null
     * @return this builder
     */
    public Builder plan(Plan value) {
      this.plan = value;
      return this;
    }

    /**
     * Sets the quantity.
     *
     * @param value at least 1; 1 unless set
     * @return this builder
     */
    public Builder quantity(long value) {
      this.quantity = value;
      return this;
    }

    /**
     * Sets the start date.
     *
     * @param value the date, today or in the future, never null
     * @return this builder
     */
    public Builder startDate(LocalDate value) {
      this.startDate = value;
      return this;
    }

    /**
     * Sets the coupons to redeem at the start.
     *
     * @param value the coupon ids; none unless set (null means none)
     * @return this builder
     */
    public Builder couponIds(List<String> value) {
      this.couponIds = value;
      return this;
    }

    /**
     * Sets whether the subscription starts incomplete until its first payment succeeds.
     *
     * @param value true to await the first payment; false unless set
     * @return this builder
     */
    public Builder awaitFirstPayment(boolean value) {
      this.awaitFirstPayment = value;
      return this;
    }

    /**
     * Sets whether the account has a payment method on file.
     *
     * @param value true when one is on file; true unless set
     * @return this builder
     */
    public Builder hasPaymentMethod(boolean value) {
      this.hasPaymentMethod = value;
      return this;
    }

    /**
     * Makes the request.
     *
     * @return the request
     * @throws NullPointerException when a required part is missing (the message names it)
     * @throws IllegalArgumentException when the quantity is below 1
     */
    public NewSubscription build() {
      return new NewSubscription(
          id,
          account,
          currency,
          zone,
          plan,
          quantity,
          startDate,
          couponIds,
          awaitFirstPayment,
          hasPaymentMethod);
    }
  }
}
