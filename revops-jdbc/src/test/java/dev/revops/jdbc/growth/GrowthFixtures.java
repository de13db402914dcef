package dev.revops.jdbc.growth;

import dev.revops.billing.retirement.PlanMigration;
import dev.revops.billing.retirement.PricePolicy;
import dev.revops.billing.retirement.RetirementNotice;
import dev.revops.billing.subscription.SubscriptionId;
import dev.revops.core.aggregate.Aggregate;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.LeadId;
import dev.revops.core.money.Money;
import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.jdbc.TestDatabases;
import dev.revops.sales.offer.Offer;
import dev.revops.sales.offer.OfferConditions;
import dev.revops.sales.offer.OfferKind;
import dev.revops.sales.offer.OfferPresentation;
import dev.revops.sales.offer.OfferPresentationId;
import dev.revops.sales.offer.OfferValue;
import dev.revops.sales.offer.PresentationBasis;
import dev.revops.sales.referral.IssuedCode;
import dev.revops.sales.referral.Referral;
import dev.revops.sales.referral.ReferralCode;
import dev.revops.sales.referral.ReferralCodes;
import dev.revops.sales.referral.ReferralId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The growth tables, and referrals, codes, offer presentations and migrations to store. */
final class GrowthFixtures {
  /** An instant with nanoseconds: the body keeps them, the columns keep microseconds. */
  static final Instant T0 = Instant.parse("2026-03-02T09:00:00.123456789Z");

  static final LocalDate DAY0 = LocalDate.parse("2026-03-02");

  /** Derives the codes (a test secret). */
  static final ReferralCodes CODES =
      new ReferralCodes("growth-test-secret-0123456789".getBytes(StandardCharsets.UTF_8));

  /** The tables the growth stores write, children before parents, and what their use cases do. */
  static final List<String> TABLES =
      TestDatabases.join(TestDatabases.GROWTH, TestDatabases.OUTBOX_AND_LOCKS);

  private GrowthFixtures() {}

  static RevOpsDatabase clear(RevOpsDatabase db) {
    return TestDatabases.clear(db, TABLES);
  }

  static AccountId account(String name) {
    return AccountId.of(name);
  }

  static ReferralCode code(AccountId account) {
    return CODES.codeFor(account);
  }

  static IssuedCode issued(AccountId account) {
    return new IssuedCode(account, code(account), T0, Aggregate.NEW);
  }

  static Referral referral(String id, AccountId referrer, String lead, AccountId referred) {
    return Referral.open(
            ReferralId.of(id),
            code(referrer),
            referrer,
            LeadId.of(lead),
            referred,
            Optional.empty(),
            T0,
            "test")
        .value();
  }

  static Offer offer(String id) {
    return Offer.of(
        id,
        OfferKind.CROSS_SELL,
        "addon-" + id,
        OfferConditions.NONE,
        new OfferValue(Money.of("20.00", "USD"), Money.of("12.50", "USD")));
  }

  static OfferPresentation presentation(String id, AccountId account, String offer) {
    return OfferPresentation.present(
            OfferPresentationId.of(id),
            account,
            offer(offer),
            new PresentationBasis(
                "basic", Set.of("basic"), 0.25, Money.of("3.13", "USD"), null, T0))
        .value();
  }

  static RetirementNotice notice(String plan) {
    return new RetirementNotice(
        plan,
        plan + "-next",
        PricePolicy.grandfathered(2),
        DAY0,
        DAY0.plusDays(30),
        DAY0.plusDays(90));
  }

  static PlanMigration migration(String plan, String subscription, String account) {
    return PlanMigration.notified(
            SubscriptionId.of(subscription), AccountId.of(account), notice(plan), T0)
        .value();
  }
}
