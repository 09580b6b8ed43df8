package dev.settle.cli;

import dev.settle.execution.ExecutionStateException;
import picocli.CommandLine.Model.CommandSpec;

/** The exit codes of every command, for cron and runbooks. */
final class ExitCodes {

    /** Done: for a job, it COMPLETED (an import may still have rejected rows: see its report). */
    static final int OK = 0;
    /** The command failed before or around the job; stderr says why. */
    static final int FAILED = 1;
    /** Bad usage: unknown option, missing argument. */
    static final int USAGE = 2;
    /** Nothing to do: the file was already imported, the execution already completed. */
    static final int ALREADY_DONE = 3;
    /** An execution is marked running: wait for it, or recover it if its process is gone. */
    static final int EXECUTION_RUNNING = 4;
    /** The job ran and ended FAILED or STOPPED; it can be restarted once the cause is fixed. */
    static final int JOB_FAILED = 5;

    /** The exit code of an operator action the execution's state refused. */
    static int of(ExecutionStateException.Problem problem) {
        return switch (problem) {
            case COMPLETED, ABANDONED -> ALREADY_DONE;
            case RUNNING -> EXECUTION_RUNNING;
            case NOT_RUNNING -> FAILED;
        };
    }

    /** Says on stderr why the execution's state refused the command, and answers the exit code. */
    static int refused(CommandSpec spec, ExecutionStateException e) {
        spec.commandLine().getErr().println(spec.qualifiedName() + ": " + e.getMessage());
        return of(e.problem());
    }

    private ExitCodes() {
    }
}
