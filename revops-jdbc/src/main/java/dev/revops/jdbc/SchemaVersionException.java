package dev.revops.jdbc;

import dev.revops.core.error.RevOpsException;

/**
 * The database's revops schema is not the one this code needs: newer than the code knows (a newer
 * release migrated it), or older and not migrated. The message names both versions.
 */
public final class SchemaVersionException extends RevOpsException {
  private static final long serialVersionUID = 1L;

  private final String databaseVersion;
  private final String codeVersion;

  /**
   * Creates the exception.
   *
   * @param databaseVersion the newest migration applied to the database ("none" when empty)
   * @param codeVersion the newest migration this code ships
   * @param advice what to do
   */
  public SchemaVersionException(String databaseVersion, String codeVersion, String advice) {
    super(
        "the revops schema in the database is at version "
            + databaseVersion
            + " but this revops-jdbc expects version "
            + codeVersion
            + ": "
            + advice);
    this.databaseVersion = databaseVersion;
    this.codeVersion = codeVersion;
  }

  /**
   * Returns the newest migration applied to the database.
   *
   * @return the version, or {@code "none"}
   */
  public String databaseVersion() {
    return databaseVersion;
  }

  /**
   * Returns the newest migration this code ships.
   *
   * @return the version
   */
  public String codeVersion() {
    return codeVersion;
  }
}
