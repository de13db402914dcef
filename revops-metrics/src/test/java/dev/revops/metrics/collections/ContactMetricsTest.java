package dev.revops.metrics.collections;

import static dev.revops.core.consent.ContactOutcome.NO_ANSWER;
import static dev.revops.core.consent.ContactOutcome.PROMISE_TO_PAY;
import static dev.revops.core.consent.ContactOutcome.RIGHT_PARTY_CONTACT;
import static dev.revops.core.consent.ContactOutcome.WRONG_PARTY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.consent.ContactOutcome;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.UserId;
import dev.revops.core.money.Money;
import dev.revops.metrics.collections.ContactMetrics.Basis;
import dev.revops.metrics.collections.ContactMetrics.KeptBasis;
import dev.revops.metrics.result.MetricResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContactMetricsTest {
  private static final UserId U1 = UserId.of("u1");
  private static final UserId U2 = UserId.of("u2");
  private static final LocalDate DAY = LocalDate.parse("2024-05-01");

  private static List<ContactFact> tenAttempts() {
    List<ContactFact> list = new ArrayList<>();
    ContactOutcome[] outcomes = {
      NO_ANSWER, NO_ANSWER, NO_ANSWER, NO_ANSWER, WRONG_PARTY,
      RIGHT_PARTY_CONTACT, RIGHT_PARTY_CONTACT, RIGHT_PARTY_CONTACT, PROMISE_TO_PAY, PROMISE_TO_PAY
    };
    for (int i = 0; i < outcomes.length; i++) {
      list.add(new ContactFact(AccountId.of("a" + i), U1, DAY, outcomes[i]));
    }
    return list;
  }

  @Test
  void contactRatesWithExplicitDenominators() {
    // 10 attempts: 4 unanswered, 1 wrong party, 3 right party, 2 promises (right party too)
    List<ContactFact> c = tenAttempts();
    assertThat(ContactMetrics.rightPartyContactRate(c, Basis.ATTEMPTS).value())
        .isEqualByComparingTo("0.5");
    assertThat(ContactMetrics.rightPartyContactRate(c, Basis.CONNECTS).value())
        .isEqualByComparingTo("0.8333333333333333");
    assertThat(ContactMetrics.promiseToPayRate(c, Basis.RIGHT_PARTY_CONTACTS).value())
        .isEqualByComparingTo("0.4");
    assertThat(ContactMetrics.promiseToPayRate(c, Basis.ATTEMPTS).formula())
        .isEqualTo("ptp-rate/attempts");
    assertThat(
            ContactMetrics.amountRecoveredPerContact(
                    Money.of("1000", "USD"), c, Basis.RIGHT_PARTY_CONTACTS)
                .value())
        .isEqualByComparingTo("200");
    assertThat(ContactMetrics.rightPartyContactRate(List.of(), Basis.ATTEMPTS).isDefined())
        .isFalse();
  }

  @Test
  void promiseKeptRateByCountAndAmount() {
    // due before May 1: kept 100 (paid 100), broken 200 (paid 50), kept 50 (paid 60, capped at 50)
    // not yet due: 70
    List<PromiseFact> p =
        List.of(
            promise("100", "2024-04-10", "100", true),
            promise("200", "2024-04-12", "50", false),
            promise("50", "2024-04-20", "60", true),
            promise("70", "2024-05-03", "0", false));
    assertThat(ContactMetrics.promiseKeptRate(p, DAY, KeptBasis.COUNT).value())
        .isEqualByComparingTo("0.6666666666666667");
    // (100 + 50 + 50) / 350
    assertThat(ContactMetrics.promiseKeptRate(p, DAY, KeptBasis.AMOUNT).value())
        .isEqualByComparingTo("0.5714285714285714");
  }

  private static PromiseFact promise(String amount, String due, String paid, boolean kept) {
    return new PromiseFact(
        AccountId.of("a"),
        U1,
        Money.of(amount, "USD"),
        LocalDate.parse(due),
        Money.of(paid, "USD"),
        kept);
  }

  @Test
  void collectorEffectivenessPerCollector() {
    Map<UserId, MetricResult> eff =
        ContactMetrics.collectorEffectiveness(
            List.of(
                new CollectorAssignment(
                    U1, AccountId.of("a"), Money.of("1000", "USD"), Money.of("250", "USD")),
                new CollectorAssignment(
                    U1, AccountId.of("b"), Money.of("500", "USD"), Money.of("500", "USD")),
                new CollectorAssignment(
                    U2, AccountId.of("c"), Money.zero("USD"), Money.zero("USD"))));
    assertThat(eff.get(U1).value()).isEqualByComparingTo("0.5");
    assertThat(eff.get(U2).isDefined()).isFalse();
  }
}
