/**
 * Referrals: a referral code per customer, attribution of new leads to their referrer, fraud rules
 * (self-referral, a cap per referrer), and a reward paid once when the referred customer pays its
 * first invoice.
 */
package dev.revops.sales.referral;
