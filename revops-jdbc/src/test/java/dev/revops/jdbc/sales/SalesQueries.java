package dev.revops.jdbc.sales;

import static dev.revops.jdbc.sales.SalesFixtures.T0;
import static dev.revops.jdbc.sales.SalesFixtures.lead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.aggregate.Aggregate;
import dev.revops.core.error.IllegalTransitionException;
import dev.revops.core.error.InvalidInputException;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.LeadId;
import dev.revops.core.id.UserId;
import dev.revops.core.port.Repository;
import dev.revops.jdbc.ConstraintViolationException;
import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.sales.id.CaseId;
import dev.revops.sales.id.OrderId;
import dev.revops.sales.id.ReturnId;
import dev.revops.sales.lead.CaptureLead;
import dev.revops.sales.lead.Lead;
import dev.revops.sales.lead.LeadSource;
import dev.revops.sales.order.Order;
import dev.revops.sales.order.OrderStatus;
import dev.revops.sales.order.OrderTrigger;
import dev.revops.sales.returns.ReturnAuthorization;
import dev.revops.sales.returns.ReturnLine;
import dev.revops.sales.returns.ReturnTrigger;
import dev.revops.sales.service.SalesStores;
import dev.revops.sales.servicecase.CaseStatus;
import dev.revops.sales.servicecase.CaseTrigger;
import dev.revops.sales.servicecase.Feedback;
import dev.revops.sales.servicecase.ServiceCase;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The query methods of the sales adapters against revops-sales' in-memory defaults, on the same
 * data: the same aggregates in the same order, for random histories of saves and for the edge cases
 * of duplicate detection; plus what only the database has (the unique open e-mail, digests instead
 * of addresses, index plans, rollback). {@code H2SalesQueriesTest} and {@code
 * PostgresSalesQueriesTest} run it on each database; every test starts from empty tables.
 */
abstract class SalesQueries {
  private static final String[] EMAILS = {
    "ann@acme.example", "bob@globex.example", "cy@initech.example", "dee@acme.example", null
  };
  private static final String[] PHONES = {"+14155550101", "+14155550102", "+493012345678", null};
  private static final String[] COMPANIES = {
    "Acme Analytics",
    "ACME Inc.",
    "acme",
    "Globex Systems",
    "The Group Ltd",
    "Müller & Söhne GmbH",
    "müller analytics",
    "Initech",
    "  ",
    null
  };

  /**
   * Returns the database of the running test class.
   *
   * @return the database, migrated
   */
  abstract RevOpsDatabase db();

  SalesStores jdbc;
  SalesStores memory;

  @BeforeEach
  void emptyStores() {
    SalesTables.clear(db());
    jdbc = JdbcSalesStores.of(db());
    memory = SalesStores.inMemory();
  }

  private static <I, A extends Aggregate<I, A>> A saveBoth(
      Repository<I, A> j, Repository<I, A> m, A value, long expected) {
    A stored = j.save(value, expected);
    assertThat(m.save(value, expected)).as("in-memory save of %s", value.id()).isEqualTo(stored);
    return stored;
  }

  private Lead saveLead(Lead value, long expected) {
    return saveBoth(jdbc.leads(), memory.leads(), value, expected);
  }

  private List<Lead> candidates(String email, String phone, String company) {
    List<Lead> found = jdbc.leads().duplicateCandidates(email, phone, company);
    assertThat(found)
        .as("candidates of (%s, %s, %s)", email, phone, company)
        .isEqualTo(memory.leads().duplicateCandidates(email, phone, company));
    return found;
  }

  private static List<String> ids(List<? extends Aggregate<?, ?>> aggregates) {
    List<String> out = new ArrayList<>();
    for (Aggregate<?, ?> a : aggregates) {
      out.add(String.valueOf(a.id()));
    }
    return out;
  }

  private static List<String> leadIds(List<Lead> leads) {
    List<String> out = new ArrayList<>();
    for (Lead l : leads) {
      out.add(l.id().value());
    }
    return out;
  }

  private static String pick(Random r, String[] values) {
    return values[r.nextInt(values.length)];
  }

