package dev.revops.sales.referral;

import static java.util.Objects.requireNonNull;

import dev.revops.core.aggregate.Aggregate;
import dev.revops.core.error.ConcurrencyConflictException;
import dev.revops.core.error.NotFoundException;
import dev.revops.core.event.Changed;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.LeadId;
import dev.revops.core.port.EventPublisher;
import dev.revops.core.port.IdGenerator;
import dev.revops.core.port.Locks;
import dev.revops.core.port.UnitOfWork;
import dev.revops.core.port.memory.InMemoryLocks;
import dev.revops.core.port.memory.InMemoryOutbox;
import dev.revops.core.port.memory.InMemoryUnitOfWork;
import dev.revops.core.service.Aggregates;
import dev.revops.core.service.OutboxRelay;
import dev.revops.sales.lead.Lead;
import dev.revops.sales.lead.LeadSource;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issues referral codes, attributes new leads to their referrer, and qualifies and rewards
 * referrals when the referred customer pays its first invoice: loads through the ports, asks the
 * domain ({@link Referral}, {@link ReferralRules}), saves with the expected version and appends the
 * events to the outbox, each step in one unit of work.
 *
 * <p><b>Exactly one reward.</b> {@link #firstInvoicePaid(AccountId, String, Instant)} runs while
 * holding the {@link Locks} subjects of the referred account and of its referrer (taken in one
 * global order), so replays of the payment event, concurrent or not, in any order, see the
 * referral's latest state: the first qualifies it and grants the reward, the others find it
 * rewarded and do nothing. The grant itself carries {@link Referral#rewardIdempotencyKey()}, so
 * even a grant repeated after a failed save (or by a host whose locks are per process) is applied
 * once by a port that honours its contract. Qualifying and granting are two steps: when the rewards
 * port fails, the referral stays {@code QUALIFIED} and the next replay grants it.
 *
 * <p>Thread-safe when its ports are. Logs ids and rule ids only, never the parties' facts.
 */
public final class ReferralService {
  /** The actor name of moves the service makes by itself. */
  public static final String SYSTEM = "referrals";

  private static final Logger LOG = LoggerFactory.getLogger(ReferralService.class);
  private static final String LOCK_PREFIX = "referral-account:";

  private final ReferralPorts ports;
  private final ReferralCodes codeMaker;
  private final ReferralRules rules;
  private final Aggregates aggregates;
  private final Locks locks;
  private final IdGenerator ids;
  private final Clock clock;

  /**
   * Creates the service.
   *
   * @param ports the stores, facts and rewards ports
   * @param codes derives the codes from the host's secret
   * @param policy the reward and the caps
   * @param work the unit of work each step runs in
   * @param outbox where the events of a change are appended, in the same unit of work
   * @param locks serialises the steps per account (share one instance, or one database, between
   *     every instance of the host's application)
   * @param ids makes referral ids
   * @param clock the clock "now" is read from
   */
  public ReferralService(
      ReferralPorts ports,
      ReferralCodes codes,
      ReferralPolicy policy,
      UnitOfWork work,
      EventPublisher outbox,
      Locks locks,
      IdGenerator ids,
      Clock clock) {
    this.ports = requireNonNull(ports, "ports");
    this.codeMaker = requireNonNull(codes, "codes");
    this.rules = new ReferralRules(requireNonNull(policy, "policy"));
    this.aggregates =
        new Aggregates(requireNonNull(work, "work"), requireNonNull(outbox, "outbox"));
    this.locks = requireNonNull(locks, "locks");
    this.ids = requireNonNull(ids, "ids");
    this.clock = requireNonNull(clock, "clock");
  }

  /**
   * Creates the service on the embedded defaults: a new in-memory unit of work and outbox relayed
   * to {@code events} after each commit, and new in-memory locks.
   *
   * @param ports the stores, facts and rewards ports
   * @param codes derives the codes
   * @param policy the reward and the caps
   * @param events the host's publisher
   * @param ids makes referral ids
   * @param clock the clock
   * @return the service
   */
  public static ReferralService embedded(
      ReferralPorts ports,
      ReferralCodes codes,
      ReferralPolicy policy,
      EventPublisher events,
      IdGenerator ids,
      Clock clock) {
    InMemoryOutbox outbox = new InMemoryOutbox();
    OutboxRelay relay = new OutboxRelay(outbox, requireNonNull(events, "events"));
    InMemoryUnitOfWork work = new InMemoryUnitOfWork().afterCommit(relay::deliverPendingQuietly);
    return new ReferralService(ports, codes, policy, work, outbox, new InMemoryLocks(), ids, clock);
  }

  /**
   * Returns the rules this service applies.
   *
   * @return the rules
   */
  public ReferralRules rules() {
    return rules;
  }

  /**
   * Issues an account's referral code, or returns the one it has: idempotent, concurrent calls
   * included.
   *
   * @param account the referrer (never null)
   * @return its code, the same on every call
   */
  public IssuedCode issueCode(AccountId account) {
    requireNonNull(account, "account");
    Optional<IssuedCode> existing = ports.codes().find(account);
    if (existing.isPresent()) {
      return existing.get();
    }
    ReferralCode code = codeMaker.codeFor(account);
    Optional<IssuedCode> holder = ports.codes().findByCode(code);
    if (holder.isPresent() && !holder.get().account().equals(account)) {
      throw new IllegalStateException(
          "referral code of account " + account + " collides with another account's");
    }
    try {
      IssuedCode issued =
          aggregates
              .create(
                  ports.codes(),
                  Changed.unchanged(new IssuedCode(account, code, clock.instant(), Aggregate.NEW)))
              .value();
      LOG.info("referral code issued to account {}", account);
      return issued;
    } catch (ConcurrencyConflictException raced) {
      return ports.codes().get(account);
    }
  }

  /**
   * Attributes a captured lead to the owner of the code it came with ({@link LeadSource#REFERRAL},
   * the code in {@link Lead#referredBy()}).
   *
   * @param lead the lead (never null)
   * @return the referral, attributed or rejected
   * @throws IllegalArgumentException when the lead is not a referral or its referrer is not a code
   * @throws NotFoundException when no account has the code
   */
  public Referral attribute(Lead lead) {
    requireNonNull(lead, "lead");
    if (lead.source() != LeadSource.REFERRAL || lead.referredBy() == null) {
      throw new IllegalArgumentException("lead " + lead.id() + " was not captured as a referral");
    }
    return attribute(ReferralCode.parse(lead.referredBy()), lead.id(), null);
  }

  /**
   * Attributes a new lead to the owner of a code. Idempotent: the same lead with the same code
   * returns its referral. Otherwise the attribution rules run ({@link
   * ReferralRules#atAttribution}): the result is {@code ATTRIBUTED}, or {@code REJECTED} with the
   * rule and reason.
   *
   * @param code the code the lead came with (never null)
   * @param lead the lead (never null)
   * @param referredAccount the lead's account when already known, or null
   * @return the referral
   * @throws NotFoundException when no account has the code
   */
  public Referral attribute(ReferralCode code, LeadId lead, AccountId referredAccount) {
    requireNonNull(code, "code");
    requireNonNull(lead, "lead");
    IssuedCode holder =
        ports.codes().findByCode(code).orElseThrow(() -> new NotFoundException("IssuedCode", code));
    AccountId referrer = holder.account();
    Set<AccountId> subjects = new LinkedHashSet<>();
    subjects.add(referrer);
    if (referredAccount != null) {
      subjects.add(referredAccount);
    }
    return withLocks(
        "lead:" + lead.value(),
        subjects,
        () ->
            aggregates.inTransaction(() -> attributeLocked(code, referrer, lead, referredAccount)));
  }

  private Referral attributeLocked(
      ReferralCode code, AccountId referrer, LeadId lead, AccountId referredAccount) {
    List<Referral> others = new ArrayList<>(ports.referrals().findByReferredLead(lead));
    for (Referral r : others) {
      if (r.code().equals(code)) {
        return r;
      }
    }
    if (referredAccount != null) {
      others.addAll(ports.referrals().findByReferredAccount(referredAccount));
    }
    Instant now = clock.instant();
    PartyFacts referrerFacts = ports.facts().ofAccount(referrer);
    boolean wasCustomer =
        referredAccount != null && ports.facts().wasCustomerBefore(referredAccount, now);
    Optional<Rejection> refusal =
        rules.atAttribution(
            referrer,
            referredAccount,
            wasCustomer,
            others,
            referrerFacts,
            ports.facts().ofLead(lead));
    if (refusal.isEmpty() && referredAccount != null) {
      refusal = rules.selfReferral(referrerFacts, ports.facts().ofAccount(referredAccount));
    }
    Referral saved =
        aggregates
            .create(
                ports.referrals(),
                Referral.open(
                    ids.next(ReferralId::of),
                    code,
                    referrer,
                    lead,
                    referredAccount,
                    refusal,
                    now,
                    SYSTEM))
            .value();
    if (refusal.isPresent()) {
      LOG.info(
          "referral {} of referrer {} rejected by {}",
          saved.id(),
          referrer,
          refusal.get().ruleId());
    } else {
      LOG.info("referral {} attributed to referrer {}", saved.id(), referrer);
    }
    return saved;
  }

  /**
   * Records the account a referred lead became (call it from the lead's conversion). The referral
   * is rejected when the account already was a customer, is already referred, or shares a fact with
   * the referrer.
   *
   * @param lead the converted lead (never null)
   * @param account its account (never null)
   * @return the lead's live referrals after the change; empty when it has none
   */
  public List<Referral> linkAccount(LeadId lead, AccountId account) {
    requireNonNull(lead, "lead");
    requireNonNull(account, "account");
    return eachUnderLocks(
        ports.referrals().findByReferredLead(lead).stream().filter(Referral::isOpen).toList(),
        "lead:" + lead.value(),
        account,
        found -> aggregates.inTransaction(() -> linkLocked(found.id(), account)));
  }

  private Referral linkLocked(ReferralId id, AccountId account) {
    Referral r = ports.referrals().get(id);
    if (!r.isOpen() || account.equals(r.referredAccount())) {
      return r;
    }
    Changed<Referral> linked = r.linkAccount(account);
    Optional<Rejection> refusal =
        rules.atAttribution(
            r.referrer(),
            account,
            ports.facts().wasCustomerBefore(account, r.attributedAt()),
            ports.referrals().findByReferredAccount(account),
            ports.facts().ofAccount(r.referrer()),
            ports.facts().ofAccount(account));
    if (refusal.isPresent()) {
      Rejection why = refusal.get();
      linked = linked.then(l -> l.reject(why, clock.instant(), SYSTEM));
      LOG.info("referral {} rejected by {} when linked", id, why.ruleId());
    }
    return aggregates.commit(ports.referrals(), r, linked).value();
  }

  /**
   * The referred customer paid its first invoice (call it from billing's payment event, as often as
   * the event is delivered): each live referral of the account is qualified, or rejected by the
   * qualification rules ({@link ReferralRules#atQualification}), and a qualified one is rewarded
   * through {@link ReferralRewards} once. Replays, in any order and any number, concurrent or not,
   * grant nothing more.
   *
   * @param referredAccount the account that paid (never null)
   * @param invoice the paid invoice's id (never null)
   * @param paidAt when it was paid
   * @return the account's referrals after the step; empty when it was not referred
   */
  public List<Referral> firstInvoicePaid(
      AccountId referredAccount, String invoice, Instant paidAt) {
    requireNonNull(referredAccount, "referredAccount");
    requireNonNull(invoice, "invoice");
    requireNonNull(paidAt, "paidAt");
    return eachOfAccount(
        referredAccount,
        found -> {
          Referral r =
              aggregates.inTransaction(
                  () -> qualifyLocked(found.id(), referredAccount, invoice, paidAt));
          return r.status() == ReferralStatus.QUALIFIED ? rewardLocked(r.id()) : r;
        });
  }

  private Referral qualifyLocked(
      ReferralId id, AccountId referredAccount, String invoice, Instant paidAt) {
    Referral r = ports.referrals().get(id);
    if (r.status() != ReferralStatus.ATTRIBUTED) {
      return r;
    }
    Optional<Rejection> refusal =
        rules.atQualification(
            r,
            ports.facts().ofAccount(r.referrer()),
            ports.facts().ofAccount(referredAccount),
            ports.referrals().findByReferredAccount(referredAccount),
            ports.referrals().findByReferrer(r.referrer()),
            paidAt);
    Changed<Referral> next =
        refusal.isPresent()
            ? r.reject(refusal.get(), clock.instant(), SYSTEM)
            : r.qualify(invoice, paidAt, SYSTEM);
    Referral saved = aggregates.commit(ports.referrals(), r, next).value();
    if (refusal.isPresent()) {
      LOG.info("referral {} rejected by {} at qualification", id, refusal.get().ruleId());
    } else {
      LOG.info("referral {} qualified by invoice {}", id, invoice);
    }
    return saved;
  }

  private Referral rewardLocked(ReferralId id) {
    Referral r = ports.referrals().get(id);
    if (r.status() != ReferralStatus.QUALIFIED) {
      return r;
    }
    Reward reward = rules.policy().reward();
    Instant now = clock.instant();
    String grant =
        ports
            .rewards()
            .grant(
                new RewardGrant(
                    r.rewardIdempotencyKey(),
                    r.id(),
                    r.referrer(),
                    r.referredAccount(),
                    r.qualifyingInvoice(),
                    reward,
                    now));
    Referral saved =
        aggregates
            .inTransaction(
                () -> {
                  Referral current = ports.referrals().get(id);
                  if (current.status() != ReferralStatus.QUALIFIED) {
                    return Changed.unchanged(current);
                  }
                  return aggregates.commit(
                      ports.referrals(), current, current.rewarded(grant, reward, now, SYSTEM));
                })
            .value();
    LOG.info("referral {} rewarded, grant {}", id, grant);
    return saved;
  }

  /**
   * The referred customer's qualifying payment was refunded or charged back: a referral it
   * qualified that is not rewarded yet (the rewards port failed) is rejected under {@link
   * ReferralRules#PAYMENT_REVERSED}. A rewarded one stays rewarded (a clawback is the host's
   * billing decision); other states are left as they are.
   *
   * @param referredAccount the account whose payment was reversed (never null)
   * @param invoice the invoice whose payment was reversed (never null)
   * @return the account's referrals after the step; empty when it was not referred
   */
  public List<Referral> firstInvoiceReversed(AccountId referredAccount, String invoice) {
    requireNonNull(referredAccount, "referredAccount");
    requireNonNull(invoice, "invoice");
    return eachOfAccount(
        referredAccount,
        found -> aggregates.inTransaction(() -> reverseLocked(found.id(), invoice)));
  }

  private Referral reverseLocked(ReferralId id, String invoice) {
    Referral r = ports.referrals().get(id);
    if (r.status() != ReferralStatus.QUALIFIED || !invoice.equals(r.qualifyingInvoice())) {
      return r;
    }
    Rejection why =
        new Rejection(
            ReferralRules.PAYMENT_REVERSED,
            "the qualifying payment was reversed before the reward");
    LOG.info("referral {} rejected by {}", r.id(), why.ruleId());
    return aggregates.commit(ports.referrals(), r, r.reject(why, clock.instant(), SYSTEM)).value();
  }

  /**
   * Rejects a referral by hand (rule {@link ReferralRules#MANUAL}); allowed until it is rewarded.
   *
   * @param id the referral (never null)
   * @param reason why, without personal data (not blank)
   * @param actor who
   * @return the rejected referral
   * @throws dev.revops.core.error.IllegalTransitionException when already rewarded or rejected
   */
  public Referral reject(ReferralId id, String reason, String actor) {
    return reject(id, new Rejection(ReferralRules.MANUAL, reason), actor);
  }

  /**
   * Rejects a referral under a rule (for example {@link ReferralRules#PAYMENT_REVERSED} when the
   * qualifying payment is refunded before the reward); allowed until it is rewarded.
   *
   * @param id the referral (never null)
   * @param why the rule and reason (never null)
   * @param actor who
   * @return the rejected referral
   * @throws dev.revops.core.error.IllegalTransitionException when already rewarded or rejected
   */
  public Referral reject(ReferralId id, Rejection why, String actor) {
    requireNonNull(id, "id");
    requireNonNull(why, "why");
    Referral found = ports.referrals().get(id);
    Set<AccountId> subjects = new LinkedHashSet<>();
    subjects.add(found.referrer());
    if (found.referredAccount() != null) {
      subjects.add(found.referredAccount());
    }
    Referral saved =
        withLocks(
            null,
            subjects,
            () ->
                aggregates
                    .change(ports.referrals(), id, r -> r.reject(why, clock.instant(), actor))
                    .value());
    LOG.info("referral {} rejected by {}", id, why.ruleId());
    return saved;
  }

  /**
   * Finds a referral.
   *
   * @param id the id
   * @return the referral, or empty
   */
  public Optional<Referral> find(ReferralId id) {
    return ports.referrals().find(id);
  }

  /**
   * Returns a referrer's referrals.
   *
   * @param referrer the referrer
   * @return its referrals, oldest first
   */
  public List<Referral> referralsOf(AccountId referrer) {
    return ports.referrals().findByReferrer(referrer);
  }

  /**
   * Holds the locks of an optional lead subject and of accounts, in one global order (sorted
   * subject names), so two steps never wait on each other's locks.
   */
  /** {@link #eachUnderLocks} over the referrals of a referred account, under its lock. */
  private List<Referral> eachOfAccount(
      AccountId referredAccount, Function<Referral, Referral> step) {
    return eachUnderLocks(
        ports.referrals().findByReferredAccount(referredAccount), null, referredAccount, step);
  }

  /**
   * Runs a step for each referral in turn, under the locks of {@code lead} (when not null), the
   * referral's referrer and {@code party}; returns what each step returned, in order.
   */
  private List<Referral> eachUnderLocks(
      List<Referral> referrals, String lead, AccountId party, Function<Referral, Referral> step) {
    List<Referral> result = new ArrayList<>();
    for (Referral found : referrals) {
      result.add(withLocks(lead, Set.of(found.referrer(), party), () -> step.apply(found)));
    }
    return result;
  }

  private <T> T withLocks(String lead, Set<AccountId> accounts, Supplier<T> work) {
    TreeSet<String> subjects = new TreeSet<>();
    if (lead != null) {
      subjects.add("referral-" + lead);
    }
    for (AccountId a : accounts) {
      subjects.add(LOCK_PREFIX + a.value());
    }
    return locks.withLocks(subjects, work);
  }
}
