package dev.settle.reconciliation.report;

import java.util.Arrays;

/**
 * The open elements of a document being streamed, innermost last: the local names of elements in the document's
 * own namespace and {@link #FOREIGN} for any other, so an element a bank nests from its own namespace never
 * matches one of ours whatever its local name. Its size follows the nesting depth, never the file size.
 */
final class ElementPath {

    /** Stands for an element outside the document's namespace. */
    static final String FOREIGN = "#foreign";

    private String[] names = new String[16];

    private int depth;

    void push(String name) {
        if (this.depth == this.names.length) {
            this.names = Arrays.copyOf(this.names, this.depth * 2);
        }
        this.names[this.depth++] = name;
    }

    void pop() {
        this.names[--this.depth] = null;
    }

    /** How many elements are open; the document element is at depth 1. */
    int depth() {
        return this.depth;
    }

    /** The innermost open element, or null outside the document element. */
    String current() {
        return (this.depth == 0) ? null : this.names[this.depth - 1];
    }

    /**
     * The names from below the element at {@code depth} down to the innermost one, joined by {@code /}
     * ({@code StsRsnInf/Rsn/Cd}), or null when that is more than {@code maxSteps} elements or none.
     */
    String below(int depth, int maxSteps) {
        int steps = this.depth - depth;
        if (steps < 1 || steps > maxSteps) {
            return null;
        }
        StringBuilder path = new StringBuilder(this.names[depth]);
        for (int i = depth + 1; i < this.depth; i++) {
            path.append('/').append(this.names[i]);
        }
        return path.toString();
    }
}
