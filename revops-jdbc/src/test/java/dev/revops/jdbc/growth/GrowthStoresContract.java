package dev.revops.jdbc.growth;

import static dev.revops.jdbc.growth.GrowthFixtures.DAY0;
import static dev.revops.jdbc.growth.GrowthFixtures.T0;
import static dev.revops.jdbc.growth.GrowthFixtures.account;
import static dev.revops.jdbc.growth.GrowthFixtures.code;
import static dev.revops.jdbc.growth.GrowthFixtures.issued;
import static dev.revops.jdbc.growth.GrowthFixtures.migration;
import static dev.revops.jdbc.growth.GrowthFixtures.presentation;
import static dev.revops.jdbc.growth.GrowthFixtures.referral;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.billing.port.PlanRetirements;
import dev.revops.billing.retirement.MigrationStatus;
import dev.revops.billing.retirement.PlanMigration;
import dev.revops.billing.retirement.PlanMigrationId;
import dev.revops.billing.retirement.PlanRetirement;
import dev.revops.billing.retirement.PricePolicy;
import dev.revops.billing.retirement.RetirementSchedule;
import dev.revops.billing.subscription.SubscriptionId;
import dev.revops.core.aggregate.Aggregate;
import dev.revops.core.error.ConcurrencyConflictException;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.LeadId;
import dev.revops.core.money.Money;
import dev.revops.jdbc.ConstraintViolationException;
import dev.revops.jdbc.RepositoryContractOf;
import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.jdbc.billing.JdbcRetirementStores;
import dev.revops.jdbc.sales.JdbcReferralCodeRepository;
import dev.revops.jdbc.sales.JdbcReferralStores;
import dev.revops.sales.offer.Holdings;
import dev.revops.sales.offer.OfferPresentation;
import dev.revops.sales.offer.OfferPresentationId;
import dev.revops.sales.offer.OfferStatus;
import dev.revops.sales.referral.IssuedCode;
import dev.revops.sales.referral.Referral;
import dev.revops.sales.referral.ReferralId;
import dev.revops.sales.referral.ReferralStatus;
import dev.revops.sales.referral.Rejection;
import dev.revops.sales.referral.Reward;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The growth stores on a database: revops-testkit's repository contract on the referral, code,
 * offer and migration repositories (save, find, versions, conflicts, concurrent writers), each
 * query method's rows and order (and its empty answer), a referral and a migration read back
 * exactly, the code constraints (a taken code refused with a typed exception, nothing stored, the
 * unit of work still usable), the offer holdings and the retirement schedule, and the columns a
 * finance query reads. {@code H2GrowthStoresTest} and {@code PostgresGrowthStoresTest} run it on
 * each database; every test starts from empty growth tables.
 */
abstract class GrowthStoresContract {
  private static final AccountId ANNA = account("anna");
  private static final AccountId BOB = account("bob");
  private static final AccountId CARL = account("carl");

  /**
   * Returns the database of the running test class.
   *
   * @return the database, migrated
   */
  abstract RevOpsDatabase db();

  private JdbcReferralStores fresh() {
    return JdbcReferralStores.of(GrowthFixtures.clear(db()));
  }

  private JdbcRetirementStores freshRetirement() {
    return JdbcRetirementStores.of(GrowthFixtures.clear(db()));
  }

  /** Stores with the codes of the referrers the contract's referrals use. */
  private JdbcReferralStores withCodes(AccountId... referrers) {
    JdbcReferralStores s = fresh();
    for (AccountId a : referrers) {
      s.codes().save(issued(a), Aggregate.NEW);
    }
    return s;
  }

  @Nested
  class Referrals extends RepositoryContractOf<ReferralId, Referral> {
    Referrals() {
      super(
          () -> withCodes(account("r-0"), account("r-1"), account("r-2")).referrals(),
          n -> referral("ref-" + n, account("r-" + (n % 3)), "lead-" + n, null),
          (r, n) ->
              r.referredAccount() == null
                  ? r.linkAccount(account("acc-" + n)).value()
                  : r.reject(new Rejection("manual", "change " + n), T0.plusSeconds(n), "test")
                      .value());
    }
  }

