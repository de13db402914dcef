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
 * A prospective customer before conversion. Contact points are normalised (lower-case e-mail, E.164
 * phone). Every status change is kept in {@code history}; a converted lead keeps the links to what
 * it became. Immutable and thread-safe; changes return a {@link Changed} with the events.
 *
 * @param id the lead's id
 * @param source where it first came from
 * @param sourceDetail the event, page, list or campaign, or null
 * @param referredBy the referrer of a referral, or null
 * @param firstName given name, or null (personal data: never logged)
 * @param lastName family name (personal data)
 * @param company the company, or null
 * @param title the job title, or null
 * @param email normalised e-mail, or null
 * @param phone E.164 phone, or null
 * @param country ISO country, upper case
 * @param attributes other captured fields, for scoring
 * @param consents consent records collected with captures, oldest first
 * @param status the current status
 * @param disqualificationReason why it was disqualified, or null
 * @param owner the user working it, or null
 * @param capturedAt when it was first captured
 * @param captures how many captures it absorbed (1 for a lead captured once)
 * @param conversion what it became, or null before conversion
 * @param history every status change, oldest first
 * @param version the stored version
 */
public record Lead(
    LeadId id,
    LeadSource source,
    String sourceDetail,
    String referredBy,
    String firstName,
    String lastName,
    String company,
    String title,
    String email,
    String phone,
    String country,
    Map<String, String> attributes,
    List<ConsentRecord> consents,
    LeadStatus status,
    String disqualificationReason,
    UserId owner,
    Instant capturedAt,
    int captures,
    LeadConversion conversion,
    List<TransitionRecord<LeadStatus, LeadTrigger>> history,
    long version)
    implements Aggregate<LeadId, Lead> {

  /** Checks the required fields and copies the collections. */
  public Lead {
    requireNonNull(id, "id");
    requireNonNull(source, "source");
    requireNonNull(lastName, "lastName");
    requireNonNull(country, "country");
    requireNonNull(status, "status");
    requireNonNull(capturedAt, "capturedAt");
    attributes = Map.copyOf(attributes);
    consents = List.copyOf(consents);
    history = List.copyOf(history);
    if (email == null && phone == null) {
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
            cmd.source(),
            cmd.sourceDetail(),
            cmd.referredBy(),
            cmd.firstName(),
            cmd.lastName(),
            cmd.company(),
            cmd.title(),
            cmd.email(),
            cmd.phone(),
            cmd.country(),
            cmd.attributes(),
            consentsOf(cmd),
            initial,
            null,
            null,
            cmd.capturedAt(),
            1,
            null,
            List.of(),
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
    Map<String, String> attrs = new LinkedHashMap<>(attributes);
    attrs.putAll(cmd.attributes());
    List<ConsentRecord> cons = new ArrayList<>(consents);
    for (ConsentRecord c : consentsOf(cmd)) {
      boolean known =
          consents.stream()
              .anyMatch(
                  k ->
                      k.channel() == c.channel()
                          && k.status() == c.status()
                          && k.at().equals(c.at()));
      if (!known) {
        cons.add(c);
      }
    }
    Lead updated =
        new Lead(
            id,
            source,
            sourceDetail,
            referredBy,
            pick(cmd.firstName(), firstName),
            pick(cmd.lastName(), lastName),
            pick(cmd.company(), company),
            pick(cmd.title(), title),
            // contact points are never replaced: the lead stays findable by every one it had
            keep(email, cmd.email()),
            keep(phone, cmd.phone()),
            country,
            attrs,
            cons,
            status,
            disqualificationReason,
            owner,
            capturedAt,
            captures + 1,
            conversion,
            history,
            version);
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
        machine.fire(status, trigger, reason, at, actor);
    List<TransitionRecord<LeadStatus, LeadTrigger>> h = new ArrayList<>(history);
    h.add(move);
    String why = LeadTrigger.DISQUALIFY.equals(trigger) ? reason : null;
    Lead updated =
        new Lead(
            id,
            source,
            sourceDetail,
            referredBy,
            firstName,
            lastName,
            company,
            title,
            email,
            phone,
            country,
            attributes,
            consents,
            move.to(),
            why,
            owner,
            capturedAt,
            captures,
            conversion,
            h,
            version);
    return Changed.of(
        updated,
        new LeadStatusChanged(
            EventId.forChange(id, version, LeadStatusChanged.class),
            id,
            status,
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
    Lead l = moved.value();
    Lead converted =
        new Lead(
            id,
            source,
            sourceDetail,
            referredBy,
            firstName,
            lastName,
            company,
            title,
            email,
            phone,
            country,
            attributes,
            consents,
            l.status(),
            null,
            owner,
            capturedAt,
            captures,
            links,
            l.history(),
            version);
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
    return new Lead(
        id,
        source,
        sourceDetail,
        referredBy,
        firstName,
        lastName,
        company,
        title,
        email,
        phone,
        country,
        attributes,
        consents,
        status,
        disqualificationReason,
        newOwner,
        capturedAt,
        captures,
        conversion,
        history,
        version);
  }

  /**
   * Returns what the lead became.
   *
   * @return the conversion, empty before
   */
  public Optional<LeadConversion> conversionLinks() {
    return Optional.ofNullable(conversion);
  }

  /**
   * Returns the display name: first and last name.
   *
   * @return the name (personal data)
   */
  public String fullName() {
    return firstName == null ? lastName : firstName + " " + lastName;
  }

  @Override
  public Lead withVersion(long newVersion) {
    return new Lead(
        id,
        source,
        sourceDetail,
        referredBy,
        firstName,
        lastName,
        company,
        title,
        email,
        phone,
        country,
        attributes,
        consents,
        status,
        disqualificationReason,
        owner,
        capturedAt,
        captures,
        conversion,
        history,
        newVersion);
  }
}
