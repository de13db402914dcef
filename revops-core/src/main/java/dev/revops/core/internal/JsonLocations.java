package dev.revops.core.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/** Maps every value of a JSON document to where it starts, keyed by JSON path. Not exported. */
public final class JsonLocations {
  private JsonLocations() {}

  /**
   * Indexes a document.
   *
   * @param factory the factory to parse with
   * @param json the document
   * @return JSON path ({@code $}, {@code $.a[0].b}) to the location of the value's first token
   * @throws IOException when the document is malformed
   */
  public static Map<String, JsonLocation> index(JsonFactory factory, String json)
      throws IOException {
    Map<String, JsonLocation> result = new HashMap<>();
    try (JsonParser p = factory.createParser(json)) {
      Deque<String> paths = new ArrayDeque<>();
      Deque<int[]> indexes = new ArrayDeque<>();
      JsonToken t;
      String pendingName = null;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.FIELD_NAME) {
          pendingName = p.currentName();
          continue;
        }
        if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          paths.pop();
          indexes.pop();
          continue;
        }
        String path;
        if (paths.isEmpty()) {
          path = "$";
        } else if (indexes.peek()[0] >= 0) {
          path = paths.peek() + "[" + indexes.peek()[0]++ + "]";
        } else {
          path = paths.peek() + "." + pendingName;
        }
        result.put(path, p.currentTokenLocation());
        if (t == JsonToken.START_OBJECT) {
          paths.push(path);
          indexes.push(new int[] {-1});
        } else if (t == JsonToken.START_ARRAY) {
          paths.push(path);
          indexes.push(new int[] {0});
        }
      }
    }
    return result;
  }

  /**
   * Writes the JSON path of a parsing context, e.g. {@code $.steps[2]}.
   *
   * @param context the context, or null for the root
   * @return the path
   */
  public static String pointerToPath(JsonStreamContext context) {
    if (context == null) {
      return "$";
    }
    StringBuilder sb = new StringBuilder("$");
    for (String segment : context.pathAsPointer().toString().split("/")) {
      if (segment.isEmpty()) {
        continue;
      }
      String s = segment.replace("~1", "/").replace("~0", "~");
      if (!s.isEmpty() && s.chars().allMatch(Character::isDigit)) {
        sb.append('[').append(s).append(']');
      } else {
        sb.append('.').append(s);
      }
    }
    return sb.toString();
  }
}