  @Nested
  class DuplicateCandidates {
    @Test
    void nothingToLookUpFindsNothing() {
      saveLead(lead("lead-1", "ann@acme.example", "+14155550101", "Acme Analytics"), 0);
      assertThat(candidates(null, null, null)).isEmpty();
      assertThat(candidates(null, null, "   ")).isEmpty();
      assertThat(candidates(null, null, "The Group Inc, LLC")).as("common words only").isEmpty();
      assertThat(candidates(null, null, "--- ,,, ...")).as("punctuation only").isEmpty();
    }

    @Test
    void eMailThenPhoneThenEachCompanyWordEachLeadOnceAtItsFirstKey() {
      saveLead(lead("lead-w2", "w2@x.example", null, "Globex"), 0);
      saveLead(lead("lead-w1", "w1@x.example", null, "Acme"), 0);
      saveLead(lead("lead-all", "ann@acme.example", "+14155550101", "Acme Globex"), 0);
      saveLead(lead("lead-phone", "other@x.example", "+14155550101", null), 0);
      saveLead(lead("lead-none", "none@x.example", "+14155550199", "Initech"), 0);

      List<Lead> found = candidates("ann@acme.example", "+14155550101", "ACME, Globex Inc.");

      assertThat(leadIds(found)).containsExactly("lead-all", "lead-phone", "lead-w1", "lead-w2");
      assertThat(leadIds(candidates(null, "+14155550101", "Globex acme")))
          .containsExactly("lead-all", "lead-phone", "lead-w2", "lead-w1");
      assertThat(leadIds(candidates(null, null, "globex acme")))
          .containsExactly("lead-w2", "lead-all", "lead-w1");
    }

    @Test
    void underOneKeyLeadsComeInTheOrderTheyGotItNotTheirIdOrder() {
      saveLead(lead("lead-c", "c@x.example", "+14155550101", null), 0);
      saveLead(lead("lead-a", "a@x.example", "+14155550101", null), 0);
      Lead b = saveLead(lead("lead-b", "b@x.example", null, null), 0);
      // lead-b gets the phone later (a re-capture fills an empty phone): it comes last
      saveLead(b.recapture(capture(null, "+14155550101", null), "email").value(), b.version());

      assertThat(leadIds(candidates(null, "+14155550101", null)))
          .containsExactly("lead-c", "lead-a", "lead-b");
    }

    @Test
    void aLeadThatChangesCompanyLosesTheOldWordsAndGetsTheNewOnesLast() {
      Lead moved = saveLead(lead("lead-1", "one@x.example", null, "Acme Analytics"), 0);
      saveLead(lead("lead-2", "two@x.example", null, "Analytics Acme"), 0);
      saveLead(lead("lead-3", "three@x.example", null, "Globex"), 0);

      moved =
          saveLead(
              moved.recapture(capture(null, null, "Globex Analytics"), "email").value(),
              moved.version());

      assertThat(moved.company()).isEqualTo("Globex Analytics");
      assertThat(leadIds(candidates(null, null, "Acme"))).containsExactly("lead-2");
      assertThat(leadIds(candidates(null, null, "Analytics")))
          .as("kept the word: kept its place")
          .containsExactly("lead-1", "lead-2");
      assertThat(leadIds(candidates(null, null, "Globex")))
          .as("got the word now: after lead-3")
          .containsExactly("lead-3", "lead-1");
      // saving again without a change keeps every place
      Lead same = jdbc.leads().get(moved.id());
      saveLead(same.withOwner(UserId.of("rep-9")), same.version());
      assertThat(leadIds(candidates(null, null, "Globex Analytics")))
          .containsExactly("lead-3", "lead-1", "lead-2");
    }

    @Test
    void keysAreExactWhereTheInMemoryDefaultIsExactAndFoldedWhereItFolds() {
      saveLead(lead("lead-1", "ann@acme.example", "+14155550101", "Müller Analytics"), 0);

      assertThat(candidates("Ann@Acme.example", null, null)).as("e-mail as given").isEmpty();
      assertThat(candidates("ann@acme.example ", null, null)).as("no trimming").isEmpty();
      assertThat(candidates(null, "14155550101", null)).as("phone as given").isEmpty();
      assertThat(leadIds(candidates(null, null, "MÜLLER"))).containsExactly("lead-1");
      assertThat(candidates(null, null, "Muller")).as("accents are kept").isEmpty();
      assertThat(leadIds(candidates(null, null, "analytics-müller"))).containsExactly("lead-1");
      // an e-mail, a phone and a word never match each other's keys
      assertThat(candidates("+14155550101", "ann@acme.example", null)).isEmpty();
      assertThat(candidates("analytics", "analytics", null)).isEmpty();
      assertThat(candidates(null, null, "ann@acme.example"))
          .as("words ann, acme, example")
          .isEmpty();
    }

