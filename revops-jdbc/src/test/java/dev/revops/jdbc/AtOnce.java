package dev.revops.jdbc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** Runs pieces of work on threads of their own, released together by one gate. */
public final class AtOnce {
  private AtOnce() {}

  /**
   * One piece of work.
   *
   * @see AtOnce#run(List)
   */
  @FunctionalInterface
  public interface Work {
    /**
     * Does the work.
     *
     * @throws Exception whatever it throws is collected
     */
    void run() throws Exception;
  }

  /**
   * Starts a thread for each piece of work, opens the gate once all are started, and waits for them
   * all.
   *
   * @param work the pieces of work
   * @return what they threw, in no particular order (empty when none threw)
   * @throws InterruptedException when interrupted while waiting
   */
  public static List<Throwable> run(List<? extends Work> work) throws InterruptedException {
    CountDownLatch gate = new CountDownLatch(1);
    List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
    List<Thread> threads = new ArrayList<>();
    for (Work w : work) {
      Thread t =
          new Thread(
              () -> {
                try {
                  gate.await();
                  w.run();
                } catch (Throwable e) {
                  failures.add(e);
                }
              });
      t.start();
      threads.add(t);
    }
    gate.countDown();
    for (Thread t : threads) {
      t.join();
    }
    return failures;
  }
}
