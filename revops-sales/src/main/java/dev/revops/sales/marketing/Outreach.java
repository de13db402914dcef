package dev.revops.sales.marketing;

import static java.util.Objects.requireNonNull;

import dev.revops.core.consent.Channel;
import dev.revops.core.consent.ContactRequest.Purpose;
import java.util.Set;

/**
 * How and why a campaign would reach a person: the channel, whether an autodialer or an artificial
 * or prerecorded voice is used, the phone number or e-mail address, the purpose and the product
 * marketed. Immutable.
 *
 * <p>A text ({@link Channel#SMS}) always counts as automated: marketing texts are sent by software
 * to lists, which is where the TCPA's autodialer rules bite, so treating them all as automated is
 * the stricter choice. {@link Channel#AUTOMATED_CALL} is automated by definition; a {@link
 * Channel#PHONE} call is automated when {@code automated} is true (a predictive dialer, a
 * prerecorded message).
 *
 * @param channel a call, an automated call, a text or an e-mail; never {@code LETTER}
 * @param automated whether an autodialer or an artificial or prerecorded voice is used
 * @param address the phone number (E.164) or e-mail address the do-not-call lists are looked up by;
 *     personal data, never logged nor put in a reason
 * @param purpose marketing or transactional; collection contacts belong to revops-collections
 * @param product the product category marketed (what "similar products" of the soft opt-in compares
 *     with), or null for a message about no product in particular
 */
public record Outreach(
    Channel channel, boolean automated, String address, Purpose purpose, String product) {

  private static final Set<Channel> CHANNELS =
      Set.of(Channel.PHONE, Channel.AUTOMATED_CALL, Channel.SMS, Channel.EMAIL);

  /** Checks the fields. */
  public Outreach {
    requireNonNull(channel, "channel");
    requireNonNull(address, "address");
    requireNonNull(purpose, "purpose");
    if (!CHANNELS.contains(channel)) {
      throw new IllegalArgumentException(
          "marketing compliance covers calls, texts and e-mail, not " + channel);
    }
    if (purpose == Purpose.COLLECTION) {
      throw new IllegalArgumentException(
          "collection contacts are decided by revops-collections' contact policy");
    }
    if (address.isBlank()) {
      throw new IllegalArgumentException("address must not be blank");
    }
    if (product != null && product.isBlank()) {
      throw new IllegalArgumentException("product must be null or not blank");
    }
  }

  /**
   * A marketing call.
   *
   * @param number the phone number
   * @param automated whether an autodialer or a prerecorded voice is used
   * @param product the product category, or null
   * @return the outreach
   */
  public static Outreach call(String number, boolean automated, String product) {
    return new Outreach(Channel.PHONE, automated, number, Purpose.MARKETING, product);
  }

  /**
   * A marketing text.
   *
   * @param number the phone number
   * @param product the product category, or null
   * @return the outreach
   */
  public static Outreach text(String number, String product) {
    return new Outreach(Channel.SMS, true, number, Purpose.MARKETING, product);
  }

  /**
   * A marketing e-mail.
   *
   * @param address the e-mail address
   * @param product the product category, or null
   * @return the outreach
   */
  public static Outreach email(String address, String product) {
    return new Outreach(Channel.EMAIL, false, address, Purpose.MARKETING, product);
  }

  /**
   * Returns the same outreach for another purpose.
   *
   * @param other the purpose
   * @return the new outreach
   */
  public Outreach withPurpose(Purpose other) {
    return new Outreach(channel, automated, address, other, product);
  }

  /**
   * Tells whether the outreach is marketing (advertising, telemarketing, solicitation).
   *
   * @return true for {@link Purpose#MARKETING}
   */
  public boolean isMarketing() {
    return purpose == Purpose.MARKETING;
  }

  /**
   * Tells whether it is a call or a text, where the TCPA and the do-not-call lists apply.
   *
   * @return true for calls and texts
   */
  public boolean isTelephone() {
    return channel.isRealTime();
  }

  /**
   * Tells whether an autodialer or an artificial or prerecorded voice is used: every text, every
   * {@code AUTOMATED_CALL}, and a {@code PHONE} call flagged automated.
   *
   * @return true when the TCPA's automated-call rules apply
   */
  public boolean usesAutomation() {
    return channel == Channel.SMS || channel == Channel.AUTOMATED_CALL || automated;
  }
}
