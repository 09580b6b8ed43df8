/**
 * The operator CLI: picocli commands over the features' services. Usage and parameter errors are reported
 * before any Spring context or database is touched; each command then starts the context it needs.
 */
package dev.settle.cli;
