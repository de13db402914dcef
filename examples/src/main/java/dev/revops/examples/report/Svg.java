package dev.revops.examples.report;

import java.util.List;
import java.util.Locale;

/**
 * Small, dependency-free SVG charts for the HTML report: line, stacked bar and heat map. Every
 * chart is a self-contained {@code <svg>} element, so the report opens offline. Stateless.
 */
public final class Svg {
  private static final int W = 760;
  private static final int H = 300;
  private static final int LEFT = 70;
  private static final int RIGHT = 20;
  private static final int TOP = 30;
  private static final int BOTTOM = 60;

  private Svg() {}

  /**
   * Draws lines over shared x labels.
   *
   * @param title the chart title
   * @param xLabels the x axis labels
   * @param series the lines
   * @param unit a suffix for the y axis ticks, e.g. {@code "$"} or {@code "%"}
   * @return the SVG element
   */
  public static String lineChart(
      String title, List<String> xLabels, List<Series> series, String unit) {
    double max = 0;
    double min = 0;
    for (Series s : series) {
      for (double v : s.values()) {
        max = Math.max(max, v);
        min = Math.min(min, v);
      }
    }
    double step = niceStep(min, max);
    min = Math.floor(min / step) * step;
    max = Math.max(min + step, Math.ceil(max / step) * step);
    StringBuilder sb = open(title);
    axes(sb, xLabels, min, max, step, unit);
    for (Series s : series) {
      StringBuilder points = new StringBuilder();
      for (int i = 0; i < s.values().size(); i++) {
        points
            .append(fmt(x(i, xLabels.size())))
            .append(',')
            .append(fmt(y(s.values().get(i), min, max)))
            .append(' ');
      }
      sb.append("<polyline fill=\"none\" stroke-width=\"2.5\" stroke=\"")
          .append(s.colour())
          .append("\" points=\"")
          .append(points.toString().trim())
          .append("\"/>\n");
    }
    legend(sb, series);
    return sb.append("</svg>\n").toString();
  }

  /**
   * Draws stacked bars; negative values stack downwards from zero (e.g. churn and contraction).
   *
   * @param title the chart title
   * @param xLabels the x axis labels
   * @param series the stacked parts
   * @param unit a suffix for the y axis ticks
   * @return the SVG element
   */
  public static String stackedBars(
      String title, List<String> xLabels, List<Series> series, String unit) {
    int n = xLabels.size();
    double max = 0;
    double min = 0;
    for (int i = 0; i < n; i++) {
      double up = 0;
      double down = 0;
      for (Series s : series) {
        double v = s.values().get(i);
        if (v >= 0) {
          up += v;
        } else {
          down += v;
        }
      }
      max = Math.max(max, up);
      min = Math.min(min, down);
    }
    double step = niceStep(min, max);
    min = Math.floor(min / step) * step;
    max = Math.max(min + step, Math.ceil(max / step) * step);
    StringBuilder sb = open(title);
    axes(sb, xLabels, min, max, step, unit);
    double slot = (double) (W - LEFT - RIGHT) / Math.max(1, n);
    double barW = Math.max(2, slot * 0.7);
    for (int i = 0; i < n; i++) {
      double up = 0;
      double down = 0;
      for (Series s : series) {
        double v = s.values().get(i);
        double from = v >= 0 ? up : down;
        double to = from + v;
        if (v >= 0) {
          up = to;
        } else {
          down = to;
        }
        double y1 = y(Math.max(from, to), min, max);
        double y2 = y(Math.min(from, to), min, max);
        sb.append("<rect x=\"")
            .append(fmt(LEFT + i * slot + (slot - barW) / 2))
            .append("\" y=\"")
            .append(fmt(y1))
            .append("\" width=\"")
            .append(fmt(barW))
            .append("\" height=\"")
            .append(fmt(Math.max(0, y2 - y1)))
            .append("\" fill=\"")
            .append(s.colour())
            .append("\"><title>")
            .append(escape(s.name() + " " + xLabels.get(i) + ": " + fmt(v)))
            .append("</title></rect>\n");
      }
    }
    legend(sb, series);
    return sb.append("</svg>\n").toString();
  }