  @Nested
  class Codes extends RepositoryContractOf<AccountId, IssuedCode> {
    Codes() {
      super(
          () -> fresh().codes(),
          n -> issued(account("acc-" + n)),
          (c, n) ->
              new IssuedCode(c.account(), c.code(), c.issuedAt().plusSeconds(n), c.version()));
    }
  }

  @Nested
  class Offers extends RepositoryContractOf<OfferPresentationId, OfferPresentation> {
    Offers() {
      super(
          () -> fresh().offers(),
          n -> presentation("p-" + n, account("acc-" + (n % 3)), "o-" + (n % 2)),
          (p, n) ->
              p.status() == OfferStatus.PRESENTED
                  ? p.accept(T0.plusSeconds(n)).value()
                  : p.fulfilmentFailed(T0.plusSeconds(n)).value());
    }
  }

  @Nested
  class Migrations extends RepositoryContractOf<PlanMigrationId, PlanMigration> {
    Migrations() {
      super(
          () -> freshRetirement().migrations(),
          n -> migration("plan-" + (n % 2), "sub-" + n, "acc-" + n),
          (m, n) -> {
            // a record moves once; a change of a moved record keeps its status and moves the day
            return new PlanMigration(
                m.id(),
                m.subscription(),
                m.account(),
                m.notice(),
                MigrationStatus.MIGRATED,
                DAY0.plusDays(90 + n),
                m.version());
          });
    }
  }

  // ---- referrals

  @Test
  void aStaleReferralSaveIsAConflictNamingBothVersionsAndStoresNothing() {
    var repo = withCodes(ANNA).referrals();
    Referral r = repo.save(referral("r-1", ANNA, "lead-1", null), Aggregate.NEW);
    Referral linked = repo.save(r.linkAccount(BOB).value(), 1);
    assertThatThrownBy(
            () -> repo.save(r.reject(new Rejection("manual", "late"), T0, "x").value(), 1))
        .isInstanceOfSatisfying(
            ConcurrencyConflictException.class,
            e -> {
              assertThat(e.expectedVersion()).isEqualTo(1);
              assertThat(e.actualVersion()).isEqualTo(2);
            });
    assertThat(repo.get(r.id())).isEqualTo(linked);
  }

  @Test
  void aReferralWithItsWholeHistoryIsReadBackExactly() {
    var repo = withCodes(ANNA).referrals();
    Referral r = repo.save(referral("r-1", ANNA, "lead-1", null), Aggregate.NEW);
    r = repo.save(r.linkAccount(BOB).value(), r.version());
    r = repo.save(r.qualify("inv-1", T0.plusSeconds(5), "referrals").value(), r.version());
    r =
        repo.save(
            r.rewarded(
                    "grant-1",
                    Reward.credit(Money.of("25.00", "USD")),
                    T0.plusSeconds(6),
                    "referrals")
                .value(),
            r.version());
    assertThat(repo.get(r.id())).isEqualTo(r);
    assertThat(r.status()).isEqualTo(ReferralStatus.REWARDED);
    assertThat(r.history()).hasSize(3);
  }