    @Test
    void convertedLeadsStayCandidatesAndTheirAddressMayComeBackAsANewLead() {
      Lead first = saveLead(lead("lead-1", "ann@acme.example", null, "Acme"), 0);
      saveLead(SalesFixtures.converted(first, 1), first.version());
      saveLead(lead("lead-2", "ann@acme.example", null, "Acme"), 0);

      List<Lead> found = candidates("ann@acme.example", null, "Acme");

      assertThat(leadIds(found)).containsExactly("lead-1", "lead-2");
      assertThat(found.get(0).conversion()).isNotNull();
      assertThat(found.get(1).conversion()).isNull();
    }

    @Test
    void phonesAreNotUniqueOneLeadPerPhoneIsNotARule() {
      Lead ann = saveLead(lead("lead-1", "ann@acme.example", null, null), 0);
      saveLead(lead("lead-2", null, "+14155550101", null), 0);
      // a re-capture of Ann with lead-2's phone fills Ann's empty phone: two open leads, one phone
      saveLead(
          ann.recapture(capture("ann@acme.example", "+14155550101", null), "email").value(),
          ann.version());

      assertThat(leadIds(candidates(null, "+14155550101", null)))
          .containsExactly("lead-2", "lead-1");
    }

    @Test
    void aUnitOfWorkSeesItsOwnLeadsAndARollbackLeavesNoKeys() {
      saveLead(lead("lead-1", "ann@acme.example", null, "Acme"), 0);
      assertThatThrownBy(
              () ->
                  db().unitOfWork()
                      .run(
                          () -> {
                            jdbc.leads().save(lead("lead-2", "bob@x.example", null, "Acme"), 0);
                            assertThat(
                                    leadIds(jdbc.leads().duplicateCandidates(null, null, "acme")))
                                .containsExactly("lead-1", "lead-2");
                            throw new IllegalStateException("the host gives up");
                          }))
          .hasMessage("the host gives up");

      assertThat(jdbc.leads().find(LeadId.of("lead-2"))).isEmpty();
      assertThat(leadIds(candidates("bob@x.example", null, "Acme"))).containsExactly("lead-1");
      assertThat(count("SELECT COUNT(*) FROM revops_leads_by_key WHERE lead_id = 'lead-2'"))
          .isZero();
    }

    @Test
    void aStateARollbackTookBackIsNeverTakenForTheStateItsVersionLaterStandsFor() {
      Lead first = saveLead(lead("lead-1", "ann@acme.example", null, "Acme"), 0);
      assertThat(candidates(null, null, "Acme")).containsExactly(first);
      assertThatThrownBy(
              () ->
                  db().unitOfWork()
                      .run(
                          () -> {
                            jdbc.leads().save(first.withOwner(UserId.of("rep-gone")), 1);
                            assertThat(jdbc.leads().duplicateCandidates(null, null, "Acme"))
                                .extracting(Lead::owner)
                                .containsExactly(UserId.of("rep-gone"));
                            throw new IllegalStateException("the host gives up");
                          }))
          .hasMessage("the host gives up");

      Lead second = saveLead(first.withOwner(UserId.of("rep-kept")), 1);
      assertThat(second.version()).as("the version the rolled-back save had").isEqualTo(2);
      assertThat(candidates(null, null, "Acme")).containsExactly(second);
      assertThat(candidates("ann@acme.example", null, null)).containsExactly(second);
    }

