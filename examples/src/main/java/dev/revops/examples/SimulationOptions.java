package dev.revops.examples;

import java.nio.file.Path;
import java.util.List;

/**
 * The demo's command-line options. Immutable.
 *
 * @param accounts how many accounts the synthetic company grows to (10 to 100,000)
 * @param months how many months to simulate (1 to 120)
 * @param seed the random seed; the same seed gives the same run
 * @param out where to write the HTML report
 * @param help whether {@code --help} was asked for
 */
public record SimulationOptions(int accounts, int months, long seed, Path out, boolean help) {
  /** The default number of accounts. */
  public static final int DEFAULT_ACCOUNTS = 2000;

  /** The default number of months. */
  public static final int DEFAULT_MONTHS = 24;

  /** The default seed. */
  public static final long DEFAULT_SEED = 42L;

  /**
   * Where the HTML report goes unless {@code --out} says otherwise: relative to the working
   * directory.
   */
  public static final Path DEFAULT_OUT = Path.of("target", "revops-report.html");

  /** The usage text. */
  public static final String USAGE =
      String.join(
          "\n",
          "Usage: revops-demo [--accounts N] [--months N] [--seed N] [--out FILE] [--help]",
          "",
          "Simulates a subscription company on revops' in-memory defaults and reports its KPIs.",
          "",
          "  --accounts N  accounts to simulate, 10..100000 (default " + DEFAULT_ACCOUNTS + ")",
          "  --months N    months to simulate, 1..120 (default " + DEFAULT_MONTHS + ")",
          "  --seed N      random seed; the same seed gives the same run (default "
              + DEFAULT_SEED
              + ")",
          "  --out FILE    where to write the HTML report (default "
              + DEFAULT_OUT.toAbsolutePath().normalize()
              + ")",
          "  --help        show this text");

  /**
   * Parses the arguments.
   *
   * @param args the command line
   * @return the options
   * @throws IllegalArgumentException with a message naming the bad option
   */
  public static SimulationOptions parse(String... args) {
    int accounts = DEFAULT_ACCOUNTS;
    int months = DEFAULT_MONTHS;
    long seed = DEFAULT_SEED;
    Path out = DEFAULT_OUT;
    boolean help = false;
    List<String> list = List.of(args);
    for (int i = 0; i < list.size(); i++) {
      String a = list.get(i);
      String name = a;
      String value = null;
      int eq = a.indexOf('=');
      if (a.startsWith("--") && eq > 0) {
        name = a.substring(0, eq);
        value = a.substring(eq + 1);
      }
      switch (name) {
        case "--help", "-h" -> help = true;
        case "--accounts", "--months", "--seed", "--out" -> {
          if (value == null) {
            if (i + 1 >= list.size()) {
              throw new IllegalArgumentException(name + " needs a value");
            }
            value = list.get(++i);
          }
          switch (name) {
            case "--accounts" -> accounts = intIn(name, value, 10, 100_000);
            case "--months" -> months = intIn(name, value, 1, 120);
            case "--seed" -> seed = longOf(name, value);
            default -> {
              if (value.isBlank()) {
                throw new IllegalArgumentException("--out needs a file name");
              }
              out = Path.of(value);
            }
          }
        }
        default -> throw new IllegalArgumentException("unknown option '" + a + "' (see --help)");
      }
    }
    return new SimulationOptions(accounts, months, seed, out, help);
  }

  private static int intIn(String name, String value, int min, int max) {
    long v = longOf(name, value);
    if (v < min || v > max) {
      throw new IllegalArgumentException(
          name + " must be between " + min + " and " + max + ", got " + v);
    }
    return (int) v;
  }

  private static long longOf(String name, String value) {
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, got '" + value + "'");
    }
  }
}
