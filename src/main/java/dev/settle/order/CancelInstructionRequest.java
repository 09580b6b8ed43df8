package dev.settle.order;

/** Optional reason for a cancellation. */
public record CancelInstructionRequest(String reason) {
}
