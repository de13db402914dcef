package dev.revops.sales.scoring;

import dev.revops.sales.lead.Lead;
import java.util.HashMap;
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

  /**
   * Returns the attributes the predictive model learns from for a lead: its source, country, e-mail
   * domain and captured attributes (not the name, title or company, which are nearly unique per
   * lead and would only add noise).
   *
   * @param lead the lead
   * @return field to value
   */
  public static Map<String, String> attributesOf(Lead lead) {
    Map<String, String> a = new HashMap<>(lead.attributes());
    a.put("source", lead.source().name());
    a.put("country", lead.country());
    if (lead.email() != null) {
      a.put("emailDomain", lead.email().substring(lead.email().indexOf('@') + 1));
    }
    return a;
  }

  /**
   * Labels a closed lead for training.
   *
   * @param lead the lead
   * @param won whether it was won
   * @param stage the stage it was won or lost in, or null
   * @return the labelled lead
   */
  public static LabelledLead of(Lead lead, boolean won, String stage) {
    return new LabelledLead(attributesOf(lead), won, stage);
  }
}