  @Test
  void referralQueriesListOldestFirstAndAreEmptyForStrangers() {
    var repo = withCodes(ANNA, BOB).referrals();
    // ids out of lexical order: the order is the order of the saves, not of the ids
    Referral r9 = repo.save(referral("r-9", ANNA, "lead-1", null), Aggregate.NEW);
    Referral r10 = repo.save(referral("r-10", BOB, "lead-1", null), Aggregate.NEW);
    Referral r2 = repo.save(referral("r-2", ANNA, "lead-2", null), Aggregate.NEW);

    assertThat(repo.findByReferrer(ANNA)).containsExactly(r9, r2);
    assertThat(repo.findByReferrer(BOB)).containsExactly(r10);
    assertThat(repo.findByReferredLead(LeadId.of("lead-1"))).containsExactly(r9, r10);
    assertThat(repo.findByReferrer(CARL)).isEmpty();
    assertThat(repo.findByReferredLead(LeadId.of("lead-3"))).isEmpty();
    assertThat(repo.findByReferredAccount(CARL)).isEmpty();

    // the account's list is in the order the referrals named it: r2 first, then r9
    r2 = repo.save(r2.linkAccount(CARL).value(), r2.version());
    r9 = repo.save(r9.linkAccount(CARL).value(), r9.version());
    assertThat(repo.findByReferredAccount(CARL)).containsExactly(r2, r9);
    // a later change of r2 keeps its place
    r2 = repo.save(r2.reject(new Rejection("manual", "x"), T0, "t").value(), r2.version());
    assertThat(repo.findByReferredAccount(CARL)).containsExactly(r2, r9);
    assertThat(repo.findByReferrer(ANNA)).containsExactly(r9, r2);
  }

  @Test
  void aBatchOfReferralsTakesItsAccountsOrderInListOrder() {
    var repo = withCodes(ANNA).referrals();
    List<Referral> saved =
        repo.saveAllNew(
            List.of(
                referral("r-3", ANNA, "lead-3", CARL),
                referral("r-1", ANNA, "lead-1", null),
                referral("r-2", ANNA, "lead-2", CARL)));
    assertThat(repo.findByReferredAccount(CARL)).containsExactly(saved.get(0), saved.get(2));
    assertThat(repo.findByReferrer(ANNA)).containsExactlyElementsOf(saved);
  }

  @Test
  void theDatabaseRefusesAReferralOfACodeNotIssuedToItsReferrerAndALeadWithOneCodeTwice() {
    var stores = withCodes(ANNA);
    var repo = stores.referrals();
    assertThatThrownBy(() -> repo.save(referral("r-1", BOB, "lead-1", null), Aggregate.NEW))
        .isInstanceOfSatisfying(
            ConstraintViolationException.class,
            e -> assertThat(e.constraint()).isEqualTo("revops_referrals_code_issued"));
    repo.save(referral("r-2", ANNA, "lead-1", null), Aggregate.NEW);
    assertThatThrownBy(() -> repo.save(referral("r-3", ANNA, "lead-1", null), Aggregate.NEW))
        .isInstanceOfSatisfying(
            ConstraintViolationException.class,
            e -> assertThat(e.constraint()).isEqualTo("revops_referrals_lead_code_once"));
    assertThat(repo.findByReferredLead(LeadId.of("lead-1")))
        .extracting(Referral::id)
        .containsExactly(ReferralId.of("r-2"));
  }

  // ---- codes

  @Test
  void aCodeIsFoundByItsTextAndAnUnknownCodeIsEmpty() {
    var codes = fresh().codes();
    IssuedCode a = codes.save(issued(ANNA), Aggregate.NEW);
    assertThat(codes.findByCode(code(ANNA))).contains(a);
    assertThat(codes.findByCode(code(BOB))).isEmpty();
    assertThat(codes.find(BOB)).isEmpty();
  }

