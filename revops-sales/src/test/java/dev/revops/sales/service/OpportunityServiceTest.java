package dev.revops.sales.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.error.IllegalTransitionException;
import dev.revops.core.error.InvalidDefinitionException;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.UserId;
import dev.revops.core.money.Money;
import dev.revops.core.money.Percentage;
import dev.revops.core.pipeline.OpportunityStatus;
import dev.revops.core.port.memory.InMemoryEventPublisher;
import dev.revops.core.port.memory.SequentialIdGenerator;
import dev.revops.core.time.DateRange;
import dev.revops.core.time.ManualClock;
import dev.revops.sales.pipeline.ForecastCategory;
import dev.revops.sales.pipeline.ForecastRow;
import dev.revops.sales.pipeline.Opportunity;
import dev.revops.sales.pipeline.OpportunityEvents.OpportunityStageChanged;
import dev.revops.sales.pipeline.PipelineConfig;
import dev.revops.sales.pipeline.PipelineReport;
import dev.revops.sales.pipeline.Stage;
import dev.revops.sales.port.memory.InMemoryOpportunityRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpportunityServiceTest {
  private static final Currency USD = Currency.getInstance("USD");
  private final InMemoryOpportunityRepository repo = new InMemoryOpportunityRepository();
  private final InMemoryEventPublisher events = new InMemoryEventPublisher();
  private final PipelineConfig config = PipelineConfig.salesforce();
  private final OpportunityService service =
      new OpportunityService(
          repo,
          events,
          new SequentialIdGenerator("opp"),
          new ManualClock(Instant.parse("2026-01-05T10:00:00Z"), ZoneOffset.UTC),
          config);
  private final UserId ann = UserId.of("ann");
  private final UserId bob = UserId.of("bob");

  private Opportunity open(String amount, LocalDate close, UserId owner) {
    return service.open(AccountId.of("acc"), "deal", Money.of(amount, "USD"), close, owner);
  }

  @Test
  void happyPathThroughStagesToWon() {
    Opportunity o = open("10000.00", LocalDate.of(2026, 2, 10), ann);
    assertThat(o.stage()).isEqualTo("Prospecting");
    assertThat(service.moveTo(o.id(), "Proposal/Price Quote", null).weighted(config))
        .isEqualTo(Money.of("7500.00", "USD"));
    Opportunity won = service.win(o.id());
    assertThat(won.status()).isEqualTo(OpportunityStatus.WON);
    assertThat(won.stage()).isEqualTo("Closed Won");
    assertThat(won.closedAt()).isNotNull();
    assertThat(events.published(OpportunityStageChanged.class)).hasSize(2);
    assertThatThrownBy(() -> service.moveTo(o.id(), "Prospecting", null))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Cannot fire MOVE_STAGE in state WON; allowed events: []");
  }

  @Test
  void lostNeedsAnAcceptedReasonAndCanBeReopened() {
    Opportunity o = open("500.00", LocalDate.of(2026, 2, 10), ann);
    assertThatThrownBy(() -> service.lose(o.id(), "bad vibes"))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage(
            "Cannot fire LOSE in state OPEN (guard 'an accepted lost reason' refused it); allowed"
                + " events: [MOVE_STAGE, WIN]");
    Opportunity lost = service.lose(o.id(), "Too expensive");
    assertThat(lost.lostReason()).isEqualTo("Too expensive");
    assertThat(lost.status()).isEqualTo(OpportunityStatus.LOST);
    assertThatThrownBy(
            () ->
                service.update(
                    o.id(),
                    Money.of("1", "USD"),
                    LocalDate.now(java.time.Clock.fixed(Instant.EPOCH, ZoneOffset.UTC))))
        .hasMessageContaining("is LOST: reopen it first");
    Opportunity reopened = service.moveTo(o.id(), "Qualification", null);
    assertThat(reopened.status()).isEqualTo(OpportunityStatus.OPEN);
    assertThat(reopened.lostReason()).isNull();
    assertThatThrownBy(() -> service.moveTo(o.id(), "Nowhere", null))
        .hasMessage("unknown pipeline stage: Nowhere");
  }

  @Test
  void weightedPipelineAndForecastByPeriodAndOwner() {
    Opportunity a = open("1000.00", LocalDate.of(2026, 1, 20), ann);
    Opportunity b = open("2000.00", LocalDate.of(2026, 2, 3), ann);
    Opportunity c = open("3000.00", LocalDate.of(2026, 1, 31), bob);
    service.moveTo(b.id(), "Negotiation/Review", null);
    service.moveTo(c.id(), "Value Proposition", null);
    Opportunity d = open("999.99", LocalDate.of(2026, 1, 2), bob);
    service.lose(d.id(), "Not enough stock");

    PipelineReport report = new PipelineReport(config);
    // 1000*10% + 2000*90% + 3000*50%
    assertThat(report.weightedPipeline(repo.findAll(), USD)).isEqualTo(Money.of("3400.00", "USD"));

    List<ForecastRow> rows =
        report.forecast(
            repo.findAll(),
            DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 1)),
            Period.ofMonths(1),
            USD);
    assertThat(rows)
        .extracting(
            r ->
                r.period().start().getMonthValue()
                    + " "
                    + r.owner()
                    + " "
                    + r.category()
                    + " "
                    + r.count()
                    + " "
                    + r.amount().amount()
                    + " "
                    + r.weighted().amount())
        .containsExactly(
            "1 ann PIPELINE 1 1000.00 100.00",
            "1 bob BEST_CASE 1 3000.00 1500.00",
            "1 bob OMITTED 1 999.99 0.00",
            "2 ann COMMIT 1 2000.00 1800.00");
    assertThat(PipelineReport.weightedFor(rows, ann, USD)).isEqualTo(Money.of("1900.00", "USD"));
  }

  @Test
  void espoCrmStagesAndConfigurationChecks() {
    PipelineConfig espo = PipelineConfig.espoCrm();
    assertThat(espo.stages())
        .extracting(s -> s.probability().percent().intValue())
        .containsExactly(10, 20, 50, 80, 100, 0);
    assertThatThrownBy(
            () ->
                new PipelineConfig(
                    List.of(
                        Stage.open("A", 10, ForecastCategory.PIPELINE),
                        Stage.open("A", 20, ForecastCategory.PIPELINE)),
                    List.of()))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessage(
            "Invalid pipeline: stage A appears twice; needs exactly one won and one lost stage");
    assertThatThrownBy(
            () ->
                new Stage(
                    "X", Percentage.ofPercent(120), ForecastCategory.COMMIT, Stage.Outcome.OPEN))
        .hasMessage("stage X: probability must be 0-100 %");
  }
}
