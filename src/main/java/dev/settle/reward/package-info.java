/**
 * Rewards of instructions: authorizing and claiming them through the Order Management API, and settling the
 * claims in the background through the one active {@link dev.settle.reward.provider.RewardProvider}.
 *
 * <p>A claim becomes a {@code SETTLING} reward transaction. On every API node the {@link
 * dev.settle.reward.RewardProcessor} takes due transactions with {@code SELECT … FOR UPDATE SKIP LOCKED} and a lease,
 * calls the provider outside any database transaction, and records the outcome with an update guarded by status
 * and attempt number, so nodes share the work, never call for one transaction at the same time while the lease
 * holds, and a node that dies mid-call hands its transactions on when the lease runs out.
 */
package dev.settle.reward;
