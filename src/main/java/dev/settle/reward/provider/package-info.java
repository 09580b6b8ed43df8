/**
 * The reward provider SPI: what the reward processor hands a provider ({@link dev.settle.reward.provider.RewardClaim}),
 * what it gets back ({@link dev.settle.reward.provider.RewardOutcome}) and the one exception that means "try again
 * later" ({@link dev.settle.reward.provider.RewardProviderUnavailableException}).
 *
 * <p>This package depends on nothing else in the project, so the processor, tests and any future CLI command call
 * a provider alike. Implementations live in packages of their own (for example
 * {@code dev.settle.reward.sandbox}) and are Spring beans; {@code settle.rewards.provider} names the one in use.
 * The contract every implementation keeps is on {@link dev.settle.reward.provider.RewardProvider}.
 */
package dev.settle.reward.provider;
