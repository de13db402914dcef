package dev.revops.benchmarks.dunning;

import dev.revops.benchmarks.dunning.DelinquentBook.Delinquent;
import dev.revops.collections.compliance.CollectionsContactPolicy;
import dev.revops.collections.compliance.ContactAttempt;
import dev.revops.collections.compliance.ContactKind;
import dev.revops.collections.compliance.DebtContactRequest;
import dev.revops.collections.compliance.DebtFacts;
import dev.revops.collections.compliance.DisputeStatus;
import dev.revops.collections.dunning.DueAction;
import dev.revops.collections.dunning.DunningAction;
import dev.revops.collections.dunning.DunningEvaluation;
import dev.revops.collections.dunning.DunningEvaluator;
import dev.revops.collections.dunning.PaymentOverdue;
import dev.revops.core.consent.Channel;
import dev.revops.core.consent.ConsentRecord;
import dev.revops.core.consent.ConsentStatus;
import dev.revops.core.consent.ContactDecision;
import dev.revops.core.consent.ContactPolicy;
import dev.revops.core.consent.ContactPreferences;
import dev.revops.core.consent.ContactRequest;
import dev.revops.core.consent.InconvenientTime;
import dev.revops.core.event.DomainEvent;
import dev.revops.core.receivable.Receivable;
import dev.revops.core.time.BusinessCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One pass over a {@link DelinquentBook}, by revops and by hand. For each account: evaluate the
 * ladder at the account's instant, then put every contact action due through compliance (every rule
 * of {@link CollectionsContactPolicy#standard}) for the oldest debt. Stateless.
 */
public final class DunningPass {
  /** The calendar of the validation-notice rule. */
  static final BusinessCalendar CALENDAR =
      BusinessCalendar.builder(ZoneId.of("America/New_York")).build();

  /** The compliance policy: every rule on. */
  static final ContactPolicy<DebtContactRequest> COMPLIANCE =
      CollectionsContactPolicy.standard(CALENDAR);

  private static final Map<String, Integer> RULE_INDEX = ruleIndex();
  private static final DunningAction[] ACTIONS = DunningAction.values();
  private static final int DAY = 86_400;
  private static final int EARLIEST = 8 * 3_600;
  private static final int LATEST = 21 * 3_600;

  private DunningPass() {}

  private static Map<String, Integer> ruleIndex() {
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < Tally.RULES.size(); i++) {
      m.put(Tally.RULES.get(i), i);
    }
    return m;
  }

  /**
   * revops: {@link DunningEvaluator#evaluate} and {@link ContactPolicy#decide}.
   *
   * @param book the accounts
   * @return the counts
   */
  public static Tally revops(DelinquentBook book) {
    Tally t = new Tally();
    for (Delinquent a : book.accounts) {
      t.accounts++;
      DunningEvaluation ev =
          DunningEvaluator.evaluate(a.state(), a.facts(), Ladder.POLICY, a.now());
      for (DomainEvent e : ev.events()) {
        if (e instanceof PaymentOverdue) {
          t.alerts++;
        }
      }
      if (ev.nextEvaluationAt() != null) {
        t.nextEvaluationSeconds += ev.nextEvaluationAt().getEpochSecond();
      }
      for (DueAction d : ev.actions()) {
        t.actions[d.action().ordinal()]++;
        Optional<Channel> channel = d.action().channel();
        if (channel.isEmpty()) {
          continue;
        }
        ContactDecision decision =
            COMPLIANCE.decide(
                new DebtContactRequest(
                    new ContactRequest(
                        a.preferences(),
                        a.zones(),
                        channel.get(),
                        a.now(),
                        ContactRequest.Purpose.COLLECTION),
                    a.facts().account(),
                    a.debt(),
                    a.debtFacts(),
                    a.history(),
                    ContactKind.COLLECTION));
        if (decision.allowed()) {
          t.allowed++;
        } else {
          t.blocked++;
          for (String rule : decision.blockingRuleIds()) {
            t.blockedByRule[RULE_INDEX.get(rule)]++;
          }
        }
      }
    }
    return t;
  }

  /**
   * By hand: the same ladder and the same rules as straight-line code over the same records, in
   * epoch days and seconds, allocating nothing per account but the next instant's conversion.
   *
   * @param book the accounts
   * @return the counts
   */
  public static Tally handWritten(DelinquentBook book) {
    Tally t = new Tally();
    ZoneRules calendarRules = CALENDAR.zone().getRules();
    for (Delinquent a : book.accounts) {
      account(t, a, calendarRules);
    }
    return t;
  }

  /** One account by hand; a method of its own so the JIT compiles it whole, not only by OSR. */
  private static void account(Tally t, Delinquent a, ZoneRules calendarRules) {
    t.accounts++;
    ZoneId zone = a.facts().zone();
    ZoneRules rules = zone.getRules();
    Instant now = a.now();
    long local = now.getEpochSecond() + rules.getOffset(now).getTotalSeconds();
    long today = Math.floorDiv(local, DAY);
    long secondOfDay = Math.floorMod(local, DAY);

    long anchor = Long.MAX_VALUE;
    long open = 0;
    int unpaid = 0;
    for (Receivable r : a.facts().receivables()) {
      long due = r.amountDue().minor();
      if (due == 0) {
        continue;
      }
      unpaid++;
      open += due;
      long dueDay = r.dueOn().toEpochDay();
      anchor = Math.min(anchor, dueDay);
      if (today > dueDay && !a.state().alerted().contains(r.id())) {
        t.alerts++;
      }
    }
    int executed = 0;
    for (String id : a.state().executedSteps()) {
      executed |= 1 << Ladder.index(id);
    }
    boolean vip = a.facts().tags().contains(Ladder.VIP);
    long nextDay = Long.MAX_VALUE;
    for (int k = 0; k < Ladder.IDS.length; k++) {
      if ((executed & (1 << k)) != 0) {
        continue;
      }
      long dueDay = anchor + Ladder.OFFSETS[k];
      if (today < dueDay) {
        nextDay = Math.min(nextDay, dueDay);
        continue;
      }
      if ((Ladder.MIN_AMOUNT[k] >= 0 && open < Ladder.MIN_AMOUNT[k])
          || unpaid < Ladder.MIN_UNPAID[k]
          || (Ladder.VIP_EXEMPT[k] && vip)) {
        continue;
      }
      for (DunningAction action : Ladder.ACTIONS[k]) {
        t.actions[action.ordinal()]++;
        Channel channel = channelOf(action);
        if (channel != null) {
          contact(t, a, channel, today, secondOfDay, rules, calendarRules);
        }
      }
    }
    if (nextDay != Long.MAX_VALUE) {
      t.nextEvaluationSeconds += LocalDate.ofEpochDay(nextDay).atStartOfDay(zone).toEpochSecond();
    }
  }

  private static Channel channelOf(DunningAction action) {
    return switch (action) {
      case EMAIL -> Channel.EMAIL;
      case SMS -> Channel.SMS;
      case LETTER, FINAL_NOTICE -> Channel.LETTER;
      case VOICEMAIL_DROP -> Channel.AUTOMATED_CALL;
      case CALL_TASK -> Channel.PHONE;
      default -> null;
    };
  }

  private static boolean isCall(Channel c) {
    return c == Channel.PHONE || c == Channel.AUTOMATED_CALL;
  }

  private static ConsentStatus status(ContactPreferences p, Channel c) {
    List<ConsentRecord> history = p.history();
    for (int i = history.size() - 1; i >= 0; i--) {
      if (history.get(i).channel() == c) {
        return history.get(i).status();
      }
    }
    return ConsentStatus.UNKNOWN;
  }

  private static long localDay(Instant at, ZoneRules rules) {
    return Math.floorDiv(at.getEpochSecond() + rules.getOffset(at).getTotalSeconds(), DAY);
  }

  /** The fifteen rules of the standard policy, in its order (indexes into Tally.RULES). */
  private static void contact(
      Tally t,
      Delinquent a,
      Channel c,
      long today,
      long secondOfDay,
      ZoneRules rules,
      ZoneRules calendarRules) {
    ContactPreferences p = a.preferences();
    DebtFacts f = a.debtFacts();
    boolean call = isCall(c);
    int blocked = 0; // bit per rule index
    if (status(p, c) == ConsentStatus.OPTED_OUT) {
      blocked |= 1; // consent.opted-out
    }
    if (call
        && (status(p, Channel.PHONE) == ConsentStatus.OPTED_OUT
            || status(p, Channel.AUTOMATED_CALL) == ConsentStatus.OPTED_OUT)) {
      blocked |= 1 << 1; // telephone opt-out
    }
    if ((c == Channel.SMS || c == Channel.AUTOMATED_CALL)
        && status(p, c) != ConsentStatus.OPTED_IN) {
      blocked |= 1 << 2; // prior express consent
    }
    if (c.isRealTime() && p.doNotCall()) {
      blocked |= 1 << 3; // do-not-call
    }
    if (c != Channel.LETTER) {
      if (secondOfDay < EARLIEST || secondOfDay >= LATEST) {
        blocked |= 1 << 4; // convenient hours
      }
      for (InconvenientTime w : p.inconvenientTimes()) {
        if (w.contains(a.now().atZone(a.facts().zone()))) {
          blocked |= 1 << 5;
        }
      }
    }
    if (call) {
      int calls = 0;
      boolean talkedRecently = false;
      for (ContactAttempt h : a.history()) {
        if (!isCall(h.channel())) {
          continue;
        }
        long day = localDay(h.at(), rules);
        if (day <= today && day >= today - 6) {
          calls++;
          if (h.conversation()) {
            talkedRecently = true;
          }
        }
      }
      if (calls >= 7) {
        blocked |= 1 << 6; // call frequency
      }
      if (talkedRecently) {
        blocked |= 1 << 7; // call after conversation
      }
    }
    if (f.ceaseRequestedAt() != null) {
      blocked |= 1 << 8;
    }
    if (f.dispute() == DisputeStatus.DISPUTED) {
      blocked |= 1 << 9;
    }
    if (f.validationNoticeSentOn() == null) {
      // the first communication: the recorded day or the first contact placed, whichever is earlier
      long first = f.firstContactOn() == null ? Long.MAX_VALUE : f.firstContactOn().toEpochDay();
      for (ContactAttempt h : a.history()) {
        first = Math.min(first, localDay(h.at(), calendarRules));
      }
      if (first != Long.MAX_VALUE && localDay(a.now(), calendarRules) > first + 5) {
        blocked |= 1 << 10;
      }
    }
    if (f.bankruptcy()) {
      blocked |= 1 << 11;
    }
    if (f.deceased()) {
      blocked |= 1 << 12;
    }
    if (f.gdprObjection()) {
      blocked |= 1 << 13;
    }
    if (f.gdprRestriction()) {
      blocked |= 1 << 14;
    }
    if (blocked == 0) {
      t.allowed++;
      return;
    }
    t.blocked++;
    for (int r = 0; r < 15; r++) {
      if ((blocked & (1 << r)) != 0) {
        t.blockedByRule[r]++;
      }
    }
  }

  /**
   * Runs both contenders once and checks they agree.
   *
   * @param book the accounts
   * @return the agreed counts
   * @throws IllegalStateException when they differ, or when the rule order is not the one the
   *     hand-written loop assumes
   */
  public static Tally check(DelinquentBook book) {
    if (!COMPLIANCE.ruleIds().equals(Tally.RULES) || Tally.RULES.size() != 15) {
      throw new IllegalStateException("compliance rules changed: " + COMPLIANCE.ruleIds());
    }
    Tally revops = revops(book);
    Tally floor = handWritten(book);
    if (!revops.sameAs(floor)) {
      throw new IllegalStateException("revops " + revops + "\nhand-written " + floor);
    }
    if (revops.allowed == 0 || revops.blocked == 0 || revops.alerts == 0) {
      throw new IllegalStateException("the book exercises too little: " + revops);
    }
    return revops;
  }

  /**
   * Prints what a pass over a book does (the agreed counts).
   *
   * @param args the number of accounts, default 1,000,000
   */
  public static void main(String[] args) {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    System.out.println(check(DelinquentBook.generate(size, 7)));
    System.out.println("rules: " + Tally.RULES);
  }
}
