package dev.settle.order;

/** Pay a customer out ({@code CREDIT}) or collect from a customer ({@code DEBIT}). */
public enum Direction {
    CREDIT, DEBIT
}
