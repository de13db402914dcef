package dev.revops.sales.marketing;

/**
 * What a message (an e-mail, or a text under the soft opt-in) carries that the law asks for: a
 * working opt-out (15 U.S.C. 7704(a)(3); ePrivacy art. 13(2) "on the occasion of each message"),
 * the sender identified (7704(a)(1)), a valid physical postal address (7704(a)(5)(A)(iii)) and the
 * identification as an advertisement (7704(a)(5)(A)(i), not needed when the recipient gave
 * affirmative consent). The campaign's template engine fills it in from the rendered message.
 * Immutable.
 *
 * @param workingOptOut whether the message has a functioning opt-out (link or reply address)
 * @param senderIdentified whether the "from" line identifies the sender accurately
 * @param postalAddress the sender's physical postal address shown in the message, or null
 * @param identifiedAsAdvertisement whether the message says clearly that it is an advertisement
 */
public record MessageContent(
    boolean workingOptOut,
    boolean senderIdentified,
    String postalAddress,
    boolean identifiedAsAdvertisement) {

  /**
   * A message with everything: opt-out, sender, address and advertisement notice.
   *
   * @param postalAddress the sender's postal address
   * @return the content
   */
  public static MessageContent complete(String postalAddress) {
    return new MessageContent(true, true, postalAddress, true);
  }

  /**
   * Tells whether a postal address is present.
   *
   * @return true when not null nor blank
   */
  public boolean hasPostalAddress() {
    return postalAddress != null && !postalAddress.isBlank();
  }
}
