package dev.revops.core.scoring;

import java.util.Map;

/**
 * A closed lead for the predictive model: its attributes, whether it was won, and the furthest
 * stage it reached. Immutable.
 *
 * @param attributes field to value, e.g. {@code country -> US}, {@code source -> REFERRAL}
 * @param won true when won, false when lost
 * @param stage the stage it was won or lost in, or null when the model uses no stages
 */
public record LabelledLead(Map<String, String> attributes, boolean won, String stage) {
  /** Copies the attributes. */
  public LabelledLead {
    attributes = Map.copyOf(attributes);
  }
}
