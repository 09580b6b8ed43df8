/**
 * Settlement: due selection with business-day calendars, the submission ledger and the claim of due
 * instructions into it.
 */
package dev.settle.settlement;
