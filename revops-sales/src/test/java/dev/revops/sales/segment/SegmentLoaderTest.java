package dev.revops.sales.segment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.error.Violation;
import dev.revops.core.id.AccountId;
import dev.revops.sales.Refusals;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SegmentLoaderTest {
  static final String JSON =
      """
      {"id": "crm-active-no-analytics", "name": "Active CRM customers without analytics",
       "rule": {"all": [
         {"attribute": "subscription.plan", "op": "in", "values": ["crm-pro", "crm-team"]},
         {"attribute": "subscription.addons", "op": "notIn", "values": ["analytics"]},
         {"attribute": "usage.logins30d", "op": "gte", "value": 10},
         {"not": {"attribute": "account.country", "op": "eq", "value": "DE"}}]}}
      """;

  private final SegmentLoader loader = SegmentLoader.create();

  @Test
  void aSegmentIsReadAndExplainsEachAccount() {
    Segment s = loader.load(JSON);
    SegmentMatch in =
        s.match(
            SegmentFacts.of(
                AccountId.of("a1"),
                Map.of(
                    "subscription.plan",
                    List.of("crm-pro", "helpdesk"),
                    "usage.logins30d",
                    12,
                    "account.country",
                    "US")));
    assertThat(in.in()).isTrue();
    assertThat(in.reasons())
        .containsExactly(
            "subscription.plan in ['crm-pro', 'crm-team']: yes (has ['crm-pro', 'helpdesk'])",
            "subscription.addons not in 'analytics': yes (no value)",
            "usage.logins30d >= 10: yes (has 12)",
            "not: account.country = 'DE': no (has 'US')");
    SegmentMatch out =
        s.match(
            SegmentFacts.of(
                AccountId.of("a2"),
                Map.of(
                    "subscription.plan", "crm-team",
                    "subscription.addons", "analytics",
                    "usage.logins30d", 9.5)));
    assertThat(out.in()).isFalse();
    assertThat(out.reasons())
        .contains(
            "subscription.addons not in 'analytics': no (has 'analytics')",
            "usage.logins30d >= 10: no (has 9.5)");
  }

  private List<Violation> problems(String json) {
    return Refusals.violations(loader::load, json);
  }

  private static String rule(String rule) {
    return "{\"id\": \"s\", \"name\": \"S\", \"rule\": " + rule + "}";
  }

  @Test
  void everyProblemIsNamedWithItsPath() {
    assertThat(
            problems(
                rule(
                    "{\"any\": [{\"attribute\": \"invoice.total\", \"op\": \"gt\", \"value\": 1},"
                        + " {\"attribute\": \"score.total\", \"op\": \"above\", \"value\": 1},"
                        + " {\"attribute\": \"score.total\", \"op\": \"gt\", \"value\": \"high\"},"
                        + " {\"attribute\": \"contact.role\", \"op\": \"in\", \"value\": \"cfo\"},"
                        + " {\"attribute\": \"contact.role\", \"op\": \"exists\", \"value\": 1},"
                        + " {\"all\": []},"
                        + " {\"not\": {\"attribute\": \"usage.x\", \"op\": \"eq\", \"value\": [1]}},"
                        + " {\"all\": [], \"any\": []},"
                        + " {\"attribute\": \"usage.x\", \"op\": \"eq\", \"value\": 1, \"weight\": 2}]}")))
        .extracting(Violation::path)
        .containsExactly(
            "$.rule.any[0].attribute",
            "$.rule.any[1].op",
            "$.rule.any[2].value",
            "$.rule.any[3].value",
            "$.rule.any[4]",
            "$.rule.any[5].all",
            "$.rule.any[6].not.value",
            "$.rule.any[7]",
            "$.rule.any[8].weight");
  }

  @Test
  void theMessagesSayWhatIsWrong() {
    assertThat(problems(rule("{\"attribute\": \"invoice.total\", \"op\": \"gt\", \"value\": 1}")))
        .extracting(Violation::message)
        .containsExactly(
            "unknown kind 'invoice'; known: account, contact, subscription, usage, score");
    assertThat(problems(rule("{\"attribute\": \"score.total\", \"op\": \"lt\", \"value\": \"x\"}")))
        .extracting(Violation::message)
        .containsExactly("lt compares numbers");
    assertThat(problems(rule("{\"all\": [], \"not\": {}}")))
        .extracting(Violation::message)
        .containsExactly("a rule has one of all, any, not or attribute, not all and not");
    assertThat(problems("{\"id\": \"s\", \"name\": \"S\"}"))
        .extracting(Violation::path, Violation::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("$.rule", "is required"));
  }

  @Test
  void nestingAndSizeAreBounded() {
    String deep = "{\"attribute\": \"score.total\", \"op\": \"exists\"}";
    for (int i = 0; i < SegmentLoader.MAX_DEPTH; i++) {
      deep = "{\"not\": " + deep + "}";
    }
    assertThat(problems(rule(deep)))
        .extracting(Violation::message)
        .containsExactly("rules nest more than 10 deep");
    StringBuilder many = new StringBuilder("{\"any\": [");
    for (int i = 0; i <= SegmentLoader.MAX_RULES; i++) {
      many.append(i == 0 ? "" : ",").append("{\"attribute\": \"score.total\", \"op\": \"exists\"}");
    }
    assertThat(problems(rule(many.append("]}").toString())))
        .extracting(Violation::message)
        .containsExactly("more than 200 comparisons in one segment");
  }

  @Test
  void theStrictLoaderRefusesDuplicateKeysAndNullDocuments() {
    assertThat(problems("null")).extracting(Violation::path).containsExactly("$");
    assertThat(problems(JSON.replace("\"name\":", "\"id\": \"again\", \"name\":")))
        .extracting(Violation::message)
        .anyMatch(m -> m.startsWith("duplicate key 'id'"));
    assertThat(loader.load("\uFEFF" + JSON).id()).isEqualTo("crm-active-no-analytics");
  }
}
