package dev.revops.jdbc.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.aggregate.Aggregate;
import dev.revops.core.consent.Channel;
import dev.revops.core.error.ConcurrencyConflictException;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ContactId;
import dev.revops.jdbc.DataAccessException;
import dev.revops.jdbc.RepositoryContractOf;
import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.jdbc.table.Sql;
import dev.revops.sales.campaign.CampaignActivity;
import dev.revops.sales.campaign.CampaignMembership;
import dev.revops.sales.campaign.CampaignSend;
import dev.revops.sales.campaign.CampaignSendStatus;
import dev.revops.sales.campaign.SendResult;
import dev.revops.sales.campaign.SendStatus;
import dev.revops.sales.campaign.SendTarget;
import dev.revops.sales.marketing.ExclusionReason;
import dev.revops.sales.marketing.MarketingRules;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The campaign and marketing stores on a database: revops-testkit's repository contract on the
 * message and membership repositories, their campaign queries (read from their indexes), a message
 * with a full activity log read back exactly, and the gate's stores (history, do-not-call lists,
 * exclusions). {@code H2CampaignStoresTest} and {@code PostgresCampaignStoresTest} run it on each
 * database; every test starts from empty campaign tables.
 */
abstract class CampaignStoresContract {
  private static final Instant T0 = Instant.parse("2026-03-02T17:00:00.123456789Z");

  /**
   * Returns the database of the running test class.
   *
   * @return the database, migrated
   */
  abstract RevOpsDatabase db();

  private JdbcCampaignStores fresh() {
    return JdbcCampaignStores.of(JdbcCampaignFixture.clear(db()));
  }

  static SendTarget target(String campaign, String step, int contact) {
    return new SendTarget(campaign, step, ContactId.of("c-" + contact), Channel.EMAIL);
  }

  @Nested
  class Sends extends RepositoryContractOf<String, CampaignSend> {
    Sends() {
      super(
          () -> fresh().sends(),
          n -> CampaignSend.fresh(target("camp-" + (n % 3), "mail", n)),
          (s, n) -> s.defer(List.of("rule-" + n + "-" + s.activity().size()), T0.plusSeconds(n)));
    }
  }

  @Nested
  class Memberships extends RepositoryContractOf<String, CampaignMembership> {
    Memberships() {
      super(
          () -> fresh().memberships(),
          n ->
              CampaignMembership.enter(
                  "camp-" + (n % 3), ContactId.of("c-" + n), AccountId.of("a-" + n), T0),
          (m, n) -> {
            // a converted membership keeps its first instant: a change moves the entry instead
            return new CampaignMembership(
                m.campaignId(),
                m.contact(),
                m.account(),
                m.enteredAt().plusSeconds(1 + n),
                null,
                m.version());
          });
    }
  }

