package dev.revops.testkit.conformance;

import dev.revops.core.aggregate.Aggregate;
import dev.revops.core.event.DomainEvent;
import dev.revops.core.port.EventPublisher;
import dev.revops.core.port.Repository;
import dev.revops.core.port.memory.InMemoryEventPublisher;
import dev.revops.core.port.memory.InMemoryRepository;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;

/** The project runs its own contracts against its in-memory adapters. */
class InMemoryAdaptersConformanceTest {
  /** A small aggregate for the repository contract. */
  record Note(String id, String text, long version) implements Aggregate<String, Note> {
    @Override
    public Note withVersion(long v) {
      return new Note(id, text, v);
    }
  }

  @Nested
  class InMemoryRepositoryConforms extends RepositoryContract<String, Note> {
    @Override
    protected Repository<String, Note> newRepository() {
      return new InMemoryRepository<>("Note");
    }

    @Override
    protected Note newAggregate(int n) {
      return new Note("note-" + n, "", Aggregate.NEW);
    }

    @Override
    protected Note change(Note note, int n) {
      return new Note(note.id(), "change " + n, note.version());
    }
  }

  @Nested
  class InMemoryEventPublisherConforms extends EventPublisherContract {
    private final List<DomainEvent> seen = new ArrayList<>();

    @Override
    protected EventPublisher newPublisher() {
      seen.clear();
      InMemoryEventPublisher p = new InMemoryEventPublisher(false);
      p.subscribe(seen::add);
      return p;
    }

    @Override
    protected List<DomainEvent> delivered() {
      return List.copyOf(seen);
    }
  }
}