    @Test
    void whatAnotherInstanceSavesIsFoundNotTheStateThisOneHeld() {
      Lead first = saveLead(lead("lead-1", "ann@acme.example", null, "Acme"), 0);
      assertThat(candidates(null, null, "Acme")).containsExactly(first);
      SalesStores other = JdbcSalesStores.of(db());
      Lead changed = other.leads().save(first.withOwner(UserId.of("rep-2")), 1);
      memory.leads().save(first.withOwner(UserId.of("rep-2")), 1);

      assertThat(candidates(null, null, "Acme")).containsExactly(changed);
      assertThat(other.leads().duplicateCandidates(null, null, "Acme")).containsExactly(changed);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void randomHistoriesGiveTheInMemoryCandidatesInTheInMemoryOrder(long seed) {
      Random r = new Random(seed);
      List<LeadId> ids = new ArrayList<>();
      int refused = 0;
      for (int step = 0; step < 60; step++) {
        int action = r.nextInt(10);
        if (ids.isEmpty() || action < 3) {
          String email = pick(r, EMAILS);
          String phone = pick(r, PHONES);
          Lead fresh =
              lead(
                  "lead-" + seed + "-" + step,
                  email,
                  email == null && phone == null ? PHONES[0] : phone,
                  pick(r, COMPANIES));
          refused += write(null, fresh) ? 0 : 1;
          if (jdbc.leads().find(fresh.id()).isPresent()) {
            ids.add(fresh.id());
          }
        } else {
          Lead x = memory.leads().get(ids.get(r.nextInt(ids.size())));
          Lead next;
          if (action < 6) {
            next =
                x.recapture(capture(pick(r, EMAILS), pick(r, PHONES), pick(r, COMPANIES)), "email")
                    .value();
          } else if (action < 8) {
            next = x.withOwner(UserId.of("rep-" + step));
          } else {
            try {
              next = SalesFixtures.converted(x, step);
            } catch (IllegalTransitionException e) {
              continue;
            }
          }
          refused += write(x, next) ? 0 : 1;
        }
        if (step % 6 == 5) {
          compareCandidates(r);
        }
      }
      compareCandidates(r);
      assertThat(ids).as("leads created").hasSizeGreaterThan(5);
      assertThat(refused).as("saves refused by the unique open e-mail").isLessThan(60);
    }

    /** Saves to both, or checks the database refuses what the unique open e-mail forbids. */
    private boolean write(Lead before, Lead next) {
      long expected = before == null ? Aggregate.NEW : before.version();
      boolean clash =
          next.email() != null
              && next.conversion() == null
              && memory.leads().findAll().stream()
                  .anyMatch(
                      l ->
                          !l.id().equals(next.id())
                              && l.conversion() == null
                              && next.email().equals(l.email()));
      if (!clash) {
        saveLead(next, expected);
        return true;
      }
      assertThatThrownBy(() -> jdbc.leads().save(next, expected))
          .isInstanceOfSatisfying(
              ConstraintViolationException.class,
              e -> assertThat(e.constraint()).isEqualTo("revops_leads_open_email_once"));
      assertThat(jdbc.leads().find(next.id())).isEqualTo(memory.leads().find(next.id()));
      return false;
    }

    private void compareCandidates(Random r) {
      for (String e : EMAILS) {
        candidates(e, null, null);
      }
      for (String p : PHONES) {
        candidates(null, p, null);
      }
      for (String c : COMPANIES) {
        candidates(null, null, c);
      }
      for (int i = 0; i < 20; i++) {
        candidates(pick(r, EMAILS), pick(r, PHONES), pick(r, COMPANIES));
      }
    }
  }

  private static CaptureLead capture(String email, String phone, String company) {
    return CaptureLead.of(LeadSource.TRADE_SHOW, "Doe", "US", T0.plusSeconds(60))
        .withPerson("Ann", company)
        .withContactPoints(email, phone);
  }

