package dev.revops.sales.scoring;

import dev.revops.core.json.PolicyLoader;

/** The scoring rules the tests use, loaded from JSON like a host would. */
final class ScoringFixtures {
  static final String RULES_JSON =
      """
      {
        "fit": [
          {"id": "fit.us", "group": "fit", "attribute": "country", "operator": "IN",
           "values": ["US", "CA"], "points": 10},
          {"id": "fit.software", "group": "fit", "attribute": "industry", "operator": "EQUALS",
           "values": ["software"], "points": 15},
          {"id": "fit.student", "attribute": "title", "operator": "IN", "values": ["student"],
           "points": -30},
          {"id": "fit.no-company", "attribute": "company", "operator": "ABSENT", "points": -5}
        ],
        "engagement": [
          {"id": "eng.page", "group": "web", "eventType": "page_view", "points": 2},
          {"id": "eng.click", "group": "email", "eventType": "email_click", "points": 5},
          {"id": "eng.form", "group": "web", "eventType": "form", "points": 20, "maxOccurrences": 2},
          {"id": "eng.meeting", "eventType": "meeting", "points": 25},
          {"id": "eng.unsub", "group": "email", "eventType": "unsubscribe", "points": -15}
        ],
        "groups": [
          {"name": "fit", "cap": 20},
          {"name": "web", "cap": 30},
          {"name": "email", "cap": 15}
        ],
        "overallCap": 100,
        "decay": {"kind": "HALF_LIFE", "halfLifeDays": 30},
        "sourceWeights": {"REFERRAL": 15, "PURCHASED_DATABASE": -5},
        "grades": [
          {"grade": "A", "minScore": 80}, {"grade": "B", "minScore": 50},
          {"grade": "C", "minScore": 20}, {"grade": "D", "minScore": 0}
        ],
        "mqlThreshold": 50
      }
      """;

  static ScoringRules rules() {
    return PolicyLoader.create().load(RULES_JSON, ScoringRules.class);
  }

  private ScoringFixtures() {}
}
