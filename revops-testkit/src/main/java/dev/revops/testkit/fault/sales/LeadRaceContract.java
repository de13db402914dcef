package dev.revops.testkit.fault.sales;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.error.IllegalTransitionException;
import dev.revops.core.id.AccountId;
import dev.revops.core.port.memory.SequentialIdGenerator;
import dev.revops.core.time.ManualClock;
import dev.revops.sales.Sales;
import dev.revops.sales.lead.CaptureResult;
import dev.revops.sales.lead.ConversionResult;
import dev.revops.sales.lead.ConvertLead;
import dev.revops.sales.lead.Lead;
import dev.revops.sales.lead.LeadTrigger;
import dev.revops.sales.service.SalesStores;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sales race suite: eight real threads behind a start gate, {@link #ROUNDS} rounds each, on
 * fresh adapters every round. Eight captures of one e-mail make one lead (one created, seven
 * matched); eight conversions of one lead make exactly one account, one contact and one
 * opportunity: under one conversion id all eight get that same result, without one exactly one
 * succeeds and seven are refused with {@link IllegalTransitionException}. A host or a database
 * adapter extends this class and returns its adapters.
 */
public abstract class LeadRaceContract {
  /** Rounds per race. */
  public static final int ROUNDS = 200;

  private static final int THREADS = 8;

  private ExecutorService pool;

  /** For subclasses. */
  protected LeadRaceContract() {}

  /**
   * Returns fresh, empty adapters; called once per round.
   *
   * @return the adapters
   */
  protected abstract SalesAdapters newAdapters();

  @BeforeEach
  void startThreads() {
    pool = Executors.newFixedThreadPool(THREADS);
  }

  @AfterEach
  void stopThreads() throws InterruptedException {
    pool.shutdownNow();
    pool.awaitTermination(10, TimeUnit.SECONDS);
  }

  private static Sales sales(SalesAdapters a) {
    return Sales.builder()
        .stores(a.stores())
        .unitOfWork(a.unitOfWork())
        .outbox(a.outbox())
        .locks(a.locks())
        .ids(new SequentialIdGenerator("id"))
        .clock(new ManualClock(SalesFaultWorld.T0, ZoneOffset.UTC))
        .build();
  }

  /** What one thread's call did: its result, or what it threw. */
  private record Outcome<T>(T value, Throwable failure) {}

  private <T> List<Outcome<T>> race(Callable<T> call) throws InterruptedException {
    CountDownLatch gate = new CountDownLatch(1);
    List<Future<T>> futures = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      futures.add(
          pool.submit(
              () -> {
                gate.await();
                return call.call();
              }));
    }
    gate.countDown();
    List<Outcome<T>> outcomes = new ArrayList<>();
    for (Future<T> f : futures) {
      try {
        outcomes.add(new Outcome<>(f.get(), null));
      } catch (ExecutionException e) {
        outcomes.add(new Outcome<>(null, e.getCause()));
      }
    }
    return outcomes;
  }

  private static Lead qualifiedLead(Sales sales) {
    Lead lead = sales.leads().capture(SalesForms.webForm()).lead();
    return sales.leads().fire(lead.id(), LeadTrigger.QUALIFY, null, "scoring");
  }

  /** Qualifies a new lead, then races its conversion by the command on every thread. */
  private List<Outcome<ConversionResult>> raceConversions(Sales sales, ConvertLead cmd)
      throws InterruptedException {
    Lead lead = qualifiedLead(sales);
    return race(() -> sales.leads().convert(lead.id(), cmd, "rep-1"));
  }

  private static boolean oneOfEach(SalesStores s) {
    return s.accounts().findAll().size() == 1
        && s.contacts().findAll().size() == 1
        && s.opportunities().findAll().size() == 1;
  }

  /** One round of a race over fresh adapters. */
  @FunctionalInterface
  private interface Round {
    /** Whether the round went as it must. */
    boolean ok(int round, SalesAdapters a, Sales sales) throws InterruptedException;
  }

  /** Runs {@link #ROUNDS} rounds, each over fresh adapters, and counts those that went wrong. */
  private int badRounds(Round round) throws InterruptedException {
    int bad = 0;
    for (int r = 0; r < ROUNDS; r++) {
      SalesAdapters a = newAdapters();
      if (!round.ok(r, a, sales(a))) {
        bad++;
      }
    }
    return bad;
  }

  /** Eight captures of one e-mail: one lead, one created and seven matched, 0 of 200 otherwise. */
  @Test
  void eightCapturesOfOneEmailMakeOneLead() throws InterruptedException {
    int bad =
        badRounds(
            (round, a, sales) -> {
              List<Outcome<CaptureResult>> out =
                  race(() -> sales.leads().capture(SalesForms.webForm()));
              long created =
                  out.stream().filter(o -> o.value() != null && o.value().created()).count();
              long matched =
                  out.stream().filter(o -> o.value() != null && !o.value().created()).count();
              List<Lead> leads = a.stores().leads().findAll();
              return leads.size() == 1 && created == 1 && matched == THREADS - 1;
            });
    assertThat(bad).as("rounds with duplicate leads or failed captures, of " + ROUNDS).isZero();
  }

  /** Eight conversions under one id: one of each record, all eight answer the same records. */
  @Test
  void eightConversionsUnderOneIdMakeOneOfEachAndOneAnswer() throws InterruptedException {
    int bad =
        badRounds(
            (round, a, sales) -> {
              List<Outcome<ConversionResult>> out =
                  raceConversions(
                      sales, SalesForms.conversion().withConversionId("conversion-" + round));
              Set<AccountId> answered = new HashSet<>();
              boolean allAnswered = true;
              for (Outcome<ConversionResult> o : out) {
                if (o.value() == null) {
                  allAnswered = false;
                } else {
                  answered.add(o.value().account().id());
                }
              }
              return allAnswered && answered.size() == 1 && oneOfEach(a.stores());
            });
    assertThat(bad).as("rounds with orphans or different answers, of " + ROUNDS).isZero();
  }

  /** Eight conversions without an id: one succeeds, seven are refused, one of each record. */
  @Test
  void eightConversionsWithoutAnIdMakeOneOfEachAndSevenRefusals() throws InterruptedException {
    int bad =
        badRounds(
            (round, a, sales) -> {
              List<Outcome<ConversionResult>> out = raceConversions(sales, SalesForms.conversion());
              long won = out.stream().filter(o -> o.value() != null).count();
              long refused =
                  out.stream()
                      .filter(o -> o.failure() instanceof IllegalTransitionException)
                      .count();
              return won == 1 && refused == THREADS - 1 && oneOfEach(a.stores());
            });
    assertThat(bad).as("rounds with orphans or unexpected answers, of " + ROUNDS).isZero();
  }
}
