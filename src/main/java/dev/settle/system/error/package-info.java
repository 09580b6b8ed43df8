/**
 * The API error body ({@code timestamp, correlationId, errors[]}) and the error codes shared by the API and the
 * CSV import.
 */
package dev.settle.system.error;
