/**
 * Scheme configuration per tenant: which writer submits a tenant's payments, for which currencies and
 * directions, on which business-day calendar, lead time and cut-off, and the writer's settings. Settings whose
 * key names a secret are never shown: not by the API, the CLI nor {@code toString}.
 */
package dev.settle.schemeconfig;
