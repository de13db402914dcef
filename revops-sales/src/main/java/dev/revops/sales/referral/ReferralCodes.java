package dev.revops.sales.referral;

import static java.util.Objects.requireNonNull;

import dev.revops.core.id.AccountId;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Derives an account's referral code: HMAC-SHA256 of the account id under the host's secret, its
 * first 60 bits written in Crockford's base 32. The same account always gets the same code (issuing
 * is idempotent by construction, even across instances of the host's application that share the
 * secret); the code holds no personal data (only the account id goes in) and, without the secret,
 * one cannot compute another account's code or enumerate codes (60 bits: about 10^18 codes).
 * Immutable and thread-safe; the secret is copied and never printed.
 *
 * <p>HMAC: RFC 2104; Crockford's base 32: https://www.crockford.com/base32.html.
 */
public final class ReferralCodes {
  /** The fewest secret bytes accepted (128 bits). */
  public static final int MIN_SECRET_BYTES = 16;

  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final String HMAC = "HmacSHA256";

  private final SecretKeySpec key;

  /**
   * Creates the deriver.
   *
   * @param secret the host's secret from its configuration, at least {@value #MIN_SECRET_BYTES}
   *     bytes (never null); keep it stable, a new secret gives every account a new code
   * @throws IllegalArgumentException when the secret is too short
   */
  public ReferralCodes(byte[] secret) {
    requireNonNull(secret, "secret");
    if (secret.length < MIN_SECRET_BYTES) {
      throw new IllegalArgumentException(
          "the referral code secret needs at least " + MIN_SECRET_BYTES + " bytes");
    }
    this.key = new SecretKeySpec(Arrays.copyOf(secret, secret.length), HMAC);
  }

  /**
   * Returns an account's code.
   *
   * @param account the referrer (never null)
   * @return its code, always the same for the same account and secret
   */
  public ReferralCode codeFor(AccountId account) {
    requireNonNull(account, "account");
    byte[] mac;
    try {
      Mac m = Mac.getInstance(HMAC);
      m.init(key);
      mac = m.doFinal(("referral-code:" + account.value()).getBytes(StandardCharsets.UTF_8));
    } catch (InvalidKeyException e) {
      throw new IllegalStateException("the referral code key is unusable", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(HMAC + " is not available", e);
    }
    long bits = 0;
    for (int i = 0; i < 8; i++) {
      bits = (bits << 8) | (mac[i] & 0xFF);
    }
    char[] out = new char[ReferralCode.LENGTH];
    for (int i = 0; i < out.length; i++) {
      out[i] = ALPHABET[(int) ((bits >>> (64 - 5 * (i + 1))) & 31)];
    }
    return new ReferralCode(ReferralCode.PREFIX + new String(out));
  }

  @Override
  public String toString() {
    return "ReferralCodes[HMAC-SHA256, secret hidden]";
  }
}
