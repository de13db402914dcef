package dev.revops.examples.simulation;

/** Lets tests of other packages find the PostgreSQL server the way {@link StoresAgreeTest} does. */
public final class StoresAgreeTestAccess {
  private StoresAgreeTestAccess() {}

  /**
   * Returns the server's URL, or skips (fails when {@code CI=true}) when none answers.
   *
   * @return the URL
   */
  public static String postgresUrl() {
    return StoresAgreeTest.postgresUrl();
  }
}
