package dev.revops.jdbc.collections;

import dev.revops.collections.activity.Activity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash of one activity-log entry: SHA-256, in lower-case hex, of the previous entry's hash, the
 * entry's place in its account's chain, when it was appended, and every field of the activity, each
 * written with its length so no two different entries share one text. Computed from the activity
 * itself (not from its stored JSON, which PostgreSQL normalises), so it is the same on both
 * databases.
 */
final class ActivityHash {
  /** The previous hash of an account's first entry. */
  static final String GENESIS = "0".repeat(64);

  private static final String VERSION = "revops-activity-chain/1\n";

  private ActivityHash() {}

  /**
   * Computes an entry's hash.
   *
   * @param previous the hash of the account's previous entry, {@link #GENESIS} for the first
   * @param position the entry's place in the account's chain, from 1
   * @param appendedAt when it was appended, as stored
   * @param a the activity
   * @return 64 lower-case hex digits
   */
  static String of(String previous, long position, Instant appendedAt, Activity a) {
    StringBuilder b = new StringBuilder(512).append(VERSION);
    field(b, "previous", previous);
    field(b, "position", Long.toString(position));
    field(b, "appendedAt", appendedAt.toString());
    field(b, "id", a.id());
    field(b, "at", a.at().toString());
    field(b, "account", a.account().value());
    field(b, "debt", a.debt().value());
    field(b, "contact", a.contact() == null ? null : a.contact().value());
    field(b, "channel", a.channel() == null ? null : a.channel().name());
    field(b, "type", a.type().name());
    field(b, "outcome", a.outcome() == null ? null : a.outcome().name());
    field(b, "attemptId", a.attemptId());
    field(b, "rules", Integer.toString(a.ruleIds().size()));
    for (String rule : a.ruleIds()) {
      field(b, "rule", rule);
    }
    field(b, "note", a.note());
    return sha256(b.toString());
  }

  private static void field(StringBuilder b, String name, String value) {
    b.append(name);
    if (value == null) {
      b.append('!');
    } else {
      b.append('=').append(value.length()).append(':').append(value);
    }
    b.append('\n');
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      // every Java platform must provide SHA-256
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
