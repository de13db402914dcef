package dev.revops.jdbc;

import dev.revops.core.error.RevOpsException;

/** The {@code DataSource} is on a database revops-jdbc has no {@link Dialect} for. */
public final class UnsupportedDatabaseException extends RevOpsException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param product the database product name the driver reported
   */
  public UnsupportedDatabaseException(String product) {
    super("revops-jdbc supports PostgreSQL and H2; this DataSource is on \"" + product + "\"");
  }
}
