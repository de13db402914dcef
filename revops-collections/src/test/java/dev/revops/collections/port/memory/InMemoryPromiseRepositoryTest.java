package dev.revops.collections.port.memory;

import static dev.revops.collections.port.memory.Fixtures.promise;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.collections.promise.PromiseId;
import dev.revops.collections.promise.PromiseToPay;
import dev.revops.core.error.ConcurrencyConflictException;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ReceivableId;
import dev.revops.core.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class InMemoryPromiseRepositoryTest {
  static final ZoneId UTC = ZoneId.of("UTC");
  static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");
  static final Instant T0 = Instant.parse("2026-06-01T12:00:00Z");

  final InMemoryPromiseRepository repo = new InMemoryPromiseRepository();

  private PromiseToPay save(PromiseToPay p) {
    return repo.save(p, PromiseToPay.NEW);
  }

  @Test
  void openForDebtAndAccountAreOldestFirstAndOnlyOpen() {
    save(promise("b", "acc", "d1", LocalDate.parse("2026-06-10"), UTC, T0.plusSeconds(60)));
    PromiseToPay a = save(promise("a", "acc", "d1", LocalDate.parse("2026-06-12"), UTC, T0));
    save(promise("c", "acc", "d2", LocalDate.parse("2026-06-12"), UTC, T0));
    save(promise("x", "other", "d3", LocalDate.parse("2026-06-12"), UTC, T0));

    assertThat(repo.openForDebt(ReceivableId.of("d1")))
        .extracting(p -> p.id().value())
        .containsExactly("a", "b");
    assertThat(repo.openForAccount(AccountId.of("acc")))
        .extracting(p -> p.id().value())
        .containsExactly("a", "c", "b");
    assertThat(repo.openForDebt(ReceivableId.of("none"))).isEmpty();

    // kept: the promise leaves the open indexes, the stored value stays findable
    PromiseToPay kept = a.recordPayment(Money.of("50", "USD"), T0.plusSeconds(10)).value();
    repo.save(kept, a.version());
    assertThat(repo.openForDebt(ReceivableId.of("d1")))
        .extracting(p -> p.id().value())
        .containsExactly("b");
    assertThat(repo.openForAccount(AccountId.of("acc"))).hasSize(2);
    assertThat(repo.find(PromiseId.of("a"))).contains(kept.withVersion(2));
  }

  @Test
  void aPartialPaymentKeepsThePromiseIndexedWithItsNewValue() {
    PromiseToPay b = save(promise("b", "acc", "d1", LocalDate.parse("2026-06-10"), UTC, T0));
    PromiseToPay paid = b.recordPayment(Money.of("20", "USD"), T0.plusSeconds(10)).value();
    repo.save(paid, b.version());
    assertThat(repo.openForDebt(ReceivableId.of("d1")))
        .singleElement()
        .satisfies(p -> assertThat(p.paid()).isEqualTo(Money.of("20", "USD")));
    assertThat(repo.openExpiredBy(Instant.parse("2026-06-11T00:00:00Z"), 10))
        .singleElement()
        .satisfies(p -> assertThat(p.version()).isEqualTo(2));
  }

  @Test
  void openExpiredByUsesTheDeadlineInTheDebtorsZoneAndPages() {
    // Sydney is UTC+10 in June: its 2026-06-11 starts at 2026-06-10T14:00Z
    save(promise("syd", "acc", "d1", LocalDate.parse("2026-06-10"), SYDNEY, T0));
    save(promise("utc", "acc", "d2", LocalDate.parse("2026-06-10"), UTC, T0));
    save(promise("later", "acc", "d3", LocalDate.parse("2026-06-20"), UTC, T0));

    assertThat(repo.openExpiredBy(Instant.parse("2026-06-10T13:59:59Z"), 10)).isEmpty();
    assertThat(repo.openExpiredBy(Instant.parse("2026-06-10T14:00:00Z"), 10))
        .extracting(p -> p.id().value())
        .containsExactly("syd");
    assertThat(repo.openExpiredBy(Instant.parse("2026-06-11T00:00:00Z"), 10))
        .extracting(p -> p.id().value())
        .containsExactly("syd", "utc");
    assertThat(repo.openExpiredBy(Instant.parse("2026-06-11T00:00:00Z"), 1))
        .extracting(p -> p.id().value())
        .containsExactly("syd");
    assertThatThrownBy(() -> repo.openExpiredBy(T0, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRefusedSaveLeavesTheIndexesAlone() {
    PromiseToPay a = save(promise("a", "acc", "d1", LocalDate.parse("2026-06-10"), UTC, T0));
    PromiseToPay kept = a.recordPayment(Money.of("50", "USD"), T0).value();
    assertThatThrownBy(() -> repo.save(kept, 7)).isInstanceOf(ConcurrencyConflictException.class);
    assertThat(repo.openForDebt(ReceivableId.of("d1"))).containsExactly(a);
  }
}
