package dev.revops.sales.service;

import static dev.revops.sales.lead.LeadFixtures.T0;
import static dev.revops.sales.lead.LeadFixtures.webForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.error.IllegalTransitionException;
import dev.revops.core.error.InvalidInputException;
import dev.revops.core.event.DomainEvent;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.UserId;
import dev.revops.core.money.Money;
import dev.revops.core.party.Account;
import dev.revops.core.port.Locks;
import dev.revops.core.port.Outbox;
import dev.revops.core.port.memory.InMemoryEventPublisher;
import dev.revops.core.port.memory.InMemoryLocks;
import dev.revops.core.port.memory.InMemoryOutbox;
import dev.revops.core.port.memory.InMemoryUnitOfWork;
import dev.revops.core.port.memory.SequentialIdGenerator;
import dev.revops.core.time.ManualClock;
import dev.revops.sales.Sales;
import dev.revops.sales.TestPorts;
import dev.revops.sales.lead.ConversionResult;
import dev.revops.sales.lead.ConvertLead;
import dev.revops.sales.lead.Lead;
import dev.revops.sales.lead.LeadEvents.LeadCaptured;
import dev.revops.sales.lead.LeadEvents.LeadConverted;
import dev.revops.sales.lead.LeadStatus;
import dev.revops.sales.lead.LeadTrigger;
import dev.revops.sales.pipeline.OpportunityEvents.OpportunityOpened;
import dev.revops.sales.port.LeadRepository;
import dev.revops.sales.port.memory.InMemoryFeedbackLog;
import dev.revops.sales.port.memory.InMemoryLeadRepository;
import dev.revops.sales.servicecase.Feedback;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The sales services on a unit of work, an outbox and locks: atomic, idempotent, wired. */
class UnitOfWorkWiringTest {
  private static final ConvertLead CONVERT =
      ConvertLead.newAccount(
              ZoneId.of("America/New_York"), Currency.getInstance("USD"), UserId.of("rep-1"))
          .withOpportunity("Pilot", Money.of("100.00", "USD"), LocalDate.of(2026, 6, 30));

  private final ManualClock clock = new ManualClock(T0, ZoneOffset.UTC);
  private final InMemoryEventPublisher events = new InMemoryEventPublisher();
  private final AtomicBoolean failLeadSaves = new AtomicBoolean();
  private final InMemoryLeadRepository realLeads = new InMemoryLeadRepository();

  /** A lead store whose saves fail while the flag is set. */
  private LeadRepository failingLeads() {
    return TestPorts.failingSaves(
        LeadRepository.class, realLeads, failLeadSaves::get, "lead store down");
  }

  private final SalesStores stores =
      new SalesStores(
          failingLeads(),
          SalesStores.inMemory().opportunities(),
          SalesStores.inMemory().orders(),
          SalesStores.inMemory().returns(),
          SalesStores.inMemory().cases(),
          SalesStores.inMemory().accounts(),
          SalesStores.inMemory().contacts(),
          new InMemoryFeedbackLog(),
          a -> java.util.Optional.empty());

  private final Sales sales = TestPorts.sales(stores, events, clock).build();

  /** Runs the steps in one unit of work of the host's that then fails. */
  private void failInOneHostTransaction(Runnable steps) {
    assertThatThrownBy(
            () ->
                sales
                    .unitOfWork()
                    .run(
                        () -> {
                          steps.run();
                          throw new IllegalStateException("host step failed");
                        }))
        .hasMessage("host step failed");
  }

  private Lead qualified() {
    Lead lead = sales.leads().capture(webForm("Ann", "Doe", "Acme", "ann@acme.example")).lead();
    return sales.leads().fire(lead.id(), LeadTrigger.QUALIFY, null, "scoring");
  }

