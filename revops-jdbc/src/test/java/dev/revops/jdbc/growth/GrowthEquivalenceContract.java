package dev.revops.jdbc.growth;

import static dev.revops.jdbc.growth.GrowthFixtures.T0;
import static dev.revops.jdbc.growth.GrowthFixtures.account;
import static dev.revops.jdbc.growth.GrowthFixtures.code;
import static dev.revops.jdbc.growth.GrowthFixtures.issued;
import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.billing.port.memory.InMemoryPlanMigrationRepository;
import dev.revops.billing.retirement.PlanMigration;
import dev.revops.billing.retirement.PlanMigrationId;
import dev.revops.core.aggregate.Aggregate;
import dev.revops.core.error.ConcurrencyConflictException;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.LeadId;
import dev.revops.core.money.Money;
import dev.revops.core.port.Repository;
import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.jdbc.billing.JdbcPlanMigrationRepository;
import dev.revops.jdbc.billing.JdbcRetirementStores;
import dev.revops.jdbc.sales.JdbcOfferHistory;
import dev.revops.jdbc.sales.JdbcReferralCodeRepository;
import dev.revops.jdbc.sales.JdbcReferralRepository;
import dev.revops.jdbc.sales.JdbcReferralStores;
import dev.revops.sales.offer.OfferPresentation;
import dev.revops.sales.offer.OfferPresentationId;
import dev.revops.sales.offer.OfferStatus;
import dev.revops.sales.port.memory.InMemoryOfferHistory;
import dev.revops.sales.referral.InMemoryReferralCodeRepository;
import dev.revops.sales.referral.InMemoryReferralRepository;
import dev.revops.sales.referral.Referral;
import dev.revops.sales.referral.ReferralId;
import dev.revops.sales.referral.ReferralStatus;
import dev.revops.sales.referral.Rejection;
import dev.revops.sales.referral.Reward;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The JDBC growth repositories behave as the in-memory defaults: one random sequence of saves
 * (referrals attributed, linked, qualified, rewarded and rejected; offers presented, answered,
 * failed, fulfilled and refused; migrations notified, migrated, churned and left; stale saves and
 * second creations among them) is applied to both, and every save must give the same value or the
 * same conflict (same id and versions), and every query ({@code findByReferrer}, {@code
 * findByReferredAccount}, {@code findByReferredLead}, {@code findByCode}, {@code forAccount},
 * {@code findByStatus}, {@code findByRetiredPlan}, {@code find}) the same list in the same order.
 * Moves the lifecycle refuses are skipped on both. Ids are numbered so their text order is not the
 * order of creation.
 */
abstract class GrowthEquivalenceContract {
  private static final List<AccountId> ACCOUNTS =
      List.of(account("acc-0"), account("acc-1"), account("acc-2"));
  private static final List<LeadId> LEADS =
      List.of(LeadId.of("lead-0"), LeadId.of("lead-1"), LeadId.of("lead-2"));
  private static final List<String> PLANS = List.of("starter", "legacy");

  /**
   * The kinds of operation, weighted: the creations and the moves that give a row a new key (a
   * link, an answer) come often, so rows reach a key in another order than they were created.
   */
  private static final List<Integer> KINDS =
      List.of(
          0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 3, 4, 5, 6, 6, 6, 6, 7, 7, 7, 7, 8, 8, 9, 10, 10, 11, 12,
          12, 12, 13, 13, 14, 15);

  /**
   * Returns the database of the running container.
   *
   * @return the database, migrated
   */
  abstract RevOpsDatabase db();

  /** One operation: its kind and two small numbers that pick its parts. */
  record Op(int kind, int a, int b) {}

  @Provide
  Arbitrary<List<Op>> operations() {
    return Combinators.combine(
            Arbitraries.of(KINDS),
            Arbitraries.integers().between(0, 5),
            Arbitraries.integers().between(0, 5))
        .as(Op::new)
        .list()
        .ofMinSize(8)
        .ofMaxSize(30);
  }

  /** The two worlds side by side. */
  private final class Worlds {
    final InMemoryReferralRepository memReferrals = new InMemoryReferralRepository();
    final InMemoryReferralCodeRepository memCodes = new InMemoryReferralCodeRepository();
    final InMemoryOfferHistory memOffers = new InMemoryOfferHistory();
    final InMemoryPlanMigrationRepository memMigrations = new InMemoryPlanMigrationRepository();
    final JdbcReferralRepository referrals;
    final JdbcReferralCodeRepository codes;
    final JdbcOfferHistory offers;
    final JdbcPlanMigrationRepository migrations;
    final List<ReferralId> referralIds = new ArrayList<>();
    final List<OfferPresentationId> offerIds = new ArrayList<>();
    final List<PlanMigrationId> migrationIds = new ArrayList<>();
    int next = 1;

