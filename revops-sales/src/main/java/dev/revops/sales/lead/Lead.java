package dev.revops.sales.lead;

import static java.util.Objects.requireNonNull;

import dev.revops.core.aggregate.Aggregate;
import dev.revops.core.consent.Channel;
import dev.revops.core.consent.ConsentRecord;
import dev.revops.core.consent.ConsentStatus;
import dev.revops.core.event.Changed;
import dev.revops.core.event.DomainEvent;
import dev.revops.core.id.EventId;
import dev.revops.core.id.LeadId;
import dev.revops.core.id.UserId;
import dev.revops.core.statemachine.StateMachine;
import dev.revops.core.statemachine.TransitionRecord;
import dev.revops.sales.lead.LeadEvents.LeadCaptured;
import dev.revops.sales.lead.LeadEvents.LeadConverted;
import dev.revops.sales.lead.LeadEvents.LeadRecaptured;
import dev.revops.sales.lead.LeadEvents.LeadStatusChanged;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A prospective customer before conversion, in four parts that change together: where it came from
 * ({@link LeadOrigin}), who it is ({@link LeadPerson}), how to reach it ({@link LeadContactPoints},
 * normalised: lower-case e-mail, E.164 phone) and where it stands in its lifecycle ({@link
 * LeadState}, with every status change and, once converted, the links to what it became). The
 * accessors of the parts' fields ({@link #email()}, {@link #company()}, ...) are shortcuts.
 * Immutable and thread-safe; changes return a {@link Changed} with the events.
 *
 * @param id the lead's id
 * @param origin where it first came from and how many captures it absorbed
 * @param person the person (personal data: never logged); its last name and country are required
 * @param contact the e-mail, phone and consent (personal data); an e-mail or a phone is required
 * @param state the status, owner, conversion and history
 * @param version the stored version
 */
