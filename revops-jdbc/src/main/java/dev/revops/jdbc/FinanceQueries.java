package dev.revops.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * SQL a finance team runs on a revops schema on PostgreSQL (in {@code psql}, a BI tool, a
 * notebook): MRR by month, accounts receivable aging, the collections contact log. The text is the
 * jar's {@code dev/revops/jdbc/sql/finance-queries.sql}; the module README shows the same, and
 * {@code FinanceQueriesTest} runs each on billed data and checks the figures.
 */
public final class FinanceQueries {
  private static final String RESOURCE = "/dev/revops/jdbc/sql/finance-queries.sql";
  private static final String MARK = "-- query: ";

  private FinanceQueries() {}

  /**
   * Returns every query by name, in the file's order.
   *
   * @return the queries, e.g. {@code mrr-by-month} to its SQL (with its comment lines)
   */
  public static Map<String, String> postgres() {
    String text;
    try (InputStream in = FinanceQueries.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing " + RESOURCE + " in revops-jdbc's jar");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> out = new LinkedHashMap<>();
    int at = text.indexOf(MARK);
    while (at >= 0) {
      int nameEnd = text.indexOf('\n', at);
      String name = text.substring(at + MARK.length(), nameEnd).strip();
      int next = text.indexOf(MARK, nameEnd);
      String sql = text.substring(nameEnd + 1, next < 0 ? text.length() : next).strip();
      out.put(name, sql);
      at = next;
    }
    return Collections.unmodifiableMap(out);
  }
}
