package dev.revops.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.aggregate.Aggregate;
import dev.revops.core.consent.Channel;
import dev.revops.core.port.memory.InMemoryEventPublisher;
import dev.revops.core.port.memory.InMemoryOutbox;
import dev.revops.core.port.memory.InMemoryRepository;
import dev.revops.core.port.memory.InMemoryUnitOfWork;
import dev.revops.core.port.memory.SequentialIdGenerator;
import dev.revops.core.service.OutboxRelay;
import dev.revops.core.time.ManualClock;
import dev.revops.docs.ReadmeRegions;
import dev.revops.sales.Sales;
import dev.revops.sales.lead.CaptureLead;
import dev.revops.sales.lead.CaptureResult;
import dev.revops.sales.lead.LeadEvents.LeadCaptured;
import dev.revops.sales.lead.LeadSource;
import dev.revops.sales.service.SalesStores;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The root README's "Transactions and failure" example, compiled and run: a host puts a revops call
 * and a write of its own into one unit of work; a failure inside leaves neither behind.
 */
class HostTransactionTest {
  /** A host's own aggregate, stored in an in-memory store that joins the unit of work. */
  record Note(String id, String lead, long version) implements Aggregate<String, Note> {
    @Override
    public Note withVersion(long v) {
      return new Note(id, lead, v);
    }
  }

  private final ManualClock clock =
      new ManualClock(Instant.parse("2026-03-02T09:00:00Z"), ZoneId.of("UTC"));
  private final InMemoryEventPublisher events = new InMemoryEventPublisher();
  private final SalesStores stores = SalesStores.inMemory();
  private final CaptureLead capture =
      CaptureLead.of(LeadSource.WEB_FORM, "Doe", "US", clock.instant())
          .withPerson("Ann", "Acme")
          .withContactPoints("ann@acme.example", null)
          .withSourceDetail("/pricing", null)
          .withConsentAndAttributes(Set.of(Channel.EMAIL), Map.of());

  private CaptureResult run(boolean failAtTheEnd, InMemoryRepository<String, Note> notes) {
    // spotless:off
    // readme:transaction
    InMemoryUnitOfWork work = new InMemoryUnitOfWork();
    InMemoryOutbox outbox = new InMemoryOutbox();
    OutboxRelay relay = new OutboxRelay(outbox, events); // events: your EventPublisher
    work.afterCommit(relay::deliverPendingQuietly);      // deliver right after each commit
    Sales sales = Sales.builder().stores(stores).unitOfWork(work).outbox(outbox)
        .ids(new SequentialIdGenerator("id")).clock(clock).build();

    CaptureResult lead = work.inTransaction(() -> {
      CaptureResult r = sales.leads().capture(capture);   // joins the unit of work
      notes.save(new Note("n1", r.lead().id().value(), 0), Aggregate.NEW); // a store of yours
      if (failAtTheEnd) {
        throw new IllegalStateException("host failure"); // nothing of the above remains
      }
      return r;
    }); // the lead, its LeadCaptured event and the note commit here, together
    // /readme:transaction
    // spotless:on
    return lead;
  }

  @Test
  void aFailureInsideTheHostsUnitOfWorkLeavesNeitherTheLeadNorTheNoteNorAnEvent() {
    InMemoryRepository<String, Note> notes = new InMemoryRepository<>("Note");
    assertThatThrownBy(() -> run(true, notes)).hasMessage("host failure");
    assertThat(stores.leads().findAll()).isEmpty();
    assertThat(notes.findAll()).isEmpty();
    assertThat(events.published()).isEmpty();
  }

  @Test
  void aCommitStoresBothAndDeliversTheEventAfterwards() {
    InMemoryRepository<String, Note> notes = new InMemoryRepository<>("Note");
    CaptureResult lead = run(false, notes);
    assertThat(stores.leads().get(lead.lead().id())).isNotNull();
    assertThat(notes.get("n1").lead()).isEqualTo(lead.lead().id().value());
    assertThat(events.published(LeadCaptured.class))
        .singleElement()
        .satisfies(e -> assertThat(e.aggregateId()).isEqualTo(lead.lead().id().value()));
  }

  @Test
  void theRootReadmeShowsThisExample() {
    ReadmeRegions.assertReadmeShows(
        Path.of("../README.md"),
        Path.of("src/test/java/dev/revops/examples/quickstart/HostTransactionTest.java"),
        "transaction",
        List.of(
            "org.assertj",
            "org.junit",
            "java.",
            "dev.revops.docs",
            "dev.revops.core.time",
            "dev.revops.core.consent",
            "dev.revops.sales.lead.LeadSource",
            "dev.revops.sales.lead.CaptureLead",
            "dev.revops.sales.lead.LeadEvents",
            "dev.revops.sales.service.SalesStores",
            "dev.revops.core.port.memory.InMemoryEventPublisher"));
  }
}
