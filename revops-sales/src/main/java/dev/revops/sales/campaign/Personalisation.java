package dev.revops.sales.campaign;

import java.util.List;
import java.util.Set;

/**
 * A template rendered for one contact: the text, or the tokens that had no value (then there is no
 * text and nothing may be sent). Immutable.
 *
 * @param text the message, or null when a token had no value
 * @param missing the tokens without a value, in the template's order; empty when complete
 */
public record Personalisation(String text, List<String> missing) {
  /**
   * The tokens every template may use: the contact's names, the account's name, the product and
   * offer, and what CAN-SPAM requires in a commercial e-mail (the sender, its postal address and a
   * working opt-out; 15 U.S.C. 7704(a)(3) and (a)(5)).
   */
  public static final Set<String> STANDARD_TOKENS =
      Set.of(
          "contact.firstName",
          "contact.lastName",
          "account.name",
          "product.name",
          "offer.name",
          "offer.price",
          "sender.name",
          "sender.postalAddress",
          "unsubscribe.url");

  /** Copies the list; a rendering has text or missing tokens, never both. */
  public Personalisation {
    missing = List.copyOf(missing);
    if ((text == null) == missing.isEmpty()) {
      throw new IllegalArgumentException("a rendering has its text or its missing tokens");
    }
  }

  /**
   * Tells whether every token had a value.
   *
   * @return true when {@link #text()} may be sent
   */
  public boolean isComplete() {
    return text != null;
  }
}
