package dev.revops.core.error;

/**
 * An idempotency key was reused with different parameters. A replay with the same parameters
 * returns the first result instead; this exception means the caller reused a key by mistake.
 */
public class IdempotencyConflictException extends RevOpsException {
  private static final long serialVersionUID = 1L;

  private final String key;

  /**
   * Creates the exception.
   *
   * @param key the reused idempotency key
   * @param detail what differs between the first request and this one
   */
  public IdempotencyConflictException(String key, String detail) {
    super("Idempotency key " + key + " was already used with different parameters: " + detail);
    this.key = key;
  }

  /**
   * Returns the reused key.
   *
   * @return the idempotency key
   */
  public String key() {
    return key;
  }
}
