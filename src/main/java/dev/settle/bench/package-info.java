/** Benchmarks that run the real jobs on generated data and print figures (rows/s, peak heap). */
package dev.settle.bench;
