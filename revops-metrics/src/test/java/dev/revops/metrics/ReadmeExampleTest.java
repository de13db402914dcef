package dev.revops.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.id.AccountId;
import dev.revops.core.id.EventId;
import dev.revops.core.money.Money;
import dev.revops.core.money.Percentage;
import dev.revops.core.time.BillingInterval;
import dev.revops.core.time.DateRange;
import dev.revops.metrics.projection.Acceptance;
import dev.revops.metrics.projection.MetricsProjection;
import dev.revops.metrics.projection.PartitionedProjection;
import dev.revops.metrics.projection.PeriodReport;
import dev.revops.metrics.projection.Periods;
import dev.revops.metrics.projection.ProjectionConfig;
import dev.revops.metrics.projection.SubscriptionMrrChanged;
import dev.revops.metrics.result.MetricResult;
import dev.revops.metrics.subscription.ChurnRate;
import dev.revops.metrics.subscription.MovementSummary;
import dev.revops.metrics.subscription.Mrr;
import dev.revops.metrics.subscription.MrrBook;
import dev.revops.metrics.subscription.SubscriptionFact;
import dev.revops.metrics.subscription.SubscriptionMetrics;
import dev.revops.metrics.subscription.WeeklyNormalisation;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example of README.md, kept compiling and true. */
class ReadmeExampleTest {

  @Test
  void readmeExample() {
    Currency usd = Currency.getInstance("USD");
    // 1. Calculators over plain facts
    MrrBook book =
        MrrBook.of(
            List.of(
                new SubscriptionFact(
                    "sub-1",
                    AccountId.of("acme"),
                    Money.of("2000", "USD"),
                    BillingInterval.YEARLY,
                    LocalDate.of(2024, 1, 10),
                    null),
                new SubscriptionFact(
                    "sub-2",
                    AccountId.of("globex"),
                    Money.of("99", "USD"),
                    BillingInterval.MONTHLY,
                    LocalDate.of(2024, 1, 3),
                    LocalDate.of(2024, 2, 14))),
            usd);
    MovementSummary feb = book.summary(Periods.month(YearMonth.of(2024, 2)));
    MetricResult churn = ChurnRate.CHARTMOGUL.of(feb); // 1 of 2 customers: 0.5
    MetricResult ltv =
        SubscriptionMetrics.ltv(SubscriptionMetrics.arpa(feb), Percentage.of("80"), churn);
    // ltv = 266.672 USD {arpa=166.67, grossMargin=0.8, customerChurnRate=0.5}

    // 2. The same kind of figures, incrementally, from an event stream
    MetricsProjection projection =
        new MetricsProjection(new ProjectionConfig(usd, 3, List.of("lead", "mql", "customer")));
    SubscriptionMrrChanged started =
        new SubscriptionMrrChanged(
            EventId.of("ev-1"),
            AccountId.of("acme"),
            "sub-1",
            LocalDate.of(2024, 1, 10),
            1,
            Mrr.normalise(Money.of("2000", "USD"), BillingInterval.YEARLY));
    projection.accept(started); // ACCEPTED
    projection.accept(started); // DUPLICATE: counts once
    projection.advanceTo(LocalDate.of(2024, 2, 1)); // January is closed
    PeriodReport january = projection.report(Periods.month(YearMonth.of(2024, 1)));
    MetricResult netChurn = SubscriptionMetrics.netMrrChurn(january.mrr());
    // undefined: "MRR at start is zero"; january.mrr().newBusiness() = USD 166.67

    // 3. Weekly plans: x 365/84 unless chosen otherwise; fed from many threads
    ProjectionConfig weekly =
        new ProjectionConfig(usd, 3, List.of("lead")).withWeekly(WeeklyNormalisation.WEEKS_52);
    Money weeklyMrr = weekly.mrr(Money.of("120", "USD"), BillingInterval.WEEKLY); // USD 520.00
    PartitionedProjection shared = new PartitionedProjection(weekly, 8); // any thread may call
    shared.accept(
        new SubscriptionMrrChanged(
            EventId.of("ev-2"),
            AccountId.of("initech"),
            "sub-3",
            LocalDate.of(2024, 1, 8),
            1,
            weeklyMrr));
    shared.advanceTo(LocalDate.of(2024, 2, 1));
    PeriodReport merged = shared.report(Periods.month(YearMonth.of(2024, 1))); // new: 520.00

    assertThat(churn.value()).isEqualByComparingTo("0.5");
    assertThat(ltv.value()).isEqualByComparingTo("266.672");
    assertThat(ltv.toString())
        .isEqualTo("ltv = 266.672 USD {arpa=166.67, grossMargin=0.8, customerChurnRate=0.5}");
    assertThat(projection.accept(started)).isEqualTo(Acceptance.LATE);
    assertThat(netChurn.undefinedReason()).contains("MRR at start is zero");
    assertThat(january.mrr().newBusiness()).isEqualTo(Money.of("166.67", "USD"));
    assertThat(Mrr.normalise(Money.of("120", "USD"), BillingInterval.WEEKLY))
        .isEqualTo(Money.of("521.43", "USD"));
    assertThat(weeklyMrr).isEqualTo(Money.of("520.00", "USD"));
    assertThat(merged.mrr().newBusiness()).isEqualTo(Money.of("520.00", "USD"));
    assertThat(Periods.quarter(2024, 1))
        .isEqualTo(DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 4, 1)));
  }
}
