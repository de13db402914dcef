package dev.revops.sales.lead;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * The outcome of a capture: the lead, and whether it was new or an existing lead updated.
 * Immutable.
 *
 * @param lead the stored lead
 * @param duplicateOf the match when an existing lead was updated, else null
 */
public record CaptureResult(Lead lead, DuplicateMatch duplicateOf) {
  /** Checks the lead. */
  public CaptureResult {
    requireNonNull(lead, "lead");
  }

  /**
   * Tells whether a new lead was created.
   *
   * @return true when created, false when an existing one was updated
   */
  public boolean created() {
    return duplicateOf == null;
  }

  /**
   * Returns the match, when the capture updated an existing lead.
   *
   * @return the match
   */
  public Optional<DuplicateMatch> duplicate() {
    return Optional.ofNullable(duplicateOf);
  }
}
