package dev.revops.jdbc;

import dev.revops.core.error.RevOpsException;

/**
 * A database call failed for a reason that is neither a version conflict nor a constraint: a lost
 * connection, a timeout, a deadlock. Names the statement's table and the SQL state; the unit of
 * work it ran in was rolled back. Retrying the whole use case is safe: revops' writes are
 * idempotent.
 */
public final class DataAccessException extends RevOpsException {
  private static final long serialVersionUID = 1L;

  private final String sqlState;

  /**
   * Creates the exception.
   *
   * @param what what was being done, e.g. {@code "save revops_invoices"}
   * @param sqlState the SQL state the driver reported (may be null)
   * @param cause what the driver threw
   */
  public DataAccessException(String what, String sqlState, Throwable cause) {
    super(what + " failed (SQL state " + sqlState + "): " + cause.getMessage(), cause);
    this.sqlState = sqlState;
  }

  /**
   * Returns the SQL state the driver reported.
   *
   * @return the state, or null
   */
  public String sqlState() {
    return sqlState;
  }
}
