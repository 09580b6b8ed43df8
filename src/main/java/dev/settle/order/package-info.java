/**
 * The order store: orders, instructions, customer defaults, the instruction status machine and its history,
 * transactions with refunds and chargebacks, and the Order Management API over them.
 */
package dev.settle.order;
