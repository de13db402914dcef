package dev.revops.sales.service;

import static java.util.Objects.requireNonNull;

import dev.revops.core.error.IllegalTransitionException;
import dev.revops.core.error.InvalidInputException;
import dev.revops.core.event.Changed;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ContactId;
import dev.revops.core.id.LeadId;
import dev.revops.core.id.OpportunityId;
import dev.revops.core.party.Account;
import dev.revops.core.party.Contact;
import dev.revops.core.port.AccountRepository;
import dev.revops.core.port.ContactRepository;
import dev.revops.core.port.EventPublisher;
import dev.revops.core.port.IdGenerator;
import dev.revops.core.service.Aggregates;
import dev.revops.core.statemachine.StateMachine;
import dev.revops.core.validation.InputValidator;
import dev.revops.sales.lead.CaptureLead;
import dev.revops.sales.lead.CaptureResult;
import dev.revops.sales.lead.ConversionResult;
import dev.revops.sales.lead.ConvertLead;
import dev.revops.sales.lead.DuplicateDetector;
import dev.revops.sales.lead.DuplicateMatch;
import dev.revops.sales.lead.Lead;
import dev.revops.sales.lead.LeadCapture;
import dev.revops.sales.lead.LeadConversion;
import dev.revops.sales.lead.LeadLifecycle;
import dev.revops.sales.lead.LeadStatus;
import dev.revops.sales.lead.LeadTrigger;
import dev.revops.sales.pipeline.Opportunity;
import dev.revops.sales.pipeline.OpportunityDeal;
import dev.revops.sales.pipeline.PipelineConfig;
import dev.revops.sales.port.LeadRepository;
import dev.revops.sales.port.OpportunityRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Captures, works and converts leads: loads through the ports, asks the domain, saves with the
 * expected version and publishes the events. Thread-safe when its ports are; concurrent changes to
 * one lead fail with {@link dev.revops.core.error.ConcurrencyConflictException} rather than losing
 * an update. Logs ids only.
 */
public final class LeadService {
  private static final Logger LOG = LoggerFactory.getLogger(LeadService.class);

  private final LeadRepository leads;
  private final AccountRepository accounts;
  private final ContactRepository contacts;
  private final OpportunityRepository opportunities;
  private final EventPublisher events;
  private final Aggregates aggregates;
  private final IdGenerator ids;
  private final Clock clock;
  private final StateMachine<LeadStatus, LeadTrigger> lifecycle;
  private final DuplicateDetector detector;
  private final PipelineConfig pipeline;
  private final LeadCapture capture;

  /**
   * Creates the service with the standard lifecycle, duplicate detector and Salesforce pipeline.
   *
   * @param leads the lead store
   * @param accounts the account store
   * @param contacts the contact store
   * @param opportunities the opportunity store
   * @param events where events go
   * @param ids makes new ids
   * @param clock the clock
   * @deprecated seven positional ports: use {@link #LeadService(SalesStores, EventPublisher,
   *     IdGenerator, Clock)} or {@code dev.revops.sales.Sales.builder()}
   */
  @Deprecated
  public LeadService(
      LeadRepository leads,
      AccountRepository accounts,
      ContactRepository contacts,
      OpportunityRepository opportunities,
      EventPublisher events,
      IdGenerator ids,
      Clock clock) {
    this(
        leads,
        accounts,
        contacts,
        opportunities,
        events,
        ids,
        clock,
        LeadLifecycle.standard(),
        DuplicateDetector.standard(),
        PipelineConfig.salesforce());
  }

  /**
   * Creates the service with a host's lifecycle, detector and pipeline.
   *
   * @param leads the lead store
   * @param accounts the account store
   * @param contacts the contact store
   * @param opportunities the opportunity store
   * @param events where events go
   * @param ids makes new ids
   * @param clock the clock
   * @param lifecycle the lead lifecycle (e.g. the standard one extended with own statuses)
   * @param detector the duplicate detector
   * @param pipeline the pipeline opportunities start in
   * @deprecated ten positional values: use {@link #LeadService(SalesStores, EventPublisher,
   *     IdGenerator, Clock)} and {@link #withRules(LeadRules)}
   */
  @Deprecated
  public LeadService(
      LeadRepository leads,
      AccountRepository accounts,
      ContactRepository contacts,
      OpportunityRepository opportunities,
      EventPublisher events,
      IdGenerator ids,
      Clock clock,
      StateMachine<LeadStatus, LeadTrigger> lifecycle,
      DuplicateDetector detector,
      PipelineConfig pipeline) {
    this.leads = requireNonNull(leads, "leads");
    this.accounts = requireNonNull(accounts, "accounts");
    this.contacts = requireNonNull(contacts, "contacts");
    this.opportunities = requireNonNull(opportunities, "opportunities");
    this.events = requireNonNull(events, "events");
    this.aggregates = new Aggregates(events);
    this.ids = requireNonNull(ids, "ids");
    this.clock = requireNonNull(clock, "clock");
    this.lifecycle = requireNonNull(lifecycle, "lifecycle");
    this.detector = requireNonNull(detector, "detector");
    this.pipeline = requireNonNull(pipeline, "pipeline");
    this.capture = new LeadCapture(InputValidator.create());
  }