  /**
   * Draws a heat map of values between 0 and 1 (e.g. cohort retention), with the percentage in each
   * cell; missing cells are {@code NaN} and left blank.
   *
   * @param title the chart title
   * @param rows the row labels
   * @param columns the column labels
   * @param values {@code values[row][column]} between 0 and 1, or NaN
   * @return the SVG element
   */
  public static String heatMap(
      String title, List<String> rows, List<String> columns, double[][] values) {
    int cell = Math.max(14, Math.min(34, (W - 90) / Math.max(1, columns.size())));
    int height = TOP + 20 + rows.size() * 18 + 20;
    StringBuilder sb = new StringBuilder();
    sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"")
        .append(W)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(W)
        .append(' ')
        .append(height)
        .append("\" font-family=\"sans-serif\" font-size=\"10\">\n<title>")
        .append(escape(title))
        .append("</title>\n<text x=\"10\" y=\"18\" font-size=\"14\" font-weight=\"bold\">")
        .append(escape(title))
        .append("</text>\n");
    for (int c = 0; c < columns.size(); c++) {
      sb.append("<text x=\"")
          .append(90 + c * cell + cell / 2)
          .append("\" y=\"")
          .append(TOP + 12)
          .append("\" text-anchor=\"middle\">")
          .append(escape(columns.get(c)))
          .append("</text>\n");
    }
    for (int r = 0; r < rows.size(); r++) {
      int y = TOP + 20 + r * 18;
      sb.append("<text x=\"85\" y=\"")
          .append(y + 12)
          .append("\" text-anchor=\"end\">")
          .append(escape(rows.get(r)))
          .append("</text>\n");
      for (int c = 0; c < columns.size() && c < values[r].length; c++) {
        double v = values[r][c];
        if (Double.isNaN(v)) {
          continue;
        }
        int shade = (int) Math.round(235 - Math.max(0, Math.min(1, v)) * 190);
        sb.append("<rect x=\"")
            .append(90 + c * cell)
            .append("\" y=\"")
            .append(y)
            .append("\" width=\"")
            .append(cell - 1)
            .append("\" height=\"17\" fill=\"rgb(")
            .append(shade)
            .append(',')
            .append(Math.min(255, shade + 15))
            .append(",255)\"><title>")
            .append(
                escape(rows.get(r) + " month " + columns.get(c) + ": " + Math.round(v * 100) + "%"))
            .append("</title></rect>\n");
        if (cell >= 24) {
          sb.append("<text x=\"")
              .append(90 + c * cell + cell / 2)
              .append("\" y=\"")
              .append(y + 12)
              .append("\" text-anchor=\"middle\" fill=\"")
              .append(v > 0.6 ? "#fff" : "#000")
              .append("\">")
              .append(Math.round(v * 100))
              .append("</text>\n");
        }
      }
    }
    return sb.append("</svg>\n").toString();
  }

  private static StringBuilder open(String title) {
    StringBuilder sb = new StringBuilder();
    sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"")
        .append(W)
        .append("\" height=\"")
        .append(H)
        .append("\" viewBox=\"0 0 ")
        .append(W)
        .append(' ')
        .append(H)
        .append("\" font-family=\"sans-serif\" font-size=\"11\">\n<title>")
        .append(escape(title))
        .append("</title>\n<text x=\"10\" y=\"18\" font-size=\"14\" font-weight=\"bold\">")
        .append(escape(title))
        .append("</text>\n");
    return sb;
  }

  private static void axes(
      StringBuilder sb, List<String> xLabels, double min, double max, double step, String unit) {
    sb.append("<line x1=\"")
        .append(LEFT)
        .append("\" y1=\"")
        .append(TOP)
        .append("\" x2=\"")
        .append(LEFT)
        .append("\" y2=\"")
        .append(H - BOTTOM)
        .append("\" stroke=\"#888\"/>\n");
    double zero = y(0, min, max);
    sb.append("<line x1=\"")
        .append(LEFT)
        .append("\" y1=\"")
        .append(fmt(zero))
        .append("\" x2=\"")
        .append(W - RIGHT)
        .append("\" y2=\"")
        .append(fmt(zero))
        .append("\" stroke=\"#888\"/>\n");
    int ticks = (int) Math.round((max - min) / step);
    for (int t = 0; t <= ticks; t++) {
      double v = min + step * t;
      double y = y(v, min, max);
      sb.append("<line x1=\"")
          .append(LEFT)
          .append("\" y1=\"")
          .append(fmt(y))
          .append("\" x2=\"")
          .append(W - RIGHT)
          .append("\" y2=\"")
          .append(fmt(y))
          .append("\" stroke=\"#eee\"/>\n");
      sb.append("<text x=\"")
          .append(LEFT - 6)
          .append("\" y=\"")
          .append(fmt(y + 4))
          .append("\" text-anchor=\"end\">")
          .append(escape(tick(v, unit)))
          .append("</text>\n");
    }
    int every = Math.max(1, xLabels.size() / 12);
    for (int i = 0; i < xLabels.size(); i += every) {
      double x = x(i, xLabels.size());
      sb.append("<text x=\"")
          .append(fmt(x))
          .append("\" y=\"")
          .append(H - BOTTOM + 16)
          .append("\" text-anchor=\"middle\">")
          .append(escape(xLabels.get(i)))
          .append("</text>\n");
    }
  }

  private static void legend(StringBuilder sb, List<Series> series) {
    int x = LEFT;
    for (Series s : series) {
      sb.append("<rect x=\"")
          .append(x)
          .append("\" y=\"")
          .append(H - 22)
          .append("\" width=\"12\" height=\"12\" fill=\"")
          .append(s.colour())
          .append("\"/><text x=\"")
          .append(x + 16)
          .append("\" y=\"")
          .append(H - 12)
          .append("\">")
          .append(escape(s.name()))
          .append("</text>\n");
      x += 24 + 7 * s.name().length();
    }
  }

  /** A round tick step (1, 2 or 5 times a power of ten) giving about four to eight ticks. */
  static double niceStep(double min, double max) {
    double span = max - min;
    if (!(span > 0) || Double.isInfinite(span)) {
      return 1;
    }
    double raw = span / 5;
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    double f = raw / power;
    double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
    return nice * power;
  }

  private static double x(int i, int n) {
    double slot = (double) (W - LEFT - RIGHT) / Math.max(1, n);
    return LEFT + slot * i + slot / 2;
  }

  private static double y(double v, double min, double max) {
    double span = max - min == 0 ? 1 : max - min;
    return TOP + (H - TOP - BOTTOM) * (1 - (v - min) / span);
  }

  private static String tick(double v, String unit) {
    double a = Math.abs(v);
    String s;
    if (a >= 1_000_000) {
      s = String.format(Locale.ROOT, "%.1fM", v / 1_000_000);
    } else if (a >= 1_000) {
      s = String.format(Locale.ROOT, a % 1_000 == 0 ? "%.0fk" : "%.1fk", v / 1_000);
    } else if (a >= 100 || v == Math.rint(v)) {
      s = String.format(Locale.ROOT, "%.0f", v);
    } else {
      s = String.format(Locale.ROOT, "%.1f", v);
    }
    if (unit.equals("$")) {
      return s.startsWith("-") ? "-$" + s.substring(1) : "$" + s;
    }
    return s + unit;
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  /**
   * Escapes text for XML and HTML.
   *
   * @param text the text
   * @return the escaped text
   */
  public static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
