package dev.revops.sales.marketing;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * How long an established business relationship exempts a number on the national do-not-call
 * registry (47 CFR 64.1200(f)(5)): up to 18 months after the last purchase or transaction, up to 3
 * months after an inquiry or application. A seller may only shorten them; 0 switches the exemption
 * off. In JSON: {@code {"purchaseMonths": 18, "inquiryMonths": 3}}. Immutable.
 *
 * @param purchaseMonths months after the last purchase, 0 to 18
 * @param inquiryMonths months after the last inquiry, 0 to 3
 */
public record RelationshipExemption(
    @NotNull @Min(0) @Max(18) Integer purchaseMonths,
    @NotNull @Min(0) @Max(3) Integer inquiryMonths) {
  /** The federal limits: 18 and 3 months. */
  public static final RelationshipExemption FEDERAL = new RelationshipExemption(18, 3);
}
