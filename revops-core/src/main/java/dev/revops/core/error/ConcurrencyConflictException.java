package dev.revops.core.error;

/**
 * A save expected one version of an aggregate and found another: somebody else changed it first.
 * The caller reloads and retries (or reports the conflict).
 */
public class ConcurrencyConflictException extends RevOpsException {
  private static final long serialVersionUID = 1L;

  private final String id;
  private final long expectedVersion;
  private final long actualVersion;

  /**
   * Creates the exception.
   *
   * @param id the aggregate's id
   * @param expectedVersion the version the caller expected to replace
   * @param actualVersion the version that was stored (0 when none was)
   */
  public ConcurrencyConflictException(Object id, long expectedVersion, long actualVersion) {
    super(
        "Concurrent change of "
            + id
            + ": expected version "
            + expectedVersion
            + " but found "
            + actualVersion);
    this.id = String.valueOf(id);
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }

  /**
   * Returns the aggregate's id.
   *
   * @return the id as text
   */
  public String id() {
    return id;
  }

  /**
   * Returns the version the caller expected.
   *
   * @return the expected version
   */
  public long expectedVersion() {
    return expectedVersion;
  }

  /**
   * Returns the version that was stored.
   *
   * @return the actual version, 0 when nothing was stored
   */
  public long actualVersion() {
    return actualVersion;
  }
}
