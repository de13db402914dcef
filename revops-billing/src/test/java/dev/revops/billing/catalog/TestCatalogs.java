package dev.revops.billing.catalog;

/** Catalog JSON shared by tests. */
public final class TestCatalogs {
  private TestCatalogs() {}

  /** A catalog with a trial plan, tiered and usage prices, two currencies and a coupon. */
  public static final String JSON =
      """
      {
        "products": [ {"id": "crm", "name": "CRM"} ],
        "plans": [
          {
            "id": "pro-monthly",
            "productId": "crm",
            "interval": {"unit": "MONTH", "count": 1},
            "phases": [
              {"type": "TRIAL", "duration": {"unit": "DAY", "count": 14}},
              {"type": "EVERGREEN", "prices": [
                {"id": "pro-seat", "charge": "RECURRING", "model": "PER_UNIT",
                 "onNewVersion": "MOVE_AT_NEXT_RENEWAL",
                 "versions": [
                   {"effectiveFrom": "2020-01-01", "currencies": [
                     {"amount": {"amount": "30.00", "currency": "USD"}},
                     {"amount": {"amount": "3000", "currency": "JPY"}}]},
                   {"effectiveFrom": "2025-01-01", "currencies": [
                     {"amount": {"amount": "35.00", "currency": "USD"}},
                     {"amount": {"amount": "3500", "currency": "JPY"}}]}
                 ]},
                {"id": "pro-api", "charge": "USAGE", "model": "TIERED_GRADUATED",
                 "versions": [
                   {"effectiveFrom": "2020-01-01", "currencies": [
                     {"amount": {"amount": "0", "currency": "USD"}, "tiers": [
                       {"upTo": 1000, "unitAmount": {"amount": "0", "currency": "USD"}},
                       {"unitAmount": {"amount": "0.01", "currency": "USD"}}]},
                     {"amount": {"amount": "0", "currency": "JPY"}, "tiers": [
                       {"upTo": 1000, "unitAmount": {"amount": "0", "currency": "JPY"}},
                       {"unitAmount": {"amount": "1", "currency": "JPY"}}]}]}
                 ]}
              ]}
            ]
          }
        ],
        "coupons": [
          {"id": "WELCOME20", "percentOff": "20%", "duration": "REPEATING", "durationInPeriods": 3}
        ]
      }
      """;
}
