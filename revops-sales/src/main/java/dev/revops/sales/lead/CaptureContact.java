package dev.revops.sales.lead;

import dev.revops.core.consent.Channel;
import jakarta.validation.constraints.Size;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The contact points of a capture as entered, and the channels the person opted in to with it: part
 * of a {@link CaptureLead}. Personal data: never logged. Immutable and thread-safe; a null {@code
 * consent} becomes empty. A null channel in the set is kept here so that {@link
 * LeadCapture#validate} can report it as {@code consent[i]} (its position in the set's order)
 * instead of failing with a {@code NullPointerException}.
 *
 * @param email an e-mail address as entered, or null; e-mail or phone is required
 * @param phone a phone number as entered (national numbers use the person's country), or null
 * @param consent the channels the person opted in to; required on forms
 */
public record CaptureContact(
    @Size(max = 254) String email, @Size(max = 40) String phone, Set<Channel> consent)
    implements ReachFields {

  /** Copies the consent, keeping its order (null becomes empty). */
  public CaptureContact {
    consent =
        consent == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(consent));
  }
}
