package dev.revops.testkit.fault;

/**
 * The failure a {@link FaultPlan} injects: thrown in place of (or after) the n-th call of a port. A
 * test catches it where a real host would see a timeout, a lost connection or a crash.
 */
public final class InjectedFault extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the fault.
   *
   * @param message which call failed and how
   */
  public InjectedFault(String message) {
    super(message);
  }
}
