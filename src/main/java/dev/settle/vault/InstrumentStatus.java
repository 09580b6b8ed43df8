package dev.settle.vault;

/** Whether a financial instrument may be used for new payments. */
public enum InstrumentStatus {
    ACTIVE,
    INACTIVE
}
