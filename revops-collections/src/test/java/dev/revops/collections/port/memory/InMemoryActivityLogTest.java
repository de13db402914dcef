package dev.revops.collections.port.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.collections.activity.Activity;
import dev.revops.collections.activity.ActivityType;
import dev.revops.core.consent.Channel;
import dev.revops.core.error.IdempotencyConflictException;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ContactId;
import dev.revops.core.id.ReceivableId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryActivityLogTest {
  static final Instant T0 = Instant.parse("2026-06-01T12:00:00Z");

  static Activity entry(String id, String account, String debt, String note) {
    return new Activity(
        id,
        T0,
        AccountId.of(account),
        ReceivableId.of(debt),
        ContactId.of("c"),
        Channel.EMAIL,
        ActivityType.ATTEMPT_ALLOWED,
        null,
        null,
        List.of(),
        note);
  }

  @Test
  void readsByIdDebtAndAccountInAppendOrder() {
    InMemoryActivityLog log = new InMemoryActivityLog();
    Activity a1 = entry("1", "a", "d1", "");
    Activity a2 = entry("2", "a", "d2", "");
    Activity a3 = entry("3", "b", "d1", "");
    Activity a4 = entry("4", "a", "d1", "");
    List.of(a1, a2, a3, a4).forEach(log::append);
    log.append(a2); // same content: a no-op

    assertThat(log.find("3")).contains(a3);
    assertThat(log.find("9")).isEmpty();
    assertThat(log.forDebt(ReceivableId.of("d1"))).containsExactly(a1, a3, a4);
    assertThat(log.forAccount(AccountId.of("a"))).containsExactly(a1, a2, a4);
    assertThat(log.forDebt(ReceivableId.of("none"))).isEmpty();
    assertThat(log.all()).containsExactly(a1, a2, a3, a4);
    assertThatThrownBy(() -> log.append(entry("1", "a", "d1", "other")))
        .isInstanceOf(IdempotencyConflictException.class);
    assertThat(log.forDebt(ReceivableId.of("d1"))).containsExactly(a1, a3, a4);
  }
}
