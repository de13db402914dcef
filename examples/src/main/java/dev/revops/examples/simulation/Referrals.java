package dev.revops.examples.simulation;

import dev.revops.core.id.AccountId;
import dev.revops.core.id.LeadId;
import dev.revops.core.money.Money;
import dev.revops.sales.lead.Lead;
import dev.revops.sales.referral.InMemoryReferralPartyFacts;
import dev.revops.sales.referral.PartyFacts;
import dev.revops.sales.referral.Referral;
import dev.revops.sales.referral.ReferralCode;
import dev.revops.sales.referral.ReferralCodes;
import dev.revops.sales.referral.ReferralPolicy;
import dev.revops.sales.referral.ReferralPorts;
import dev.revops.sales.referral.ReferralRepository;
import dev.revops.sales.referral.ReferralService;
import dev.revops.sales.referral.ReferralStatus;
import dev.revops.sales.referral.Reward;
import dev.revops.sales.referral.RewardGrant;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Referrals from satisfied customers: a customer whose service case was solved within its SLA may
 * take a referral code (sales' {@link ReferralService}); part of the referral leads then come with
 * one of those codes and are attributed to its owner; when the referred lead converts, its account
 * is linked; when the referred customer's first invoice is paid, the referrer is rewarded once with
 * a $25 account credit, taken off its next invoice. Its random choices come from its own source.
 * Mutable, confined to the simulation's thread.
 */
final class Referrals {
  static final Money REWARD = Money.of("25.00", "USD");

  private final World w;
  private final SplittableRandom random;
  private final ReferralService service;
  private final InMemoryReferralPartyFacts facts = new InMemoryReferralPartyFacts();
  private final ReferralRepository referrals;
  private final List<ReferralCode> codes = new ArrayList<>();
  private final Set<AccountId> referrers = new HashSet<>();
  private final Set<AccountId> referred = new HashSet<>();
  private Money rewarded = Money.zero(World.USD);

  Referrals(World w) {
    this.w = w;
    this.random = new SplittableRandom(w.config.seed() * 17 + 3);
    this.referrals = w.backend.referrals();
    this.service =
        new ReferralService(
            new ReferralPorts(referrals, w.backend.referralCodes(), facts, this::grant),
            new ReferralCodes("demo-referral-secret-2026".getBytes(StandardCharsets.UTF_8)),
            ReferralPolicy.uncapped(Reward.credit(REWARD))
                .withCapPerPeriod(3, Duration.ofDays(30))
                .withCapTotal(10),
            w.work,
            w.outbox,
            w.locks,
            w.ids,
            w.clock);
  }

  /** The reward port: an account credit on the referrer's next invoice. */
  private String grant(RewardGrant g) {
    Customer c = w.byAccount.get(g.referrer());
    if (c != null) {
      c.pendingCredit = c.pendingCredit.plus(g.reward().credit());
      rewarded = rewarded.plus(g.reward().credit());
    }
    return "credit:" + g.idempotencyKey();
  }

  /** A customer whose case was solved within its SLA; some take a referral code. */
  void satisfied(Customer c) {
    if (c.cancelled || referrers.contains(c.account.id()) || random.nextDouble() >= 0.35) {
      return;
    }
    facts.putAccount(c.account.id(), partyOf(c));
    codes.add(service.issueCode(c.account.id()).code());
    referrers.add(c.account.id());
  }

  /** The code a new referral lead comes with, or null (a referral from outside the programme). */
  String codeForNextReferral() {
    if (codes.isEmpty() || random.nextDouble() >= 0.6) {
      return null;
    }
    return codes.get(random.nextInt(codes.size())).toString();
  }

  /** A referral lead was captured: attribute it to the code's owner. */
  void captured(Lead lead) {
    if (lead.referredBy() == null || !ReferralCode.isCode(lead.referredBy())) {
      return;
    }
    facts.putLead(lead.id(), new PartyFacts(lead.email(), lead.phone(), null, null));
    service.attribute(lead);
  }

  /** A lead became an account. */
  void converted(LeadId lead, AccountId account) {
    for (Referral r : service.linkAccount(lead, account)) {
      if (r.status() == ReferralStatus.ATTRIBUTED) {
        referred.add(account);
      }
    }
  }

  /** An invoice of the account was paid in full: the first one qualifies its referral. */
  void invoicePaid(AccountId account, String invoice) {
    if (referred.remove(account)) {
      service.firstInvoicePaid(account, invoice, w.clock.instant());
    }
  }

  private static PartyFacts partyOf(Customer c) {
    return new PartyFacts(
        c.contact.emails().isEmpty() ? null : c.contact.emails().get(0),
        c.contact.phones().isEmpty() ? null : c.contact.phones().get(0),
        null,
        null);
  }

  /** What the programme did, for the report. */
  ReferralSummary summary() {
    Map<String, Long> byStatus = new TreeMap<>();
    Map<String, Long> rejected = new TreeMap<>();
    for (Referral r : referrals.findAll()) {
      byStatus.merge(r.status().name(), 1L, Long::sum);
      if (r.rejection() != null) {
        rejected.merge(r.rejection().ruleId(), 1L, Long::sum);
      }
    }
    return new ReferralSummary(codes.size(), byStatus, rejected, rewarded);
  }
}
