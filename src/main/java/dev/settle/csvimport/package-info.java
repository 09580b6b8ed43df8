/**
 * Bulk import of instructions and financial instruments from CSV files: streaming, validated with the API's
 * rules, restartable from the last committed chunk and idempotent per file.
 */
package dev.settle.csvimport;
