package dev.revops.core.error;

/**
 * The root of every exception revops throws on purpose. Unchecked: callers catch the subclass whose
 * context they can act on (violations, allowed events, versions, currencies).
 */
public class RevOpsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong, never containing personal data
   */
  public RevOpsException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what went wrong, never containing personal data
   * @param cause the underlying failure
   */
  public RevOpsException(String message, Throwable cause) {
    super(message, cause);
  }
}
