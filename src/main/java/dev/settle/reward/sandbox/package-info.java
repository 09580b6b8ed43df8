/**
 * The sandbox reward provider: settles, fails, stays pending or drops the connection according to the reward id,
 * so demos and tests drive every path of reward processing without an outside service.
 */
package dev.settle.reward.sandbox;