  @Test
  void aCodeTakenByAnotherAccountIsATypedRefusalThatStoresNothingAndKeepsTheUnitOfWorkUsable() {
    var codes = fresh().codes();
    IssuedCode a = codes.save(issued(ANNA), Aggregate.NEW);
    IssuedCode stolen = new IssuedCode(BOB, a.code(), T0, Aggregate.NEW);

    assertThatThrownBy(() -> codes.save(stolen, Aggregate.NEW))
        .isInstanceOfSatisfying(
            ConstraintViolationException.class,
            e -> assertThat(e.constraint()).isEqualTo(JdbcReferralCodeRepository.CODE_UNIQUE));
    assertThat(codes.find(BOB)).isEmpty();
    assertThat(codes.findByCode(a.code())).contains(a);

    // inside a unit of work: the refusal is caught, the work goes on and commits the rest
    List<IssuedCode> done =
        db().unitOfWork()
            .inTransaction(
                () -> {
                  List<IssuedCode> out = new ArrayList<>();
                  out.add(codes.save(issued(CARL), Aggregate.NEW));
                  assertThatThrownBy(() -> codes.save(stolen, Aggregate.NEW))
                      .isInstanceOf(ConstraintViolationException.class);
                  out.add(codes.save(issued(BOB), Aggregate.NEW));
                  return out;
                });
    assertThat(codes.find(CARL)).contains(done.get(0));
    assertThat(codes.find(BOB)).contains(done.get(1));
    assertThat(codes.findAll()).hasSize(3);
  }

  @Test
  void aSecondCodeForAnAccountIsAConflictNamingBothVersions() {
    var codes = fresh().codes();
    IssuedCode a = codes.save(issued(ANNA), Aggregate.NEW);
    IssuedCode other = new IssuedCode(ANNA, code(BOB), T0, Aggregate.NEW);
    assertThatThrownBy(() -> codes.save(other, Aggregate.NEW))
        .isInstanceOfSatisfying(
            ConcurrencyConflictException.class,
            e -> {
              assertThat(e.expectedVersion()).isZero();
              assertThat(e.actualVersion()).isEqualTo(1);
            });
    assertThat(codes.find(ANNA)).contains(a);
    assertThat(codes.findByCode(code(BOB))).isEmpty();
  }

  // ---- offers

  @Test
  void offerQueriesListOldestFirstAndStatusesInTheOrderTheyWereEntered() {
    var offers = fresh().offers();
    OfferPresentation p9 = offers.save(presentation("p-9", ANNA, "o-1"), Aggregate.NEW);
    OfferPresentation p10 = offers.save(presentation("p-10", BOB, "o-1"), Aggregate.NEW);
    OfferPresentation p2 = offers.save(presentation("p-2", ANNA, "o-2"), Aggregate.NEW);

    assertThat(offers.forAccount(ANNA)).containsExactly(p9, p2);
    assertThat(offers.forAccount(CARL)).isEmpty();
    assertThat(offers.findByStatus(OfferStatus.PRESENTED)).containsExactly(p9, p10, p2);
    assertThat(offers.findByStatus(OfferStatus.ACCEPTED)).isEmpty();

    p2 = offers.save(p2.accept(T0.plusSeconds(1)).value(), p2.version());
    p9 = offers.save(p9.accept(T0.plusSeconds(1)).value(), p9.version());
    // a failed attempt keeps p2's place among the accepted
    p2 = offers.save(p2.fulfilmentFailed(T0.plusSeconds(2)).value(), p2.version());
    assertThat(offers.findByStatus(OfferStatus.ACCEPTED)).containsExactly(p2, p9);
    assertThat(offers.findByStatus(OfferStatus.PRESENTED)).containsExactly(p10);
    p10 = offers.save(p10.decline(T0.plusSeconds(3)).value(), p10.version());
    assertThat(offers.findByStatus(OfferStatus.DECLINED)).containsExactly(p10);
    p9 = offers.save(p9.fulfilled("order-1", T0.plusSeconds(4)).value(), p9.version());
    assertThat(offers.findByStatus(OfferStatus.FULFILLED)).containsExactly(p9);
    assertThat(offers.findByStatus(OfferStatus.ACCEPTED)).containsExactly(p2);
    assertThat(offers.forAccount(ANNA)).containsExactly(p9, p2);
    assertThat(offers.get(p2.id()).outcome().failedAttempts()).isEqualTo(1);
  }

