package dev.revops.archrules.planted.service;

import dev.revops.archrules.planted.port.PlantedStore;

/** A planted use case: above the port, which is allowed. */
public final class PlantedService {
  private final PlantedStore store;

  /**
   * @param store the port
   */
  public PlantedService(PlantedStore store) {
    this.store = store;
  }

  /**
   * @return the port
   */
  public PlantedStore store() {
    return store;
  }
}
