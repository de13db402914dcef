package dev.revops.billing.catalog;

import static java.util.Objects.requireNonNull;

import dev.revops.core.error.InvalidInputException;
import dev.revops.core.error.Violation;
import dev.revops.core.json.PolicyLoader;
import java.util.List;

/**
 * Reads a catalog from JSON: field types, required and unknown fields are checked by the core
 * {@link PolicyLoader} (with JSON path, line and column), then the catalog rules by {@link
 * Catalog#problems()}. Thread-safe.
 */
public final class CatalogLoader {
  private final PolicyLoader loader;

  /**
   * Creates a loader over a policy loader.
   *
   * @param loader the core loader
   */
  public CatalogLoader(PolicyLoader loader) {
    this.loader = requireNonNull(loader, "loader");
  }

  /**
   * Creates a loader with revops' defaults.
   *
   * @return the loader
   */
  public static CatalogLoader create() {
    return new CatalogLoader(PolicyLoader.create());
  }

  /**
   * Reads and checks a catalog.
   *
   * @param json the document
   * @return the catalog
   * @throws InvalidInputException listing every problem with its JSON path
   */
  public Catalog load(String json) {
    Catalog catalog = loader.load(json, Catalog.class);
    List<Violation> problems = catalog.problems();
    if (!problems.isEmpty()) {
      throw new InvalidInputException("catalog", problems);
    }
    return catalog;
  }
}
