package dev.revops.sales.referral;

/**
 * What the fraud rules compare between a referrer and the party it referred: e-mail, phone, payment
 * fingerprint (the card or bank account fingerprint the payment provider gives, never the number)
 * and postal address, each as the host stored it, any of them null when unknown. Personal data:
 * {@link #toString()} prints no value, and the rules name only the kind of fact that matched.
 * Immutable.
 *
 * @param email the e-mail address, or null
 * @param phone the phone number, or null
 * @param paymentFingerprint the payment method's fingerprint, or null
 * @param postalAddress the postal address on one line, or null
 */
public record PartyFacts(
    String email, String phone, String paymentFingerprint, String postalAddress) {

  /** Facts with nothing known. */
  public static final PartyFacts NONE = new PartyFacts(null, null, null, null);

  /**
   * Returns these facts with a payment fingerprint, for a host that learns it at the first payment.
   *
   * @param fingerprint the fingerprint, or null
   * @return the copy
   */
  public PartyFacts withPaymentFingerprint(String fingerprint) {
    return new PartyFacts(email, phone, fingerprint, postalAddress);
  }

  /**
   * Returns which facts are known, without their values.
   *
   * @return e.g. {@code PartyFacts[email, phone]}
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("PartyFacts[");
    String sep = "";
    if (email != null) {
      sb.append("email");
      sep = ", ";
    }
    if (phone != null) {
      sb.append(sep).append("phone");
      sep = ", ";
    }
    if (paymentFingerprint != null) {
      sb.append(sep).append("paymentFingerprint");
      sep = ", ";
    }
    if (postalAddress != null) {
      sb.append(sep).append("postalAddress");
    }
    return sb.append(']').toString();
  }
}
