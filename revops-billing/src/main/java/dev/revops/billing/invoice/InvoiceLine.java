package dev.revops.billing.invoice;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.revops.core.money.Money;
import dev.revops.core.time.DateRange;

/**
 * One line of an invoice. Lines that come from a subscription carry its id and the price (or
 * coupon) id: with the service period they form the line's key, which the bill run uses to know
 * what was already billed. Immutable and thread-safe.
 *
 * <p>JSON: {@code RevOpsJson} writes and reads a line as its components; the service period is
 * {@code {"start": ..., "end": ...}} (core's {@code DateRange} also has an {@code isEmpty()} that
 * Jackson would take for a property, so it is ignored here both ways).
 *
 * @param type the kind of line
 * @param description a short text for the customer (catalog data, never personal data)
 * @param amount the amount, negative for credits and discounts
 * @param quantity the quantity (units, usage), at least 0
 * @param servicePeriod the days the line pays for
 * @param subscriptionId the subscription it comes from, or null
 * @param priceId the price or coupon it comes from, or null
 */
public record InvoiceLine(
    LineType type,
    String description,
    Money amount,
    long quantity,
    @JsonIgnoreProperties("empty") DateRange servicePeriod,
    String subscriptionId,
    String priceId) {
  /** Checks the required parts. */
  public InvoiceLine {
    requireNonNull(type, "type");
    requireNonNull(description, "description");
    requireNonNull(amount, "amount");
    requireNonNull(servicePeriod, "servicePeriod");
    if (quantity < 0) {
      throw new IllegalArgumentException("line quantity must be >= 0, got " + quantity);
    }
  }

  /**
   * A line that does not come from a subscription (a one-time charge, an adjustment, a tax).
   *
   * @param type the kind
   * @param description the text
   * @param amount the amount
   * @param servicePeriod the service period
   * @return the line
   */
  public static InvoiceLine of(
      LineType type, String description, Money amount, DateRange servicePeriod) {
    return new InvoiceLine(type, description, amount, 1, servicePeriod, null, null);
  }

  /**
   * Tells whether the line comes from a subscription.
   *
   * @return true when it has a subscription id
   */
  public boolean fromSubscription() {
    return subscriptionId != null;
  }
}
