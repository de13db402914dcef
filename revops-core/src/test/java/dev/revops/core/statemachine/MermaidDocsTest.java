package dev.revops.core.statemachine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MermaidDocsTest {
  private final StateMachine<String, String> m =
      StateMachine.<String, String>builder("a").permit("a", "go", "b").build();

  @Test
  void replacesTheMarkedSectionOnly() {
    String doc = "# T\n<!-- mermaid:x -->\nold\n<!-- /mermaid:x -->\nafter\n";
    assertThat(MermaidDocs.render(doc, "x", m))
        .isEqualTo(
            "# T\n<!-- mermaid:x -->\n```mermaid\n"
                + m.toMermaid()
                + "```\n<!-- /mermaid:x -->\nafter\n");
  }

  @Test
  void appendsAMissingSectionAndIsStableWhenRenderedTwice() {
    String once = MermaidDocs.render("# T\n", "x", m);
    assertThat(once).contains("<!-- mermaid:x -->").contains("a --> b : go");
    assertThat(MermaidDocs.render(once, "x", m)).isEqualTo(once);
  }
}
