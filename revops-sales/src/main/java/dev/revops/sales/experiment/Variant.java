package dev.revops.sales.experiment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * One treatment arm of an experiment and its share of the traffic. Immutable and thread-safe;
 * checked by {@link ExperimentDefinition}, not here, so that JSON problems are reported with their
 * paths.
 *
 * @param name the arm's name, unique in its experiment and not {@value TrafficSplit#HOLDOUT}
 * @param percent its share of the traffic in percent, above 0, at most two decimals
 */
public record Variant(@NotBlank String name, @NotNull BigDecimal percent) {}
