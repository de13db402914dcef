package dev.revops.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Demo.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void runsTheSimulationPrintsTheSummaryAndWritesTheReport(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("nested").resolve("report.html");
    assertThat(run("--accounts", "60", "--months", "3", "--seed", "7", "--out", file.toString()))
        .isZero();
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text)
        .contains("revops demo: 60 accounts, 3 months from 2024-01-01, seed 7")
        .contains("KPIs for Mar 2024")
        .contains("(balances)")
        .contains("Report: " + file.toAbsolutePath());
    assertThat(Files.readString(file)).contains("<svg").contains("Cohort retention");
  }

  @Test
  void badOptionsPrintTheProblemAndTheUsageAndExitWithTwo() {
    assertThat(run("--months", "0")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("--months must be between 1 and 120, got 0")
        .contains("Usage: revops-demo");
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void anUnknownStoreOrAPostgresRunWithoutAUrlIsRefusedWithTheReason() {
    assertThat(run("--store", "mongo")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("--store must be one of h2, memory, postgres, got 'mongo'");
    assertThat(run("--store", "postgres")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--store postgres needs --jdbc-url");
    assertThat(run("--jdbc-url", "jdbc:postgresql://h/db")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("--jdbc-url goes with --store postgres only");
  }

  @Test
  void onPostgresTheRunLeavesItsTablesAndPrintsTheFinanceQueries(@TempDir Path dir) {
    String url = dev.revops.examples.simulation.StoresAgreeTestAccess.postgresUrl();
    Path file = dir.resolve("report.html");
    assertThat(
            run(
                "--accounts",
                "40",
                "--months",
                "2",
                "--seed",
                "7",
                "--out",
                file.toString(),
                "--store",
                "postgres",
                "--jdbc-url",
                url))
        .isZero();
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text)
        .contains("SET search_path = revops_demo")
        .contains("-- mrr-by-month")
        .contains("month | currency | mrr")
        .contains("-- ar-aging")
        .contains("on PostgreSQL schema revops_demo");
  }

  @Test
  void helpPrintsTheUsageAndExitsWithZero() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Usage: revops-demo");
  }
}
