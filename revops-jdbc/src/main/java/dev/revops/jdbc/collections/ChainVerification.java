package dev.revops.jdbc.collections;

import static java.util.Objects.requireNonNull;

import dev.revops.core.id.AccountId;
import java.util.Optional;

/**
 * What {@link JdbcActivityLog#verifyChain(AccountId)} found: how many entries of the account's
 * chain it recomputed and, when the chain is broken, the first place where it is.
 *
 * @param account the account whose chain was checked
 * @param verified how many entries, from the first, were found intact
 * @param headHash the hash of the last intact entry ({@link #GENESIS} when there is none): when the
 *     chain is intact, the value a host can record elsewhere to detect a rewrite of the whole chain
 * @param broken the first break, or null when the chain is intact
 */
public record ChainVerification(
    AccountId account, long verified, String headHash, BrokenEntry broken) {
  /** The hash an account's first entry links to: 64 zeros. */
  public static final String GENESIS = ActivityHash.GENESIS;

  /** Checks the fields. */
  public ChainVerification {
    requireNonNull(account, "account");
    requireNonNull(headHash, "headHash");
  }

  /**
   * Tells whether the whole chain recomputed as stored.
   *
   * @return true when nothing was changed, removed, reordered or added behind the log's back
   */
  public boolean intact() {
    return broken == null;
  }

  /**
   * Returns the first break.
   *
   * @return the break, empty when the chain is intact
   */
  public Optional<BrokenEntry> firstBroken() {
    return Optional.ofNullable(broken);
  }

  /** How a chain is broken at an entry. */
  public enum Problem {
    /** The entry's content (its JSON or one of its columns) is not what was appended. */
    CHANGED,
    /** The entry does not link to the hash of the entry before it. */
    LINK_BROKEN,
    /** The entry at this place is missing: it was removed (the last ones, when none follows). */
    MISSING,
    /** The entry was stored out of the log's append order. */
    OUT_OF_ORDER,
    /** The entry lies beyond the account's head: it was added behind the log's back. */
    NOT_IN_HEAD,
    /** The account's head (its entry count and last hash) disagrees with its entries. */
    HEAD_MISMATCH
  }

  /**
   * The first broken place of a chain.
   *
   * @param position the place in the chain, from 1
   * @param entryId the id of the entry stored at or first after that place, or null when no entry
   *     follows (the last entries were removed)
   * @param previousEntryId the id of the last intact entry before it; null at the start, and for
   *     {@link Problem#HEAD_MISMATCH} (which names the last entry)
   * @param problem what is wrong
   */
  public record BrokenEntry(
      long position, String entryId, String previousEntryId, Problem problem) {
    /** Checks the fields. */
    public BrokenEntry {
      requireNonNull(problem, "problem");
      if (position < 1) {
        throw new IllegalArgumentException("position must be at least 1, got " + position);
      }
    }
  }
}
