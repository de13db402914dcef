/** jqwik arbitraries that generate valid revops domain values. */
package dev.revops.testkit.arbitraries;
