package dev.revops.examples;

import dev.revops.examples.report.ProgressBar;
import dev.revops.examples.simulation.RevenueSimulation;
import dev.revops.examples.simulation.SimulationConfig;
import dev.revops.examples.simulation.SimulationReport;
import dev.revops.examples.simulation.SimulationResult;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The README's first command: runs the revenue simulation ({@link RevenueSimulation}), prints the
 * KPIs of every module for the last month with their trend, and writes the HTML report to the path
 * it prints. Options: see {@link SimulationOptions#USAGE}.
 */
public final class Demo {
  private Demo() {}

  /**
   * Runs the demo and exits with its status (0 done, 2 bad options, 1 report not written).
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    // Route Hibernate Validator's JBoss Logging through SLF4J like the rest of revops.
    System.setProperty("org.jboss.logging.provider", "slf4j");
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the demo.
   *
   * @param args the command line
   * @param out where the summary goes
   * @param err where the progress bar and errors go
   * @return the exit status: 0 done (or help shown), 2 bad options, 1 report not written
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    SimulationOptions options;
    try {
      options = SimulationOptions.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("revops-demo: " + e.getMessage());
      err.println();
      err.println(SimulationOptions.USAGE);
      return 2;
    }
    if (options.help()) {
      out.println(SimulationOptions.USAGE);
      return 0;
    }
    Path file = options.out();
    String reportDir = System.getProperty("revops.reportDir");
    if (reportDir != null && file.equals(SimulationOptions.parse().out())) {
      // Run through Maven from the repository root: keep the default report in examples/target.
      file = Path.of(reportDir).resolve(file.getFileName());
    }
    file = file.toAbsolutePath();
    DemoStore store;
    try {
      store = DemoStore.open(options, file.getParent() == null ? Path.of(".") : file.getParent());
    } catch (RuntimeException e) {
      err.println("revops-demo: " + e.getMessage());
      return 1;
    }
    try (store) {
      long started = System.nanoTime();
      RevenueSimulation simulation =
          new RevenueSimulation(
              SimulationConfig.of(options.accounts(), options.months(), options.seed()),
              store.backend());
      ProgressBar bar =
          new ProgressBar(
              err, simulation.days(), 2_000_000_000L, System::nanoTime, System.console() != null);
      int step = Math.max(1, simulation.days() / 50);
      SimulationResult result =
          simulation.run(
              day -> {
                if (day % step == 0 || day == simulation.days()) {
                  bar.update(day, "days simulated");
                }
              });
      bar.finish();
      double seconds = (System.nanoTime() - started) / 1e9;
      out.print(SimulationReport.console(result));
      try {
        if (file.getParent() != null) {
          Files.createDirectories(file.getParent());
        }
        Files.writeString(file, SimulationReport.html(result), StandardCharsets.UTF_8);
      } catch (IOException e) {
        err.println("revops-demo: cannot write the report to " + file + ": " + e.getMessage());
        return 1;
      }
      store.printFinanceQueries(out);
      out.printf(
          Locale.ROOT, "%nSimulated in %.1f s on %s. Report: %s%n", seconds, store.where(), file);
    }
    return 0;
  }
}
