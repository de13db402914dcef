package dev.revops.core.id;

/**
 * The id of a domain event. Immutable and thread-safe.
 *
 * @param value the id's text, not blank
 */
public record EventId(String value) implements TypedId {
  /** Checks the value is present and not blank. */
  public EventId {
    TypedId.check(value, "EventId");
  }

  /**
   * Makes an id from its text.
   *
   * @param value the text
   * @return the id
   */
  public static EventId of(String value) {
    return new EventId(value);
  }

  /**
   * The id of an event that a change of an aggregate emits: {@code <aggregate id>@<version the
   * change is saved as>:<event type>}, for example {@code lead-7@3:LeadStatusChanged}. The type is
   * the event class's simple name, which is also what {@code DomainEvent.type()} returns by
   * default, so the id never drifts from the type. A replay of the same change makes the same id,
   * which is what consumers dedupe on.
   *
   * @param aggregateId the aggregate's id (its {@code toString()})
   * @param loadedVersion the version the aggregate was loaded with; the change is saved as the next
   * @param eventType the event's class
   * @return the id
   */
  public static EventId forChange(Object aggregateId, long loadedVersion, Class<?> eventType) {
    return new EventId(aggregateId + "@" + (loadedVersion + 1) + ":" + eventType.getSimpleName());
  }

  @Override
  public String toString() {
    return value;
  }
}