  @Test
  void aConversionWhoseLeadSaveFailsLeavesNothingAndTheRetryMakesOneOfEach() {
    Lead lead = qualified();
    failLeadSaves.set(true);
    assertThatThrownBy(() -> sales.leads().convert(lead.id(), CONVERT, "rep-1"))
        .hasMessage("lead store down");
    assertThat(stores.accounts().findAll()).isEmpty();
    assertThat(stores.contacts().findAll()).isEmpty();
    assertThat(stores.opportunities().findAll()).isEmpty();
    assertThat(events.published(OpportunityOpened.class)).isEmpty();
    assertThat(stores.leads().get(lead.id()).status()).isEqualTo(LeadStatus.QUALIFIED);

    failLeadSaves.set(false);
    ConversionResult r = sales.leads().convert(lead.id(), CONVERT, "rep-1");
    assertThat(stores.accounts().findAll()).containsExactly(r.account());
    assertThat(stores.contacts().findAll()).containsExactly(r.contact());
    assertThat(stores.opportunities().findAll()).containsExactly(r.opportunity());
    assertThat(events.published(OpportunityOpened.class)).hasSize(1);
    assertThat(events.published(LeadConverted.class)).hasSize(1);
  }

  @Test
  void aRetryUnderTheSameConversionIdAnswersTheFirstConversionAndWritesNothing() {
    Lead lead = qualified();
    ConvertLead once = CONVERT.withConversionId("form-submit-7");
    ConversionResult first = sales.leads().convert(lead.id(), once, "rep-1");
    int published = events.published().size();

    ConversionResult again = sales.leads().convert(lead.id(), once, "rep-1");
    assertThat(again.account().id()).isEqualTo(first.account().id());
    assertThat(again.contact().id()).isEqualTo(first.contact().id());
    assertThat(again.opportunity().id()).isEqualTo(first.opportunity().id());
    assertThat(again.lead().version()).isEqualTo(first.lead().version());
    assertThat(first.lead().conversion().conversionId()).isEqualTo("form-submit-7");
    assertThat(stores.accounts().findAll()).hasSize(1);
    assertThat(events.published()).hasSize(published);

    assertThatThrownBy(
            () -> sales.leads().convert(lead.id(), CONVERT.withConversionId("other"), "rep-1"))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Cannot fire CONVERT in state CONVERTED; allowed events: []");
    assertThatThrownBy(() -> sales.leads().convert(lead.id(), CONVERT, "rep-1"))
        .isInstanceOf(IllegalTransitionException.class);
    assertThat(stores.accounts().findAll()).hasSize(1);
  }

