package dev.revops.testkit.fault.sales;

/** The sales race suite on the embedded in-memory adapters. */
class InMemoryLeadRaceTest extends LeadRaceContract {
  @Override
  protected SalesAdapters newAdapters() {
    return SalesAdapters.inMemory();
  }
}
