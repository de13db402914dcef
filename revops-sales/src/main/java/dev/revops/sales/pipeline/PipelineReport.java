package dev.revops.sales.pipeline;

import static java.util.Objects.requireNonNull;

import dev.revops.core.error.CurrencyMismatchException;
import dev.revops.core.id.UserId;
import dev.revops.core.money.Money;
import dev.revops.core.pipeline.OpportunityStatus;
import dev.revops.core.time.DateRange;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Weighted pipeline and forecast over a set of opportunities: pure functions. Amounts of one report
 * must share a currency (convert first); mixing currencies throws {@link
 * CurrencyMismatchException}. Stateless and thread-safe.
 */
public final class PipelineReport {
  private final PipelineConfig config;

  /**
   * Creates a report for a pipeline.
   *
   * @param config the pipeline
   */
  public PipelineReport(PipelineConfig config) {
    this.config = requireNonNull(config, "config");
  }

  /**
   * Returns the weighted open pipeline: the sum over open opportunities of amount times stage
   * probability (each rounded half-even).
   *
   * @param opportunities the opportunities
   * @param currency the report's currency
   * @return the weighted total
   */
  public Money weightedPipeline(Collection<Opportunity> opportunities, Currency currency) {
    Money total = Money.zero(currency);
    for (Opportunity o : opportunities) {
      if (o.status() == OpportunityStatus.OPEN) {
        total = total.plus(o.weighted(config));
      }
    }
    return total;
  }

  /**
   * Returns the forecast by period, owner and category for opportunities closing in a range.
   *
   * @param opportunities the opportunities (any status; lost ones fall in OMITTED)
   * @param range the range of close dates, half-open
   * @param step the period length, e.g. one month
   * @param currency the report's currency
   * @return the non-empty cells, ordered by period, owner and category
   */
  public List<ForecastRow> forecast(
      Collection<Opportunity> opportunities, DateRange range, Period step, Currency currency) {
    List<DateRange> periods = range.splitEvery(step);
    record Key(int period, String owner, ForecastCategory category) {}
    Map<Key, ForecastRow> cells =
        new TreeMap<>(
            Comparator.comparingInt(Key::period)
                .thenComparing(Key::owner)
                .thenComparing(Key::category));
    for (Opportunity o : opportunities) {
      for (int i = 0; i < periods.size(); i++) {
        if (periods.get(i).contains(o.closeDate())) {
          ForecastCategory cat = config.require(o.stage()).category();
          Key k = new Key(i, o.owner().value(), cat);
          ForecastRow before = cells.get(k);
          Money zero = Money.zero(currency);
          int count = before == null ? 0 : before.count();
          Money amount = before == null ? zero : before.amount();
          Money weighted = before == null ? zero : before.weighted();
          cells.put(
              k,
              new ForecastRow(
                  periods.get(i),
                  o.owner(),
                  cat,
                  count + 1,
                  amount.plus(o.amount()),
                  weighted.plus(o.weighted(config))));
          break;
        }
      }
    }
    return List.copyOf(new ArrayList<>(cells.values()));
  }

  /**
   * Sums the weighted forecast of one owner over all periods and categories except OMITTED.
   *
   * @param rows the forecast
   * @param owner the owner
   * @param currency the currency
   * @return the weighted total
   */
  public static Money weightedFor(List<ForecastRow> rows, UserId owner, Currency currency) {
    Money total = Money.zero(currency);
    for (ForecastRow r : rows) {
      if (r.owner().equals(owner) && r.category() != ForecastCategory.OMITTED) {
        total = total.plus(r.weighted());
      }
    }
    return total;
  }
}
