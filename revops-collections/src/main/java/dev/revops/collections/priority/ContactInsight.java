package dev.revops.collections.priority;

import dev.revops.core.consent.Channel;
import java.util.Map;
import java.util.Optional;

/**
 * The best channel and contact hour learned from past right-party contacts, with the smoothed
 * right-party-contact rates behind them. Immutable.
 *
 * @param bestChannel the channel with the highest RPC rate, or null without data
 * @param bestHour the local hour (8-20) with the highest RPC rate, or null without data
 * @param channelRates smoothed RPC rate per channel tried
 * @param hourRates smoothed RPC rate per local hour tried
 */
public record ContactInsight(
    Channel bestChannel,
    Integer bestHour,
    Map<Channel, Double> channelRates,
    Map<Integer, Double> hourRates) {
  /** Copies the maps. */
  public ContactInsight {
    channelRates = Map.copyOf(channelRates);
    hourRates = Map.copyOf(hourRates);
  }

  /**
   * Returns the best channel.
   *
   * @return the channel, empty without data
   */
  public Optional<Channel> channel() {
    return Optional.ofNullable(bestChannel);
  }

  /**
   * Returns the best hour.
   *
   * @return the local hour, empty without data
   */
  public Optional<Integer> hour() {
    return Optional.ofNullable(bestHour);
  }
}
