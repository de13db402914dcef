package dev.revops.sales.servicecase;

import static java.util.Objects.requireNonNull;

import dev.revops.core.error.InvalidInputException;
import dev.revops.core.error.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * What a service case is: its type, and the severity of an incident or the channel of a complaint.
 * Immutable and thread-safe.
 *
 * @param type support, complaint or incident; never null
 * @param severity the severity (required for incidents), or null
 * @param channel where it came in (required for complaints), or null
 */
public record CaseKind(CaseType type, Severity severity, CaseChannel channel) {

  /** Checks the type. */
  public CaseKind {
    requireNonNull(type, "type");
  }

  /**
   * Returns a kind after checking what its type needs.
   *
   * @param type the type
   * @param severity the severity; required for incidents
   * @param channel the channel; required for complaints
   * @return the kind
   * @throws InvalidInputException naming every missing field
   */
  public static CaseKind of(CaseType type, Severity severity, CaseChannel channel) {
    List<Violation> v = new ArrayList<>();
    if (type == CaseType.INCIDENT && severity == null) {
      v.add(new Violation("severity", "an incident needs a severity"));
    }
    if (type == CaseType.COMPLAINT && channel == null) {
      v.add(new Violation("channel", "a complaint needs the channel it came through"));
    }
    if (!v.isEmpty()) {
      throw new InvalidInputException("service case", v);
    }
    return new CaseKind(type, severity, channel);
  }
}
