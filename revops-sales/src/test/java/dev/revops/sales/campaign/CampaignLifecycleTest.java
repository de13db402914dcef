package dev.revops.sales.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.error.IllegalTransitionException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CampaignLifecycleTest {
  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  private final Campaign draft =
      Campaign.draft(CampaignLoader.create().load(CampaignLoaderTest.JSON));

  @Test
  void aCampaignRunsFromDraftToCompletedWithPausesAndKeepsItsHistory() {
    Instant start = NOW.plus(Duration.ofDays(1));
    Campaign c = draft.schedule(start, NOW, "marketing");
    assertThat(c.status()).isEqualTo(CampaignStatus.SCHEDULED);
    assertThat(c.startAt()).isEqualTo(start);
    assertThatThrownBy(() -> c.start(NOW, "scheduler"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("starts at " + start);
    Campaign running = c.start(start, "scheduler");
    assertThat(running.isSending()).isTrue();
    Campaign paused = running.pause(start.plusSeconds(60), "marketing");
    assertThat(paused.isSending()).isFalse();
    Campaign done =
        paused
            .resume(start.plusSeconds(120), "marketing")
            .complete(start.plusSeconds(180), "scheduler");
    assertThat(done.status()).isEqualTo(CampaignStatus.COMPLETED);
    assertThat(done.history())
        .extracting(r -> r.event())
        .containsExactly(
            CampaignTrigger.SCHEDULE,
            CampaignTrigger.START,
            CampaignTrigger.PAUSE,
            CampaignTrigger.RESUME,
            CampaignTrigger.COMPLETE);
    assertThat(CampaignLifecycle.standard().isTerminal(done.status())).isTrue();
  }

  @Test
  void aScheduledCampaignCanGoBackToDraftAndScheduleInThePastIsRefused() {
    assertThat(draft.schedule(NOW, NOW, "m").unschedule(NOW, "m").status())
        .isEqualTo(CampaignStatus.DRAFT);
    assertThatThrownBy(() -> draft.schedule(NOW.minusSeconds(1), NOW, "m"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("before now");
  }

  @Test
  void cancellingNeedsAReasonAndIsFinal() {
    Campaign running = draft.schedule(NOW, NOW, "m").start(NOW, "s");
    assertThatThrownBy(() -> running.cancel(" ", NOW, "m"))
        .isInstanceOf(IllegalTransitionException.class);
    Campaign cancelled = running.cancel("offer withdrawn", NOW, "m");
    assertThat(cancelled.status()).isEqualTo(CampaignStatus.CANCELLED);
    assertThat(cancelled.cancelReason()).isEqualTo("offer withdrawn");
    assertThatThrownBy(() -> cancelled.resume(NOW, "m"))
        .isInstanceOf(IllegalTransitionException.class);
    assertThat(draft.cancel("never mind", NOW, "m").status()).isEqualTo(CampaignStatus.CANCELLED);
  }

  @Test
  void illegalMovesNameTheStateAndAreRefused() {
    assertThatThrownBy(() -> draft.start(NOW, "s")).isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> draft.pause(NOW, "s")).isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> draft.complete(NOW, "s"))
        .isInstanceOf(IllegalTransitionException.class);
    Campaign done = draft.schedule(NOW, NOW, "m").start(NOW, "s").complete(NOW, "s");
    assertThatThrownBy(() -> done.cancel("late", NOW, "m"))
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void everyStateIsReachableAndOnlyCompletedAndCancelledAreFinal() {
    assertThat(CampaignLifecycle.standard().states())
        .containsExactlyInAnyOrder(CampaignStatus.values());
    assertThat(CampaignLifecycle.standard().terminalStates())
        .containsExactlyInAnyOrder(CampaignStatus.COMPLETED, CampaignStatus.CANCELLED);
  }

  @Test
  void aDefinitionWithProblemsCannotBecomeACampaign() {
    CampaignDefinition d = CampaignLoader.create().load(CampaignLoaderTest.JSON);
    CampaignDefinition bad =
        new CampaignDefinition(
            d.id(),
            d.name(),
            d.goal(),
            d.audience(),
            d.steps(),
            new SendWindow(java.time.LocalTime.of(7, 0), d.sendWindow().until()),
            d.extraTokens());
    assertThatThrownBy(() -> Campaign.draft(bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("$.sendWindow");
  }
}
