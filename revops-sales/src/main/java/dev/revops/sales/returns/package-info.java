/** Returns (RMA): partial returns per line and exact refunds with tax and restocking fee. */
package dev.revops.sales.returns;
