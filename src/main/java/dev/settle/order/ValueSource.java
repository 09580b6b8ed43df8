package dev.settle.order;

/** Where an instruction's financial instrument or scheme came from. */
public enum ValueSource {
    NONE, CUSTOMER_DEFAULT, CUSTOMER, TENANT, SYSTEM_GENERATED, MANUALLY_SET
}
