/**
 * The demo: a fresh embedded database, a tenant and key, and a scripted API scenario driven by the files in
 * {@code sample-data/}, each step checked against what it should answer.
 */
package dev.settle.demo;
