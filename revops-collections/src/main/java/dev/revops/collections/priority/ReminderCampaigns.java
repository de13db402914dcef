package dev.revops.collections.priority;

import dev.revops.core.consent.Channel;
import dev.revops.core.consent.ConsentStatus;
import dev.revops.core.consent.ContactPreferences;
import dev.revops.core.id.AccountId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Puts performing accounts into reminder campaigns by channel preference: the preferred channel
 * when the person has not opted out of it (and, for texts and automated calls, opted in); otherwise
 * e-mail unless opted out; otherwise a letter. Every reminder still passes the contact gate when it
 * is sent. Stateless and thread-safe.
 */
public final class ReminderCampaigns {
  private ReminderCampaigns() {}

  /**
   * Picks the reminder channel for a person.
   *
   * @param preferences the person's preferences
   * @return the channel
   */
  public static Channel channelFor(ContactPreferences preferences) {
    Channel preferred = preferences.preferred();
    if (preferred != null && usable(preferences, preferred)) {
      return preferred;
    }
    return usable(preferences, Channel.EMAIL) ? Channel.EMAIL : Channel.LETTER;
  }

  /**
   * Groups performing accounts by reminder channel.
   *
   * @param accounts each account's billing contact preferences
   * @return channel to accounts, in input order
   */
  public static Map<Channel, List<AccountId>> assign(Map<AccountId, ContactPreferences> accounts) {
    Map<Channel, List<AccountId>> out = new EnumMap<>(Channel.class);
    accounts.forEach((a, p) -> out.computeIfAbsent(channelFor(p), c -> new ArrayList<>()).add(a));
    return out;
  }

  private static boolean usable(ContactPreferences p, Channel c) {
    ConsentStatus s = p.status(c);
    if (s == ConsentStatus.OPTED_OUT) {
      return false;
    }
    boolean needsOptIn = c == Channel.SMS || c == Channel.AUTOMATED_CALL;
    return !needsOptIn || s == ConsentStatus.OPTED_IN;
  }
}
