package dev.revops.collections.plan;

import dev.revops.core.money.Percentage;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * The largest discount a role may approve on a settlement. Immutable.
 *
 * @param role the approver's role, e.g. {@code "collector"}, {@code "supervisor"}
 * @param maxDiscount the largest share of the balance that may be written off
 */
public record ApprovalLimit(@NotBlank String role, @NotNull Percentage maxDiscount) {}
