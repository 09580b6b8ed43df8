package dev.settle.order;

/** What caused a status change, recorded in the history with the actor and a reference. */
public enum StatusCause {
    API, IMPORT, SETTLEMENT_RUN, RECONCILIATION_FILE, OPERATOR, CUSTOMER_DEFAULT
}
