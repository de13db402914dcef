package dev.revops.core.consent;

/** What a person said about being contacted on a channel. */
public enum ConsentStatus {
  /** Nothing recorded. */
  UNKNOWN,
  /** Gave consent (with a source and a time). */
  OPTED_IN,
  /** Refused or revoked consent. */
  OPTED_OUT
}
