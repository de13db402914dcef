package dev.revops.sales.marketing;

import static dev.revops.sales.marketing.MarketingFixtures.ADDRESS;
import static dev.revops.sales.marketing.MarketingFixtures.POSTAL;
import static dev.revops.sales.marketing.MarketingFixtures.newYork;
import static dev.revops.sales.marketing.MarketingFixtures.person;
import static dev.revops.sales.marketing.MarketingFixtures.us;
import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.json.RevOpsJson;
import dev.revops.core.port.memory.InMemoryLocks;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The gate under concurrent campaigns, and the configuration written and read back. */
class MarketingGateRaceTest {
  @Test
  void campaignsRacingForOnePersonNeverPassTheCap() throws Exception {
    MarketingPolicy policy =
        MarketingFixtures.with(
            MarketingComplianceConfig.defaults()
                .withFrequencyCap(FrequencyCap.of(3, Duration.ofDays(7))));
    MarketingGate.Ports ports = MarketingGate.Ports.inMemory();
    MarketingGate gate = new MarketingGate(policy, ports, new InMemoryLocks());
    Instant at = newYork("2026-03-04T12:00");
    MarketingContactRequest r =
        us(person(), Outreach.email(ADDRESS, null), at)
            .withMessage(MessageContent.complete(POSTAL));
    int threads = 8;
    CountDownLatch start = new CountDownLatch(1);
    AtomicInteger allowed = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t;
        done.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < 10; i++) {
                    if (gate.decideAndRecord(r.withAt(at.plusSeconds(offset * 10L + i)))
                        .allowed()) {
                      allowed.incrementAndGet();
                    }
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(allowed.get()).isEqualTo(3);
    assertThat(
            ports
                .history()
                .sentBetween(person().contact(), at.minusSeconds(1), at.plusSeconds(100)))
        .hasSize(3);
  }

  @Test
  void aConfigurationWrittenAsJsonReadsBackTheSame() throws Exception {
    MarketingComplianceConfig c =
        MarketingComplianceConfig.fromJson(MarketingComplianceConfigTest.JSON);
    String json = RevOpsJson.mapper().writeValueAsString(c);
    assertThat(MarketingComplianceConfig.fromJson(json)).isEqualTo(c);
  }
}