  @Test
  void aConversionIdIsCheckedAndNamed() {
    assertThatThrownBy(() -> CONVERT.withConversionId(" "))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("conversionId");
    assertThatThrownBy(() -> CONVERT.withConversionId("x".repeat(201)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("conversionId")
        .hasMessageContaining("at most 200");
    assertThatThrownBy(() -> CONVERT.withConversionId(null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("conversionId");
    assertThat(CONVERT.withConversionId("x".repeat(200)).conversionId()).hasSize(200);
  }

  @Test
  void aCaptureWhoseSaveFailsLeavesNoLeadAndNoEvent() {
    failLeadSaves.set(true);
    assertThatThrownBy(
            () -> sales.leads().capture(webForm("Ann", "Doe", "Acme", "ann@acme.example")))
        .hasMessage("lead store down");
    assertThat(stores.leads().findAll()).isEmpty();
    assertThat(events.published()).isEmpty();
    failLeadSaves.set(false);
    sales.leads().capture(webForm("Ann", "Doe", "Acme", "ann@acme.example"));
    assertThat(stores.leads().findAll()).hasSize(1);
    assertThat(events.published(LeadCaptured.class)).hasSize(1);
  }

  @Test
  void capturesLockOnHashesOfTheNormalisedAddressesNeverOnTheAddresses() {
    List<String> subjects = new ArrayList<>();
    Locks recording =
        new Locks() {
          private final Locks real = new InMemoryLocks();

          @Override
          public <T> T withLock(String subject, Supplier<T> work) {
            synchronized (subjects) {
              subjects.add(subject);
            }
            return real.withLock(subject, work);
          }
        };
    Sales locked =
        Sales.builder()
            .events(events)
            .ids(new SequentialIdGenerator("id"))
            .clock(clock)
            .locks(recording)
            .build();
    locked
        .leads()
        .capture(
            webForm("Ann", "Doe", "Acme", "Ann.Doe@Acme.example")
                .withContactPoints("Ann.Doe@Acme.example", "(415) 555-0123"));
    locked
        .leads()
        .capture(
            webForm("Ann", "Doe", "Acme", " ann.doe@acme.EXAMPLE ")
                .withContactPoints(" ann.doe@acme.EXAMPLE ", "415 555 0123"));
    assertThat(subjects).hasSize(4);
    assertThat(subjects.get(0)).matches("sales\\.lead\\.email:[0-9a-f]{64}");
    assertThat(subjects.get(1)).matches("sales\\.lead\\.phone:[0-9a-f]{64}");
    assertThat(subjects.subList(2, 4)).isEqualTo(subjects.subList(0, 2));
    assertThat(String.join(" ", subjects)).doesNotContainIgnoringCase("ann").doesNotContain("555");
    assertThat(locked.stores().leads().findAll()).hasSize(1);
  }

  @Test
  void byDefaultTheBuilderRelaysEachCommitToTheHostsPublisher() {
    assertThat(sales.relay()).isPresent();
    assertThat(sales.unitOfWork()).isInstanceOf(InMemoryUnitOfWork.class);
    qualified();
    assertThat(events.published()).hasSize(2);
    assertThat(sales.outbox().pendingCount()).isZero();
    assertThat(sales.outbox().deliveredCount()).isEqualTo(2);
  }

  @Test
  void givenAnOutboxTheBuilderMakesNoRelayAndNeedsNoPublisher() {
    Outbox outbox = new InMemoryOutbox();
    InMemoryUnitOfWork work = new InMemoryUnitOfWork();
    Sales hosted =
        Sales.builder()
            .unitOfWork(work)
            .outbox(outbox)
            .ids(new SequentialIdGenerator("id"))
            .clock(clock)
            .build();
    assertThat(hosted.relay()).isEmpty();
    assertThat(hosted.outbox()).isSameAs(outbox);
    assertThat(hosted.unitOfWork()).isSameAs(work);
    hosted.leads().capture(webForm("Ann", "Doe", "Acme", "ann@acme.example"));
    List<DomainEvent> pending =
        outbox.pending(10).stream().map(dev.revops.core.port.OutboxEntry::event).toList();
    assertThat(pending).singleElement().isInstanceOf(LeadCaptured.class);

    assertThatThrownBy(
            () -> Sales.builder().ids(new SequentialIdGenerator("id")).clock(clock).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("events(...) is required");
  }

  @Test
  void aHostTransactionAroundTwoCallsCommitsBothOrNeither() {
    Lead lead = qualified();
    int published = events.published().size();
    failInOneHostTransaction(() -> sales.leads().convert(lead.id(), CONVERT, "rep-1"));
    assertThat(stores.accounts().findAll()).isEmpty();
    assertThat(stores.leads().get(lead.id()).status()).isEqualTo(LeadStatus.QUALIFIED);
    assertThat(events.published()).hasSize(published);
  }

  @Test
  void feedbackRecordedInAUnitOfWorkThatFailsIsDropped() {
    AccountId acc = AccountId.of("acc-1");
    stores
        .accounts()
        .save(Account.of(acc, "Acme", ZoneId.of("UTC"), Currency.getInstance("USD"), "US"), 0);
    InMemoryFeedbackLog log = (InMemoryFeedbackLog) stores.feedback();
    Feedback answer = new Feedback(acc, null, Feedback.Kind.NPS, 9, null, T0);
    failInOneHostTransaction(
        () -> {
          log.record(answer);
          assertThat(log.forAccount(acc)).containsExactly(answer);
        });
    assertThat(log.forAccount(acc)).isEmpty();
    sales.unitOfWork().run(() -> log.record(answer));
    assertThat(log.forAccount(acc)).containsExactly(answer);
  }
}
