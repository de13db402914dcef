package dev.revops.billing.billrun;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.billing.internal.RangeSortedList;
import dev.revops.billing.internal.SmallOrderedMap;
import dev.revops.core.time.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The generator's fast structures behave like the JDK collections they replace: the per-period map
 * like a {@code LinkedHashMap} (also past the eight keys where it starts hashing), a subscription's
 * periods like a {@code TreeMap} by start, then end.
 */
class FastStructuresProperties {
  private static final LocalDate BASE = LocalDate.of(2024, 1, 1);

  @Property(tries = 1000)
  void theSmallMapIsAnInsertionOrderedMap(
      @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 20) Integer> keys,
      @ForAll @Size(max = 40) List<@IntRange(min = -5, max = 5) Integer> values) {
    SmallOrderedMap<String, Integer> small = new SmallOrderedMap<>();
    Map<String, Integer> linked = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      String k = "k" + keys.get(i);
      int v = i < values.size() ? values.get(i) : i;
      if (v >= 0) {
        small.merge(k, v, Integer::sum);
        linked.merge(k, v, Integer::sum);
      } else {
        small.put(k, v);
        linked.put(k, v);
      }
    }
    Map<String, Integer> read = new LinkedHashMap<>();
    for (int i = 0; i < small.size(); i++) {
      assertThat(small.indexOf(small.key(i))).isEqualTo(i);
      read.put(small.key(i), small.value(i));
    }
    assertThat(read).containsExactlyEntriesOf(linked);
    for (int k = 0; k <= 20; k++) {
      assertThat(small.get("k" + k)).isEqualTo(linked.get("k" + k));
    }
    assertThat(small.indexOf("absent")).isEqualTo(-1);
  }

  @Property(tries = 1000)
  void theRangeListIsSortedByStartThenEndWithOneValuePerRange(
      @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 15) Integer> starts,
      @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 3) Integer> lengths) {
    RangeSortedList<DateRange> list = new RangeSortedList<>(r -> r);
    Comparator<DateRange> order =
        Comparator.comparing(DateRange::start).thenComparing(DateRange::end);
    TreeMap<DateRange, DateRange> tree = new TreeMap<>(order);
    for (int i = 0; i < starts.size(); i++) {
      int length = i < lengths.size() ? lengths.get(i) : 1;
      DateRange r = DateRange.ofDays(BASE.plusDays(starts.get(i)), length);
      int at = list.indexOf(r);
      if (at < 0) {
        assertThat(list.find(r)).isNull();
        list.insert(at, r);
      } else {
        assertThat(list.find(r)).isEqualTo(r);
      }
      tree.put(r, r);
    }
    List<DateRange> read = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      read.add(list.get(i));
    }
    assertThat(read).containsExactlyElementsOf(tree.keySet());
  }
}
