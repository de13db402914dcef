package dev.revops.core.aggregate;

/**
 * A value a {@link dev.revops.core.port.Repository} stores under optimistic versioning. The
 * repository, not the domain, sets the version: a change returns a new value with the old version,
 * and {@link dev.revops.core.port.Repository#save(Aggregate, long)} returns it with the next one.
 *
 * @param <I> the id type
 * @param <A> the aggregate type itself
 */
public interface Aggregate<I, A extends Aggregate<I, A>> {
  /** The version of an aggregate that has never been saved. */
  long NEW = 0L;

  /**
   * Returns the aggregate's id.
   *
   * @return the id, never null
   */
  I id();

  /**
   * Returns the version this value was loaded or saved with; {@link #NEW} before the first save.
   *
   * @return the version
   */
  long version();

  /**
   * Returns a copy with another version; used by repositories only.
   *
   * @param version the version
   * @return the copy
   */
  A withVersion(long version);
}