  @Test
  void aMessageWithEveryKindOfActivityEntryIsReadBackExactly() {
    JdbcCampaignSendRepository repo = fresh().sends();
    CampaignSend s = CampaignSend.fresh(target("camp-1", "mail", 1));
    s = repo.save(s.defer(List.of(MarketingRules.QUIET_HOURS), T0), Aggregate.NEW);
    List<Function<CampaignSend, CampaignSend>> moves =
        List.of(
            m -> m.attempt(List.of(MarketingRules.EMAIL_OPT_OUT, MarketingRules.EXCLUSION), T0),
            m -> m.answer(new SendResult(SendStatus.UNKNOWN, null, "timeout"), 3, T0),
            m -> m.notReceived(T0.plusSeconds(120)),
            m -> m.attempt(List.of(MarketingRules.EMAIL_OPT_OUT), T0.plusSeconds(130)),
            m -> m.answer(new SendResult(SendStatus.FAILED, "p-1", "421"), 3, T0.plusSeconds(131)),
            m -> m.attempt(List.of(), T0.plusSeconds(3600)),
            m -> m.withdraw(List.of(MarketingRules.FREQUENCY_CAP), false, T0.plusSeconds(3601)),
            m -> m.attempt(List.of(), T0.plusSeconds(7200)),
            m -> m.answer(SendResult.of(SendStatus.UNKNOWN), 3, T0.plusSeconds(7201)),
            m ->
                m.resolve(
                    new SendResult(SendStatus.DELIVERED, "p-2", "250 ok"),
                    3,
                    T0.plusSeconds(7500)));
    for (var move : moves) {
      CampaignSend next = move.apply(s);
      s = repo.save(next, s.version());
      assertThat(repo.get(s.id())).as("after %s", s.status()).isEqualTo(s);
    }
    assertThat(s.status()).isEqualTo(CampaignSendStatus.DELIVERED);
    assertThat(s.attempts()).isEqualTo(2);
    assertThat(s.version()).isEqualTo(11);
    assertThat(s.activity())
        .extracting(CampaignActivity::kind)
        .containsExactly(
            CampaignActivity.Kind.DEFERRED,
            CampaignActivity.Kind.ALLOWED,
            CampaignActivity.Kind.ANSWERED,
            CampaignActivity.Kind.NOT_RECEIVED,
            CampaignActivity.Kind.ALLOWED,
            CampaignActivity.Kind.ANSWERED,
            CampaignActivity.Kind.ALLOWED,
            CampaignActivity.Kind.DEFERRED,
            CampaignActivity.Kind.ALLOWED,
            CampaignActivity.Kind.ANSWERED,
            CampaignActivity.Kind.RESOLVED);
    CampaignSend stored = repo.get(s.id());
    assertThat(stored).isEqualTo(s);
    assertThat(stored.activity().get(0).at()).as("body instants keep nanoseconds").isEqualTo(T0);
    assertThat(stored.activity().get(10).answer()).isEqualTo(SendStatus.DELIVERED);
    assertThat(stored.activity().get(10).detail()).isEqualTo("250 ok");

    CampaignSend blocked =
        CampaignSend.fresh(target("camp-1", "mail", 2))
            .block(List.of("campaign.template"), "no value for contact.firstName", T0);
    CampaignSend savedBlock = repo.save(blocked, Aggregate.NEW);
    assertThat(repo.get(blocked.id())).isEqualTo(savedBlock);
    assertThat(
            column(
                "SELECT status, attempts, channel, step_id, contact_id FROM"
                    + " revops_campaign_sends WHERE id = 'camp-1/mail/c-1'"))
        .isEqualTo("DELIVERED|2|EMAIL|mail|c-1");
  }

  @Test
  void aStaleSaveOfAMessageNamesBothVersionsAndKeepsTheWinner() {
    JdbcCampaignSendRepository repo = fresh().sends();
    CampaignSend first =
        repo.save(
            CampaignSend.fresh(target("camp-1", "mail", 1)).attempt(List.of(), T0), Aggregate.NEW);
    CampaignSend winner =
        repo.save(first.answer(SendResult.of(SendStatus.DELIVERED), 3, T0), first.version());
    assertThatThrownBy(
            () ->
                repo.save(first.answer(SendResult.of(SendStatus.BOUNCED), 3, T0), first.version()))
        .isInstanceOfSatisfying(
            ConcurrencyConflictException.class,
            e -> {
              assertThat(e.expectedVersion()).isEqualTo(1);
              assertThat(e.actualVersion()).isEqualTo(2);
            });
    assertThat(repo.get(first.id())).isEqualTo(winner);
    assertThat(repo.get(first.id()).status()).isEqualTo(CampaignSendStatus.DELIVERED);
  }

  @Test
  void aCampaignsMessagesAndMembersAreFoundByCampaignOnly() {
    JdbcCampaignStores stores = fresh();
    List<CampaignSend> mine = new ArrayList<>();
    for (int i = 5; i >= 1; i--) {
      for (String campaign : List.of("camp-a", "camp-b", "camp-a2")) {
        CampaignSend s =
            stores.sends().save(CampaignSend.fresh(target(campaign, "mail", i)), Aggregate.NEW);
        if (campaign.equals("camp-a")) {
          mine.add(0, s);
        }
      }
      stores
          .memberships()
          .save(
              CampaignMembership.enter("camp-a", ContactId.of("c-" + i), AccountId.of("a-1"), T0)
                  .convert(T0.plusSeconds(i)),
              Aggregate.NEW);
      stores
          .memberships()
          .save(
              CampaignMembership.enter("camp-b", ContactId.of("c-" + i), AccountId.of("a-1"), T0),
              Aggregate.NEW);
    }
    assertThat(stores.sends().findByCampaign("camp-a")).containsExactlyElementsOf(mine);
    assertThat(stores.sends().findByCampaign("camp-")).isEmpty();
    assertThat(stores.sends().findByCampaign("nope")).isEmpty();
    List<CampaignMembership> members = stores.memberships().findByCampaign("camp-a");
    assertThat(members).hasSize(5).allMatch(CampaignMembership::converted);
    assertThat(members)
        .extracting(m -> m.contact().value())
        .containsExactly("c-1", "c-2", "c-3", "c-4", "c-5");
    assertThat(members.get(2).convertedAt()).isEqualTo(T0.plusSeconds(3));
    assertThat(stores.memberships().findByCampaign("camp-b"))
        .hasSize(5)
        .noneMatch(CampaignMembership::converted);
  }