  @Test
  void aStaleOfferSaveIsAConflictAndKeepsTheStoredStatus() {
    var offers = fresh().offers();
    OfferPresentation p = offers.save(presentation("p-1", ANNA, "o-1"), Aggregate.NEW);
    OfferPresentation accepted = offers.save(p.accept(T0).value(), 1);
    assertThatThrownBy(() -> offers.save(p.decline(T0).value(), 1))
        .isInstanceOfSatisfying(
            ConcurrencyConflictException.class, e -> assertThat(e.actualVersion()).isEqualTo(2));
    assertThat(offers.findByStatus(OfferStatus.DECLINED)).isEmpty();
    assertThat(offers.findByStatus(OfferStatus.ACCEPTED)).containsExactly(accepted);
  }

  @Test
  void holdingsAreEmptyForAStrangerAndReplacedWhole() {
    var holdings = fresh().holdings();
    assertThat(holdings.of(ANNA)).isEqualTo(new Holdings(ANNA, Set.of(), Set.of()));
    holdings.put(new Holdings(ANNA, Set.of("basic"), Set.of("seats", "sso")));
    assertThat(holdings.of(ANNA))
        .isEqualTo(new Holdings(ANNA, Set.of("basic"), Set.of("seats", "sso")));
    holdings.put(new Holdings(ANNA, Set.of("pro"), Set.of()));
    assertThat(holdings.of(ANNA)).isEqualTo(new Holdings(ANNA, Set.of("pro"), Set.of()));
    assertThat(holdings.of(BOB)).isEqualTo(new Holdings(BOB, Set.of(), Set.of()));
    // in the caller's unit of work: a rollback keeps the old holdings
    assertThatThrownBy(
            () ->
                db().unitOfWork()
                    .inTransaction(
                        () -> {
                          holdings.put(new Holdings(ANNA, Set.of("max"), Set.of()));
                          throw new IllegalStateException("host failed");
                        }))
        .hasMessage("host failed");
    assertThat(holdings.of(ANNA).plans()).containsExactly("pro");
  }

  // ---- plan migrations and retirements

  @Test
  void migrationsOfAPlanAreListedInTheOrderFirstSavedAndReadBackExactly() {
    var migrations = freshRetirement().migrations();
    PlanMigration m9 = migrations.save(migration("starter", "sub-9", "a-9"), Aggregate.NEW);
    PlanMigration other = migrations.save(migration("legacy", "sub-1", "a-1"), Aggregate.NEW);
    PlanMigration m10 = migrations.save(migration("starter", "sub-10", "a-10"), Aggregate.NEW);
    m9 = migrations.save(m9.migrated(DAY0.plusDays(90), T0).value(), m9.version());

    assertThat(migrations.findByRetiredPlan("starter")).containsExactly(m9, m10);
    assertThat(migrations.findByRetiredPlan("legacy")).containsExactly(other);
    assertThat(migrations.findByRetiredPlan("pro")).isEmpty();
    assertThat(migrations.get(m9.id())).isEqualTo(m9);
    assertThat(m9.effectiveOn()).isEqualTo(DAY0.plusDays(90));
    PlanMigration first = m10;
    assertThatThrownBy(() -> migrations.save(migration("starter", "sub-10", "a-10"), Aggregate.NEW))
        .isInstanceOfSatisfying(
            ConcurrencyConflictException.class,
            e -> assertThat(e.actualVersion()).isEqualTo(first.version()));
  }

