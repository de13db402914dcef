/** Reading revops' documents (JSON) with revops' mapper against the stock Jackson modules. */
package dev.revops.benchmarks.json;
