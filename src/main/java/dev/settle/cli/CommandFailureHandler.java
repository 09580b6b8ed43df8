package dev.settle.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failed command into one line on stderr and exit code 1: operators get the reason, not a stack trace
 * (set {@code SETTLE_DEBUG=true} for the trace).
 */
class CommandFailureHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        Throwable root = ex;
        while (root.getCause() != null && root.getCause() != root
                && !(root instanceof IllegalArgumentException || root instanceof IllegalStateException)) {
            root = root.getCause();
        }
        commandLine.getErr().println(commandLine.getColorScheme().errorText(
                commandLine.getCommandSpec().qualifiedName() + ": " + root.getMessage()));
        if ("true".equalsIgnoreCase(System.getenv("SETTLE_DEBUG"))) {
            ex.printStackTrace(commandLine.getErr());
        }
        return ExitCodes.FAILED;
    }
}
