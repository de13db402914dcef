package dev.revops.jdbc.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class BodyCacheTest {
  private final AtomicInteger parses = new AtomicInteger();
  private final Function<String, String> parse =
      body -> {
        parses.incrementAndGet();
        return "parsed:" + body;
      };

  @Test
  void aBodyReadAgainIsParsedOnce() {
    BodyCache<String> cache = new BodyCache<>(8);
    assertThat(cache.get("a", parse)).isEqualTo("parsed:a");
    assertThat(cache.get(new String("a".toCharArray()), parse)).isEqualTo("parsed:a");
    assertThat(cache.get("b", parse)).isEqualTo("parsed:b");
    assertThat(parses).hasValue(2);
  }

  @Test
  void aKeptWriteNeedsNoParse() {
    BodyCache<String> cache = new BodyCache<>(8);
    cache.keep("a", "written a");
    assertThat(cache.get("a", parse)).isEqualTo("written a");
    assertThat(parses).hasValue(0);
  }

  @Test
  void aFailedParsePropagatesAndKeepsNothing() {
    BodyCache<String> cache = new BodyCache<>(8);
    Function<String, String> failing =
        body -> {
          throw new IllegalArgumentException("bad body " + body);
        };
    assertThatThrownBy(() -> cache.get("x", failing)).hasMessage("bad body x");
    assertThat(cache.size()).isZero();
    assertThat(cache.get("x", parse)).isEqualTo("parsed:x");
  }

  @Test
  void itKeepsAtMostItsCapacityAndARecentHitSurvivesARotation() {
    BodyCache<String> cache = new BodyCache<>(4);
    cache.get("hot", parse);
    for (int i = 0; i < 100; i++) {
      cache.get("cold-" + i, parse);
      cache.get("hot", parse);
      assertThat(cache.size()).isLessThanOrEqualTo(4);
    }
    // the hot body was read between every two cold ones: never dropped, parsed once
    assertThat(parses).hasValue(101);
    // a cold one from long ago is gone and parsed again
    cache.get("cold-0", parse);
    assertThat(parses).hasValue(102);
  }

  @Test
  void aCapacityBelowTwoIsRefused() {
    assertThatThrownBy(() -> new BodyCache<String>(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("capacity must be at least 2, got 1");
  }

  @Test
  void threadsReadingAndRotatingTogetherAlwaysGetTheirBodysValue() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 50; round++) {
        BodyCache<String> cache = new BodyCache<>(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> done = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
          int seed = t + round;
          done.add(
              pool.submit(
                  () -> {
                    start.await();
                    int wrong = 0;
                    for (int i = 0; i < 2_000; i++) {
                      String body = "b" + ((i * 31 + seed) % 40);
                      String value =
                          i % 3 == 0 ? keepThenGet(cache, body) : cache.get(body, b -> "v" + b);
                      if (!value.equals("v" + body)) {
                        wrong++;
                      }
                    }
                    return wrong;
                  }));
        }
        start.countDown();
        for (Future<Integer> f : done) {
          assertThat(f.get(30, TimeUnit.SECONDS)).as("values for another body").isZero();
        }
        assertThat(cache.size()).isLessThanOrEqualTo(16 + 4);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static String keepThenGet(BodyCache<String> cache, String body) {
    cache.keep(body, "v" + body);
    return cache.get(body, b -> "v" + b);
  }
}
