package dev.revops.sales.lead;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the lead a capture duplicates: the same normalised e-mail, else the same E.164 phone, else
 * a fuzzy match of name and company. Converted leads are not matched (the person is a contact now);
 * disqualified ones are (a re-captured disqualified lead is updated and stays disqualified until
 * someone reopens it).
 *
 * <p>Fuzzy matching normalises both texts (lower case, accents and punctuation removed, company
 * legal suffixes such as Inc, GmbH, Ltd dropped, name tokens sorted so "Smith, Anna" equals "Anna
 * Smith") and compares them with Jaro-Winkler similarity (prefix scale 0.1, prefix up to 4). Both
 * the name and the company must reach the threshold, {@value #DEFAULT_THRESHOLD} by default: high
 * enough that "Jon Smith/Acme" and "John Smith/ACME Inc." match while "John Smith/Acme" and "Jane
 * Smith/Acme" do not. Immutable and thread-safe.
 */
public final class DuplicateDetector {
  /** The default similarity threshold. */
  public static final double DEFAULT_THRESHOLD = 0.92;

  private static final Set<String> LEGAL_SUFFIXES =
      Set.of(
          "inc",
          "incorporated",
          "llc",
          "ltd",
          "limited",
          "gmbh",
          "ag",
          "sa",
          "sas",
          "srl",
          "bv",
          "nv",
          "plc",
          "corp",
          "corporation",
          "co",
          "company",
          "kg",
          "oy",
          "ab",
          "pty");

  private final double threshold;

  /**
   * Creates a detector.
   *
   * @param threshold the similarity both name and company must reach, in (0, 1]
   */
  public DuplicateDetector(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1], got " + threshold);
    }
    this.threshold = threshold;
  }

  /**
   * Creates a detector with {@link #DEFAULT_THRESHOLD}.
   *
   * @return the detector
   */
  public static DuplicateDetector standard() {
    return new DuplicateDetector(DEFAULT_THRESHOLD);
  }

  /**
   * Finds the best existing match for a normalised capture.
   *
   * @param cmd the normalised capture
   * @param existing the leads to compare with
   * @return the match, or empty
   */
  public Optional<DuplicateMatch> find(CaptureLead cmd, Collection<Lead> existing) {
    Lead byEmail = null;
    Lead byPhone = null;
    for (Lead l : existing) {
      if (l.conversion() != null) {
        continue;
      }
      if (cmd.email() != null && cmd.email().equals(l.email()) && earlier(l, byEmail)) {
        byEmail = l;
      }
      if (cmd.phone() != null && cmd.phone().equals(l.phone()) && earlier(l, byPhone)) {
        byPhone = l;
      }
    }
    if (byEmail != null) {
      return Optional.of(new DuplicateMatch(byEmail, "email", 1.0));
    }
    if (byPhone != null) {
      return Optional.of(new DuplicateMatch(byPhone, "phone", 1.0));
    }
    if (cmd.company() == null) {
      return Optional.empty();
    }
    String name = normaliseName(fullName(cmd.firstName(), cmd.lastName()));
    String company = normaliseCompany(cmd.company());
    DuplicateMatch best = null;
    for (Lead l : existing) {
      if (l.conversion() != null || l.company() == null) {
        continue;
      }
      String otherCompany = normaliseCompany(l.company());
      if (!mayReach(company, otherCompany)) {
        continue;
      }
      double byCompany = jaroWinkler(company, otherCompany);
      if (byCompany < threshold) {
        continue;
      }
      String otherName = normaliseName(l.fullName());
      if (!mayReach(name, otherName)) {
        continue;
      }
      double s = Math.min(byCompany, jaroWinkler(name, otherName));
      if (s >= threshold
          && (best == null
              || s > best.similarity()
              || (s == best.similarity() && earlier(l, best.lead())))) {
        best = new DuplicateMatch(l, "name+company", s);
      }
    }
    return Optional.ofNullable(best);
  }

  /** Ties go to the lead with the smallest id, so the choice never depends on iteration order. */
  private static boolean earlier(Lead candidate, Lead current) {
    return current == null || candidate.id().value().compareTo(current.id().value()) < 0;
  }

  private static String fullName(String first, String last) {
    return first == null ? last : first + " " + last;
  }

  /**
   * Normalises a person's name: lower case, no accents or punctuation, tokens sorted.
   *
   * @param name the name
   * @return the normalised form
   */
  public static String normaliseName(String name) {
    String[] tokens = tokens(name);
    Arrays.sort(tokens);
    return String.join(" ", tokens);
  }

  /**
   * Normalises a company name: lower case, no accents or punctuation, legal suffixes dropped.
   *
   * @param company the company
   * @return the normalised form
   */
  public static String normaliseCompany(String company) {
    List<String> kept = new ArrayList<>();
    for (String t : tokens(company)) {
      if (!LEGAL_SUFFIXES.contains(t)) {
        kept.add(t);
      }
    }
    return String.join(" ", kept);
  }

  /**
   * Tells whether two texts can reach the threshold at all: Jaro-Winkler is at most {@code 0.6 x
   * jaro + 0.4} and Jaro at most {@code (2 + shorter/longer) / 3}, so very different lengths are
   * rejected without comparing characters.
   */
  private boolean mayReach(String a, String b) {
    int shorter = Math.min(a.length(), b.length());
    int longer = Math.max(a.length(), b.length());
    if (longer == 0) {
      return true;
    }
    double bestJaro = (2.0 + (double) shorter / longer) / 3.0;
    return 0.6 * bestJaro + 0.4 >= threshold;
  }

  private static String[] tokens(String text) {
    String folded = text;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 0x7f) {
        folded = Normalizer.normalize(text, Normalizer.Form.NFD);
        break;
      }
    }
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= folded.length(); i++) {
      char c = i < folded.length() ? Character.toLowerCase(folded.charAt(i)) : ' ';
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        word.append(c);
      } else if (Character.getType(c) == Character.NON_SPACING_MARK
          || Character.getType(c) == Character.COMBINING_SPACING_MARK
          || Character.getType(c) == Character.ENCLOSING_MARK) {
        continue;
      } else if (word.length() > 0) {
        out.add(word.toString());
        word.setLength(0);
      }
    }
    return out.toArray(new String[0]);
  }

  /**
   * Jaro-Winkler similarity of two texts: 1.0 when equal, 0.0 when nothing matches.
   *
   * @param a one text
   * @param b the other
   * @return the similarity in [0, 1]
   */
  public static double jaroWinkler(String a, String b) {
    if (a.equals(b)) {
      return 1.0;
    }
    if (a.isEmpty() || b.isEmpty()) {
      return 0.0;
    }
    int window = Math.max(0, Math.max(a.length(), b.length()) / 2 - 1);
    boolean[] usedA = new boolean[a.length()];
    boolean[] usedB = new boolean[b.length()];
    int matches = 0;
    for (int i = 0; i < a.length(); i++) {
      int from = Math.max(0, i - window);
      int to = Math.min(b.length() - 1, i + window);
      for (int j = from; j <= to; j++) {
        if (!usedB[j] && a.charAt(i) == b.charAt(j)) {
          usedA[i] = true;
          usedB[j] = true;
          matches++;
          break;
        }
      }
    }
    if (matches == 0) {
      return 0.0;
    }
    int outOfOrder = 0;
    int k = 0;
    for (int i = 0; i < a.length(); i++) {
      if (usedA[i]) {
        while (!usedB[k]) {
          k++;
        }
        if (a.charAt(i) != b.charAt(k)) {
          outOfOrder++;
        }
        k++;
      }
    }
    double m = matches;
    double jaro = (m / a.length() + m / b.length() + (m - outOfOrder / 2.0) / m) / 3.0;
    int prefix = 0;
    while (prefix < Math.min(4, Math.min(a.length(), b.length()))
        && a.charAt(prefix) == b.charAt(prefix)) {
      prefix++;
    }
    return jaro + prefix * 0.1 * (1 - jaro);
  }
}