  @Nested
  class PersonalData {
    @Test
    void aSecondOpenLeadWithOneEmailIsRefusedWithoutQuotingTheAddress() {
      saveLead(lead("lead-1", "ann.secret@acme.example", "+14155550123", "Acme"), 0);
      Lead twin = lead("lead-2", "ann.secret@acme.example", "+14155550123", "Acme");

      Throwable refused = catchThrowable(() -> jdbc.leads().save(twin, Aggregate.NEW));

      assertThat(refused)
          .isInstanceOfSatisfying(
              ConstraintViolationException.class,
              e -> assertThat(e.constraint()).isEqualTo("revops_leads_open_email_once"));
      for (Throwable t = refused; t != null; t = t.getCause()) {
        assertThat(String.valueOf(t.getMessage()))
            .as("message of %s", t.getClass().getName())
            .doesNotContain("ann.secret")
            .doesNotContain("5550123");
        assertThat(t.toString()).doesNotContain("ann.secret");
      }
      assertThat(jdbc.leads().find(twin.id())).as("nothing stored").isEmpty();
      assertThat(count("SELECT COUNT(*) FROM revops_leads_by_key WHERE lead_id = 'lead-2'"))
          .isZero();
    }

    @Test
    void onceTheFirstIsConvertedTheAddressIsFreeAndBothStayCandidates() {
      Lead first = saveLead(lead("lead-1", "ann@acme.example", null, null), 0);
      saveLead(SalesFixtures.converted(first, 1), first.version());

      saveLead(lead("lead-2", "ann@acme.example", null, null), 0);

      assertThatThrownBy(() -> jdbc.leads().save(lead("lead-3", "ann@acme.example", null, null), 0))
          .isInstanceOf(ConstraintViolationException.class);
      assertThat(leadIds(candidates("ann@acme.example", null, null)))
          .containsExactly("lead-1", "lead-2");
    }

    @Test
    void noColumnOutsideTheDocumentHoldsAnAddressOrTheCompany() {
      saveLead(lead("lead-1", "ann.secret@acme.example", "+14155550123", "Secretcorp"), 0);

      List<String> keys = new ArrayList<>();
      for (Map<String, String> row : rows("SELECT * FROM revops_leads_by_key")) {
        keys.add(row.get("match_key"));
        assertThat(row.values().toString())
            .doesNotContain("ann.secret")
            .doesNotContain("5550123")
            .doesNotContain("secretcorp");
      }
      assertThat(keys).hasSize(3).allMatch(k -> k.matches("[epw]:[0-9a-f]{64}"));
      for (Map<String, String> row : rows("SELECT * FROM revops_leads")) {
        row.remove("body");
        assertThat(row.values().toString())
            .doesNotContain("ann.secret")
            .doesNotContain("5550123")
            .doesNotContainIgnoringCase("secretcorp");
      }
    }
  }

  @Nested
  class Orders {
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void byStatusIsTheInMemoryResultInTheInMemoryOrder(long seed) {
      Random r = new Random(seed);
      List<OrderId> ids = new ArrayList<>();
      OrderTrigger[] triggers = OrderTrigger.values();
      for (int step = 0; step < 90; step++) {
        if (ids.size() < 4 || r.nextInt(8) == 0) {
          Order o = SalesFixtures.order("order-" + seed + "-" + step, SalesFixtures.ACCOUNT);
          saveBoth(jdbc.orders(), memory.orders(), o, Aggregate.NEW);
          ids.add(o.id());
          continue;
        }
        Order o = memory.orders().get(ids.get(r.nextInt(ids.size())));
        Instant at = T0.plusSeconds(step);
        Order next;
        try {
          next =
              r.nextInt(4) == 0
                  ? o.pay(SalesFixtures.usd(1 + r.nextInt(10)), at).value()
                  : o.fire(triggers[r.nextInt(triggers.length)], at).value();
        } catch (IllegalTransitionException | InvalidInputException e) {
          continue;
        }
        saveBoth(jdbc.orders(), memory.orders(), next, o.version());
        if (step % 9 == 0) {
          compareOrders();
        }
      }
      compareOrders();
    }

    @Test
    void anOrderThatComesBackToAStatusComesLast() {
      Order a = saveBoth(jdbc.orders(), memory.orders(), SalesFixtures.order(1), 0);
      Order b = saveBoth(jdbc.orders(), memory.orders(), SalesFixtures.order(2), 0);
      a = saveBoth(jdbc.orders(), memory.orders(), a.fire(OrderTrigger.APPROVE, T0).value(), 1);
      b = saveBoth(jdbc.orders(), memory.orders(), b.fire(OrderTrigger.APPROVE, T0).value(), 1);
      a = saveBoth(jdbc.orders(), memory.orders(), a.fire(OrderTrigger.HOLD, T0).value(), 2);
      assertThat(ids(jdbc.orders().findByStatus(OrderStatus.APPROVED))).containsExactly("order-2");
      saveBoth(jdbc.orders(), memory.orders(), a.fire(OrderTrigger.APPROVE, T0).value(), 3);
      // a payment changes no status: b keeps its place
      saveBoth(jdbc.orders(), memory.orders(), SalesFixtures.payPart(b, 1), 2);

      assertThat(ids(jdbc.orders().findByStatus(OrderStatus.APPROVED)))
          .containsExactly("order-2", "order-1");
      compareOrders();
    }

