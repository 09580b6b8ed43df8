/**
 * The customer vault, minimal: financial instruments (bank accounts, SEPA direct-debit mandates, PSP payment
 * tokens) that scheme writers pay to or collect from. One validator serves the API and the CSV import; IBANs
 * and tokens are personal data and leave this package masked, except towards the scheme writers.
 */
package dev.settle.vault;
