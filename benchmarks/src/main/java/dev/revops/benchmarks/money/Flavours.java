package dev.revops.benchmarks.money;

import dev.revops.core.money.Money;
import dev.revops.core.money.Percentage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.MonetaryOperator;
import javax.money.RoundingQueryBuilder;
import org.javamoney.moneta.FastMoney;

/**
 * The three money operations (add, multiply by a rate with half-even rounding to the cent, allocate
 * by ratios) written with each library the benchmark compares. All stateless and thread-safe.
 *
 * <p>Only revops has an allocation method. For the others the allocation is what a user would write
 * on top of the library: each piece is the share rounded down to the cent, and the cents left over
 * go one each to the first pieces. revops gives them by largest remainder (a little more work); the
 * two agree on the inputs the benchmark uses, which the check before the run confirms.
 */
final class Flavours {
  private Flavours() {}

  /** revops {@link Money}. */
  static final class Revops {
    private Revops() {}

    static final java.util.Currency USD = java.util.Currency.getInstance("USD");

    static Money add(Money a, Money b) {
      return a.plus(b);
    }

    static Money applyRate(Money a, Percentage rate) {
      return a.times(rate, RoundingMode.HALF_EVEN);
    }

    static List<Money> allocate(Money a, long[] ratios) {
      return a.allocate(ratios);
    }
  }

  /** Moneta {@link org.javamoney.moneta.Money} (BigDecimal inside). */
  static final class Moneta {
    private Moneta() {}

    static final CurrencyUnit USD = javax.money.Monetary.getCurrency("USD");
    static final MonetaryOperator HALF_EVEN =
        javax.money.Monetary.getRounding(
            RoundingQueryBuilder.of().setScale(2).set(RoundingMode.HALF_EVEN).build());
    static final MonetaryOperator DOWN =
        javax.money.Monetary.getRounding(
            RoundingQueryBuilder.of().setScale(2).set(RoundingMode.DOWN).build());
    static final org.javamoney.moneta.Money CENT =
        org.javamoney.moneta.Money.of(new BigDecimal("0.01"), USD);

    static org.javamoney.moneta.Money add(
        org.javamoney.moneta.Money a, org.javamoney.moneta.Money b) {
      return a.add(b);
    }

    static org.javamoney.moneta.Money applyRate(org.javamoney.moneta.Money a, BigDecimal rate) {
      return a.multiply(rate).with(HALF_EVEN);
    }

    static org.javamoney.moneta.Money[] allocate(org.javamoney.moneta.Money a, long[] ratios) {
      long total = 0;
      for (long r : ratios) {
        total += r;
      }
      org.javamoney.moneta.Money[] pieces = new org.javamoney.moneta.Money[ratios.length];
      org.javamoney.moneta.Money left = a;
      for (int i = 0; i < ratios.length; i++) {
        pieces[i] = a.multiply(ratios[i]).divide(total).with(DOWN);
        left = left.subtract(pieces[i]);
      }
      for (int i = 0; left.isPositive(); i++) {
        pieces[i] = pieces[i].add(CENT);
        left = left.subtract(CENT);
      }
      return pieces;
    }

    static long minor(javax.money.MonetaryAmount m) {
      return m.getNumber()
          .numberValue(BigDecimal.class)
          .movePointRight(2)
          .setScale(0, RoundingMode.UNNECESSARY)
          .longValueExact();
    }
  }

  /** Moneta {@link FastMoney} (a long with five decimals inside). */
  static final class Fast {
    private Fast() {}

    static final FastMoney CENT = FastMoney.of(new BigDecimal("0.01"), Moneta.USD);

    static FastMoney add(FastMoney a, FastMoney b) {
      return a.add(b);
    }

    static FastMoney applyRate(FastMoney a, BigDecimal rate) {
      return a.multiply(rate).with(Moneta.HALF_EVEN);
    }