  /**
   * Creates the service over a set of stores, with the standard rules ({@link
   * LeadRules#standard()}; change them with {@link #withRules(LeadRules)}).
   *
   * @param stores the leads, accounts, contacts and opportunities are read and written there
   * @param events where events go
   * @param ids makes new ids
   * @param clock the clock
   */
  public LeadService(SalesStores stores, EventPublisher events, IdGenerator ids, Clock clock) {
    this(
        stores.leads(),
        stores.accounts(),
        stores.contacts(),
        stores.opportunities(),
        events,
        ids,
        clock,
        LeadRules.standard());
  }

  private LeadService(
      LeadRepository leads,
      AccountRepository accounts,
      ContactRepository contacts,
      OpportunityRepository opportunities,
      EventPublisher events,
      IdGenerator ids,
      Clock clock,
      LeadRules rules) {
    this(
        leads,
        accounts,
        contacts,
        opportunities,
        events,
        ids,
        clock,
        rules.lifecycle(),
        rules.detector(),
        rules.pipeline());
  }

  /**
   * Returns a service over the same ports with other rules.
   *
   * @param rules the lifecycle, duplicate detector and pipeline
   * @return the new service
   */
  public LeadService withRules(LeadRules rules) {
    return new LeadService(leads, accounts, contacts, opportunities, events, ids, clock, rules);
  }

  /**
   * Returns the rules this service applies.
   *
   * @return the lifecycle, duplicate detector and pipeline
   */
  public LeadRules rules() {
    return new LeadRules(lifecycle, detector, pipeline);
  }

  /**
   * Captures a lead: validates (every violation at once), normalises, and either creates a lead or
   * updates the duplicate it matches.
   *
   * @param cmd the capture
   * @return the stored lead and whether it was new
   * @throws InvalidInputException listing every violation
   */
  public CaptureResult capture(CaptureLead cmd) {
    CaptureLead normal = capture.normalise(cmd);
    Optional<DuplicateMatch> match =
        detector.find(
            normal, leads.duplicateCandidates(normal.email(), normal.phone(), normal.company()));
    if (match.isPresent()) {
      Lead existing = match.get().lead();
      Lead saved =
          aggregates
              .commit(leads, existing, existing.recapture(normal, match.get().matchedOn()))
              .value();
      LOG.info("lead {} re-captured, matched on {}", saved.id(), match.get().matchedOn());
      return new CaptureResult(saved, match.get());
    }
    LeadId id = ids.next(LeadId::of);
    Lead saved =
        aggregates.create(leads, Lead.capture(id, normal, lifecycle.initialState())).value();
    LOG.info("lead {} captured from {}", id, normal.source());
    return new CaptureResult(saved, null);
  }

  /**
   * Fires a lifecycle trigger on a lead.
   *
   * @param id the lead
   * @param trigger the trigger
   * @param reason a reason (required to disqualify), or null
   * @param actor who
   * @return the stored lead
   * @throws dev.revops.core.error.IllegalTransitionException when the lifecycle refuses
   */
  public Lead fire(LeadId id, LeadTrigger trigger, String reason, String actor) {
    return aggregates
        .change(leads, id, l -> l.fire(lifecycle, trigger, reason, clock.instant(), actor))
        .value();
  }

  /**
   * Disqualifies a lead.
   *
   * @param id the lead
   * @param reason why; required
   * @param actor who
   * @return the stored lead
   */
  public Lead disqualify(LeadId id, String reason, String actor) {
    return fire(id, LeadTrigger.DISQUALIFY, reason, actor);
  }