    @Test
    void aNullStatusIsRefusedLikeTheInMemoryDefaultRefusesIt() {
      assertThatThrownBy(() -> memory.orders().findByStatus(null))
          .isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> jdbc.orders().findByStatus(null))
          .isInstanceOf(NullPointerException.class);
    }

    private void compareOrders() {
      for (OrderStatus s : OrderStatus.values()) {
        assertThat(jdbc.orders().findByStatus(s))
            .as("orders %s", s)
            .isEqualTo(memory.orders().findByStatus(s));
      }
    }
  }

  @Nested
  class Cases {
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void byStatusIsTheInMemoryResultInTheInMemoryOrder(long seed) {
      Random r = new Random(seed);
      List<CaseId> ids = new ArrayList<>();
      CaseTrigger[] simple = {
        CaseTrigger.OPEN,
        CaseTrigger.RESUME,
        CaseTrigger.AUTO_CLOSE,
        CaseTrigger.CLOSE,
        CaseTrigger.REOPEN
      };
      for (int step = 0; step < 90; step++) {
        if (ids.size() < 4 || r.nextInt(8) == 0) {
          ServiceCase c = SalesFixtures.serviceCase("case-" + seed + "-" + step);
          saveBoth(jdbc.cases(), memory.cases(), c, Aggregate.NEW);
          ids.add(c.id());
          continue;
        }
        ServiceCase c = memory.cases().get(ids.get(r.nextInt(ids.size())));
        Instant at = T0.plusSeconds(60L * step);
        ServiceCase next;
        try {
          next =
              switch (r.nextInt(6)) {
                case 0 -> c.respond(at).value();
                case 1 -> c.pend(CaseTrigger.WAIT, at.plus(Duration.ofHours(1)), at).value();
                case 2 ->
                    c.pend(CaseTrigger.PENDING_CLOSE, at.plus(Duration.ofDays(1)), at).value();
                case 3 -> c.mergeInto(ids.get(r.nextInt(ids.size())), at).value();
                default -> c.fire(simple[r.nextInt(simple.length)], at).value();
              };
        } catch (IllegalTransitionException | InvalidInputException e) {
          continue;
        }
        saveBoth(jdbc.cases(), memory.cases(), next, c.version());
        if (step % 9 == 0) {
          compareCases();
        }
      }
      compareCases();
    }

    @Test
    void aCaseThatComesBackToOpenComesLast() {
      ServiceCase a = saveBoth(jdbc.cases(), memory.cases(), SalesFixtures.serviceCase(1), 0);
      ServiceCase b = saveBoth(jdbc.cases(), memory.cases(), SalesFixtures.serviceCase(2), 0);
      a = saveBoth(jdbc.cases(), memory.cases(), a.respond(T0.plusSeconds(1)).value(), 1);
      b = saveBoth(jdbc.cases(), memory.cases(), b.respond(T0.plusSeconds(2)).value(), 1);
      a =
          saveBoth(
              jdbc.cases(),
              memory.cases(),
              a.pend(CaseTrigger.WAIT, T0.plusSeconds(3600), T0.plusSeconds(3)).value(),
              2);
      saveBoth(
          jdbc.cases(), memory.cases(), a.fire(CaseTrigger.RESUME, T0.plusSeconds(4)).value(), 3);

      assertThat(ids(jdbc.cases().findByStatus(CaseStatus.OPEN)))
          .containsExactly("case-2", "case-1");
      compareCases();
    }

    private void compareCases() {
      for (CaseStatus s : CaseStatus.values()) {
        assertThat(jdbc.cases().findByStatus(s))
            .as("cases %s", s)
            .isEqualTo(memory.cases().findByStatus(s));
      }
    }
  }

