package dev.revops.jdbc.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.collections.activity.Activity;
import dev.revops.collections.activity.ActivityType;
import dev.revops.core.consent.Channel;
import dev.revops.core.consent.ContactOutcome;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ContactId;
import dev.revops.core.id.ReceivableId;
import dev.revops.core.time.ManualClock;
import dev.revops.jdbc.FinanceQueries;
import dev.revops.jdbc.RequiresPostgres;
import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.jdbc.TestDatabases;
import dev.revops.jdbc.collections.JdbcActivityLog;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The README's contact-log queries, run as written on PostgreSQL over a random collections activity
 * log (seeded), and checked against the same figures counted from the entries appended.
 */
@ExtendWith(RequiresPostgres.class)
class ContactQueriesTest {
  private static final String[] RULES = {
    "FDCPA-805a1-INCONVENIENT-TIME", "REG-F-1006.14-7IN7", "CONSENT-REVOKED", "FDCPA-805c-CEASE"
  };
  private static final Channel[] CHANNELS = {Channel.PHONE, Channel.EMAIL, Channel.SMS};
  private static final List<Activity> appended = new ArrayList<>();
  private static TestDatabases.PostgresSchema schema;

  @BeforeAll
  static void appendALog() {
    schema = TestDatabases.postgres("contact_queries");
    ManualClock clock = new ManualClock(Instant.parse("2024-07-01T00:00:00Z"), ZoneOffset.UTC);
    RevOpsDatabase db = RevOpsDatabase.on(schema.dataSource(), clock).migrate();
    JdbcActivityLog log = new JdbcActivityLog(db.database());
    Random random = new Random(42);
    for (int i = 0; i < 400; i++) {
      int account = random.nextInt(12);
      Instant at =
          LocalDate.of(2024, 1, 1)
              .plusDays(random.nextInt(182))
              .atStartOfDay(ZoneOffset.UTC)
              .toInstant()
              .plusSeconds(random.nextInt(86_400));
      ActivityType type = ActivityType.values()[random.nextInt(ActivityType.values().length)];
      Channel channel =
          type == ActivityType.NOTE ? null : CHANNELS[random.nextInt(CHANNELS.length)];
      List<String> rules = new ArrayList<>();
      if (type == ActivityType.ATTEMPT_BLOCKED) {
        rules.add(RULES[random.nextInt(RULES.length)]);
        if (random.nextInt(4) == 0) {
          String second = RULES[random.nextInt(RULES.length)];
          if (!rules.contains(second)) {
            rules.add(second);
          }
        }
      }
      ContactOutcome outcome =
          type == ActivityType.OUTCOME
              ? ContactOutcome.values()[random.nextInt(ContactOutcome.values().length)]
              : null;
      Activity a =
          new Activity(
              "act-" + i,
              at,
              AccountId.of("acct-" + account),
              ReceivableId.of("inv-" + account),
              channel == null ? null : ContactId.of("contact-" + account),
              channel,
              type,
              outcome,
              outcome == null ? null : "attempt-" + i,
              rules,
              "");
      log.append(a);
      appended.add(a);
    }
  }

  @AfterAll
  static void drop() {
    schema.close();
  }

  @Test
  void theContactLogCountsEachMonthAndChannelAsTheEntriesDo() throws Exception {
    Map<String, long[]> expected = new TreeMap<>();
    for (Activity a : appended) {
      if (a.channel() == null) {
        continue;
      }
      String month = LocalDate.ofInstant(a.at(), ZoneOffset.UTC).withDayOfMonth(1).toString();
      long[] row = expected.computeIfAbsent(month + " " + a.channel().name(), k -> new long[5]);
      switch (a.type()) {
        case ATTEMPT_ALLOWED -> row[0]++;
        case ATTEMPT_BLOCKED -> row[1]++;
        case ATTEMPT_DROPPED_SETTLED -> row[2]++;
        case OUTCOME -> row[3]++;
        default -> {}
      }
      if (a.outcome() == ContactOutcome.RIGHT_PARTY_CONTACT
          || a.outcome() == ContactOutcome.PROMISE_TO_PAY) {
        row[4]++;
      }
    }
    List<List<String>> want = new ArrayList<>();
    for (Map.Entry<String, long[]> e : expected.entrySet()) {
      String[] key = e.getKey().split(" ");
      List<String> row = new ArrayList<>(List.of(key[0], key[1]));
      for (long n : e.getValue()) {
        row.add(Long.toString(n));
      }
      want.add(row);
    }
    assertThat(FinanceQueriesTest.run(schema, FinanceQueries.postgres().get("contact-log")))
        .isNotEmpty()
        .containsExactlyElementsOf(want);
  }

  @Test
  void blockedContactsAreCountedUnderEachRuleThatBlockedThem() throws Exception {
    Map<String, Long> attempts = new TreeMap<>();
    Map<String, Set<AccountId>> accounts = new TreeMap<>();
    for (Activity a : appended) {
      if (a.type() != ActivityType.ATTEMPT_BLOCKED) {
        continue;
      }
      for (String rule : a.ruleIds()) {
        String key = rule + " " + a.channel().name();
        attempts.merge(key, 1L, Long::sum);
        accounts.computeIfAbsent(key, k -> new HashSet<>()).add(a.account());
      }
    }
    List<List<String>> rows =
        FinanceQueriesTest.run(schema, FinanceQueries.postgres().get("contacts-blocked-by-rule"));
    assertThat(rows).hasSize(attempts.size());
    for (List<String> row : rows) {
      String key = row.get(0) + " " + row.get(1);
      assertThat(row.get(2)).as(key).isEqualTo(Long.toString(attempts.get(key)));
      assertThat(row.get(3)).as(key).isEqualTo(Integer.toString(accounts.get(key).size()));
    }
    for (int i = 1; i < rows.size(); i++) {
      assertThat(Long.parseLong(rows.get(i - 1).get(2)))
          .as("most attempts first")
          .isGreaterThanOrEqualTo(Long.parseLong(rows.get(i).get(2)));
    }
  }
}
