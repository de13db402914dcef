package dev.revops.sales.port;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of a company name that duplicate detection looks leads up by: lower-cased runs of
 * letters and digits, without the words too common to tell companies apart ("inc", "gmbh", "group",
 * ...). Two companies that share such a word are candidates for the fuzzy comparison. Stateless and
 * thread-safe.
 */
public final class CompanyWords {
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

  private static final Set<String> COMMON =
      Set.of("inc", "labs", "gmbh", "systems", "group", "works", "llc", "ltd", "the");

  private CompanyWords() {}

  /**
   * Returns the lookup words of a company name.
   *
   * @param company the company as captured, or null
   * @return its words in order, without duplicates; empty for null or blank
   */
  public static List<String> of(String company) {
    List<String> words = new ArrayList<>();
    if (company == null) {
      return words;
    }
    for (String w : SEPARATORS.split(company.toLowerCase(Locale.ROOT))) {
      if (!w.isEmpty() && !COMMON.contains(w) && !words.contains(w)) {
        words.add(w);
      }
    }
    return words;
  }
}
