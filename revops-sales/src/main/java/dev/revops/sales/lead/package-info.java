/** Leads: capture from every source, validation, duplicate detection, lifecycle, conversion. */
package dev.revops.sales.lead;
