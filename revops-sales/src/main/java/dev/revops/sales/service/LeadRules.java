package dev.revops.sales.service;

import static java.util.Objects.requireNonNull;

import dev.revops.core.statemachine.StateMachine;
import dev.revops.sales.lead.DuplicateDetector;
import dev.revops.sales.lead.LeadLifecycle;
import dev.revops.sales.lead.LeadStatus;
import dev.revops.sales.lead.LeadTrigger;
import dev.revops.sales.pipeline.PipelineConfig;

/**
 * The rules a {@link LeadService} applies: the lead lifecycle, how duplicates are found and the
 * pipeline converted opportunities start in. Immutable and thread-safe; no part is null.
 *
 * @param lifecycle the lead lifecycle (e.g. the standard one extended with own statuses)
 * @param detector the duplicate detector
 * @param pipeline the pipeline opportunities start in
 */
public record LeadRules(
    StateMachine<LeadStatus, LeadTrigger> lifecycle,
    DuplicateDetector detector,
    PipelineConfig pipeline) {

  /** Checks that every part is there. */
  public LeadRules {
    requireNonNull(lifecycle, "lifecycle");
    requireNonNull(detector, "detector");
    requireNonNull(pipeline, "pipeline");
  }

  /**
   * Returns the standard lifecycle, duplicate detector and Salesforce pipeline.
   *
   * @return the rules
   */
  public static LeadRules standard() {
    return new LeadRules(
        LeadLifecycle.standard(), DuplicateDetector.standard(), PipelineConfig.salesforce());
  }

  /**
   * Returns a copy with another pipeline.
   *
   * @param newPipeline the pipeline
   * @return the copy
   */
  public LeadRules withPipeline(PipelineConfig newPipeline) {
    return new LeadRules(lifecycle, detector, newPipeline);
  }
}
