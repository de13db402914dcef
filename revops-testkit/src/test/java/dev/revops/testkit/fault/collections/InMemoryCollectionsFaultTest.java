package dev.revops.testkit.fault.collections;

/** The collections fault suite on the embedded in-memory adapters. */
class InMemoryCollectionsFaultTest extends CollectionsFaultContract {
  @Override
  protected CollectionsBackend backend() {
    return CollectionsBackend.inMemory();
  }
}
