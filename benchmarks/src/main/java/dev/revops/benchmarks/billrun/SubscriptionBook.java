package dev.revops.benchmarks.billrun;

import dev.revops.billing.billrun.AccountBilling;
import dev.revops.billing.catalog.Catalog;
import dev.revops.billing.catalog.Coupon;
import dev.revops.billing.catalog.CouponDuration;
import dev.revops.billing.catalog.Plan;
import dev.revops.billing.catalog.PlanPhase;
import dev.revops.billing.catalog.Price;
import dev.revops.billing.catalog.PriceAmount;
import dev.revops.billing.catalog.PriceVersion;
import dev.revops.billing.catalog.PricingModel;
import dev.revops.billing.catalog.Product;
import dev.revops.billing.catalog.Tier;
import dev.revops.billing.invoice.TaxPolicy;
import dev.revops.billing.subscription.ChangeTiming;
import dev.revops.billing.subscription.NewSubscription;
import dev.revops.billing.subscription.ProrationMode;
import dev.revops.billing.subscription.Subscription;
import dev.revops.billing.subscription.SubscriptionId;
import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import dev.revops.core.money.Percentage;
import dev.revops.core.time.BillingInterval;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A deterministic book of subscriptions, one per account, all started on 2026-01-01 and not billed
 * yet, billed by a run on 2026-02-01 (January and February, both in advance). A third each on a
 * flat plan (USD 29.00 a month), a per-seat plan (USD 12.00 a seat) and a graduated tiered plan
 * (USD 10.00 a seat up to 10, 8.00 up to 50, 5.00 above), 1 to 60 seats; one in five redeemed a 10
 * %-off-forever coupon; one in ten changed its quantity on 2026-01-16 (immediately, with
 * prorations). Invoices get an exclusive 8.25 % sales tax rounded per line. The same facts are kept
 * as primitive columns for the floor. Immutable after construction.
 */
public final class SubscriptionBook {
  /** The bill run's date. */
  public static final LocalDate TARGET = LocalDate.of(2026, 2, 1);

  /** The subscriptions' start. */
  public static final LocalDate START = LocalDate.of(2026, 1, 1);

  /** The day of the mid-period changes. */
  public static final LocalDate CHANGED_ON = LocalDate.of(2026, 1, 16);

  /** Sales tax: 8.25 % exclusive, per line, half up. */
  public static final TaxPolicy TAX = TaxPolicy.exclusive("sales tax", Percentage.of("8.25"));

  /** Plan kinds in the columns. */
  static final byte FLAT = 0;

  static final byte PER_UNIT = 1;
  static final byte TIERED = 2;

  /** The catalog: three plans and the coupon. */
  public static final Catalog CATALOG = catalog();

  private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");
  private static final ZoneId ZONE = ZoneId.of("America/New_York");

  final AccountId[] accounts;
  final Map<AccountId, AccountBilling> store;
  final byte[] plan;
  final long[] quantity;
  final long[] changedTo;
  final boolean[] coupon;

  private SubscriptionBook(int size) {
    accounts = new AccountId[size];
    store = new HashMap<>(size * 2);
    plan = new byte[size];
    quantity = new long[size];
    changedTo = new long[size];
    coupon = new boolean[size];
  }

  /** A monthly, evergreen plan of the app at one price. */
  private static Plan monthly(String id, Price price) {
    return Plan.of(id, "app", BillingInterval.MONTHLY, PlanPhase.evergreen(price));
  }

  private static Catalog catalog() {
    Money z = Money.zero("USD");
    Plan flat = monthly("flat", Price.flat("flat-fee", Money.of("29.00", "USD")));
    Plan seats = monthly("seats", Price.perUnit("seat", Money.of("12.00", "USD")));
    Price tiered =
        Price.recurring(
            "tiered-seat",
            PricingModel.TIERED_GRADUATED,
            PriceVersion.of(
                LocalDate.EPOCH,
                PriceAmount.tiered(
                    new Tier(10L, Money.of("10.00", "USD"), z),
                    new Tier(50L, Money.of("8.00", "USD"), z),
                    new Tier(null, Money.of("5.00", "USD"), z))));
    Plan tier = monthly("tiered", tiered);
    return Catalog.of(
        List.of(new Product("app", "App")),
        List.of(flat, seats, tier),
        List.of(Coupon.percent("TENOFF", Percentage.of("10"), CouponDuration.FOREVER, null)));
  }

  /**
   * Generates a book.
   *
   * @param size how many subscriptions (and accounts)
   * @param seed the random seed
   * @return the book
   */
  public static SubscriptionBook generate(int size, long seed) {
    SubscriptionBook b = new SubscriptionBook(size);
    SplittableRandom rnd = new SplittableRandom(seed);
    Plan[] plans = {CATALOG.plan("flat"), CATALOG.plan("seats"), CATALOG.plan("tiered")};
    for (int i = 0; i < size; i++) {
      AccountId account = AccountId.of(String.format("acct-%07d", i));
      byte kind = (byte) rnd.nextInt(3);
      long q = 1 + rnd.nextInt(60);
      boolean withCoupon = rnd.nextInt(5) == 0;
      NewSubscription request =
          NewSubscription.builder()
              .id(SubscriptionId.of("sub-" + i))
              .account(account)
              .currency(Money.currency("USD"))
              .zone(ZONE)
              .plan(plans[kind])
              .startDate(START)
              .quantity(q)
              .build();
      if (withCoupon) {
        request = request.withCoupons(List.of("TENOFF"));
      }
      Subscription s = Subscription.create(request, START, AT).value();
      long to = 0;
      if (rnd.nextInt(10) == 0) {
        to = q + 1 + rnd.nextInt(10);
        s =
            s.changeQuantity(
                    CATALOG,
                    to,
                    ChangeTiming.IMMEDIATE,
                    ProrationMode.CREATE_PRORATIONS,
                    CHANGED_ON,
                    AT.plusSeconds(15 * 86_400L))
                .value();
      }
      b.accounts[i] = account;
      b.store.put(account, new AccountBilling(account, List.of(s), List.of(), List.of()));
      b.plan[i] = kind;
      b.quantity[i] = q;
      b.changedTo[i] = to;
      b.coupon[i] = withCoupon;
    }
    return b;
  }

  /**
   * Returns the accounts, in the order they were generated.
   *
   * @return the account ids
   */
  public java.util.List<AccountId> accountIds() {
    return java.util.List.of(accounts);
  }

  /**
   * Returns one account's billing input (its subscription, nothing billed yet).
   *
   * @param account the account
   * @return the input
   */
  public AccountBilling billing(AccountId account) {
    return store.get(account);
  }

  /**
   * Returns the number of subscriptions.
   *
   * @return the subscriptions
   */
  public int size() {
    return accounts.length;
  }
}
