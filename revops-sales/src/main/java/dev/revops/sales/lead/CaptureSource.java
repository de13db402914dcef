package dev.revops.sales.lead;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * Where a capture comes from and when, as it arrives: part of a {@link CaptureLead}. Its
 * constraints are checked by {@link LeadCapture#validate}, so any value may be held here. Immutable
 * and thread-safe.
 *
 * @param source where the lead came from; required
 * @param sourceDetail the event, page, list or campaign; required where {@link
 *     LeadSource#needsDetail()}
 * @param referredBy who referred the lead (a customer, partner or employee id); required for
 *     referrals
 * @param capturedAt when it was captured; required
 */
public record CaptureSource(
    @NotNull LeadSource source,
    @Size(max = 200) String sourceDetail,
    @Size(max = 200) String referredBy,
    @NotNull Instant capturedAt)
    implements OriginFields {}
