package dev.revops.sales.segment;

import static java.util.Objects.requireNonNull;

import dev.revops.core.id.AccountId;
import java.util.List;

/**
 * Whether an account is in a segment, with the reasons: one line per comparison the rule looked at,
 * such as {@code "score.total >= 50: yes (has 72)"}. The reasons quote the account's attribute
 * values, so they are for the host's screens, not for logs when an attribute holds personal data.
 * Immutable.
 *
 * @param segment the segment's id
 * @param account the account
 * @param in whether it is in the segment
 * @param reasons why, in the rule's order
 */
public record SegmentMatch(String segment, AccountId account, boolean in, List<String> reasons) {
  /** Copies the reasons. */
  public SegmentMatch {
    requireNonNull(segment, "segment");
    requireNonNull(account, "account");
    reasons = List.copyOf(reasons);
  }
}
