package dev.revops.metrics.projection;

/**
 * What a projection did with the events it was given so far. Immutable and thread-safe.
 *
 * @param accepted events accepted (each counts exactly once)
 * @param duplicates events ignored because the same id was waiting in the window
 * @param late events ignored because their day was before the watermark (including replays of
 *     events already applied)
 */
public record ProjectionCounters(long accepted, long duplicates, long late) {}
