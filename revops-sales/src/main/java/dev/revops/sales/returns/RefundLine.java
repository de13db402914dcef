package dev.revops.sales.returns;

import dev.revops.core.money.Money;

/**
 * The refund of one returned line. Immutable.
 *
 * @param lineNo the order line
 * @param quantity the quantity returned
 * @param net unit price times quantity
 * @param tax the share of the line's tax (zero when the policy keeps tax)
 * @param fee the restocking fee, subtracted
 * @param total net plus tax minus fee
 */
public record RefundLine(int lineNo, long quantity, Money net, Money tax, Money fee, Money total) {}
