package dev.revops.metrics.projection;

/** What a projection did with an event. Immutable and thread-safe. */
public enum Acceptance {
  /** The event is new and inside the window: it will count exactly once. */
  ACCEPTED,
  /** An event with the same id is already waiting inside the window: ignored. */
  DUPLICATE,
  /**
   * The event's day is before the watermark (already final): ignored. A replay of an event that was
   * already applied is always reported this way, so replaying changes nothing.
   */
  LATE
}
