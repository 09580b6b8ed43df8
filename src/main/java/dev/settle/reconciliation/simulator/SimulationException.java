package dev.settle.reconciliation.simulator;

/**
 * The simulation could not be done: the input does not exist, is not one of our pain.001 or pain.008 files, or the
 * answers could not be written. The message names the file and, where known, the line.
 */
public class SimulationException extends RuntimeException {

    public SimulationException(String message) {
        super(message);
    }

    public SimulationException(String message, Throwable cause) {
        super(message, cause);
    }
}
