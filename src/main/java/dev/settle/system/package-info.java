/**
 * Cross-cutting infrastructure: the clock, error bodies, correlation ids, security and web configuration.
 */
package dev.settle.system;
