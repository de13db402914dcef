package dev.revops.sales.experiment;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.revops.core.id.ContactId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The arm a contact is in for an experiment. Immutable and thread-safe.
 *
 * <p>Assignment is a pure function of the experiment's id and the contact's id, so it is the same
 * on every call, every JVM and every instance of the host, with nothing stored: bucket = the first
 * eight bytes of SHA-256(UTF-8 of experiment id, a 0x00 byte, UTF-8 of contact id), read as an
 * unsigned big-endian 64-bit number, modulo {@value #BUCKETS}. The experiment id cannot hold a
 * 0x00, so different (experiment, contact) pairs never hash the same input. An analyst can
 * recompute it in a warehouse (for example {@code sha256(test_id || '\x00' || contact_id)}).
 * Buckets map onto arms by the split's basis points ({@link TrafficSplit}). Using the experiment id
 * as the salt makes assignments of different experiments independent of each other.
 *
 * @param experimentId the experiment's id
 * @param contact the contact
 * @param bucket the contact's bucket, in [0, {@value #BUCKETS})
 * @param arm the arm's name; {@value TrafficSplit#HOLDOUT} for the holdout
 */
public record Assignment(String experimentId, ContactId contact, int bucket, String arm) {

  /** How many buckets the traffic is cut into: one per basis point. */
  public static final int BUCKETS = 10_000;

  /** Checks the parts. */
  public Assignment {
    requireNonNull(experimentId, "experimentId");
    requireNonNull(contact, "contact");
    requireNonNull(arm, "arm");
    if (bucket < 0 || bucket >= BUCKETS) {
      throw new IllegalArgumentException("bucket must be in [0, " + BUCKETS + "), got " + bucket);
    }
  }

  /**
   * Assigns a contact to an arm of an experiment.
   *
   * @param experiment the experiment
   * @param contact the contact
   * @return the assignment
   */
  public static Assignment of(ExperimentDefinition experiment, ContactId contact) {
    requireNonNull(experiment, "experiment");
    requireNonNull(contact, "contact");
    int bucket = bucket(experiment.id(), contact);
    return new Assignment(experiment.id(), contact, bucket, experiment.split().armOf(bucket));
  }

  /**
   * Returns a contact's bucket in an experiment.
   *
   * @param experimentId the experiment's id, without a 0x00 character
   * @param contact the contact
   * @return the bucket, in [0, {@value #BUCKETS})
   */
  public static int bucket(String experimentId, ContactId contact) {
    requireNonNull(experimentId, "experimentId");
    requireNonNull(contact, "contact");
    if (experimentId.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("an experiment id must not contain a 0x00 character");
    }
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    sha.update(experimentId.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
    byte[] digest = sha.digest(contact.value().getBytes(StandardCharsets.UTF_8));
    long first = 0;
    for (int i = 0; i < 8; i++) {
      first = (first << 8) | (digest[i] & 0xFF);
    }
    return (int) Long.remainderUnsigned(first, BUCKETS);
  }

  /**
   * Tells whether the contact is in the holdout.
   *
   * @return true for the holdout
   */
  @JsonIgnore
  public boolean isHoldout() {
    return TrafficSplit.HOLDOUT.equals(arm);
  }
}
