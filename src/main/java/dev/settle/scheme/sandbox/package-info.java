/** The loopback scheme for demos and tests: answers by rule, never leaves the process. */
package dev.settle.scheme.sandbox;
