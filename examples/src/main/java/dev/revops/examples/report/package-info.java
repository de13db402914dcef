/** The demo's output: offline HTML with inline SVG charts, and a console progress bar. */
package dev.revops.examples.report;
