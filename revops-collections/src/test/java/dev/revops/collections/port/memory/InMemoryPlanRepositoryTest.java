package dev.revops.collections.port.memory;

import static dev.revops.collections.port.memory.Fixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.collections.plan.PaymentPlan;
import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class InMemoryPlanRepositoryTest {
  static final ZoneId UTC = ZoneId.of("UTC");
  static final AccountId ACC = AccountId.of("acc");

  final InMemoryPlanRepository repo = new InMemoryPlanRepository();

  private PaymentPlan accepted(PaymentPlan proposed) {
    PaymentPlan stored = repo.save(proposed, PaymentPlan.NEW);
    return repo.save(stored.accept().value(), stored.version());
  }

  @Test
  void onlyActivePlansAreIndexedByAccount() {
    PaymentPlan proposed =
        repo.save(plan("p0", "acc", LocalDate.parse("2026-06-01"), 2, UTC), PaymentPlan.NEW);
    assertThat(repo.activeForAccount(ACC)).isEmpty();
    PaymentPlan p1 = accepted(plan("p1", "acc", LocalDate.parse("2026-06-01"), 2, UTC));
    PaymentPlan p2 = accepted(plan("p2", "acc", LocalDate.parse("2026-06-01"), 2, UTC));
    accepted(plan("p3", "other", LocalDate.parse("2026-06-01"), 2, UTC));
    assertThat(repo.activeForAccount(ACC)).containsExactly(p1, p2);

    repo.save(p1.cancel().value(), p1.version());
    assertThat(repo.activeForAccount(ACC)).containsExactly(p2);
    PaymentPlan done =
        p2.recordPayment(Money.of("90", "USD"), Instant.parse("2026-06-01T00:00:00Z")).value();
    repo.save(done, p2.version());
    assertThat(repo.activeForAccount(ACC)).isEmpty();
    assertThat(repo.findAll()).hasSize(4).contains(proposed);
  }

  @Test
  void activeDefaultingByFollowsTheEarliestUnpaidInstallment() {
    // weekly from June 1 with 2 days' grace: June 1 defaults from June 4, June 8 from June 11
    PaymentPlan p = accepted(plan("p", "acc", LocalDate.parse("2026-06-01"), 2, UTC));
    assertThat(p.defaultsAt()).contains(Instant.parse("2026-06-04T00:00:00Z"));
    assertThat(repo.activeDefaultingBy(Instant.parse("2026-06-03T23:59:59Z"), 10)).isEmpty();
    assertThat(repo.activeDefaultingBy(Instant.parse("2026-06-04T00:00:00Z"), 10))
        .containsExactly(p);

    PaymentPlan paid =
        p.recordPayment(Money.of("30", "USD"), Instant.parse("2026-06-02T00:00:00Z")).value();
    PaymentPlan stored = repo.save(paid, p.version());
    assertThat(repo.activeDefaultingBy(Instant.parse("2026-06-10T23:59:59Z"), 10)).isEmpty();
    assertThat(repo.activeDefaultingBy(Instant.parse("2026-06-11T00:00:00Z"), 10))
        .containsExactly(stored);

    PaymentPlan defaulted = stored.evaluate(Instant.parse("2026-06-11T00:00:00Z")).value();
    repo.save(defaulted, stored.version());
    assertThat(repo.activeDefaultingBy(Instant.parse("2026-07-01T00:00:00Z"), 10)).isEmpty();
    assertThat(repo.activeForAccount(ACC)).isEmpty();
  }

  @Test
  void pagesAreEarliestFirstAndBounded() {
    PaymentPlan late = accepted(plan("late", "acc", LocalDate.parse("2026-06-08"), 0, UTC));
    PaymentPlan early = accepted(plan("early", "acc", LocalDate.parse("2026-06-01"), 0, UTC));
    Instant july = Instant.parse("2026-07-01T00:00:00Z");
    assertThat(repo.activeDefaultingBy(july, 10)).containsExactly(early, late);
    assertThat(repo.activeDefaultingBy(july, 1)).containsExactly(early);
  }
}
