package dev.revops.sales.service;

import static java.util.Objects.requireNonNull;

import dev.revops.core.consent.Channel;
import dev.revops.core.consent.ContactRequest.Purpose;
import dev.revops.core.error.ConcurrencyConflictException;
import dev.revops.core.event.Changed;
import dev.revops.core.id.ContactId;
import dev.revops.core.id.EventId;
import dev.revops.core.service.Aggregates;
import dev.revops.sales.campaign.Campaign;
import dev.revops.sales.campaign.CampaignActivity;
import dev.revops.sales.campaign.CampaignDefinition;
import dev.revops.sales.campaign.CampaignEvents.ContactConverted;
import dev.revops.sales.campaign.CampaignEvents.ContactEntered;
import dev.revops.sales.campaign.CampaignEvents.SendStatusChanged;
import dev.revops.sales.campaign.CampaignMembership;
import dev.revops.sales.campaign.CampaignRecipient;
import dev.revops.sales.campaign.CampaignSend;
import dev.revops.sales.campaign.CampaignSendStatus;
import dev.revops.sales.campaign.CampaignStep;
import dev.revops.sales.campaign.CampaignTiming;
import dev.revops.sales.campaign.ChannelMessage;
import dev.revops.sales.campaign.MessageTemplate;
import dev.revops.sales.campaign.Personalisation;
import dev.revops.sales.campaign.SendResult;
import dev.revops.sales.campaign.SendStatus;
import dev.revops.sales.campaign.SendTarget;
import dev.revops.sales.marketing.MarketingContactRequest;
import dev.revops.sales.marketing.MarketingDecision;
import dev.revops.sales.marketing.MarketingGate;
import dev.revops.sales.marketing.MarketingRuleOutcome;
import dev.revops.sales.marketing.MarketingRules;
import dev.revops.sales.marketing.Outreach;
import dev.revops.sales.port.CampaignChannel;
import dev.revops.sales.port.CampaignMembershipRepository;
import dev.revops.sales.port.CampaignSendRepository;
import dev.revops.sales.service.CampaignRunReport.Outcome;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a running campaign's due steps to its audience, through the marketing rules and the host's
 * channel, so that each message goes out at most once whatever fails and however many instances of
 * the application run it at the same time.
 *
 * <p>For each person and each step whose delay has passed (counted from when the person entered the
 * campaign), inside the campaign's send window in every zone the person may be in:
 *
 * <ol>
 *   <li><b>Prepare.</b> The template is filled from the recipient's and the sender's values (and
 *       {@code sender.postalAddress} from the settings' message content); a missing token blocks
 *       the message ({@value #TEMPLATE_RULE}) before any rule or channel sees it, so no "Dear null"
 *       ever goes out. A person without an address on the step's channel is blocked ({@value
 *       #ADDRESS_RULE}).
 *   <li><b>Decide.</b> The {@link MarketingGate} decides with every marketing rule. A block by a
 *       rule of time (quiet hours, the send window, the frequency cap, an inconvenient time) defers
 *       the message to a later run; any other block is final. Both land in the activity log with
 *       the rule ids.
 *   <li><b>Record the attempt</b> in its own unit of work, under the message's version: of two
 *       instances that reach this point together only one wins; the other counts {@link
 *       Outcome#TAKEN_BY_ANOTHER} and sends nothing. The gate then decides again and records the
 *       contact under the person's lock, so the frequency cap holds across every campaign; a block
 *       there takes the attempt back.
 *   <li><b>Send</b> with the attempt's idempotency key and <b>record the answer</b>. An exception
 *       from the channel counts as an unknown answer.
 * </ol>
 *
 * <p>A message whose last attempt has no recorded answer (unknown, or the process stopped) is never
 * sent again blindly: once older than {@link CampaignSendSettings#lookupAfter()}, it is looked up
 * by the attempt's key. A lookup that finds nothing takes the attempt back, and the next attempt
 * reuses its key, so a first call that still arrives is de-duplicated by the channel. A failed
 * attempt is retried with a new key while attempts remain.
 *
 * <p>Call it outside the host's own unit of work. Thread-safe if its ports are. Logs carry message
 * keys and rule ids only, at DEBUG.
 */
public final class CampaignSender {
  /** Rule id of a message whose template has a token without a value. */
  public static final String TEMPLATE_RULE = "campaign.template";

  /** Rule id of a person without an address on the step's channel. */
  public static final String ADDRESS_RULE = "campaign.address";

  private static final Logger LOG = LoggerFactory.getLogger(CampaignSender.class);

  /** The blocking rules that time lifts: a message they block is deferred, not blocked. */
  private static final Set<String> RULES_OF_TIME =
      Set.of(
          MarketingRules.QUIET_HOURS,
          MarketingRules.SEND_WINDOW,
          MarketingRules.FREQUENCY_CAP,
          MarketingRules.INCONVENIENT_TIME);

  private final CampaignSendRepository sends;
  private final CampaignMembershipRepository memberships;
  private final CampaignChannel channel;
  private final MarketingGate gate;
  private final CampaignSendSettings settings;
  private final Aggregates aggregates;
  private final Clock clock;

  /**
   * The ports a sender uses. Immutable.
   *
   * @param sends the messages and their activity log
   * @param memberships who entered each campaign, and when
   * @param channel sends the messages
   */
  public record Ports(
      CampaignSendRepository sends,
      CampaignMembershipRepository memberships,
      CampaignChannel channel) {
    /** Checks every port is present. */
    public Ports {
      requireNonNull(sends, "sends");
      requireNonNull(memberships, "memberships");
      requireNonNull(channel, "channel");
    }
  }

  /**
   * Creates a sender.
   *
   * @param ports the stores and the channel
   * @param gate decides each contact with the marketing rules
   * @param settings what messages carry, attempts, lookups
   * @param context the unit of work, the outbox and the clock
   */
  public CampaignSender(
      Ports ports, MarketingGate gate, CampaignSendSettings settings, SalesContext context) {
    requireNonNull(ports, "ports");
    requireNonNull(context, "context");
    this.sends = ports.sends();
    this.memberships = ports.memberships();
    this.channel = ports.channel();
    this.gate = requireNonNull(gate, "gate");
    this.settings = requireNonNull(settings, "settings");
    this.aggregates = context.aggregates();
    this.clock = context.clock();
  }

  /**
   * Sends what is due now to a campaign's audience. People seen for the first time enter the
   * campaign now; a person listed twice is handled once.
   *
   * @param campaign the campaign; it must be running
   * @param audience the people in its audience now, as the host knows them
   * @return what the run did
   * @throws IllegalStateException when the campaign is not running
   */
  public CampaignRunReport sendDue(Campaign campaign, List<CampaignRecipient> audience) {
    requireNonNull(campaign, "campaign");
    requireNonNull(audience, "audience");
    CampaignDefinition def = campaign.definition();
    if (!campaign.isSending()) {
      throw new IllegalStateException(
          "campaign " + def.id() + " is " + campaign.status() + "; only a running campaign sends");
    }
    Instant start = clock.instant();
    Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    List<MessageTemplate> templates = new ArrayList<>(def.steps().size());
    for (int i = 0; i < def.steps().size(); i++) {
      templates.add(def.template(i));
    }
    Set<ContactId> seen = new HashSet<>();
    for (CampaignRecipient r : audience) {
      if (!seen.add(r.contact().contact())) {
        continue;
      }
      CampaignMembership m = membership(def.id(), r, counts);
      if (m.converted()) {
        counts.merge(Outcome.CONVERTED, 1, Integer::sum);
        continue;
      }
      for (int i = 0; i < def.steps().size(); i++) {
        CampaignStep step = def.steps().get(i);
        if (!CampaignTiming.isDue(step, m.enteredAt(), clock.instant())) {
          counts.merge(Outcome.NOT_DUE, 1, Integer::sum);
          break;
        }
        SendTarget target =
            new SendTarget(def.id(), step.id(), r.contact().contact(), step.channel());
        counts.merge(handle(def, templates.get(i), target, r), 1, Integer::sum);
      }
    }
    return new CampaignRunReport(def.id(), start, counts);
  }

  /**
   * Records that a person in a campaign reached its goal: no step is sent to them after this.
   * Converting twice keeps the first instant.
   *
   * @param campaignId the campaign
   * @param contact the person
   * @return the membership
   * @throws dev.revops.core.error.NotFoundException when the person never entered the campaign
   */
  public CampaignMembership convert(String campaignId, ContactId contact) {
    requireNonNull(campaignId, "campaignId");
    requireNonNull(contact, "contact");
    Instant now = clock.instant();
    return aggregates
        .change(
            memberships,
            CampaignMembership.key(campaignId, contact),
            m ->
                m.converted()
                    ? Changed.unchanged(m)
                    : Changed.of(
                        m.convert(now),
                        new ContactConverted(
                            EventId.forChange(m.id(), m.version(), ContactConverted.class),
                            campaignId,
                            contact,
                            now)))
        .value();
  }

  /**
   * Returns a campaign's activity log: every attempt, allowed or not, with the rules that decided
   * it, and every answer, oldest first.
   *
   * @param campaignId the campaign
   * @return the entries
   */
  public List<CampaignActivity> activity(String campaignId) {
    List<CampaignActivity> out = new ArrayList<>();
    for (CampaignSend s : sends.findByCampaign(campaignId)) {
      out.addAll(s.activity());
    }
    out.sort(Comparator.comparing(CampaignActivity::at).thenComparing(a -> a.target().key()));
    return out;
  }

  /**
   * Returns one message's record.
   *
   * @param target the message
   * @return the record, if anything happened to it
   */
  public Optional<CampaignSend> find(SendTarget target) {
    return sends.find(target.key());
  }

  private CampaignMembership membership(
      String campaignId, CampaignRecipient r, Map<Outcome, Integer> counts) {
    ContactId contact = r.contact().contact();
    String key = CampaignMembership.key(campaignId, contact);
    Optional<CampaignMembership> found = memberships.find(key);
    if (found.isPresent()) {
      return found.get();
    }
    Instant now = clock.instant();
    CampaignMembership m = CampaignMembership.enter(campaignId, contact, r.account(), now);
    try {
      CampaignMembership saved =
          aggregates
              .create(
                  memberships,
                  Changed.of(
                      m,
                      new ContactEntered(
                          EventId.forChange(key, m.version(), ContactEntered.class),
                          campaignId,
                          contact,
                          now)))
              .value();
      counts.merge(Outcome.ENTERED, 1, Integer::sum);
      return saved;
    } catch (ConcurrencyConflictException e) {
      return memberships.get(key);
    }
  }

  private Outcome handle(
      CampaignDefinition def, MessageTemplate template, SendTarget target, CampaignRecipient r) {
    CampaignSend current = sends.find(target.key()).orElseGet(() -> CampaignSend.fresh(target));
    if (current.status().isFinal()) {
      return Outcome.ALREADY_SETTLED;
    }
    if (current.status() == CampaignSendStatus.SENDING) {
      return lookUp(current);
    }
    Instant now = clock.instant();
    if (!CampaignTiming.insideWindow(def.sendWindow(), r.reach().zones(), now)) {
      return Outcome.OUTSIDE_WINDOW;
    }
    Optional<String> address = r.reach().address(target.channel());
    if (address.isEmpty()) {
      return save(
          current,
          current.block(List.of(ADDRESS_RULE), "no address on " + target.channel(), now),
          Outcome.BLOCKED);
    }
    Map<String, String> values = new HashMap<>();
    if (settings.content().hasPostalAddress()) {
      values.put("sender.postalAddress", settings.content().postalAddress());
    }
    values.putAll(settings.senderValues());
    values.putAll(r.values());
    Personalisation text = template.render(values);
    if (!text.isComplete()) {
      return save(
          current,
          current.block(
              List.of(TEMPLATE_RULE), "no value for " + String.join(", ", text.missing()), now),
          Outcome.BLOCKED);
    }
    MarketingContactRequest request = request(target, address.get(), r, now);
    MarketingDecision preview = gate.decide(request);
    if (!preview.allowed()) {
      return refuse(current, preview, now);
    }
    CampaignSend attempt;
    try {
      attempt = commit(current, current.attempt(allowing(preview), now));
    } catch (ConcurrencyConflictException e) {
      return Outcome.TAKEN_BY_ANOTHER;
    }
    MarketingDecision decision = gate.decideAndRecord(request);
    if (!decision.allowed()) {
      boolean lasting = !RULES_OF_TIME.containsAll(decision.blockingRuleIds());
      return save(
          attempt,
          attempt.withdraw(decision.blockingRuleIds(), lasting, clock.instant()),
          lasting ? Outcome.BLOCKED : Outcome.DEFERRED);
    }
    ChannelMessage message =
        new ChannelMessage(target, attempt.attemptKey(), address.get(), text.text());
    SendResult answer;
    try {
      answer = requireNonNull(channel.send(message), "channel answer");
    } catch (RuntimeException e) {
      LOG.warn(
          "campaign message {}: the channel call failed ({}); it is looked up before any retry",
          message.idempotencyKey(),
          e.getClass().getSimpleName());
      answer = new SendResult(SendStatus.UNKNOWN, null, e.getClass().getSimpleName());
    }
    CampaignSend answered = attempt.answer(answer, settings.maxAttempts(), clock.instant());
    return save(attempt, answered, outcome(answered));
  }

  private Outcome lookUp(CampaignSend current) {
    Instant now = clock.instant();
    if (current.attemptedAt().plus(settings.lookupAfter()).isAfter(now)) {
      return Outcome.IN_FLIGHT;
    }
    Optional<SendResult> found = channel.lookup(current.attemptKey());
    CampaignSend after =
        found.isEmpty()
            ? current.notReceived(now)
            : current.resolve(found.get(), settings.maxAttempts(), now);
    if (after == current) {
      return Outcome.UNKNOWN;
    }
    return save(current, after, found.isEmpty() ? Outcome.DEFERRED : outcome(after));
  }

  private Outcome refuse(CampaignSend current, MarketingDecision decision, Instant now) {
    List<String> rules = decision.blockingRuleIds();
    if (RULES_OF_TIME.containsAll(rules)) {
      return save(current, current.defer(rules, now), Outcome.DEFERRED);
    }
    return save(current, current.block(rules, null, now), Outcome.BLOCKED);
  }

  private static List<String> allowing(MarketingDecision decision) {
    List<String> ids = new ArrayList<>();
    for (MarketingRuleOutcome o : decision.outcomes()) {
      if (!o.blocks()) {
        ids.add(o.ruleId());
      }
    }
    return ids;
  }

  private MarketingContactRequest request(
      SendTarget target, String address, CampaignRecipient r, Instant now) {
    Channel ch = target.channel();
    Outreach outreach =
        new Outreach(
            ch,
            ch == Channel.AUTOMATED_CALL,
            address,
            Purpose.MARKETING,
            r.values().get("product.name"));
    MarketingContactRequest request =
        new MarketingContactRequest(
            r.contact(),
            r.reach().zones(),
            r.reach().jurisdiction(),
            outreach,
            now,
            r.relationship(),
            null);
    return ch == Channel.EMAIL || ch == Channel.SMS
        ? request.withMessage(settings.content())
        : request;
  }

  private static Outcome outcome(CampaignSend s) {
    return switch (s.status()) {
      case DELIVERED -> Outcome.DELIVERED;
      case BOUNCED -> Outcome.BOUNCED;
      case FAILED -> Outcome.FAILED;
      case GAVE_UP -> Outcome.GAVE_UP;
      case SENDING -> Outcome.UNKNOWN;
      case DEFERRED -> Outcome.DEFERRED;
      case BLOCKED -> Outcome.BLOCKED;
    };
  }

  /** Saves a move; a concurrent save by another instance wins and this one counts as taken. */
  private Outcome save(CampaignSend before, CampaignSend after, Outcome outcome) {
    if (after == before) {
      return outcome;
    }
    try {
      commit(before, after);
      return outcome;
    } catch (ConcurrencyConflictException e) {
      return Outcome.TAKEN_BY_ANOTHER;
    }
  }

  private CampaignSend commit(CampaignSend before, CampaignSend after) {
    Instant at = clock.instant();
    SendStatusChanged event =
        new SendStatusChanged(
            EventId.forChange(before.id(), before.version(), SendStatusChanged.class),
            after.target(),
            after.status(),
            after.attempts(),
            at);
    CampaignSend saved = aggregates.commit(sends, before, Changed.of(after, event)).value();
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "campaign message {}: {} -> {} ({} attempts)",
          saved.id(),
          before.status(),
          saved.status(),
          saved.attempts());
    }
    return saved;
  }
}
