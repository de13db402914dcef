package dev.revops.sales.pipeline;

import static java.util.Objects.requireNonNull;

import dev.revops.core.id.UserId;
import dev.revops.core.money.Money;
import dev.revops.core.time.DateRange;

/**
 * One cell of a forecast: the opportunities of one owner closing in one period, in one forecast
 * category. Immutable.
 *
 * @param period the period (half-open) the close dates fall in
 * @param owner the owner
 * @param category the forecast category
 * @param count how many opportunities
 * @param amount their total amount
 * @param weighted their total weighted amount (each rounded half-even, then summed)
 */
public record ForecastRow(
    DateRange period,
    UserId owner,
    ForecastCategory category,
    int count,
    Money amount,
    Money weighted) {
  /** Checks the parts. */
  public ForecastRow {
    requireNonNull(period, "period");
    requireNonNull(owner, "owner");
    requireNonNull(category, "category");
    requireNonNull(amount, "amount");
    requireNonNull(weighted, "weighted");
  }
}
