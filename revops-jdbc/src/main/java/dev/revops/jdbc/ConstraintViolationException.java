package dev.revops.jdbc;

import dev.revops.core.error.RevOpsException;

/**
 * A write broke one of the schema's constraints: a line that would bill a period twice ({@code
 * revops_invoice_lines_once}), an event id stored twice ({@code revops_outbox_event_unique}), a
 * reference to a row that does not exist. Nothing of the unit of work was committed.
 */
public final class ConstraintViolationException extends RevOpsException {
  private static final long serialVersionUID = 1L;

  private final String constraint;

  /**
   * Creates the exception.
   *
   * @param constraint the constraint's name, lower case, or {@code "unknown"}
   * @param table the table written
   * @param cause what the driver threw
   */
  public ConstraintViolationException(String constraint, String table, Throwable cause) {
    super("a write to " + table + " breaks constraint " + constraint, cause);
    this.constraint = constraint;
  }

  /**
   * Returns the name of the broken constraint.
   *
   * @return the name, lower case, e.g. {@code revops_invoice_lines_once}
   */
  public String constraint() {
    return constraint;
  }
}
