package dev.revops.examples.report;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * A one-file HTML report: a title, key figures, and sections with an inline SVG chart and a table.
 * No scripts, no external resources: it opens offline. Not thread-safe while being built.
 */
public final class HtmlReport {
  private final String title;
  private final String subtitle;
  private final List<String[]> figures = new ArrayList<>();
  private final List<String> sections = new ArrayList<>();

  /**
   * Starts a report.
   *
   * @param title the page title
   * @param subtitle a line under it (run parameters)
   */
  public HtmlReport(String title, String subtitle) {
    this.title = requireNonNull(title, "title");
    this.subtitle = requireNonNull(subtitle, "subtitle");
  }

  /**
   * Adds a key figure shown as a card at the top.
   *
   * @param label what it is
   * @param value its formatted value
   * @return this report
   */
  public HtmlReport figure(String label, String value) {
    figures.add(new String[] {label, value});
    return this;
  }

  /**
   * Adds a section with a chart and a table.
   *
   * @param heading the section heading
   * @param note a sentence on how the figures were computed
   * @param svg the chart, from {@link Svg}
   * @param headers the table headers (may be empty for no table)
   * @param rows the table rows
   * @return this report
   */
  public HtmlReport section(
      String heading, String note, String svg, List<String> headers, List<List<String>> rows) {
    StringBuilder sb = new StringBuilder();
    sb.append("<section><h2>").append(Svg.escape(heading)).append("</h2>\n");
    if (!note.isEmpty()) {
      sb.append("<p class=\"note\">").append(Svg.escape(note)).append("</p>\n");
    }
    sb.append("<div class=\"chart\">").append(svg).append("</div>\n");
    if (!headers.isEmpty()) {
      sb.append("<table><thead><tr>");
      for (String h : headers) {
        sb.append("<th>").append(Svg.escape(h)).append("</th>");
      }
      sb.append("</tr></thead><tbody>\n");
      for (List<String> row : rows) {
        sb.append("<tr>");
        for (String c : row) {
          sb.append("<td>").append(Svg.escape(c)).append("</td>");
        }
        sb.append("</tr>\n");
      }
      sb.append("</tbody></table>\n");
    }
    sections.add(sb.append("</section>\n").toString());
    return this;
  }

  /**
   * Renders the page.
   *
   * @return the HTML document
   */
  public String render() {
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>")
        .append(Svg.escape(title))
        .append("</title>\n<style>\n")
        .append("body{font-family:sans-serif;margin:24px auto;max-width:820px;color:#222}\n")
        .append("h1{margin-bottom:0}.sub{color:#666;margin-top:4px}\n")
        .append(".cards{display:flex;flex-wrap:wrap;gap:10px;margin:18px 0}\n")
        .append(".card{border:1px solid #ddd;border-radius:6px;padding:8px 12px;min-width:140px}\n")
        .append(".card b{display:block;font-size:18px}.card span{color:#666;font-size:12px}\n")
        .append("section{margin:28px 0}.note{color:#555;font-size:13px}\n")
        .append("table{border-collapse:collapse;font-size:12px;margin-top:8px}\n")
        .append("td,th{border:1px solid #ddd;padding:3px 8px;text-align:right}\n")
        .append("</style></head><body>\n<h1>")
        .append(Svg.escape(title))
        .append("</h1>\n<p class=\"sub\">")
        .append(Svg.escape(subtitle))
        .append("</p>\n<div class=\"cards\">\n");
    for (String[] f : figures) {
      sb.append("<div class=\"card\"><b>")
          .append(Svg.escape(f[1]))
          .append("</b><span>")
          .append(Svg.escape(f[0]))
          .append("</span></div>\n");
    }
    sb.append("</div>\n");
    sections.forEach(sb::append);
    return sb.append("</body></html>\n").toString();
  }
}