  @Test
  void theCampaignQueriesAndTheHistoryReadTheirIndexes() {
    fresh();
    assertIndexed(
        "SELECT version, body FROM revops_campaign_sends "
            + JdbcCampaignSendRepository.WHERE_CAMPAIGN,
        (s, i, v) -> s.setString(i, "camp-1"),
        "revops_campaign_sends_campaign");
    assertIndexed(
        "SELECT version, body FROM revops_campaign_members "
            + JdbcCampaignMembershipRepository.WHERE_CAMPAIGN,
        (s, i, v) -> s.setString(i, "camp-1"),
        "revops_campaign_members_campaign");
    assertIndexed(
        JdbcMarketingSendHistory.SENT_BETWEEN,
        (s, i, v) -> {
          s.setString(i, "c-1");
          Sql.setInstant(s, i + 1, T0);
          Sql.setInstant(s, i + 2, T0.plusSeconds(60));
        },
        "revops_marketing_sends_contact");
  }

  @Test
  void theHistoryReturnsAPersonsContactsInTheHalfOpenWindowOldestFirst() {
    JdbcMarketingSendHistory h = fresh().history();
    ContactId c1 = ContactId.of("c-1");
    h.record(c1, T0.plusSeconds(30));
    h.record(c1, T0);
    h.record(c1, T0.plusSeconds(30));
    h.record(c1, T0.plusSeconds(90));
    h.record(ContactId.of("c-2"), T0.plusSeconds(30));
    Instant micros = Instant.parse("2026-03-02T17:00:00.123456Z");
    assertThat(h.sentBetween(c1, T0.minusSeconds(1), T0.plusSeconds(90)))
        .as("nanoseconds are kept to the microsecond")
        .containsExactly(
            micros, micros.plusSeconds(30), micros.plusSeconds(30), micros.plusSeconds(90));
    assertThat(h.sentBetween(c1, micros, micros.plusSeconds(30)))
        .as("from is exclusive, until inclusive")
        .containsExactly(micros.plusSeconds(30), micros.plusSeconds(30));
    assertThat(h.sentBetween(c1, T0, T0.plusSeconds(30)))
        .as("a bound inside a stored microsecond compares as the microsecond")
        .containsExactly(micros.plusSeconds(30), micros.plusSeconds(30));
    assertThat(h.sentBetween(c1, T0.plusSeconds(100), T0)).isEmpty();
    assertThat(h.sentBetween(ContactId.of("c-3"), T0.minusSeconds(1), T0.plusSeconds(99)))
        .isEmpty();
  }

  @Test
  void aContactRecordedInAUnitOfWorkThatRollsBackIsNotKept() {
    JdbcMarketingSendHistory h = fresh().history();
    ContactId c1 = ContactId.of("c-1");
    assertThatThrownBy(
            () ->
                db().unitOfWork()
                    .inTransaction(
                        () -> {
                          h.record(c1, T0);
                          assertThat(h.sentBetween(c1, T0.minusSeconds(1), T0)).hasSize(1);
                          throw new IllegalStateException("host failure");
                        }))
        .hasMessage("host failure");
    assertThat(h.sentBetween(c1, T0.minusSeconds(1), T0.plusSeconds(1))).isEmpty();
  }

