/**
 * Accounts, tenants and their API keys: created by operators through the CLI, used by the API's token
 * exchange.
 */
package dev.settle.tenancy;
