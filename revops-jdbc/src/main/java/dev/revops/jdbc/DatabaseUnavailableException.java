package dev.revops.jdbc;

import dev.revops.core.error.RevOpsException;

/**
 * No connection could be opened. The message names the database URL with any password removed, and
 * the driver's reason.
 */
public final class DatabaseUnavailableException extends RevOpsException {
  private static final long serialVersionUID = 1L;

  private final String url;

  /**
   * Creates the exception.
   *
   * @param url the URL, already without its password (or a description of the DataSource)
   * @param cause what the driver threw
   */
  public DatabaseUnavailableException(String url, Throwable cause) {
    super("cannot connect to " + url + ": " + cause.getMessage(), cause);
    this.url = url;
  }

  /**
   * Returns the URL (without its password) that could not be reached.
   *
   * @return the URL
   */
  public String url() {
    return url;
  }
}