    Worlds(RevOpsDatabase db) {
      GrowthFixtures.clear(db);
      JdbcReferralStores s = JdbcReferralStores.of(db);
      referrals = s.referrals();
      codes = s.codes();
      offers = s.offers();
      migrations = JdbcRetirementStores.of(db).migrations();
      for (AccountId a : ACCOUNTS) {
        same(() -> memCodes.save(issued(a), Aggregate.NEW), () -> codes.save(issued(a), 0));
      }
    }
  }

  @Property(tries = 30)
  void theJdbcRepositoriesAnswerAsTheInMemoryOnesAfterEverySave(
      @ForAll("operations") List<Op> ops) {
    Worlds w = new Worlds(db());
    int step = 0;
    for (Op op : ops) {
      step++;
      apply(w, op, T0.plusSeconds(step));
      if (step % 3 == 0 || step == ops.size()) {
        compare(w, "after step " + step + " " + op);
      }
    }
  }

  private static void apply(Worlds w, Op op, Instant at) {
    int kind = op.kind();
    switch (kind) {
      case 0 -> attribute(w, op, at);
      case 1 ->
          changeReferral(
              w,
              op,
              r ->
                  r.referredAccount() == null
                      ? r.linkAccount(ACCOUNTS.get(op.b() % 3)).value()
                      : null);
      case 2 -> changeReferral(w, op, r -> r.qualify("inv-" + op.b(), at, "t").value());
      case 3 ->
          changeReferral(
              w,
              op,
              r ->
                  r.rewarded("grant-" + r.id(), Reward.credit(Money.of("25.00", "USD")), at, "t")
                      .value());
      case 4 -> changeReferral(w, op, r -> r.reject(new Rejection("manual", "x"), at, "t").value());
      case 5 -> staleSave(w, op);
      case 6 -> present(w, op, at);
      case 7 -> changeOffer(w, op, p -> p.accept(at).value());
      case 8 -> changeOffer(w, op, p -> p.decline(at).value());
      case 9 -> changeOffer(w, op, p -> p.fulfilmentFailed(at).value());
      case 10 -> changeOffer(w, op, p -> p.fulfilled("order-" + op.b(), at).value());
      case 11 -> changeOffer(w, op, p -> p.refused("billing said no", at).value());
      case 12 -> notifyMigration(w, op);
      case 13 -> changeMigration(w, op, m -> m.migrated(m.notice().migratesOn(), at).value());
      case 14 -> changeMigration(w, op, m -> m.churned(m.notice().migratesOn(), at).value());
      case 15 -> changeMigration(w, op, m -> m.leftPlan("pro", at).value());
      default -> throw new IllegalStateException("kind " + kind);
    }
  }

  private static void attribute(Worlds w, Op op, Instant at) {
    AccountId referrer = ACCOUNTS.get(op.a() % 3);
    LeadId lead = LEADS.get(op.b() % 3);
    AccountId referred = op.b() >= 3 ? ACCOUNTS.get((op.a() + 1) % 3) : null;
    boolean taken =
        w.memReferrals.findByReferredLead(lead).stream()
            .anyMatch(r -> r.code().equals(code(referrer)));
    if (taken) {
      return; // one lead comes with one code once: the service returns the first referral
    }
    Referral r =
        Referral.open(
                ReferralId.of("r-" + w.next++),
                code(referrer),
                referrer,
                lead,
                referred,
                java.util.Optional.empty(),
                at,
                "t")
            .value();
    w.referralIds.add(r.id());
    same(() -> w.memReferrals.save(r, Aggregate.NEW), () -> w.referrals.save(r, Aggregate.NEW));
  }

  private static void changeReferral(Worlds w, Op op, Function<Referral, Referral> move) {
    if (w.referralIds.isEmpty()) {
      return;
    }
    ReferralId id = w.referralIds.get(op.a() % w.referralIds.size());
    change(w.memReferrals, w.referrals, id, move);
  }

  private static void staleSave(Worlds w, Op op) {
    if (!w.referralIds.isEmpty() && op.b() % 2 == 0) {
      ReferralId id = w.referralIds.get(op.a() % w.referralIds.size());
      Referral r = w.memReferrals.get(id);
      same(
          () -> w.memReferrals.save(r, r.version() - 1),
          () -> w.referrals.save(r, r.version() - 1));
    } else if (!w.offerIds.isEmpty()) {
      OfferPresentationId id = w.offerIds.get(op.a() % w.offerIds.size());
      OfferPresentation p = w.memOffers.get(id);
      same(() -> w.memOffers.save(p, p.version() + 1), () -> w.offers.save(p, p.version() + 1));
    }
  }

