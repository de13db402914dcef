package dev.revops.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.id.AccountId;
import dev.revops.core.id.ReceivableId;
import dev.revops.core.money.Money;
import dev.revops.core.receivable.Receivable;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReceivableTest {
  private final Receivable r =
      new Receivable(
          ReceivableId.of("inv-1"),
          AccountId.of("acct-1"),
          "INV-0001",
          Money.of("100", "USD"),
          Money.of("40", "USD"),
          LocalDate.of(2026, 1, 1),
          LocalDate.of(2026, 1, 31));

  @Test
  void daysPastDueCountFromTheDueDate() {
    assertThat(r.daysPastDue(LocalDate.of(2026, 1, 31))).isZero();
    assertThat(r.daysPastDue(LocalDate.of(2026, 2, 1))).isEqualTo(1);
    assertThat(r.daysPastDue(LocalDate.of(2026, 3, 2))).isEqualTo(30);
    assertThat(r.withAmountDue(Money.zero("USD")).daysPastDue(LocalDate.of(2026, 3, 2))).isZero();
  }

  @Test
  void invariantsNameTheReceivable() {
    assertThatThrownBy(() -> r.withAmountDue(Money.of("101", "USD")))
        .hasMessageContaining(
            "receivable inv-1: amount due USD 101.00 must be between 0 and USD 100.00");
    assertThatThrownBy(() -> r.withAmountDue(Money.of("1", "EUR")))
        .isInstanceOf(dev.revops.core.error.CurrencyMismatchException.class);
  }
}
