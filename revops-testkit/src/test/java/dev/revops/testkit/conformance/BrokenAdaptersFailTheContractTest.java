package dev.revops.testkit.conformance;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;

import dev.revops.core.aggregate.Aggregate;
import dev.revops.core.event.DomainEvent;
import dev.revops.core.port.EventPublisher;
import dev.revops.core.port.Repository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Proves the contracts can fail: deliberately broken adapters must not pass them. */
class BrokenAdaptersFailTheContractTest {

  /** Last write wins: ignores versions entirely (and is not thread-safe). */
  static final class LastWriteWinsRepository
      implements Repository<String, InMemoryAdaptersConformanceTest.Note> {
    private final Map<String, InMemoryAdaptersConformanceTest.Note> store = new HashMap<>();

    @Override
    public synchronized Optional<InMemoryAdaptersConformanceTest.Note> find(String id) {
      return Optional.ofNullable(store.get(id));
    }

    @Override
    public synchronized InMemoryAdaptersConformanceTest.Note save(
        InMemoryAdaptersConformanceTest.Note note, long expectedVersion) {
      InMemoryAdaptersConformanceTest.Note saved = note.withVersion(expectedVersion + 1);
      store.put(note.id(), saved);
      return saved;
    }

    @Override
    public synchronized List<InMemoryAdaptersConformanceTest.Note> findAll() {
      return List.copyOf(store.values());
    }
  }

  /** Runs the repository contract against the broken adapter (not picked up on its own). */
  static class BrokenRepositoryContract
      extends RepositoryContract<String, InMemoryAdaptersConformanceTest.Note> {
    @Override
    protected Repository<String, InMemoryAdaptersConformanceTest.Note> newRepository() {
      return new LastWriteWinsRepository();
    }

    @Override
    protected InMemoryAdaptersConformanceTest.Note newAggregate(int n) {
      return new InMemoryAdaptersConformanceTest.Note("note-" + n, "", Aggregate.NEW);
    }

    @Override
    protected InMemoryAdaptersConformanceTest.Note change(
        InMemoryAdaptersConformanceTest.Note note, int n) {
      return new InMemoryAdaptersConformanceTest.Note(note.id(), "change " + n, note.version());
    }
  }

  /** Drops every third event and reverses each batch. */
  static class BrokenPublisherContract extends EventPublisherContract {
    private final List<DomainEvent> seen = new ArrayList<>();

    @Override
    protected EventPublisher newPublisher() {
      seen.clear();
      return new EventPublisher() {
        private int count;

        @Override
        public void publish(List<? extends DomainEvent> events) {
          List<DomainEvent> reversed = new ArrayList<>(events);
          java.util.Collections.reverse(reversed);
          for (DomainEvent e : reversed) {
            if (++count % 3 != 0) {
              seen.add(e);
            }
          }
        }
      };
    }

    @Override
    protected List<DomainEvent> delivered() {
      return List.copyOf(seen);
    }
  }

  @Test
  void aRepositoryThatIgnoresVersionsFailsTheContract() {
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(BrokenRepositoryContract.class))
        .execute()
        .testEvents()
        .assertThatEvents()
        .haveAtLeast(1, event(test("aStaleSaveIsAConflictAndStoresNothing"), finishedWithFailure()))
        .haveAtLeast(1, event(test("savingANewAggregateTwiceIsAConflict"), finishedWithFailure()))
        .haveAtLeast(
            1,
            event(
                test("concurrentSavesWithTheSameExpectedVersionHaveExactlyOneWinner"),
                finishedWithFailure()));
  }

  @Test
  void aPublisherThatLosesAndReordersEventsFailsTheContract() {
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(BrokenPublisherContract.class))
        .execute()
        .testEvents()
        .assertThatEvents()
        .haveAtLeast(
            1, event(test("everyPublishedEventIsDeliveredAtLeastOnce"), finishedWithFailure()))
        .haveAtLeast(
            1, event(test("eventsOfOneAggregateArriveInPublicationOrder"), finishedWithFailure()));
  }
}
