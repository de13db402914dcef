package dev.revops.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.revops.core.error.Violation;
import dev.revops.core.internal.JsonLocations;
import dev.revops.core.validation.InputText;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One streaming pass over a policy document, before anything is bound, that finds what a strict
 * reader must refuse and Jackson either reports without the path or not at all: a key twice in one
 * object (with both lines), a number whose text is out of {@link InputText}'s bounds (before any
 * {@code BigDecimal} arithmetic), a string or number over the parser's {@code
 * StreamReadConstraints} (with the path of the value), and a document that is empty or {@code
 * null}. Syntax errors end the pass silently; the caller reports them.
 */
final class StrictJson {
  private StrictJson() {}

  /** What one level of nesting has seen. */
  private static final class Frame {
    final String path;
    final boolean array;
    int index;
    String name;
    final Map<String, JsonLocation> keys = new HashMap<>();

    Frame(String path, boolean array) {
      this.path = path;
      this.array = array;
    }
  }

  /** The state of one scan. */
  private static final class Scan {
    final List<Violation> out = new ArrayList<>();
    final Deque<Frame> frames = new ArrayDeque<>();
    boolean sawValue;
  }

  /**
   * Scans a document.
   *
   * @param factory the factory of the mapper that will bind it (its constraints apply)
   * @param json the document, without a byte-order mark
   * @return every problem found, each with its JSON path and line; empty when none
   */
  static List<Violation> scan(JsonFactory factory, String json) {
    Scan scan = new Scan();
    try (JsonParser p = factory.createParser(json)) {
      // this pass reports duplicates itself, naming both places
      p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
      try {
        JsonToken t;
        while ((t = p.nextToken()) != null) {
          step(p, t, scan);
        }
      } catch (StreamConstraintsException e) {
        // Jackson reads a value together with the name before it, so ask the parser where it is
        scan.out.add(
            new Violation(
                JsonLocations.pointerToPath(p.getParsingContext()),
                limitMessage(e, p.currentLocation())));
        return scan.out;
      }
    } catch (IOException e) {
      // malformed: the caller's parse reports it with its location
      return scan.out;
    }
    if (!scan.sawValue && scan.out.isEmpty()) {
      scan.out.add(new Violation("$", "the document is empty; a JSON object is required"));
    }
    return scan.out;
  }

  private static void step(JsonParser p, JsonToken t, Scan scan) throws IOException {
    Frame top = scan.frames.peek();
    if (t == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonLocation at = p.currentTokenLocation();
      JsonLocation first = top.keys.putIfAbsent(name, at);
      if (first != null) {
        scan.out.add(
            new Violation(
                top.path + "." + name,
                "duplicate key '"
                    + InputText.excerpt(name)
                    + "' at line "
                    + at.getLineNr()
                    + ", column "
                    + at.getColumnNr()
                    + "; first at line "
                    + first.getLineNr()
                    + ", column "
                    + first.getColumnNr()));
      }
      top.name = name;
      return;
    }
    if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
      scan.frames.pop();
      return;
    }
    String path;
    if (top == null) {
      path = "$";
    } else if (top.array) {
      path = top.path + "[" + top.index++ + "]";
    } else {
      path = top.path + "." + top.name;
    }
    if (!scan.sawValue) {
      scan.sawValue = true;
      if (t == JsonToken.VALUE_NULL) {
        scan.out.add(new Violation("$", "the document is null; a JSON object is required" + at(p)));
      }
    }
    if (t == JsonToken.START_OBJECT) {
      scan.frames.push(new Frame(path, false));
    } else if (t == JsonToken.START_ARRAY) {
      scan.frames.push(new Frame(path, true));
    } else if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      String problem = InputText.decimalProblem(p.getText());
      if (problem != null) {
        scan.out.add(new Violation(path, problem + at(p)));
      }
    } else if (t == JsonToken.VALUE_STRING) {
      // makes the parser read the whole string, so that its length limit applies here
      p.getText();
    }
  }

  private static String limitMessage(StreamConstraintsException e, JsonLocation loc) {
    String message = e.getOriginalMessage();
    String first = message == null ? "over a size limit" : message.lines().findFirst().orElse("");
    first = first.replace("`", "'");
    return first + (loc == null || loc.getLineNr() < 0 ? "" : " (line " + loc.getLineNr() + ")");
  }

  private static String at(JsonParser p) {
    JsonLocation loc = p.currentTokenLocation();
    if (loc == null || loc.getLineNr() < 0) {
      return "";
    }
    return " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
  }
}
