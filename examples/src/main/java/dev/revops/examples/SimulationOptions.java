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
 * @param store where the modules keep their state: {@code h2} (the default, a file under {@code
 *     target/}), {@code memory} or {@code postgres}
 * @param jdbcUrl the PostgreSQL URL for {@code --store postgres} (null otherwise)
 */
public record SimulationOptions(
    int accounts, int months, long seed, Path out, boolean help, String store, String jdbcUrl) {
  /** The stores the demo runs on. */
  public static final List<String> STORES = List.of("h2", "memory", "postgres");

  /** Checks the store goes with its URL. */
  public SimulationOptions {
    if (!STORES.contains(store)) {
      throw new IllegalArgumentException(
          "--store must be one of " + String.join(", ", STORES) + ", got '" + store + "'");
    }
    if (store.equals("postgres") && (jdbcUrl == null || jdbcUrl.isBlank())) {
      throw new IllegalArgumentException(
          "--store postgres needs --jdbc-url, e.g."
              + " jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
    }
    if (!store.equals("postgres") && jdbcUrl != null) {
      throw new IllegalArgumentException("--jdbc-url goes with --store postgres only");
    }
  }

  /**
   * Options with the default store (H2).
   *
   * @param accounts accounts
   * @param months months
   * @param seed seed
   * @param out report file
   * @param help help asked for
   */
  public SimulationOptions(int accounts, int months, long seed, Path out, boolean help) {
    this(accounts, months, seed, out, help, "h2", null);
  }

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
          "Usage: revops-demo [--accounts N] [--months N] [--seed N] [--out FILE]",
          "                   [--store h2|memory|postgres] [--jdbc-url URL] [--help]",
          "",
          "Simulates a subscription company on revops and reports its KPIs.",
          "",
          "  --accounts N  accounts to simulate, 10..100000 (default " + DEFAULT_ACCOUNTS + ")",
          "  --months N    months to simulate, 1..120 (default " + DEFAULT_MONTHS + ")",
          "  --seed N      random seed; the same seed gives the same run (default "
              + DEFAULT_SEED
              + ")",
          "  --out FILE    where to write the HTML report (default "
              + DEFAULT_OUT.toAbsolutePath().normalize()
              + ")",
          "  --store S     where the state lives: h2 (default; a file under target/), memory,",
          "                or postgres (schema revops_demo, dropped and made again; needs",
          "                --jdbc-url)",
          "  --jdbc-url U  the PostgreSQL URL, e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres",
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
    String store = "h2";
    String jdbcUrl = null;
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
        case "--accounts", "--months", "--seed", "--out", "--store", "--jdbc-url" -> {
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
            case "--store" -> store = value;
            case "--jdbc-url" -> jdbcUrl = value;
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
    return new SimulationOptions(accounts, months, seed, out, help, store, jdbcUrl);
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
