package dev.revops.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ReportTest {
  @Test
  void chartsAreSelfContainedSvg() {
    List<String> x = List.of("Jan", "Feb", "Mar");
    String line =
        Svg.lineChart("MRR", x, List.of(new Series("MRR", List.of(1.0, 2.0, 3.0), "#36c")), "$");
    assertThat(line).startsWith("<svg").contains("<polyline").contains("MRR").endsWith("</svg>\n");
    String bars =
        Svg.stackedBars(
            "Movements",
            x,
            List.of(
                new Series("new", List.of(5.0, 3.0, 1.0), "#2a2"),
                new Series("churn", List.of(-1.0, -2.0, 0.0), "#c22")),
            "$");
    assertThat(bars).contains("<rect").contains("churn Feb: -2.0");
    String heat =
        Svg.heatMap(
            "Cohorts", List.of("2024-01"), List.of("0", "1"), new double[][] {{1.0, Double.NaN}});
    assertThat(heat).contains("2024-01 month 0: 100%").doesNotContain("month 1:");
  }

  @Test
  void htmlHasNoExternalResourcesAndEscapesText() {
    String html =
        new HtmlReport("R & D", "seed 1")
            .figure("MRR", "$1")
            .section("A <b>", "note", "<svg></svg>", List.of("h"), List.of(List.of("<x>")))
            .render();
    assertThat(html).contains("R &amp; D").contains("A &lt;b&gt;").contains("&lt;x&gt;");
    assertThat(html).doesNotContain("<script").doesNotContain("http://").doesNotContain("https://");
  }

  @Test
  void progressBarStaysSilentForShortRuns() {
    Output o = new Output();
    ProgressBar bar = new ProgressBar(o.out, 10, 2_000_000_000L, o.now::get);
    bar.update(1, "month 1");
    assertThat(bar.shown()).isFalse();
    o.now.set(3_000_000_000L);
    bar.update(5, "month 5");
    bar.finish();
    assertThat(o.bytes.toString(StandardCharsets.UTF_8)).contains("5/10 month 5");
  }

  @Test
  void progressBarNeverDrawsOffATerminal() {
    Output o = new Output();
    ProgressBar bar = new ProgressBar(o.out, 10, 2_000_000_000L, o.now::get, false);
    o.now.set(30_000_000_000L);
    bar.update(5, "month 5");
    bar.update(10, "month 10");
    bar.finish();
    assertThat(bar.shown()).isFalse();
    assertThat(o.bytes.size()).isZero();
  }

  /** Where a progress bar prints, and the clock it reads, set by the test. */
  private static final class Output {
    final AtomicLong now = new AtomicLong();
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }
}
