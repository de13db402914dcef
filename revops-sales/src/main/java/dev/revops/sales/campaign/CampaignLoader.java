package dev.revops.sales.campaign;

import static java.util.Objects.requireNonNull;

import dev.revops.core.error.InvalidInputException;
import dev.revops.core.error.Violation;
import dev.revops.core.json.PolicyLoader;
import java.util.List;

/**
 * Reads a campaign definition from JSON: field types, required and unknown fields are checked by
 * the core {@link PolicyLoader} (strict: duplicate keys, floats for integers and coercions are
 * refused, with JSON path and line), then the campaign's own rules by {@link
 * CampaignDefinition#problems()}. Thread-safe.
 */
public final class CampaignLoader {
  private final PolicyLoader loader;

  /**
   * Creates a loader over a policy loader.
   *
   * @param loader the core loader
   */
  public CampaignLoader(PolicyLoader loader) {
    this.loader = requireNonNull(loader, "loader");
  }

  /**
   * Creates a loader with revops' defaults.
   *
   * @return the loader
   */
  public static CampaignLoader create() {
    return new CampaignLoader(PolicyLoader.create());
  }

  /**
   * Reads and checks a campaign definition.
   *
   * @param json the document
   * @return the definition
   * @throws InvalidInputException listing every problem with its JSON path
   */
  public CampaignDefinition load(String json) {
    CampaignDefinition d = loader.load(json, CampaignDefinition.class);
    List<Violation> problems = d.problems();
    if (!problems.isEmpty()) {
      throw new InvalidInputException("campaign", problems);
    }
    return d;
  }
}
