package dev.revops.sales.service;

import dev.revops.core.port.Locks;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

/**
 * The lock subjects of a lead capture: one per normalised e-mail and one per normalised phone, each
 * named by the SHA-256 of the address (hex), so no personal data sits in a lock name a database
 * adapter may log or store. Taken with {@link Locks#withLocks}, in the subjects' sorted order (the
 * e-mail's before the phone's), so two captures that share only one address never deadlock.
 * Stateless.
 */
final class PersonLocks {
  private PersonLocks() {}

  /**
   * Returns the subjects to lock for a capture, in the order to take them.
   *
   * @param email the normalised e-mail, or null
   * @param phone the E.164 phone, or null
   * @return the subjects; empty when the capture has neither
   */
  static List<String> subjects(String email, String phone) {
    List<String> subjects = new ArrayList<>(2);
    if (email != null) {
      subjects.add("sales.lead.email:" + sha256(email));
    }
    if (phone != null) {
      subjects.add("sales.lead.phone:" + sha256(phone));
    }
    return subjects;
  }

  /**
   * Runs work while holding every subject's lock ({@link Locks#withLocks}).
   *
   * @param locks the lock port
   * @param subjects the subjects
   * @param work what to run
   * @param <T> what it returns
   * @return what it returned
   */
  static <T> T withAll(Locks locks, List<String> subjects, Supplier<T> work) {
    return locks.withLocks(subjects, work);
  }

  static String sha256(String value) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