public record Lead(
    LeadId id,
    LeadOrigin origin,
    LeadPerson person,
    LeadContactPoints contact,
    LeadState state,
    long version)
    implements Aggregate<LeadId, Lead>, LeadParts {

  /** Checks the required parts and fields. */
  public Lead {
    requireNonNull(id, "id");
    requireNonNull(origin, "origin");
    requireNonNull(person, "person");
    requireNonNull(contact, "contact");
    requireNonNull(state, "state");
    requireNonNull(person.lastName(), "lastName");
    requireNonNull(person.country(), "country");
    if (contact.email() == null && contact.phone() == null) {
      throw new IllegalArgumentException("lead " + id + ": needs an e-mail or a phone");
    }
  }

  /**
   * Creates a lead from a validated, normalised capture (see {@link LeadCapture#normalise}).
   *
   * @param id the new lead's id
   * @param cmd the normalised capture
   * @param initial the lifecycle's initial status
   * @return the lead and {@link LeadCaptured}
   */
  public static Changed<Lead> capture(LeadId id, CaptureLead cmd, LeadStatus initial) {
    Lead lead =
        new Lead(
            id,
            LeadOrigin.of(cmd.origin()),
            cmd.person(),
            new LeadContactPoints(cmd.email(), cmd.phone(), consentsOf(cmd)),
            LeadState.initial(initial),
            NEW);
    return Changed.of(
        lead,
        new LeadCaptured(
            EventId.forChange(id, NEW, LeadCaptured.class), id, cmd.source(), cmd.capturedAt()));
  }

  private static List<ConsentRecord> consentsOf(CaptureLead cmd) {
    List<ConsentRecord> result = new ArrayList<>();
    for (Channel c : Channel.values()) {
      if (cmd.consent().contains(c)) {
        result.add(
            new ConsentRecord(
                c, ConsentStatus.OPTED_IN, "lead capture " + cmd.source(), cmd.capturedAt()));
      }
    }
    return result;
  }

  /**
   * Absorbs a further capture of the same person (a re-submitted form, a second badge scan): the
   * newer non-blank values win, except the e-mail and the phone, which are only filled when empty
   * (replacing one would make the lead unfindable by it, and a later capture would duplicate it);
   * attributes are merged, new consent is appended. Source and referrer of the first capture stay
   * (first touch attribution).
   *
   * @param cmd the normalised capture
   * @param matchedOn how the duplicate was found
   * @return the updated lead and {@link LeadRecaptured}
   */
  public Changed<Lead> recapture(CaptureLead cmd, String matchedOn) {
    Map<String, String> attrs = new LinkedHashMap<>(attributes());
    attrs.putAll(cmd.attributes());
    List<ConsentRecord> cons = new ArrayList<>(consents());
    for (ConsentRecord c : consentsOf(cmd)) {
      boolean known =
          consents().stream()
              .anyMatch(
                  k ->
                      k.channel() == c.channel()
                          && k.status() == c.status()
                          && k.at().equals(c.at()));
      if (!known) {
        cons.add(c);
      }
    }
    LeadPerson merged =
        new LeadPerson(
            pick(cmd.firstName(), firstName()),
            pick(cmd.lastName(), lastName()),
            pick(cmd.company(), company()),
            pick(cmd.title(), title()),
            country(),
            attrs);
    // contact points are never replaced: the lead stays findable by every one it had
    LeadContactPoints reach =
        new LeadContactPoints(keep(email(), cmd.email()), keep(phone(), cmd.phone()), cons);
    Lead updated = new Lead(id, origin.recaptured(), merged, reach, state, version);
    return Changed.of(
        updated,
        new LeadRecaptured(
            EventId.forChange(id, version, LeadRecaptured.class),
            id,
            cmd.source(),
            matchedOn,
            cmd.capturedAt()));
  }

  private static String keep(String older, String newer) {
    return older != null ? older : newer;
  }

  private static String pick(String newer, String older) {
    return newer == null || newer.isBlank() ? older : newer;
  }

  /**
   * Moves the lead with a trigger.
   *
   * @param machine the lifecycle
   * @param trigger the trigger
   * @param reason a reason (required to disqualify), or null
   * @param at when
   * @param actor who (a user id or {@code "system"})
   * @return the lead and {@link LeadStatusChanged}
   * @throws dev.revops.core.error.IllegalTransitionException when the lifecycle refuses
   */
  public Changed<Lead> fire(
      StateMachine<LeadStatus, LeadTrigger> machine,
      LeadTrigger trigger,
      String reason,
      Instant at,
      String actor) {
    TransitionRecord<LeadStatus, LeadTrigger> move =
        machine.fire(status(), trigger, reason, at, actor);
    String why = LeadTrigger.DISQUALIFY.equals(trigger) ? reason : null;
    Lead updated = withState(state.after(move, why));
    return Changed.of(
        updated,
        new LeadStatusChanged(
            EventId.forChange(id, version, LeadStatusChanged.class),
            id,
            status(),
            trigger,
            move.to(),
            why,
            at));
  }

  /**
   * Marks the lead converted and links it to what it became.
   *
   * @param machine the lifecycle
   * @param links the account, contact and opportunity
   * @param actor who
   * @return the lead, {@link LeadStatusChanged} and {@link LeadConverted}
   */
  public Changed<Lead> convert(
      StateMachine<LeadStatus, LeadTrigger> machine, LeadConversion links, String actor) {
    Changed<Lead> moved = fire(machine, LeadTrigger.CONVERT, null, links.convertedAt(), actor);
    Lead converted = withState(moved.value().state().convertedTo(links));
    List<DomainEvent> events = new ArrayList<>(moved.events());
    events.add(
        new LeadConverted(
            EventId.forChange(id, version, LeadConverted.class), id, links, links.convertedAt()));
    return Changed.of(converted, events);
  }

  /**
   * Returns a copy owned by another user.
   *
   * @param newOwner the owner, or null
   * @return the copy
   */
  public Lead withOwner(UserId newOwner) {
    return withState(state.ownedBy(newOwner));
  }

  private Lead withState(LeadState newState) {
    return new Lead(id, origin, person, contact, newState, version);
  }

  /**
   * Returns what the lead became.
   *
   * @return the conversion, empty before
   */
  public Optional<LeadConversion> conversionLinks() {
    return Optional.ofNullable(state.conversion());
  }

  @Override
  public Lead withVersion(long newVersion) {
    return new Lead(id, origin, person, contact, state, newVersion);
  }

  // Shortcuts to the fields only a lead has (the shared ones are in LeadParts).

  /**
   * Returns how many captures it absorbed.
   *
   * @return at least 1
   */
  public int captures() {
    return origin.captures();
  }

  /**
   * Returns the consent records collected with captures, oldest first.
   *
   * @return the records, never null
   */
  public List<ConsentRecord> consents() {
    return contact.consents();
  }

  /**
   * Returns the current status.
   *
   * @return the status, never null
   */
  public LeadStatus status() {
    return state.status();
  }

  /**
   * Returns why it was disqualified.
   *
   * @return the reason, or null
   */
  public String disqualificationReason() {
    return state.disqualificationReason();
  }

  /**
   * Returns the user working it.
   *
   * @return the owner, or null
   */
  public UserId owner() {
    return state.owner();
  }

  /**
   * Returns what it became.
   *
   * @return the conversion, or null before conversion
   */
  public LeadConversion conversion() {
    return state.conversion();
  }

  /**
   * Returns every status change, oldest first.
   *
   * @return the history, never null
   */
  public List<TransitionRecord<LeadStatus, LeadTrigger>> history() {
    return state.history();
  }
}
