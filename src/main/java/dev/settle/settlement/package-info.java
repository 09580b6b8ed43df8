/**
 * Settlement: {@code settlementJob} and what it is made of. Late marking; due selection with business-day
 * calendars; the submission ledger (one row per attempt, its key the EndToEndId / idempotency key); the claim of
 * due instructions into it; batch planning; submission through the scheme writers with the answers, control
 * totals and report recorded; {@link dev.settle.settlement.SettlementRuns} for runs and reruns of a business date.
 */
package dev.settle.settlement;
