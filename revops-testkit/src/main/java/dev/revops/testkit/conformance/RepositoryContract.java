package dev.revops.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.aggregate.Aggregate;
import dev.revops.core.error.ConcurrencyConflictException;
import dev.revops.core.error.NotFoundException;
import dev.revops.core.port.Repository;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link Repository} adapter must keep: optimistic versions, exactly one winner
 * among concurrent writers, nothing stored on a conflict. A host extends this class in its own
 * tests (a JDBC repository, a document store) and implements the three factory methods; JUnit runs
 * the inherited tests against the adapter.
 *
 * <pre>{@code
 * class JdbcInvoiceRepositoryTest extends RepositoryContract<InvoiceId, Invoice> {
 *   protected Repository<InvoiceId, Invoice> newRepository() { return new JdbcInvoiceRepository(ds); }
 *   protected Invoice newAggregate(int n) {
 *     return Invoice.draft().id(InvoiceId.of("inv-" + n)).account(acme).currency(usd)
 *         .terms(PaymentTerms.net(30)).build();
 *   }
 *   protected Invoice change(Invoice i, int n) { return i.addLines(List.of(oneTimeLine(n))); }
 * }
 * }</pre>
 *
 * <p>The README's example, compiled and run, is {@code InvoiceStoreConformanceTest} in this
 * module's tests.
 *
 * @param <I> the id type
 * @param <A> the aggregate type
 */
public abstract class RepositoryContract<I, A extends Aggregate<I, A>> {
  /** For subclasses. */
  protected RepositoryContract() {}

  /**
   * Returns a new, empty repository for one test.
   *
   * @return the adapter under test
   */
  protected abstract Repository<I, A> newRepository();

  /**
   * Returns a new, unsaved aggregate with a distinct id for each {@code n}.
   *
   * @param n a distinguishing number
   * @return the aggregate, version {@link Aggregate#NEW}
   */
  protected abstract A newAggregate(int n);

  /**
   * Returns a changed copy of an aggregate (same id and version), distinct for each {@code n}.
   *
   * @param aggregate the aggregate as loaded
   * @param n a distinguishing number
   * @return the changed aggregate
   */
  protected abstract A change(A aggregate, int n);

  /**
   * Returns how many threads race in the concurrency tests; override for slow adapters.
   *
   * @return at least 2
   */
  protected int writers() {
    return 8;
  }

  /** Saves new aggregates numbered 1 to {@code count}, and returns them as saved. */
  private List<A> saveNew(Repository<I, A> repo, int count) {
    List<A> saved = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      saved.add(repo.save(newAggregate(i), Aggregate.NEW));
    }
    return saved;
  }

  /** Saves change {@code n} of an aggregate, expecting its version, and returns it as saved. */
  private A saveChange(Repository<I, A> repo, A a, int n) {
    return repo.save(change(a, n), a.version());
  }

  @Test
  void aNewAggregateIsStoredWithVersionOne() {
    Repository<I, A> repo = newRepository();
    A a = newAggregate(1);
    A saved = repo.save(a, Aggregate.NEW);
    assertThat(saved.version()).as("version after the first save").isEqualTo(1);
    assertThat(repo.find(a.id())).as("found after save").contains(saved);
    assertThat(repo.get(a.id())).isEqualTo(saved);
  }

  @Test
  void eachSaveIncrementsTheVersion() {
    Repository<I, A> repo = newRepository();
    A changed = saveChange(repo, repo.save(newAggregate(1), Aggregate.NEW), 1);
    assertThat(changed.version()).isEqualTo(2);
    assertThat(repo.get(changed.id())).isEqualTo(changed);
  }

  @Test
  void aStaleSaveIsAConflictAndStoresNothing() {
    Repository<I, A> repo = newRepository();
    A saved = repo.save(newAggregate(1), Aggregate.NEW);
    A current = saveChange(repo, saved, 1);
    assertThatThrownBy(() -> repo.save(change(saved, 2), saved.version()))
        .isInstanceOfSatisfying(
            ConcurrencyConflictException.class,
            e -> {
              assertThat(e.expectedVersion()).isEqualTo(saved.version());
              assertThat(e.actualVersion()).isEqualTo(current.version());
            });
    assertThat(repo.get(saved.id())).isEqualTo(current);
  }

  @Test
  void savingANewAggregateTwiceIsAConflict() {
    Repository<I, A> repo = newRepository();
    A a = newAggregate(1);
    repo.save(a, Aggregate.NEW);
    assertThatThrownBy(() -> repo.save(a, Aggregate.NEW))
        .isInstanceOf(ConcurrencyConflictException.class);
  }

  @Test
  void aMissingAggregateIsEmptyOrNotFound() {
    Repository<I, A> repo = newRepository();
    A never = newAggregate(99);
    assertThat(repo.find(never.id())).isEmpty();
    assertThatThrownBy(() -> repo.get(never.id())).isInstanceOf(NotFoundException.class);
  }

  @Test
  void findAllReturnsEverySavedAggregate() {
    Repository<I, A> repo = newRepository();
    List<A> saved = saveNew(repo, 5);
    assertThat(repo.findAll()).containsExactlyInAnyOrderElementsOf(saved);
  }

  @Test
  void findAllByIdReturnsTheStoredOnesInTheOrderGivenWithTheirVersions() {
    Repository<I, A> repo = newRepository();
    List<A> saved = saveNew(repo, 4);
    A changed = saveChange(repo, saved.get(1), 1);
    I missing = newAggregate(98).id();
    List<I> asked =
        List.of(saved.get(3).id(), missing, changed.id(), saved.get(0).id(), saved.get(3).id());
    java.util.Map<I, A> found = repo.findAllById(asked);
    assertThat(new ArrayList<>(found.keySet()))
        .containsExactly(saved.get(3).id(), changed.id(), saved.get(0).id());
    assertThat(found.get(changed.id())).isEqualTo(changed);
    assertThat(found.get(saved.get(3).id())).isEqualTo(saved.get(3));
    for (java.util.Map.Entry<I, A> e : found.entrySet()) {
      assertThat(e.getValue()).isEqualTo(repo.get(e.getKey()));
    }
    assertThat(repo.findAllById(List.of())).isEmpty();
    assertThat(repo.findAllById(List.of(missing))).isEmpty();
  }

  @Test
  void concurrentSavesWithTheSameExpectedVersionHaveExactlyOneWinner() throws Exception {
    Repository<I, A> repo = newRepository();
    int threads = Math.max(2, writers());
    for (int round = 0; round < 50; round++) {
      A saved = repo.save(newAggregate(1000 + round), Aggregate.NEW);
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger wins = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          int n = t;
          futures.add(
              pool.submit(
                  () -> {
                    start.await();
                    try {
                      repo.save(change(saved, n), saved.version());
                      wins.incrementAndGet();
                    } catch (ConcurrencyConflictException e) {
                      conflicts.incrementAndGet();
                    }
                    return null;
                  }));
        }
        start.countDown();
        for (Future<?> f : futures) {
          f.get(30, TimeUnit.SECONDS);
        }
        assertThat(wins.get()).as("winners in round " + round).isEqualTo(1);
        assertThat(conflicts.get()).isEqualTo(threads - 1);
        assertThat(repo.get(saved.id()).version()).isEqualTo(saved.version() + 1);
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
