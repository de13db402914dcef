package dev.revops.examples.simulation;

import dev.revops.core.money.Money;
import dev.revops.metrics.result.MetricResult;
import dev.revops.metrics.result.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** How the demo's reports print money, rates, days and counts. Stateless. */
final class Formats {

  private Formats() {}

  static double dollars(Money m) {
    return m.amount().doubleValue();
  }

  static double num(MetricResult m) {
    return m.valueIfDefined().map(BigDecimal::doubleValue).orElse(0.0);
  }

  static String money(Money m) {
    return String.format(Locale.ROOT, "$%,.0f", m.amount());
  }

  static String amount(MetricResult m) {
    return m.valueIfDefined().map(v -> String.format(Locale.ROOT, "$%,.2f", v)).orElse("n/a");
  }

  static String pct(MetricResult m) {
    return m.valueIfDefined().map(v -> percent(ratio(m))).orElse("n/a");
  }

  /** A ratio or percent result as a ratio (0.25 for 25%), 0 when undefined. */
  static double ratio(MetricResult m) {
    double v = num(m);
    return m.unit() == Unit.PERCENT ? v / 100 : v;
  }

  static String percent(double ratio) {
    return String.format(Locale.ROOT, "%.1f%%", ratio * 100);
  }

  static String days(MetricResult m) {
    return m.rounded(1, RoundingMode.HALF_UP).map(BigDecimal::toPlainString).orElse("n/a");
  }

  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
