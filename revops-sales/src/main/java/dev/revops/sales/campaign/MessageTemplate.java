package dev.revops.sales.campaign;

import static java.util.Objects.requireNonNull;

import dev.revops.core.error.InvalidInputException;
import dev.revops.core.error.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A personalised message: text with tokens such as {@code {{contact.firstName}}} or {@code
 * {{product.name}}}. The tokens are checked when the template is made (an unknown or malformed
 * token is an error naming it) and every one must have a value when the message is rendered: a
 * contact without a first name is not sent "Dear null" or "Dear ", the rendering says what is
 * missing and nothing is sent. Two opening braces always open a token; there is no escape.
 * Immutable.
 *
 * @param text the template text
 * @param tokens the token names it uses, in order of first use
 */
public record MessageTemplate(String text, List<String> tokens) {
  /** The longest template, in characters. */
  public static final int MAX_LENGTH = 10_000;

  private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*)+");

  /** Copies the token list. */
  public MessageTemplate {
    requireNonNull(text, "text");
    tokens = List.copyOf(tokens);
  }

  /**
   * Reads a template, allowing the tokens {@link Personalisation#STANDARD_TOKENS} names and {@code
   * extraTokens}.
   *
   * @param text the template text
   * @param extraTokens token names a host adds (for example {@code "offer.discount"})
   * @param path the JSON path the errors name (for example {@code "$.steps[0].template"})
   * @return the template
   * @throws InvalidInputException naming each unknown or malformed token at {@code path}
   */
  public static MessageTemplate parse(String text, Set<String> extraTokens, String path) {
    List<Violation> problems = new ArrayList<>();
    MessageTemplate t = parse(text, extraTokens, path, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException("message template", problems);
    }
    return t;
  }

  /**
   * Reads a template, adding what is wrong to {@code problems} instead of throwing.
   *
   * @param text the template text (null is a problem)
   * @param extraTokens token names a host adds
   * @param path the JSON path the problems name
   * @param problems where problems are added
   * @return the template, or null when there were problems
   */
  static MessageTemplate parse(
      String text, Set<String> extraTokens, String path, List<Violation> problems) {
    int before = problems.size();
    if (text == null || text.isBlank()) {
      problems.add(new Violation(path, "must not be blank"));
      return null;
    }
    if (text.length() > MAX_LENGTH) {
      problems.add(
          new Violation(path, "is " + text.length() + " characters, at most " + MAX_LENGTH));
      return null;
    }
    Set<String> used = new LinkedHashSet<>();
    int at = 0;
    while (true) {
      int open = text.indexOf("{{", at);
      int stray = text.indexOf("}}", at);
      if (stray >= 0 && (open < 0 || stray < open)) {
        problems.add(new Violation(path, "'}}' at character " + stray + " closes no token"));
        break;
      }
      if (open < 0) {
        break;
      }
      int close = text.indexOf("}}", open + 2);
      int next = text.indexOf("{{", open + 2);
      if (close < 0 || (next >= 0 && next < close)) {
        problems.add(
            new Violation(path, "the token opened at character " + open + " is not closed"));
        break;
      }
      String name = text.substring(open + 2, close).strip();
      if (!NAME.matcher(name).matches()) {
        problems.add(
            new Violation(
                path,
                "token at character "
                    + open
                    + " is not a name such as contact.firstName: '"
                    + excerpt(name)
                    + "'"));
      } else if (!Personalisation.STANDARD_TOKENS.contains(name) && !extraTokens.contains(name)) {
        problems.add(
            new Violation(
                path,
                "unknown token '" + name + "'; known: " + String.join(", ", known(extraTokens))));
      } else {
        used.add(name);
      }
      at = close + 2;
    }
    return problems.size() == before ? new MessageTemplate(text, List.copyOf(used)) : null;
  }

  private static List<String> known(Set<String> extra) {
    List<String> all = new ArrayList<>(Personalisation.STANDARD_TOKENS);
    all.addAll(extra);
    Collections.sort(all);
    return all;
  }

  private static String excerpt(String s) {
    String shown = s.length() > 40 ? s.substring(0, 40) + "..." : s;
    StringBuilder out = new StringBuilder();
    for (char c : shown.toCharArray()) {
      out.append(Character.isISOControl(c) ? '?' : c);
    }
    return out.toString();
  }

  /**
   * Renders the message for one contact.
   *
   * @param values each token's value (a missing, null or blank value is missing)
   * @return the rendering: the text when every token has a value, otherwise the missing tokens
   */
  public Personalisation render(Map<String, String> values) {
    requireNonNull(values, "values");
    List<String> missing = new ArrayList<>();
    for (String t : tokens) {
      String v = values.get(t);
      if (v == null || v.isBlank()) {
        missing.add(t);
      }
    }
    if (!missing.isEmpty()) {
      return new Personalisation(null, missing);
    }
    StringBuilder out = new StringBuilder(text.length() + 32);
    int at = 0;
    while (true) {
      int open = text.indexOf("{{", at);
      if (open < 0) {
        out.append(text, at, text.length());
        break;
      }
      int close = text.indexOf("}}", open + 2);
      out.append(text, at, open).append(values.get(text.substring(open + 2, close).strip()));
      at = close + 2;
    }
    return new Personalisation(out.toString(), List.of());
  }
}
