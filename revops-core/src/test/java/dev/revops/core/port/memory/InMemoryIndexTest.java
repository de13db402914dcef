package dev.revops.core.port.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.aggregate.Aggregate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InMemoryIndexTest {
  record Ticket(String id, String queue, long version) implements Aggregate<String, Ticket> {
    @Override
    public Ticket withVersion(long version) {
      return new Ticket(id, queue, version);
    }
  }

  static final class Tickets extends InMemoryRepository<String, Ticket> {
    private final InMemoryIndex<String, String, Ticket> byQueue = index(t -> List.of(t.queue()));

    Tickets() {
      super("Ticket");
    }

    List<Ticket> inQueue(String queue) {
      return findBy(byQueue, queue);
    }
  }

  @Test
  void aSaveThatChangesTheKeyMovesTheAggregateInTheIndex() {
    Tickets tickets = new Tickets();
    Ticket a = tickets.save(new Ticket("a", "billing", 0), 0);
    tickets.save(new Ticket("b", "billing", 0), 0);
    assertThat(tickets.inQueue("billing")).extracting(Ticket::id).containsExactly("a", "b");

    tickets.save(new Ticket("a", "sales", a.version()), a.version());
    assertThat(tickets.inQueue("billing")).extracting(Ticket::id).containsExactly("b");
    assertThat(tickets.inQueue("sales"))
        .singleElement()
        .satisfies(t -> assertThat(t.version()).isEqualTo(2));
    assertThat(tickets.inQueue("support")).isEmpty();
  }

  @Test
  void aRefusedSaveLeavesTheIndexAsItWas() {
    Tickets tickets = new Tickets();
    tickets.save(new Ticket("a", "billing", 0), 0);
    try {
      tickets.save(new Ticket("a", "sales", 0), 0);
    } catch (RuntimeException expectedConflict) {
      // the stale save is refused; the index must not have moved
    }
    assertThat(tickets.inQueue("sales")).isEmpty();
    assertThat(tickets.inQueue("billing")).extracting(Ticket::id).containsExactly("a");
  }

  @Test
  void concurrentSavesKeepTheIndexEqualToTheStore() throws Exception {
    String[] queues = {"billing", "sales", "support"};
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      for (int round = 0; round < 200; round++) {
        Tickets tickets = new Tickets();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
          int thread = t;
          done.add(
              pool.submit(
                  () -> {
                    start.await();
                    for (int i = 0; i < 20; i++) {
                      String id = "t" + ((thread * 7 + i) % 10);
                      Ticket current = tickets.find(id).orElse(null);
                      long version = current == null ? 0 : current.version();
                      try {
                        tickets.save(new Ticket(id, queues[(thread + i) % 3], version), version);
                      } catch (RuntimeException conflict) {
                        // another thread won this version; the next iteration reloads
                      }
                    }
                    return null;
                  }));
        }
        start.countDown();
        for (Future<?> f : done) {
          f.get(10, TimeUnit.SECONDS);
        }
        int indexed = 0;
        for (String q : queues) {
          for (Ticket t : tickets.inQueue(q)) {
            assertThat(tickets.get(t.id()).queue()).isEqualTo(q);
            indexed++;
          }
        }
        assertThat(indexed).isEqualTo(tickets.size());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