  @Nested
  class Returns {
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void byOrderIsTheInMemoryResultInTheInMemoryOrder(long seed) {
      Random r = new Random(seed);
      OrderId[] orders = {OrderId.of("order-1"), OrderId.of("order-2"), OrderId.of("order-3")};
      ReturnTrigger[] triggers = {
        ReturnTrigger.ACCEPT, ReturnTrigger.RECEIVE, ReturnTrigger.CANCEL
      };
      List<ReturnId> ids = new ArrayList<>();
      for (int step = 0; step < 60; step++) {
        if (ids.isEmpty() || r.nextInt(3) == 0) {
          ReturnAuthorization ra =
              ReturnAuthorization.request(
                      ReturnId.of("return-" + seed + "-" + step),
                      orders[r.nextInt(orders.length)],
                      List.of(new ReturnLine(1 + r.nextInt(2), 1)),
                      "reason " + step,
                      T0.plusSeconds(step))
                  .value();
          saveBoth(jdbc.returns(), memory.returns(), ra, Aggregate.NEW);
          ids.add(ra.id());
        } else {
          ReturnAuthorization ra = memory.returns().get(ids.get(r.nextInt(ids.size())));
          try {
            ReturnAuthorization next =
                ra.fire(triggers[r.nextInt(triggers.length)], T0.plusSeconds(step)).value();
            saveBoth(jdbc.returns(), memory.returns(), next, ra.version());
          } catch (IllegalTransitionException e) {
            // not from this status: nothing saved
          }
        }
        if (step % 7 == 0) {
          compareReturns(orders);
        }
      }
      compareReturns(orders);
      assertThat(jdbc.returns().findByOrder(OrderId.of("order-none"))).isEmpty();
    }

    @Test
    void aNullOrderIsRefusedLikeTheInMemoryDefaultRefusesIt() {
      assertThatThrownBy(() -> memory.returns().findByOrder(null))
          .isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> jdbc.returns().findByOrder(null))
          .isInstanceOf(NullPointerException.class);
    }

