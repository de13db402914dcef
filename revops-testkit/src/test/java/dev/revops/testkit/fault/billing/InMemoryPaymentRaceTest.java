package dev.revops.testkit.fault.billing;

/** The payment race contract on the in-memory adapters. */
class InMemoryPaymentRaceTest extends PaymentRaceContract {
  @Override
  protected BillingAdapters adapters() {
    return BillingAdapters.inMemory();
  }
}
