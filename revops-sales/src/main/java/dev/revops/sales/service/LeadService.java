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
 * expected version and appends the events to the outbox, each use case in one unit of work.
 * Thread-safe when its ports are; concurrent changes to one lead fail with {@link
 * dev.revops.core.error.ConcurrencyConflictException} rather than losing an update. Logs ids only.
 *
 * <p><b>Captures</b> are serialised per person: the duplicate check and the save run in one unit of
 * work while the capture holds the {@link dev.revops.core.port.Locks} subjects of its normalised
 * e-mail and phone (named by a SHA-256 of the address, never the address itself), so concurrent
 * captures of one person make one lead and the others update it (their {@link CaptureResult} names
 * the match). A host that runs the capture inside its own transaction commits after the lock is
 * released: its database must then back the rule with a unique index on the normalised e-mail (and
 * phone), as {@link LeadRepository} says. A capture with neither e-mail nor phone takes no lock.
 *
 * <p><b>Conversions</b> are atomic (account, contact, opportunity, lead and their events commit
 * together or not at all), serialised per lead, and idempotent under a {@link
 * ConvertLead#conversionId() conversion id}: see {@link #convert(LeadId, ConvertLead, String)}.
 */
public final class LeadService {
  private static final Logger LOG = LoggerFactory.getLogger(LeadService.class);

  private final LeadRepository leads;
  private final AccountRepository accounts;
  private final ContactRepository contacts;
  private final OpportunityRepository opportunities;
  private final SalesContext context;
  private final Aggregates aggregates;
  private final StateMachine<LeadStatus, LeadTrigger> lifecycle;
  private final DuplicateDetector detector;
  private final PipelineConfig pipeline;
  private final LeadCapture capture;

  /**
   * Creates the service with the standard lifecycle, duplicate detector and Salesforce pipeline, on
   * the embedded unit of work and outbox ({@link SalesContext#embedded}).
   *
   * @param leads the lead store
   * @param accounts the account store
   * @param contacts the contact store
   * @param opportunities the opportunity store
   * @param events where events go after each commit
   * @param ids makes new ids
   * @param clock the clock
   * @deprecated seven positional ports: use {@link #LeadService(SalesStores, SalesContext)} or
   *     {@code dev.revops.sales.Sales.builder()}, and {@link #withRules(LeadRules)} for a host's
   *     lifecycle, duplicate detector or pipeline
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
        SalesContext.embedded(events, ids, clock),
        LeadRules.standard());
  }

  /**
   * Creates the service over a set of stores, on the embedded unit of work and outbox ({@link
   * SalesContext#embedded}), with the standard rules ({@link LeadRules#standard()}; change them
   * with {@link #withRules(LeadRules)}).
   *
   * @param stores the leads, accounts, contacts and opportunities are read and written there
   * @param events where events go after each commit
   * @param ids makes new ids
   * @param clock the clock
   */
  public LeadService(SalesStores stores, EventPublisher events, IdGenerator ids, Clock clock) {
    this(stores, SalesContext.embedded(events, ids, clock));
  }

  /**
   * Creates the service over a set of stores and a unit of work, outbox, locks, ids and clock, with
   * the standard rules ({@link LeadRules#standard()}; change them with {@link
   * #withRules(LeadRules)}).
   *
   * @param stores the leads, accounts, contacts and opportunities are read and written there
   * @param context the unit of work, outbox, locks, ids and clock
   */
  public LeadService(SalesStores stores, SalesContext context) {
    this(
        requireNonNull(stores, "stores").leads(),
        stores.accounts(),
        stores.contacts(),
        stores.opportunities(),
        context,
        LeadRules.standard());
  }

  private LeadService(
      LeadRepository leads,
      AccountRepository accounts,
      ContactRepository contacts,
      OpportunityRepository opportunities,
      SalesContext context,
      LeadRules rules) {
    this.leads = requireNonNull(leads, "leads");
    this.accounts = requireNonNull(accounts, "accounts");
    this.contacts = requireNonNull(contacts, "contacts");
    this.opportunities = requireNonNull(opportunities, "opportunities");
    this.context = requireNonNull(context, "context");
    this.aggregates = context.aggregates();
    requireNonNull(rules, "rules");
    this.lifecycle = rules.lifecycle();
    this.detector = rules.detector();
    this.pipeline = rules.pipeline();
    this.capture = new LeadCapture(InputValidator.create());
  }

  /**
   * Returns a service over the same ports with other rules.
   *
   * @param rules the lifecycle, duplicate detector and pipeline
   * @return the new service
   */
  public LeadService withRules(LeadRules rules) {
    return new LeadService(leads, accounts, contacts, opportunities, context, rules);
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
   * updates the duplicate it matches. The duplicate check, the save and the lead's event are one
   * unit of work, run while holding the locks of the normalised e-mail and phone (see the class
   * comment), so concurrent captures of one person make one lead.
   *
   * @param cmd the capture
   * @return the stored lead and whether it was new
   * @throws InvalidInputException listing every violation
   */
  public CaptureResult capture(CaptureLead cmd) {
    CaptureLead normal = capture.normalise(cmd);
    CaptureResult result =
        PersonLocks.withAll(
            context.locks(),
            PersonLocks.subjects(normal.email(), normal.phone()),
            () -> context.work().inTransaction(() -> captureNormalised(normal)));
    if (result.created()) {
      LOG.info("lead {} captured from {}", result.lead().id(), normal.source());
    } else {
      LOG.info(
          "lead {} re-captured, matched on {}",
          result.lead().id(),
          result.duplicateOf().matchedOn());
    }
    return result;
  }

  private CaptureResult captureNormalised(CaptureLead normal) {
    Optional<DuplicateMatch> match =
        detector.find(
            normal, leads.duplicateCandidates(normal.email(), normal.phone(), normal.company()));
    if (match.isPresent()) {
      Lead existing = match.get().lead();
      Lead saved =
          aggregates
              .commit(leads, existing, existing.recapture(normal, match.get().matchedOn()))
              .value();
      return new CaptureResult(saved, match.get());
    }
    LeadId id = context.ids().next(LeadId::of);
    return new CaptureResult(
        aggregates.create(leads, Lead.capture(id, normal, lifecycle.initialState())).value(), null);
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
        .change(
            leads, id, l -> l.fire(lifecycle, trigger, reason, context.clock().instant(), actor))
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
   * <p>The whole conversion is one unit of work: the account, the contact, the opportunity, the
   * lead and their events commit together, or, on any failure, nothing is left behind and the lead
   * stays as it was. Conversions of one lead are serialised (a {@link dev.revops.core.port.Locks}
   * subject per lead id). When the command carries a {@link ConvertLead#conversionId() conversion
   * id} and the lead was already converted under that id, the call writes nothing and returns that
   * conversion (its account, contact and opportunity as stored now): so a retry after a timeout or
   * a crash, and every one of several concurrent calls with one id, gets the same records. A lead
   * converted without an id, or under another id, is refused like any other converted lead.
   *
   * @param id the lead
   * @param cmd how to convert
   * @param actor who
   * @return what the conversion produced (the first conversion's result on a retry with its id)
   * @throws IllegalTransitionException (from the lead's status, CONVERT, its allowed events) when
   *     the lead is not qualified, or converted already under no or another conversion id; before
   *     anything is written
   */
  public ConversionResult convert(LeadId id, ConvertLead cmd, String actor) {
    requireNonNull(id, "id");
    requireNonNull(cmd, "cmd");
    ConversionResult[] replayed = new ConversionResult[1];
    ConversionResult result =
        Aggregates.inContext(
            leads.typeName(),
            id,
            () ->
                context
                    .locks()
                    .withLock(
                        "sales.lead.conversion:" + id.value(),
                        () ->
                            context
                                .work()
                                .inTransaction(() -> doConvert(id, cmd, actor, replayed))));
    if (replayed[0] != null) {
      LOG.info("lead {} was converted under this conversion id already; same result", id);
    } else {
      LOG.info("lead {} converted into account {}", id, result.account().id());
    }
    return result;
  }

  private ConversionResult doConvert(
      LeadId id, ConvertLead cmd, String actor, ConversionResult[] replayed) {
    Lead lead = leads.get(id);
    LeadConversion done = lead.conversion();
    if (done != null && done.isConversion(cmd.conversionId())) {
      replayed[0] = resultOf(lead, done);
      return replayed[0];
    }
    if (!lifecycle.canFire(lead.status(), LeadTrigger.CONVERT)) {
      throw new IllegalTransitionException(
          lead.status(), LeadTrigger.CONVERT, lifecycle.allowedEvents(lead.status()), null);
    }
    Instant now = context.clock().instant();
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
          Account.of(
                  context.ids().next(AccountId::of),
                  name,
                  cmd.timeZone(),
                  cmd.currency(),
                  lead.country())
              .withOwner(cmd.owner());
      account = accounts.save(fresh, Account.NEW);
    }
    Contact contact = contactFor(lead, account, cmd);
    Opportunity opportunity = null;
    if (cmd.opportunityName() != null) {
      Changed<Opportunity> opened =
          Opportunity.open(
              context.ids().next(OpportunityId::of),
              new OpportunityDeal(
                  account.id(),
                  cmd.opportunityName(),
                  cmd.opportunityAmount(),
                  cmd.opportunityCloseDate(),
                  cmd.owner(),
                  lead.id()),
              pipeline,
              now);
      opportunity = aggregates.create(opportunities, opened).value();
    }
    LeadConversion links =
        new LeadConversion(
            account.id(),
            contact.id(),
            opportunity == null ? null : opportunity.id(),
            now,
            cmd.conversionId());
    Lead saved = aggregates.commit(leads, lead, lead.convert(lifecycle, links, actor)).value();
    return new ConversionResult(saved, account, contact, opportunity);
  }

  private ConversionResult resultOf(Lead lead, LeadConversion done) {
    Opportunity opportunity = done.opportunityId().map(opportunities::get).orElse(null);
    return new ConversionResult(
        lead, accounts.get(done.account()), contacts.get(done.contact()), opportunity);
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
            context.ids().next(ContactId::of),
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
   * Returns the unit of work, outbox, locks, ids and clock this service runs on.
   *
   * @return the context
   */
  public SalesContext context() {
    return context;
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
