package dev.revops.collections.port.memory;

import static dev.revops.collections.port.memory.InMemoryActivityLogTest.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.collections.activity.Activity;
import dev.revops.collections.plan.PaymentPlan;
import dev.revops.collections.promise.PromiseToPay;
import dev.revops.core.error.IdempotencyConflictException;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ReceivableId;
import dev.revops.core.port.memory.InMemoryUnitOfWork;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The collections stores take part in the in-memory unit of work: inside one they see their own
 * writes, outside it nobody sees them before the commit, and a unit of work that fails leaves
 * nothing behind (no entry, no index row).
 */
class TransactionalStoresTest {
  static final Instant T0 = Instant.parse("2026-06-01T12:00:00Z");
  static final ReceivableId D1 = ReceivableId.of("d1");
  static final AccountId A = AccountId.of("a");

  final InMemoryUnitOfWork work = new InMemoryUnitOfWork();

  /** What another thread (another unit of work) sees now. */
  static <T> T fromElsewhere(java.util.function.Supplier<T> read) {
    return CompletableFuture.supplyAsync(read).join();
  }

  @Test
  void stagedAppendsAreSeenInsideTheUnitOfWorkOnlyAndCommitTogether() {
    InMemoryActivityLog log = new InMemoryActivityLog();
    Activity a1 = entry("1", "a", "d1", "");
    Activity a2 = entry("2", "a", "d1", "");
    work.run(
        () -> {
          log.append(a1);
          log.append(a2);
          assertThat(log.forDebt(D1)).containsExactly(a1, a2);
          assertThat(log.forAccount(A)).containsExactly(a1, a2);
          assertThat(log.find("2")).contains(a2);
          assertThat(fromElsewhere(() -> log.forDebt(D1))).isEmpty();
          assertThat(fromElsewhere(() -> log.find("1"))).isEmpty();
          assertThat(fromElsewhere(log::all)).isEmpty();
        });
    assertThat(log.all()).containsExactly(a1, a2);
    assertThat(fromElsewhere(() -> log.forDebt(D1))).containsExactly(a1, a2);
  }

  @Test
  void aFailedUnitOfWorkLeavesNoEntry() {
    InMemoryActivityLog log = new InMemoryActivityLog();
    assertThatThrownBy(
            () ->
                work.run(
                    () -> {
                      log.append(entry("1", "a", "d1", ""));
                      throw new IllegalStateException("boom");
                    }))
        .hasMessage("boom");
    assertThat(log.all()).isEmpty();
    assertThat(log.find("1")).isEmpty();
    assertThat(log.forDebt(D1)).isEmpty();
  }

  @Test
  void anIdTakenByAnotherCommitMeanwhileFailsTheCommitAndNothingIsApplied() {
    InMemoryActivityLog log = new InMemoryActivityLog();
    assertThatThrownBy(
            () ->
                work.run(
                    () -> {
                      log.append(entry("2", "a", "d1", "mine"));
                      log.append(entry("1", "a", "d1", "mine"));
                      // another instance commits an entry under the same id first
                      CompletableFuture.runAsync(() -> log.append(entry("1", "a", "d1", "theirs")))
                          .join();
                    }))
        .isInstanceOf(IdempotencyConflictException.class);
    assertThat(log.all()).extracting(Activity::note).containsExactly("theirs");
  }

  @Test
  void theSameEntryTwiceIsOneEntryAndOtherContentUnderItsIdFailsAtOnce() {
    InMemoryActivityLog log = new InMemoryActivityLog();
    Activity a1 = entry("1", "a", "d1", "");
    work.run(
        () -> {
          log.append(a1);
          log.append(a1);
          assertThatThrownBy(() -> log.append(entry("1", "a", "d1", "other")))
              .isInstanceOf(IdempotencyConflictException.class);
        });
    work.run(() -> log.append(a1));
    assertThat(log.all()).containsExactly(a1);
  }

  @Test
  void promiseIndexesShowCommittedPromisesAndTheUnitOfWorksOwn() {
    InMemoryPromiseRepository repo = new InMemoryPromiseRepository();
    PromiseToPay p =
        Fixtures.promise("p1", "a", "d1", LocalDate.parse("2026-06-05"), ZoneOffset.UTC, T0);
    Instant late = Instant.parse("2026-07-01T00:00:00Z");
    assertThatThrownBy(
            () ->
                work.run(
                    () -> {
                      repo.save(p, 0);
                      assertThat(repo.openForDebt(D1))
                          .extracting(PromiseToPay::id)
                          .contains(p.id());
                      assertThat(fromElsewhere(() -> repo.openForDebt(D1))).isEmpty();
                      assertThat(fromElsewhere(() -> repo.openExpiredBy(late, 10))).isEmpty();
                      throw new IllegalStateException("boom");
                    }))
        .hasMessage("boom");
    assertThat(repo.openForDebt(D1)).isEmpty();
    assertThat(repo.openForAccount(A)).isEmpty();
    assertThat(repo.openExpiredBy(late, 10)).isEmpty();
    work.run(() -> repo.save(p, 0));
    assertThat(repo.openForDebt(D1)).extracting(PromiseToPay::id).containsExactly(p.id());
    assertThat(repo.openExpiredBy(late, 10)).extracting(PromiseToPay::id).containsExactly(p.id());
    PromiseToPay kept = repo.get(p.id()).recordPayment(p.amount(), T0.plusSeconds(60)).value();
    work.run(
        () -> {
          repo.save(kept, 1);
          assertThat(repo.openForDebt(D1)).as("closed inside the unit of work").isEmpty();
          assertThat(fromElsewhere(() -> repo.openForDebt(D1))).hasSize(1);
        });
    assertThat(repo.openForDebt(D1)).isEmpty();
    assertThat(repo.openExpiredBy(late, 10)).isEmpty();
  }

  @Test
  void planIndexesShowCommittedPlansAndTheUnitOfWorksOwn() {
    InMemoryPlanRepository repo = new InMemoryPlanRepository();
    PaymentPlan proposed =
        Fixtures.plan("p1", "a", LocalDate.parse("2026-06-01"), 0, ZoneOffset.UTC);
    PaymentPlan active = proposed.accept().value();
    Instant late = Instant.parse("2026-08-01T00:00:00Z");
    assertThatThrownBy(
            () ->
                work.run(
                    () -> {
                      repo.save(active, 0);
                      assertThat(repo.activeForAccount(A)).hasSize(1);
                      assertThat(fromElsewhere(() -> repo.activeForAccount(A))).isEmpty();
                      throw new IllegalStateException("boom");
                    }))
        .hasMessage("boom");
    assertThat(repo.activeForAccount(A)).isEmpty();
    assertThat(repo.activeDefaultingBy(late, 10)).isEmpty();
    work.run(() -> repo.save(active, 0));
    assertThat(repo.activeForAccount(A)).hasSize(1);
    assertThat(repo.activeDefaultingBy(late, 10)).hasSize(1);
    assertThat(List.of(repo.size())).containsExactly(1);
  }
}