  @Test
  void theRetirementScheduleIsEmptyFirstThenReplacedWholeAndAnsweredAsTheSameScheduleInMemory() {
    var retirements = freshRetirement().retirements();
    assertThat(retirements.all()).isEmpty();
    assertThat(retirements.forPlan("starter")).isEmpty();
    assertThat(retirements.revision()).isZero();

    RetirementSchedule schedule =
        new RetirementSchedule(
            List.of(
                PlanRetirement.of("starter", LocalDate.parse("2026-09-01"), "basic")
                    .withPricePolicy(PricePolicy.grandfathered(2))
                    .withNoticeDays(45),
                PlanRetirement.of("legacy", LocalDate.parse("2026-06-01"), "pro")
                    .withIntervalChangeReason("yearly only")));
    assertThat(retirements.replace(schedule)).isEqualTo(1);
    PlanRetirements memory = PlanRetirements.of(schedule);
    assertThat(retirements.all()).isEqualTo(memory.all());
    for (String plan : List.of("starter", "legacy", "basic", "pro")) {
      assertThat(retirements.forPlan(plan)).as(plan).isEqualTo(memory.forPlan(plan));
    }
    assertThat(retirements.schedule()).isEqualTo(schedule);

    RetirementSchedule next =
        new RetirementSchedule(
            List.of(PlanRetirement.of("legacy", LocalDate.parse("2026-07-01"), "basic")));
    assertThat(retirements.replace(next)).isEqualTo(2);
    assertThat(retirements.all()).isEqualTo(next.retirements());
    assertThat(retirements.forPlan("starter")).isEmpty();
    assertThat(retirements.revision()).isEqualTo(2);

    RetirementSchedule twice =
        new RetirementSchedule(
            List.of(
                PlanRetirement.of("a", DAY0, "b"), PlanRetirement.of("a", DAY0.plusDays(1), "c")));
    assertThatThrownBy(() -> retirements.replace(twice))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("retired twice");
    assertThat(retirements.all()).isEqualTo(next.retirements());
  }

  // ---- what a finance query reads

  @Test
  void theColumnsHoldWhatAFinanceQueryReads() throws Exception {
    var stores = withCodes(ANNA);
    Referral r = stores.referrals().save(referral("r-1", ANNA, "lead-1", BOB), Aggregate.NEW);
    stores.offers().save(presentation("p-1", ANNA, "o-1"), Aggregate.NEW);
    var retirement = JdbcRetirementStores.of(db());
    retirement.migrations().save(migration("starter", "sub-1", "a-1"), Aggregate.NEW);

    List<String> rows =
        db().unitOfWork()
            .call(
                "read",
                "(growth)",
                c -> {
                  List<String> out = new ArrayList<>();
                  try (PreparedStatement s =
                          c.prepareStatement(
                              "SELECT r.code, r.referrer_id, r.referred_account_id, r.status,"
                                  + " c.id, o.expected_value_minor, o.currency, o.status,"
                                  + " o.probability, m.migrates_on, m.price_policy,"
                                  + " m.grandfathered_periods"
                                  + " FROM revops_referrals r"
                                  + " JOIN revops_referral_codes c ON c.code = r.code"
                                  + " CROSS JOIN revops_offer_presentations o"
                                  + " CROSS JOIN revops_plan_migrations m");
                      ResultSet q = s.executeQuery()) {
                    while (q.next()) {
                      out.add(
                          q.getString(1)
                              + " "
                              + q.getString(2)
                              + " "
                              + q.getString(3)
                              + " "
                              + q.getString(4)
                              + " "
                              + q.getString(5)
                              + " "
                              + q.getLong(6)
                              + " "
                              + q.getString(7)
                              + " "
                              + q.getString(8)
                              + " "
                              + q.getDouble(9)
                              + " "
                              + q.getObject(10, LocalDate.class)
                              + " "
                              + q.getString(11)
                              + " "
                              + q.getInt(12));
                    }
                  }
                  return out;
                });
    assertThat(rows)
        .containsExactly(
            r.code().value()
                + " anna bob ATTRIBUTED anna 313 USD PRESENTED 0.25 "
                + DAY0.plusDays(90)
                + " GRANDFATHERED 2");
    assertThat(SubscriptionId.of("sub-1"))
        .isEqualTo(retirement.migrations().findAll().get(0).subscription());
  }
}