    static FastMoney[] allocate(FastMoney a, long[] ratios) {
      long total = 0;
      for (long r : ratios) {
        total += r;
      }
      FastMoney[] pieces = new FastMoney[ratios.length];
      FastMoney left = a;
      for (int i = 0; i < ratios.length; i++) {
        pieces[i] = a.multiply(ratios[i]).divide(total).with(Moneta.DOWN);
        left = left.subtract(pieces[i]);
      }
      for (int i = 0; left.isPositive(); i++) {
        pieces[i] = pieces[i].add(CENT);
        left = left.subtract(CENT);
      }
      return pieces;
    }
  }

  /** Joda-Money {@link org.joda.money.Money}. */
  static final class Joda {
    private Joda() {}

    static final org.joda.money.CurrencyUnit USD = org.joda.money.CurrencyUnit.USD;

    static org.joda.money.Money add(org.joda.money.Money a, org.joda.money.Money b) {
      return a.plus(b);
    }

    static org.joda.money.Money applyRate(org.joda.money.Money a, BigDecimal rate) {
      return a.multipliedBy(rate, RoundingMode.HALF_EVEN);
    }

    static org.joda.money.Money[] allocate(org.joda.money.Money a, long[] ratios) {
      long total = 0;
      for (long r : ratios) {
        total += r;
      }
      org.joda.money.Money[] pieces = new org.joda.money.Money[ratios.length];
      org.joda.money.Money left = a;
      for (int i = 0; i < ratios.length; i++) {
        pieces[i] = a.multipliedBy(ratios[i]).dividedBy(total, RoundingMode.DOWN);
        left = left.minus(pieces[i]);
      }
      for (int i = 0; left.isPositive(); i++) {
        pieces[i] = pieces[i].plusMinor(1);
        left = left.minusMinor(1);
      }
      return pieces;
    }
  }

  /** Plain {@link BigDecimal} at scale 2. */
  static final class Big {
    private Big() {}

    static final BigDecimal CENT = new BigDecimal("0.01");

    static BigDecimal add(BigDecimal a, BigDecimal b) {
      return a.add(b);
    }

    static BigDecimal applyRate(BigDecimal a, BigDecimal rate) {
      return a.multiply(rate).setScale(2, RoundingMode.HALF_EVEN);
    }

    static BigDecimal[] allocate(BigDecimal a, long[] ratios) {
      long total = 0;
      for (long r : ratios) {
        total += r;
      }
      BigDecimal bigTotal = BigDecimal.valueOf(total);
      BigDecimal[] pieces = new BigDecimal[ratios.length];
      BigDecimal left = a;
      for (int i = 0; i < ratios.length; i++) {
        pieces[i] =
            a.multiply(BigDecimal.valueOf(ratios[i])).divide(bigTotal, 2, RoundingMode.DOWN);
        left = left.subtract(pieces[i]);
      }
      for (int i = 0; left.signum() > 0; i++) {
        pieces[i] = pieces[i].add(CENT);
        left = left.subtract(CENT);
      }
      return pieces;
    }

    static long minor(BigDecimal b) {
      return b.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
    }
  }

  /**
   * Raw {@code long} cents, the floor: no currency, no overflow check, positive amounts only. A
   * rate is held in millionths ({@code 82_500} is 8.25 %).
   */
  static final class Raw {
    private Raw() {}

    static final long MILLION = 1_000_000;

    static long add(long a, long b) {
      return a + b;
    }

    static long applyRate(long a, long rateMillionths) {
      long product = a * rateMillionths;
      long q = product / MILLION;
      long twice = 2 * (product % MILLION);
      if (twice > MILLION || (twice == MILLION && (q & 1) == 1)) {
        q++;
      }
      return q;
    }

    static long[] allocate(long a, long[] ratios) {
      long total = 0;
      for (long r : ratios) {
        total += r;
      }
      long[] pieces = new long[ratios.length];
      long left = a;
      for (int i = 0; i < ratios.length; i++) {
        pieces[i] = a * ratios[i] / total;
        left -= pieces[i];
      }
      for (int i = 0; left > 0; i++) {
        pieces[i]++;
        left--;
      }
      return pieces;
    }
  }
}