  /**
   * Converts a qualified (or sales-accepted) lead into account, contact and optional opportunity.
   * Converting into an existing account fills only its empty fields (owner); an existing contact of
   * that account with the lead's e-mail or phone is reused and only its empty fields filled.
   *
   * @param id the lead
   * @param cmd how to convert
   * @param actor who
   * @return what the conversion produced
   * @throws IllegalTransitionException (from the lead's status, CONVERT, its allowed events) when
   *     the lead is not qualified, before anything is written
   */
  public ConversionResult convert(LeadId id, ConvertLead cmd, String actor) {
    // Writes up to four aggregates (account, contact, opportunity, lead), each saved on its own:
    // not atomic until the unit of work carries the whole conversion.
    return Aggregates.inContext(leads.typeName(), id, () -> doConvert(id, cmd, actor));
  }

  private ConversionResult doConvert(LeadId id, ConvertLead cmd, String actor) {
    Lead lead = leads.get(id);
    if (!lifecycle.canFire(lead.status(), LeadTrigger.CONVERT)) {
      throw new IllegalTransitionException(
          lead.status(), LeadTrigger.CONVERT, lifecycle.allowedEvents(lead.status()), null);
    }
    Instant now = clock.instant();
    Account account;
    if (cmd.existingAccount() != null) {
      Account existing = accounts.get(cmd.existingAccount());
      account =
          existing.owner() == null
              ? accounts.save(existing.withOwner(cmd.owner()), existing.version())
              : existing;
    } else {
      String name = lead.company() != null ? lead.company() : lead.fullName();
      Account fresh =
          Account.of(ids.next(AccountId::of), name, cmd.timeZone(), cmd.currency(), lead.country())
              .withOwner(cmd.owner());
      account = accounts.save(fresh, Account.NEW);
    }
    Contact contact = contactFor(lead, account, cmd);
    Opportunity opportunity = null;
    if (cmd.opportunityName() != null) {
      Changed<Opportunity> opened =
          Opportunity.open(
              ids.next(OpportunityId::of),
              new OpportunityDeal(
                  account.id(),
                  cmd.opportunityName(),
                  cmd.opportunityAmount(),
                  cmd.opportunityCloseDate(),
                  cmd.owner(),
                  lead.id()),
              pipeline,
              now);
      opportunity = opportunities.save(opened.value(), Opportunity.NEW);
      events.publish(opened.events());
    }
    LeadConversion links =
        new LeadConversion(
            account.id(), contact.id(), opportunity == null ? null : opportunity.id(), now);
    Changed<Lead> changed = lead.convert(lifecycle, links, actor);
    Lead saved = leads.save(changed.value(), lead.version());
    events.publish(changed.events());
    LOG.info("lead {} converted into account {}", id, account.id());
    return new ConversionResult(saved, account, contact, opportunity);
  }

  private Contact contactFor(Lead lead, Account account, ConvertLead cmd) {
    for (Contact c : contacts.findByAccount(account.id())) {
      boolean same =
          (lead.email() != null && c.emails().contains(lead.email()))
              || (lead.phone() != null && c.phones().contains(lead.phone()));
      if (same) {
        String role =
            c.role().isBlank() && cmd.contactRole() != null ? cmd.contactRole() : c.role();
        List<String> emails =
            c.emails().isEmpty() && lead.email() != null ? List.of(lead.email()) : c.emails();
        List<String> phones =
            c.phones().isEmpty() && lead.phone() != null ? List.of(lead.phone()) : c.phones();
        Contact filled =
            new Contact(
                c.id(), c.account(), c.name(), role, emails, phones, c.zones(), c.version());
        return filled.equals(c) ? c : contacts.save(filled, c.version());
      }
    }
    List<String> emails = new ArrayList<>();
    if (lead.email() != null) {
      emails.add(lead.email());
    }
    List<String> phones = new ArrayList<>();
    if (lead.phone() != null) {
      phones.add(lead.phone());
    }
    Contact fresh =
        new Contact(
            ids.next(ContactId::of),
            account.id(),
            lead.fullName(),
            cmd.contactRole(),
            emails,
            phones,
            Set.of(cmd.timeZone()),
            Contact.NEW);
    return contacts.save(fresh, Contact.NEW);
  }

  /**
   * Returns the lifecycle this service uses.
   *
   * @return the machine
   */
  public StateMachine<LeadStatus, LeadTrigger> lifecycle() {
    return lifecycle;
  }
}
