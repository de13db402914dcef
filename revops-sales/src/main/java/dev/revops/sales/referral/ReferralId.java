package dev.revops.sales.referral;

/**
 * Identifies a {@link Referral}. A value, immutable; not personal data.
 *
 * @param value the id text (not blank, at most 200 characters)
 */
public record ReferralId(String value) {
  /** Checks the value. */
  public ReferralId {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("ReferralId must not be blank");
    }
    if (value.length() > 200) {
      throw new IllegalArgumentException("ReferralId must be at most 200 characters");
    }
  }

  /**
   * Makes an id.
   *
   * @param value the id text
   * @return the id
   */
  public static ReferralId of(String value) {
    return new ReferralId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
