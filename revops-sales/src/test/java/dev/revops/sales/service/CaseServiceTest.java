package dev.revops.sales.service;

import static dev.revops.sales.servicecase.CaseFixtures.MONDAY_9;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.error.IllegalTransitionException;
import dev.revops.core.error.InvalidInputException;
import dev.revops.core.error.Violation;
import dev.revops.core.id.UserId;
import dev.revops.sales.servicecase.CaseChannel;
import dev.revops.sales.servicecase.CaseEvents.CaseEscalated;
import dev.revops.sales.servicecase.CaseFixtures;
import dev.revops.sales.servicecase.CaseStatus;
import dev.revops.sales.servicecase.CaseTrigger;
import dev.revops.sales.servicecase.CaseType;
import dev.revops.sales.servicecase.Feedback;
import dev.revops.sales.servicecase.FeedbackSummary;
import dev.revops.sales.servicecase.ServiceCase;
import dev.revops.sales.servicecase.Severity;
import dev.revops.sales.servicecase.SlaClock;
import dev.revops.sales.servicecase.StatusInterval;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseServiceTest {
  private final CaseFixtures f = new CaseFixtures();
  private final CaseService service = f.service;

  @Test
  void happyPathFromNewToAutoClosedAndReopened() {
    ServiceCase c = service.open(f.smallCo, CaseType.SUPPORT, null, CaseChannel.EMAIL);
    assertThat(c.status()).isEqualTo(CaseStatus.NEW);
    f.clock.advance(Duration.ofHours(1));
    ServiceCase responded = service.respond(c.id());
    assertThat(responded.status()).isEqualTo(CaseStatus.OPEN);
    assertThat(responded.firstResponseAt()).isEqualTo(MONDAY_9.plus(Duration.ofHours(1)));
    service.pend(c.id(), CaseTrigger.WAIT, MONDAY_9.plus(Duration.ofDays(1)));
    f.clock.advance(Duration.ofDays(1));
    assertThat(service.runTimers())
        .extracting(ServiceCase::status)
        .containsExactly(CaseStatus.OPEN);
    service.pend(c.id(), CaseTrigger.PENDING_CLOSE, f.clock.instant().plus(Duration.ofDays(3)));
    f.clock.advance(Duration.ofDays(2));
    assertThat(service.runTimers()).isEmpty();
    f.clock.advance(Duration.ofDays(1));
    ServiceCase closed = service.runTimers().get(0);
    assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(closed.closedAt()).isEqualTo(f.clock.instant());
    ServiceCase reopened = service.fire(c.id(), CaseTrigger.REOPEN);
    assertThat(reopened.status()).isEqualTo(CaseStatus.OPEN);
    assertThat(reopened.closedAt()).isNull();
    assertThat(reopened.history())
        .extracting(StatusInterval::status)
        .containsExactly(
            CaseStatus.NEW,
            CaseStatus.OPEN,
            CaseStatus.PENDING_REMINDER,
            CaseStatus.OPEN,
            CaseStatus.PENDING_CLOSE,
            CaseStatus.CLOSED,
            CaseStatus.OPEN);
  }

  @Test
  void refusals() {
    assertThatThrownBy(() -> service.open(f.smallCo, CaseType.INCIDENT, null, null))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(new Violation("severity", "an incident needs a severity")));
    assertThatThrownBy(() -> service.open(f.smallCo, CaseType.COMPLAINT, null, null))
        .hasMessage(
            "Invalid service case (1 violation): channel: a complaint needs the channel it came"
                + " through");
    ServiceCase c = service.open(f.smallCo, CaseType.COMPLAINT, null, CaseChannel.PUBLIC_REVIEW);
    ServiceCase other = service.open(f.smallCo, CaseType.SUPPORT, null, CaseChannel.CHAT);
    assertThatThrownBy(() -> service.fire(c.id(), CaseTrigger.REOPEN))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage(
            "Cannot fire REOPEN in state NEW; allowed events: [OPEN, WAIT, PENDING_CLOSE, CLOSE,"
                + " MERGE]");
    assertThatThrownBy(() -> service.pend(c.id(), CaseTrigger.WAIT, MONDAY_9))
        .hasMessage("Invalid pending case (1 violation): until: must be after now");
    assertThatThrownBy(() -> service.fire(c.id(), CaseTrigger.MERGE))
        .hasMessage("MERGE needs a time or a target: use pend or mergeInto");
    assertThatThrownBy(() -> service.merge(c.id(), c.id()))
        .hasMessageContaining("a case cannot be merged into itself");
    ServiceCase merged = service.merge(c.id(), other.id());
    assertThat(merged.mergedInto()).isEqualTo(other.id());
    assertThatThrownBy(() -> service.fire(c.id(), CaseTrigger.REOPEN))
        .hasMessage("Cannot fire REOPEN in state MERGED; allowed events: []");
    assertThatThrownBy(() -> service.respond(c.id()))
        .hasMessage(
            "Cannot fire RESPOND in state MERGED (respond on "
                + other.id()
                + "); allowed events: []");
  }

  @Test
  void incidentsOnHighValueAccountsEscalateToTheOwner() {
    ServiceCase big = service.open(f.bigCo, CaseType.INCIDENT, Severity.CRITICAL, null);
    assertThat(big.escalatedTo()).isEqualTo(UserId.of("rep-7"));
    assertThat(f.events.published(CaseEscalated.class))
        .singleElement()
        .satisfies(e -> assertThat(e.owner()).isEqualTo(UserId.of("rep-7")));
    assertThat(service.open(f.bigCo, CaseType.INCIDENT, Severity.LOW, null).escalatedTo()).isNull();
    assertThat(service.open(f.smallCo, CaseType.INCIDENT, Severity.CRITICAL, null).escalatedTo())
        .isNull();
    assertThat(service.open(f.bigCo, CaseType.SUPPORT, Severity.CRITICAL, null).escalatedTo())
        .isNull();
  }

  @Test
  void criticalIncidentsUseTheirOwnSla() {
    ServiceCase big = service.open(f.bigCo, CaseType.INCIDENT, Severity.CRITICAL, null);
    f.clock.advance(Duration.ofMinutes(25));
    List<SlaClock> clocks = service.sla(big.id());
    assertThat(clocks.get(0).kind()).isEqualTo(SlaClock.Kind.FIRST_RESPONSE);
    assertThat(clocks.get(0).state()).isEqualTo(SlaClock.State.WARNING);
    assertThat(clocks.get(0).dueAt()).isEqualTo(MONDAY_9.plus(Duration.ofMinutes(30)));
  }

  @Test
  void feedbackAttachesToAccounts() {
    service.recordFeedback(new Feedback(f.bigCo, null, Feedback.Kind.NPS, 10, null, MONDAY_9));
    service.recordFeedback(new Feedback(f.bigCo, null, Feedback.Kind.NPS, 9, null, MONDAY_9));
    service.recordFeedback(new Feedback(f.bigCo, null, Feedback.Kind.NPS, 3, "slow", MONDAY_9));
    service.recordFeedback(new Feedback(f.bigCo, null, Feedback.Kind.NPS, 7, null, MONDAY_9));
    service.recordFeedback(new Feedback(f.bigCo, null, Feedback.Kind.CSAT, 4, null, MONDAY_9));
    service.recordFeedback(new Feedback(f.bigCo, null, Feedback.Kind.CSAT, 2, null, MONDAY_9));
    service.recordFeedback(new Feedback(f.bigCo, null, Feedback.Kind.CSAT, 5, null, MONDAY_9));
    FeedbackSummary s = service.feedbackSummary(f.bigCo);
    assertThat(s.nps()).isEqualByComparingTo("25.00");
    assertThat(s.csatPercent()).isEqualByComparingTo("66.67");
    assertThat(service.feedbackSummary(f.smallCo).netPromoterScore()).isEmpty();
    assertThatThrownBy(() -> new Feedback(f.bigCo, null, Feedback.Kind.CSAT, 0, null, MONDAY_9))
        .hasMessage("CSAT score must be 1-5");
  }
}
