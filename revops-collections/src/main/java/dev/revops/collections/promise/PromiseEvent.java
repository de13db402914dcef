package dev.revops.collections.promise;

/** What moves a promise to pay. */
public enum PromiseEvent {
  /** Payments reached the amount within tolerance before the deadline. */
  FULFIL,
  /** The deadline passed with part of the amount paid. */
  EXPIRE_PARTLY_PAID,
  /** The deadline passed with nothing paid. */
  EXPIRE_UNPAID,
  /** The promise was withdrawn. */
  CANCEL
}