  private static void present(Worlds w, Op op, Instant at) {
    OfferPresentation p =
        GrowthFixtures.presentation("p-" + w.next++, ACCOUNTS.get(op.a() % 3), "o-" + (op.b() % 2));
    w.offerIds.add(p.id());
    same(() -> w.memOffers.save(p, Aggregate.NEW), () -> w.offers.save(p, Aggregate.NEW));
  }

  private static void changeOffer(
      Worlds w, Op op, Function<OfferPresentation, OfferPresentation> move) {
    if (w.offerIds.isEmpty()) {
      return;
    }
    change(w.memOffers, w.offers, w.offerIds.get(op.a() % w.offerIds.size()), move);
  }

  private static void notifyMigration(Worlds w, Op op) {
    PlanMigration m =
        GrowthFixtures.migration(PLANS.get(op.a() % 2), "sub-" + (op.b() + 7), "acc-" + op.b());
    if (!w.migrationIds.contains(m.id())) {
      w.migrationIds.add(m.id());
    }
    // a second notice of the same subscriber is a conflict on both
    same(() -> w.memMigrations.save(m, Aggregate.NEW), () -> w.migrations.save(m, Aggregate.NEW));
  }

  private static void changeMigration(
      Worlds w, Op op, Function<PlanMigration, PlanMigration> move) {
    if (w.migrationIds.isEmpty()) {
      return;
    }
    change(w.memMigrations, w.migrations, w.migrationIds.get(op.a() % w.migrationIds.size()), move);
  }

  /** Applies a move to the in-memory value and saves it on both; a refused move is skipped. */
  private static <I, A extends Aggregate<I, A>> void change(
      Repository<I, A> memory, Repository<I, A> jdbc, I id, Function<A, A> move) {
    A current = memory.get(id);
    A next;
    try {
      next = move.apply(current);
    } catch (RuntimeException refused) {
      return; // the lifecycle refuses the move: nothing to save
    }
    if (next == null) {
      return;
    }
    same(() -> memory.save(next, current.version()), () -> jdbc.save(next, current.version()));
  }

  /** Runs a save on both: the same value, or the same conflict. */
  private static <A> void same(Supplier<A> memory, Supplier<A> jdbc) {
    Object expected;
    try {
      expected = memory.get();
    } catch (ConcurrencyConflictException e) {
      expected = conflict(e);
    }
    Object actual;
    try {
      actual = jdbc.get();
    } catch (ConcurrencyConflictException e) {
      actual = conflict(e);
    }
    assertThat(actual).isEqualTo(expected);
  }

  private static String conflict(ConcurrencyConflictException e) {
    return "conflict " + e.id() + " " + e.expectedVersion() + " -> " + e.actualVersion();
  }

  private static void compare(Worlds w, String when) {
    for (AccountId a : ACCOUNTS) {
      assertThat(w.referrals.findByReferrer(a))
          .as("findByReferrer %s %s", a, when)
          .isEqualTo(w.memReferrals.findByReferrer(a));
      assertThat(w.referrals.findByReferredAccount(a))
          .as("findByReferredAccount %s %s", a, when)
          .isEqualTo(w.memReferrals.findByReferredAccount(a));
      assertThat(w.codes.findByCode(code(a))).isEqualTo(w.memCodes.findByCode(code(a)));
      assertThat(w.offers.forAccount(a))
          .as("forAccount %s %s", a, when)
          .isEqualTo(w.memOffers.forAccount(a));
    }
    for (LeadId l : LEADS) {
      assertThat(w.referrals.findByReferredLead(l))
          .as("findByReferredLead %s %s", l, when)
          .isEqualTo(w.memReferrals.findByReferredLead(l));
    }
    for (OfferStatus s : OfferStatus.values()) {
      assertThat(w.offers.findByStatus(s))
          .as("findByStatus %s %s", s, when)
          .isEqualTo(w.memOffers.findByStatus(s));
    }
    for (String plan : PLANS) {
      assertThat(w.migrations.findByRetiredPlan(plan))
          .as("findByRetiredPlan %s %s", plan, when)
          .isEqualTo(w.memMigrations.findByRetiredPlan(plan));
    }
    assertThat(w.referrals.findAll()).containsExactlyInAnyOrderElementsOf(w.memReferrals.findAll());
    assertThat(w.offers.findAll()).containsExactlyInAnyOrderElementsOf(w.memOffers.findAll());
    assertThat(w.migrations.findAll())
        .containsExactlyInAnyOrderElementsOf(w.memMigrations.findAll());
    assertThat(w.referralIds.stream().map(w.referrals::find).toList())
        .isEqualTo(w.referralIds.stream().map(w.memReferrals::find).toList());
    long rewarded =
        w.memReferrals.findAll().stream()
            .filter(r -> r.status() == ReferralStatus.REWARDED)
            .count();
    assertThat(rewarded).isLessThanOrEqualTo(w.referralIds.size());
  }
}
