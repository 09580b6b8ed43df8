/**
 * Webhooks: the transactional outbox every state change writes its events to ({@link dev.settle.webhook.WebhookOutbox},
 * {@link dev.settle.webhook.OutboxSql} for the set-based job statements), the tenants' endpoints, and the dispatcher
 * that delivers the events signed, in order per endpoint and instruction, retried with back-off until they are
 * delivered or parked as dead.
 */
package dev.settle.webhook;