  @Test
  void aDoNotCallListKeepsTheEarliestListingPerListAndStoresNoNumber() {
    JdbcCampaignStores stores = fresh();
    JdbcDoNotCallList national = stores.nationalDoNotCall();
    JdbcDoNotCallList company = stores.companyDoNotCall();
    String number = "+12125550142";
    national.add(number, T0);
    national.add(number, T0.plus(Duration.ofDays(3)));
    assertThat(national.listedSince(number)).contains(micros(T0));
    national.add(number, T0.minus(Duration.ofDays(3)));
    assertThat(national.listedSince(number)).contains(micros(T0.minus(Duration.ofDays(3))));
    assertThat(company.listedSince(number)).as("the lists are apart").isEmpty();
    assertThat(national.listedSince("+12125550143")).isEmpty();

    company.addAll(Map.of(number, T0, "+12125550143", T0.plusSeconds(5)));
    assertThat(company.listedSince("+12125550143")).contains(micros(T0.plusSeconds(5)));
    company.remove(number);
    assertThat(company.listedSince(number)).isEmpty();
    assertThat(national.listedSince(number)).isPresent();
    company.remove("+19999999999");

    String rows =
        column(
            "SELECT list_name || ':' || number_hash FROM revops_do_not_call"
                + " ORDER BY list_name, number_hash");
    assertThat(rows)
        .doesNotContain("2125550142")
        .doesNotContain("2125550143")
        .contains("national:" + JdbcDoNotCallList.digest(number));
    assertThatThrownBy(() -> new JdbcDoNotCallList(db().database(), " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 to 40 characters");
  }

  @Test
  void exclusionsAreKeptPerReasonAndLiftedOneByOne() {
    JdbcMarketingExclusions ex = fresh().exclusions();
    ContactId c1 = ContactId.of("c-1");
    assertThat(ex.exclusionsOf(c1)).isEmpty();
    ex.exclude(c1, ExclusionReason.OPEN_DISPUTE);
    ex.exclude(c1, ExclusionReason.OPEN_DISPUTE);
    ex.exclude(c1, ExclusionReason.COLLECTIONS_CEASE);
    assertThat(ex.exclusionsOf(c1))
        .containsExactlyInAnyOrder(ExclusionReason.OPEN_DISPUTE, ExclusionReason.COLLECTIONS_CEASE);
    assertThat(ex.exclusionsOf(ContactId.of("c-2"))).isEmpty();
    ex.lift(c1, ExclusionReason.OPEN_DISPUTE);
    ex.lift(c1, ExclusionReason.COLLECTIONS_BLOCKED);
    assertThat(ex.exclusionsOf(c1)).isEqualTo(Set.of(ExclusionReason.COLLECTIONS_CEASE));

    execute(
        "INSERT INTO revops_marketing_exclusions (contact_id, reason, excluded_at)"
            + " VALUES ('c-3', 'MOVED_AWAY', CURRENT_TIMESTAMP)");
    assertThatThrownBy(() -> ex.exclusionsOf(ContactId.of("c-3")))
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("unknown reason \"MOVED_AWAY\"");
  }

  private static Instant micros(Instant at) {
    return at.truncatedTo(ChronoUnit.MICROS);
  }

  /** Runs an explain of a query (PostgreSQL: with sequential scans off) and checks its index. */
  private void assertIndexed(String sql, Sql.Binder<Void> params, String index) {
    SalesTables.assertIndexed(db(), sql, params, index);
  }

  /** Returns a query's rows, each as its columns joined by '|', joined by ';'. */
  private String column(String sql) {
    return db().unitOfWork()
        .call(
            "read",
            "(test)",
            c -> {
              List<String> rows = new ArrayList<>();
              try (Statement s = c.createStatement();
                  ResultSet r = s.executeQuery(sql)) {
                int n = r.getMetaData().getColumnCount();
                while (r.next()) {
                  List<String> cols = new ArrayList<>();
                  for (int i = 1; i <= n; i++) {
                    cols.add(r.getString(i));
                  }
                  rows.add(String.join("|", cols));
                }
              }
              return String.join(";", rows);
            });
  }

  private void execute(String sql) {
    db().unitOfWork()
        .call(
            "execute",
            "(test)",
            c -> {
              try (Statement s = c.createStatement()) {
                s.executeUpdate(sql);
              }
              return null;
            });
  }
}
