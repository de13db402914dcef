package dev.revops.core.id;

/**
 * An identifier with a type of its own, so an account id cannot be passed where an invoice id is
 * expected. Implementations are records over one non-blank string.
 */
public interface TypedId {
  /**
   * Returns the id's text.
   *
   * @return the value, never blank
   */
  String value();

  /**
   * Checks an id value: present, not blank, at most 200 characters.
   *
   * @param value the candidate value
   * @param kind the id's kind for the message, e.g. {@code "AccountId"}
   * @return the value
   */
  static String check(String value, String kind) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(kind + " must not be blank");
    }
    if (value.length() > 200) {
      throw new IllegalArgumentException(kind + " must be at most 200 characters");
    }
    return value;
  }
}
