package dev.revops.sales.offer;

import static java.util.Objects.requireNonNull;

import dev.revops.core.error.InvalidInputException;
import dev.revops.core.error.Violation;
import dev.revops.core.json.PolicyLoader;
import java.util.List;

/**
 * Reads an offer catalog from JSON: field types, required and unknown fields are checked by the
 * core {@link PolicyLoader} (strict: duplicate keys, floats for integers, numbers for enums and
 * coercions are refused, with JSON path and line), then the catalog's own rules by {@link
 * OfferCatalog#problems()}. Thread-safe.
 */
public final class OfferCatalogLoader {
  private final PolicyLoader loader;

  /**
   * Creates a loader over a policy loader.
   *
   * @param loader the core loader
   */
  public OfferCatalogLoader(PolicyLoader loader) {
    this.loader = requireNonNull(loader, "loader");
  }

  /**
   * Creates a loader with revops' defaults.
   *
   * @return the loader
   */
  public static OfferCatalogLoader create() {
    return new OfferCatalogLoader(PolicyLoader.create());
  }

  /**
   * Reads and checks a catalog.
   *
   * @param json the document
   * @return the catalog
   * @throws InvalidInputException listing every problem with its JSON path
   */
  public OfferCatalog load(String json) {
    OfferCatalog c = loader.load(json, OfferCatalog.class);
    List<Violation> problems = c.problems();
    if (!problems.isEmpty()) {
      throw new InvalidInputException("offer catalog", problems);
    }
    return c;
  }
}
