package dev.settle.webhook;

/** Where an event's delivery stands: waiting (or being retried), delivered (2xx), or given up for an operator. */
public enum DeliveryStatus {
    PENDING, DELIVERED, DEAD
}
