package dev.revops.sales.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.id.AccountId;
import dev.revops.sales.id.CaseId;
import dev.revops.sales.servicecase.CaseKind;
import dev.revops.sales.servicecase.CaseTrigger;
import dev.revops.sales.servicecase.CaseType;
import dev.revops.sales.servicecase.Feedback;
import dev.revops.sales.servicecase.ServiceCase;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A resolved case with a satisfied customer triggers an offer; nothing else does. */
class CaseOfferRuleTest {
  static final Instant T = Instant.parse("2026-06-01T10:00:00Z");
  static final AccountId ACCOUNT = AccountId.of("acct-1");
  static final CaseOfferRule RULE = new CaseOfferRule(4);

  static ServiceCase closed(String id) {
    return open(id).fire(CaseTrigger.CLOSE, T).value();
  }

  static ServiceCase open(String id) {
    return ServiceCase.open(CaseId.of(id), ACCOUNT, CaseKind.of(CaseType.SUPPORT, null, null), T)
        .value();
  }

  static Feedback csat(String caseId, int score, Instant at) {
    return new Feedback(
        ACCOUNT, caseId == null ? null : CaseId.of(caseId), Feedback.Kind.CSAT, score, null, at);
  }

  /** The rule's decision on a case and its answers: whether it triggers, and why. */
  private static void assertDecision(
      ServiceCase c, List<Feedback> answers, boolean triggered, String reason) {
    CaseOfferRule.Decision d = RULE.decide(c, answers);
    assertThat(d.triggered()).isEqualTo(triggered);
    assertThat(d.reason()).isEqualTo(reason);
  }

  @Test
  void aClosedCaseWithCsatAtTheThresholdTriggers() {
    assertDecision(closed("c1"), List.of(csat("c1", 4, T)), true, "CSAT 4 meets the threshold 4");
  }

  @Test
  void csatBelowTheThresholdDoesNot() {
    assertDecision(
        closed("c1"), List.of(csat("c1", 3, T)), false, "CSAT 3 is below the threshold 4");
  }

  @Test
  void theLatestAnswerToThisCaseCounts() {
    assertThat(
            RULE.decide(
                    closed("c1"),
                    List.of(csat("c1", 5, T), csat("c1", 2, T.plusSeconds(60)), csat("c2", 5, T)))
                .triggered())
        .isFalse();
    assertThat(
            RULE.decide(closed("c1"), List.of(csat("c1", 2, T), csat("c1", 5, T.plusSeconds(60))))
                .triggered())
        .isTrue();
  }

  @Test
  void anAnswerToAnotherCaseOrWithoutCaseOrNpsDoesNotCount() {
    Feedback nps = new Feedback(ACCOUNT, CaseId.of("c1"), Feedback.Kind.NPS, 10, null, T);
    assertDecision(
        closed("c1"),
        List.of(csat("c2", 5, T), csat(null, 5, T), nps),
        false,
        "no CSAT answer for case c1");
  }

  @Test
  void anUnresolvedCaseDoesNotTrigger() {
    assertDecision(open("c1"), List.of(csat("c1", 5, T)), false, "case c1 is NEW, not resolved");
  }

  @Test
  void theThresholdIsACsatScore() {
    assertThatThrownBy(() -> new CaseOfferRule(6)).hasMessageContaining("1-5");
    assertThatThrownBy(() -> new CaseOfferRule(0)).hasMessageContaining("1-5");
  }
}
