package dev.revops.core.statemachine;

import static java.util.Objects.requireNonNull;

/**
 * Keeps generated state diagrams in Markdown current. A README marks each diagram with {@code <!--
 * mermaid:NAME -->} and {@code <!-- /mermaid:NAME -->}; {@link #render} replaces what lies between
 * with the machine's {@link StateMachine#toMermaid()} in a fenced block. A module's test compares
 * the README with the rendered text, so a diagram drawn by hand, or one gone stale, fails the
 * build. Pure string functions; stateless and thread-safe.
 */
public final class MermaidDocs {
  private MermaidDocs() {}

  /**
   * Replaces one marked section of a Markdown text, or appends the section at the end when the
   * markers are missing.
   *
   * @param markdown the document
   * @param name the section's name, e.g. {@code "invoice"}
   * @param machine the machine to draw
   * @return the document with the section rendered
   */
  public static String render(String markdown, String name, StateMachine<?, ?> machine) {
    requireNonNull(markdown, "markdown");
    requireNonNull(name, "name");
    String open = "<!-- mermaid:" + name + " -->";
    String close = "<!-- /mermaid:" + name + " -->";
    String block = open + "\n```mermaid\n" + machine.toMermaid() + "```\n" + close;
    int start = markdown.indexOf(open);
    int end = markdown.indexOf(close);
    if (start < 0 || end < start) {
      return markdown + (markdown.endsWith("\n") ? "\n" : "\n\n") + block + "\n";
    }
    return markdown.substring(0, start) + block + markdown.substring(end + close.length());
  }
}
