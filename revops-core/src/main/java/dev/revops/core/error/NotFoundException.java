package dev.revops.core.error;

/** A lookup by id found nothing. */
public class NotFoundException extends RevOpsException {
  private static final long serialVersionUID = 1L;

  private final String type;
  private final String id;

  /**
   * Creates the exception.
   *
   * @param type what was looked for, e.g. {@code "Invoice"}
   * @param id the id that was not found
   */
  public NotFoundException(String type, Object id) {
    super(type + " " + id + " not found");
    this.type = type;
    this.id = String.valueOf(id);
  }

  /**
   * Returns what was looked for.
   *
   * @return the type name
   */
  public String type() {
    return type;
  }

  /**
   * Returns the id that was not found.
   *
   * @return the id as text
   */
  public String id() {
    return id;
  }
}
