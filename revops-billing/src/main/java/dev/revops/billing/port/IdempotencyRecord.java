package dev.revops.billing.port;

import static java.util.Objects.requireNonNull;

/**
 * What an idempotency key was first used for. Immutable and thread-safe.
 *
 * @param key the key
 * @param fingerprint the request's parameters, to detect a key reused for another request
 * @param resultId the id of what the first request produced (a payment id)
 */
public record IdempotencyRecord(String key, String fingerprint, String resultId) {
  /** Checks the parts. */
  public IdempotencyRecord {
    requireNonNull(key, "key");
    requireNonNull(fingerprint, "fingerprint");
    requireNonNull(resultId, "resultId");
  }
}
