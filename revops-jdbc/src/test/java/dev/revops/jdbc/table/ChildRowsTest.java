package dev.revops.jdbc.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Types;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How {@link ChildRows} is described; its writes run on both databases in the kernel contract. */
class ChildRowsTest {
  @Test
  void statementsFollowTheColumnsGiven() {
    ChildRows rows =
        new ChildRows(
            "t_lines",
            "owner_id",
            List.of("owner_id", "no", "d"),
            new int[] {Types.VARCHAR, Types.INTEGER, Types.DATE},
            "no");
    assertThat(rows.insertSql())
        .isEqualTo("INSERT INTO t_lines (owner_id, no, d) VALUES (?, ?, ?)");
  }

  @Test
  void aMisdescribedTableIsRefusedByName() {
    assertThatThrownBy(
            () ->
                new ChildRows(
                    "t_lines", "owner_id", List.of("no", "owner_id"), new int[] {4, 12}, "no"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the owner column owner_id must come first");
    assertThatThrownBy(
            () ->
                new ChildRows(
                    "t_lines", "owner_id", List.of("owner_id", "no"), new int[] {12}, "no"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("2 columns but 1 types for t_lines");
    assertThatThrownBy(
            () ->
                new ChildRows(
                    "t_lines",
                    "owner_id",
                    List.of("owner_id", "at"),
                    new int[] {Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE},
                    "at"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unsupported SQL type " + Types.TIMESTAMP_WITH_TIMEZONE + " in t_lines");
  }
}
