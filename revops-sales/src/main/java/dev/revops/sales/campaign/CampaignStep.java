package dev.revops.sales.campaign;

import dev.revops.core.consent.Channel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * One step of a campaign: a message on a channel, sent a number of days after the contact entered
 * the campaign (the first step usually at day 0). Immutable.
 *
 * @param id the step's id, unique in its campaign
 * @param channel the channel (e-mail, SMS, phone or automated call)
 * @param delayDays days after entry, 0 to {@value CampaignDefinition#MAX_DELAY_DAYS}
 * @param template the message template, with tokens such as {@code {{contact.firstName}}}
 */
public record CampaignStep(
    @NotBlank String id, @NotNull Channel channel, int delayDays, @NotBlank String template) {}
