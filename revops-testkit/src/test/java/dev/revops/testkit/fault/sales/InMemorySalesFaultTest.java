package dev.revops.testkit.fault.sales;

/** The sales fault suite on the embedded in-memory adapters. */
class InMemorySalesFaultTest extends SalesFaultContract {
  @Override
  protected SalesAdapters newAdapters() {
    return SalesAdapters.inMemory();
  }
}
