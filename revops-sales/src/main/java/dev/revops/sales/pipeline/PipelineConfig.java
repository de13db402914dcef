package dev.revops.sales.pipeline;

import static dev.revops.sales.pipeline.ForecastCategory.BEST_CASE;
import static dev.revops.sales.pipeline.ForecastCategory.CLOSED;
import static dev.revops.sales.pipeline.ForecastCategory.COMMIT;
import static dev.revops.sales.pipeline.ForecastCategory.OMITTED;
import static dev.revops.sales.pipeline.ForecastCategory.PIPELINE;

import dev.revops.core.error.InvalidDefinitionException;
import dev.revops.core.money.Percentage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A pipeline: its stages in order (open ones first, then exactly one won and one lost stage) and
 * the lost reasons it accepts. Defaults: {@link #salesforce()} (the library's default); {@link
 * #espoCrm()} as an alternative. Immutable and thread-safe.
 *
 * @param stages the stages, in order
 * @param lostReasons the accepted lost reasons; empty accepts any non-blank reason
 */
public record PipelineConfig(List<Stage> stages, List<String> lostReasons) {
  /** Odoo's default lost reasons. */
  public static final List<String> ODOO_LOST_REASONS =
      List.of("Too expensive", "We don't have people/skills", "Not enough stock");

  /** Checks the stages: unique names, at least one open, exactly one won and one lost. */
  public PipelineConfig {
    stages = List.copyOf(stages);
    lostReasons = List.copyOf(lostReasons);
    List<String> problems = new ArrayList<>();
    Set<String> names = new HashSet<>();
    int open = 0;
    int won = 0;
    int lost = 0;
    for (Stage s : stages) {
      if (!names.add(s.name())) {
        problems.add("stage " + s.name() + " appears twice");
      }
      switch (s.outcome()) {
        case OPEN -> open++;
        case WON -> won++;
        case LOST -> lost++;
      }
    }
    if (open == 0) {
      problems.add("needs at least one open stage");
    }
    if (won != 1 || lost != 1) {
      problems.add("needs exactly one won and one lost stage");
    }
    if (!problems.isEmpty()) {
      throw new InvalidDefinitionException("pipeline", problems);
    }
  }

  /**
   * Salesforce's default stages: Prospecting 10, Qualification 10, Needs Analysis 20, Value
   * Proposition 50, Id. Decision Makers 60, Perception Analysis 70, Proposal/Price Quote 75,
   * Negotiation/Review 90, Closed Won 100, Closed Lost 0; Odoo's lost reasons.
   *
   * @return the configuration
   */
  public static PipelineConfig salesforce() {
    return closingWithOdooReasons(
        Stage.open("Prospecting", 10, PIPELINE),
        Stage.open("Qualification", 10, PIPELINE),
        Stage.open("Needs Analysis", 20, PIPELINE),
        Stage.open("Value Proposition", 50, BEST_CASE),
        Stage.open("Id. Decision Makers", 60, BEST_CASE),
        Stage.open("Perception Analysis", 70, BEST_CASE),
        Stage.open("Proposal/Price Quote", 75, COMMIT),
        Stage.open("Negotiation/Review", 90, COMMIT));
  }

  /**
   * EspoCRM's default stages: Prospecting 10, Qualification 20, Proposal 50, Negotiation 80, Closed
   * Won 100, Closed Lost 0.
   *
   * @return the configuration
   */
  public static PipelineConfig espoCrm() {
    return closingWithOdooReasons(
        Stage.open("Prospecting", 10, PIPELINE),
        Stage.open("Qualification", 20, PIPELINE),
        Stage.open("Proposal", 50, BEST_CASE),
        Stage.open("Negotiation", 80, COMMIT));
  }

  /** The open stages, then Closed Won 100 and Closed Lost 0, with Odoo's lost reasons. */
  private static PipelineConfig closingWithOdooReasons(Stage... open) {
    List<Stage> stages = new ArrayList<>(List.of(open));
    stages.add(new Stage("Closed Won", Percentage.HUNDRED, CLOSED, Stage.Outcome.WON));
    stages.add(new Stage("Closed Lost", Percentage.ZERO, OMITTED, Stage.Outcome.LOST));
    return new PipelineConfig(stages, ODOO_LOST_REASONS);
  }

  /**
   * Finds a stage by name.
   *
   * @param name the name
   * @return the stage, or empty
   */
  public Optional<Stage> stage(String name) {
    return stages.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /**
   * Returns a stage that must exist.
   *
   * @param name the name
   * @return the stage
   * @throws IllegalArgumentException naming the unknown stage
   */
  public Stage require(String name) {
    return stage(name)
        .orElseThrow(() -> new IllegalArgumentException("unknown pipeline stage: " + name));
  }

  /**
   * Returns the first open stage, where new opportunities start.
   *
   * @return the stage
   */
  public Stage firstStage() {
    return stages.stream().filter(s -> s.outcome() == Stage.Outcome.OPEN).findFirst().orElseThrow();
  }

  /**
   * Returns the won stage.
   *
   * @return the stage
   */
  public Stage wonStage() {
    return stages.stream().filter(s -> s.outcome() == Stage.Outcome.WON).findFirst().orElseThrow();
  }

  /**
   * Returns the lost stage.
   *
   * @return the stage
   */
  public Stage lostStage() {
    return stages.stream().filter(s -> s.outcome() == Stage.Outcome.LOST).findFirst().orElseThrow();
  }

  /**
   * Tells whether a lost reason is accepted.
   *
   * @param reason the reason
   * @return true when accepted
   */
  public boolean acceptsLostReason(String reason) {
    return reason != null
        && !reason.isBlank()
        && (lostReasons.isEmpty() || lostReasons.contains(reason));
  }
}
