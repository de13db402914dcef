package dev.revops.collections.priority;

import dev.revops.collections.activity.Activity;
import dev.revops.collections.activity.ActivityType;
import dev.revops.core.consent.Channel;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Learns the best channel and contact hour from the outcomes in the activity log: the
 * right-party-contact rate of each channel and each local hour, smoothed with a Beta(1, 1) prior
 * ({@code (rpc + 1) / (attempts + 2)}) so one lucky call does not win; ties go to the earlier
 * channel or hour. Only hours inside 08:00-21:00 are suggested. Stateless and thread-safe.
 */
public final class ContactTimeLearner {
  private ContactTimeLearner() {}

  /**
   * Learns from outcomes.
   *
   * @param activities activity-log entries (outcomes are used, the rest ignored)
   * @param debtorZone the debtor's zone for local hours
   * @return the insight
   */
  public static ContactInsight learn(List<Activity> activities, ZoneId debtorZone) {
    Map<Channel, int[]> byChannel = new EnumMap<>(Channel.class);
    Map<Integer, int[]> byHour = new HashMap<>();
    for (Activity a : activities) {
      if (a.type() != ActivityType.OUTCOME || a.channel() == null) {
        continue;
      }
      int rpc = a.outcome().isRightPartyContact() ? 1 : 0;
      int[] c = byChannel.computeIfAbsent(a.channel(), k -> new int[2]);
      c[0]++;
      c[1] += rpc;
      int hour = a.at().atZone(debtorZone).getHour();
      if (hour >= 8 && hour < 21) {
        int[] h = byHour.computeIfAbsent(hour, k -> new int[2]);
        h[0]++;
        h[1] += rpc;
      }
    }
    Map<Channel, Double> channelRates = new EnumMap<>(Channel.class);
    Channel bestChannel = null;
    for (Channel ch : Channel.values()) {
      int[] c = byChannel.get(ch);
      if (c == null) {
        continue;
      }
      double rate = (c[1] + 1.0) / (c[0] + 2.0);
      channelRates.put(ch, rate);
      if (bestChannel == null || rate > channelRates.get(bestChannel)) {
        bestChannel = ch;
      }
    }
    Map<Integer, Double> hourRates = new HashMap<>();
    Integer bestHour = null;
    for (int hour = 8; hour < 21; hour++) {
      int[] h = byHour.get(hour);
      if (h == null) {
        continue;
      }
      double rate = (h[1] + 1.0) / (h[0] + 2.0);
      hourRates.put(hour, rate);
      if (bestHour == null || rate > hourRates.get(bestHour)) {
        bestHour = hour;
      }
    }
    return new ContactInsight(bestChannel, bestHour, channelRates, hourRates);
  }
}