    private void compareReturns(OrderId[] orders) {
      for (OrderId o : orders) {
        assertThat(jdbc.returns().findByOrder(o))
            .as("returns of %s", o)
            .isEqualTo(memory.returns().findByOrder(o));
      }
    }
  }

  @Nested
  class FeedbackAnswers {
    @Test
    void forAccountIsTheInMemoryResultInTheInMemoryOrder() {
      Random r = new Random(42);
      AccountId[] accounts = {AccountId.of("acct-1"), AccountId.of("acct-2"), AccountId.of("a-3")};
      for (int i = 0; i < 40; i++) {
        AccountId a = accounts[r.nextInt(accounts.length)];
        Feedback f =
            r.nextBoolean()
                ? SalesFixtures.csat(a, 1 + r.nextInt(5), i)
                : new Feedback(a, null, Feedback.Kind.NPS, r.nextInt(11), null, T0.minusSeconds(i));
        jdbc.feedback().record(f);
        memory.feedback().record(f);
      }
      for (AccountId a : accounts) {
        assertThat(jdbc.feedback().forAccount(a))
            .as("answers of %s", a)
            .isNotEmpty()
            .isEqualTo(memory.feedback().forAccount(a));
      }
      assertThat(jdbc.feedback().forAccount(AccountId.of("acct-none"))).isEmpty();
      assertThatThrownBy(() -> jdbc.feedback().forAccount(null))
          .isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> jdbc.feedback().record(null))
          .isInstanceOf(NullPointerException.class);
    }

    @Test
    void answersOfAUnitOfWorkAreSeenByItLastAndDroppedWhenItFails() {
      AccountId a = SalesFixtures.ACCOUNT;
      jdbc.feedback().record(SalesFixtures.csat(a, 4, 1));
      assertThatThrownBy(
              () ->
                  db().unitOfWork()
                      .run(
                          () -> {
                            jdbc.feedback().record(SalesFixtures.csat(a, 2, 2));
                            assertThat(jdbc.feedback().forAccount(a))
                                .extracting(Feedback::score)
                                .containsExactly(4, 2);
                            throw new IllegalStateException("rolled back");
                          }))
          .hasMessage("rolled back");
      db().unitOfWork().run(() -> jdbc.feedback().record(SalesFixtures.csat(a, 5, 3)));

      assertThat(jdbc.feedback().forAccount(a)).extracting(Feedback::score).containsExactly(4, 5);
    }
  }

  @Nested
  class IndexPlans {
    @BeforeEach
    void someRows() {
      for (int i = 0; i < 30; i++) {
        Lead l = lead(i);
        jdbc.leads().save(i % 2 == 0 ? l : l.withOwner(UserId.of("rep-" + i)), 0);
        jdbc.orders().save(SalesFixtures.order(i), 0);
        jdbc.cases().save(SalesFixtures.serviceCase(i), 0);
        jdbc.returns().save(SalesFixtures.returnOf(i, OrderId.of("order-" + i % 5)), 0);
        jdbc.feedback().record(SalesFixtures.csat(AccountId.of("acct-" + i % 7), 3, i));
      }
    }

    @Test
    void duplicateCandidatesReadTheKeyIndex() {
      List<String> keys = JdbcLeadRepository.matchKeys("ann1@example.com", "+14155551001", "Acme");
      List<String> params = new ArrayList<>(keys);
      params.addAll(keys);
      assertPlan(
          JdbcLeadRepository.candidatesSql(keys.size()), params, "revops_leads_open_email_once");
      assertPlan(
          JdbcLeadRepository.candidatesSql(1),
          List.of(keys.get(0)),
          "revops_leads_open_email_once");
    }

    @Test
    void statusAndOrderQueriesReadTheirIndexes() {
      assertIndexed(
          "revops_orders " + JdbcOrderRepository.WHERE_STATUS,
          List.of("CREATED"),
          "revops_orders_by_status_seq");
      assertIndexed(
          "revops_cases " + JdbcCaseRepository.WHERE_STATUS,
          List.of("NEW"),
          "revops_cases_by_status_seq");
      assertIndexed(
          "revops_returns " + JdbcReturnRepository.WHERE_ORDER,
          List.of("order-1"),
          "revops_returns_by_order_seq");
    }

    @Test
    void feedbackForAnAccountReadsItsIndex() {
      String sql = JdbcFeedbackLog.FOR_ACCOUNT.substring("SELECT body FROM ".length());
      assertIndexed(sql, List.of("acct-1"), "revops_feedback_account");
    }

    /**
     * Explains {@code SELECT version, body FROM <from>} (PostgreSQL: with sequential scans off).
     */
    private void assertIndexed(String from, List<String> params, String index) {
      String select =
          from.startsWith("revops_feedback") ? "SELECT body FROM " : "SELECT version, body FROM ";
      assertPlan(select + from, params, index);
    }

    private void assertPlan(String sql, List<String> params, String index) {
      SalesTables.assertIndexed(
          db(),
          sql,
          (s, first, none) -> {
            for (int i = 0; i < params.size(); i++) {
              s.setString(first + i, params.get(i));
            }
          },
          index);
    }
  }

  private long count(String sql) {
    return db().unitOfWork()
        .call(
            "count",
            "(test)",
            c -> {
              try (Statement s = c.createStatement();
                  ResultSet r = s.executeQuery(sql)) {
                r.next();
                return r.getLong(1);
              }
            });
  }

  private List<Map<String, String>> rows(String sql) {
    return db().unitOfWork()
        .call(
            "rows",
            "(test)",
            c -> {
              List<Map<String, String>> out = new ArrayList<>();
              try (Statement s = c.createStatement();
                  ResultSet r = s.executeQuery(sql)) {
                ResultSetMetaData m = r.getMetaData();
                while (r.next()) {
                  Map<String, String> row = new LinkedHashMap<>();
                  for (int i = 1; i <= m.getColumnCount(); i++) {
                    row.put(m.getColumnLabel(i).toLowerCase(Locale.ROOT), r.getString(i));
                  }
                  out.add(row);
                }
              }
              return out;
            });
  }

  private static Throwable catchThrowable(Runnable call) {
    try {
      call.run();
    } catch (Throwable t) {
      return t;
    }
    throw new AssertionError("expected a failure, got none");
  }
}
