package dev.revops.collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.collections.dunning.DunningAction;
import dev.revops.collections.dunning.DunningPolicy;
import dev.revops.collections.dunning.DunningStep;
import dev.revops.collections.plan.Frequency;
import dev.revops.collections.plan.PaymentPlan;
import dev.revops.collections.plan.PlanId;
import dev.revops.collections.promise.PromiseId;
import dev.revops.collections.promise.PromiseToPay;
import dev.revops.core.error.InvalidInputException;
import dev.revops.core.error.Violation;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ReceivableId;
import dev.revops.core.money.Money;
import dev.revops.core.receivable.Receivable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Builders the scenario tests share, pre-filled with what most scenarios use: promises with no
 * grace and no tolerance in UTC, plans with no grace in UTC. A test changes what it needs on the
 * returned builder. Also plain receivables, a short dunning ladder and the assertion the
 * policy-loading tests share.
 */
public final class CollectionsFixtures {
  private CollectionsFixtures() {}

  /**
   * A promise of {@code amount} USD for {@code promisedFor}: no grace, no tolerance, UTC.
   *
   * @param account the account
   * @param debt the debt
   * @param id the promise id
   * @param amount the amount in USD
   * @param promisedFor the date, ISO
   * @param madeAt when it was made
   * @return the builder
   */
  public static PromiseToPay.Builder promise(
      AccountId account,
      ReceivableId debt,
      String id,
      String amount,
      String promisedFor,
      Instant madeAt) {
    return PromiseToPay.builder()
        .id(PromiseId.of(id))
        .account(account)
        .debt(debt)
        .amount(Money.of(amount, "USD"))
        .promisedFor(LocalDate.parse(promisedFor))
        .graceDays(0)
        .tolerance(Money.of("0", "USD"))
        .zone(ZoneId.of("UTC"))
        .madeAt(madeAt);
  }

  /**
   * A plan over {@code debts} for a balance in USD: no grace, UTC; the installments are still to be
   * chosen.
   *
   * @param account the account
   * @param debts the debts covered
   * @param id the plan id
   * @param balance the balance in USD
   * @param frequency weekly or monthly
   * @param firstDue the first due date, ISO
   * @return the builder
   */
  public static PaymentPlan.Builder plan(
      AccountId account,
      List<ReceivableId> debts,
      String id,
      String balance,
      Frequency frequency,
      String firstDue) {
    return PaymentPlan.builder()
        .id(PlanId.of(id))
        .account(account)
        .debts(debts)
        .balance(Money.of(balance, "USD"))
        .frequency(frequency)
        .firstDue(LocalDate.parse(firstDue))
        .graceDays(0)
        .zone(ZoneId.of("UTC"));
  }

  /**
   * A two-step ladder, "p": e-mail and text a day past due, suspend the service after 30 days.
   *
   * @return the policy
   */
  public static DunningPolicy emailThenSuspend() {
    return DunningPolicy.of(
        "p",
        List.of(
            DunningStep.of("first", 1, DunningAction.EMAIL, DunningAction.SMS),
            DunningStep.of("suspend", 30, DunningAction.SUSPEND_SERVICE)));
  }

  /**
   * An open receivable of {@code amount} USD, nothing paid, invoice number {@code INV-<id>}, issued
   * 30 days before it falls due.
   *
   * @param id the receivable id
   * @param account the account
   * @param amount the amount in USD
   * @param due the due date
   * @return the receivable
   */
  public static Receivable receivable(String id, AccountId account, String amount, LocalDate due) {
    Money m = Money.of(amount, "USD");
    return new Receivable(ReceivableId.of(id), account, "INV-" + id, m, m, due.minusDays(30), due);
  }

  /**
   * Asserts that {@code call} throws an {@link InvalidInputException} whose violations are at
   * exactly {@code paths}, in that order.
   *
   * @param call what must be rejected
   * @param paths the violations' paths
   */
  public static void assertRejectedAt(ThrowingCallable call, String... paths) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations()).extracting(Violation::path).containsExactly(paths));
  }
}
