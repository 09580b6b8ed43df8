package dev.settle.cli;

import dev.settle.csvimport.ImportProgress;
import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows an import's progress while it runs: a progress bar on a terminal, a plain line every tenth of the file
 * otherwise (cron logs, pipes).
 */
final class ProgressDisplay implements AutoCloseable {

    private final Thread poller;
    private volatile boolean done;

    ProgressDisplay(ImportProgress progress, PrintWriter out, String title) {
        boolean terminal = System.console() != null;
        poller = new Thread(() -> run(progress, out, title, terminal), "import-progress");
        poller.setDaemon(true);
        poller.start();
    }

    private void run(ImportProgress progress, PrintWriter out, String title, boolean terminal) {
        while (!done && progress.fileSize() == 0) {
            // Nothing to show until the import is accepted and its reader has opened the file.
            sleep();
        }
        if (done) {
            return;
        }
        if (terminal) {
            try (ProgressBar bar = new ProgressBarBuilder().setTaskName(title).setUnit(" KiB", 1024)
                    .setStyle(ProgressBarStyle.ASCII).setInitialMax(1).build()) {
                while (!done) {
                    bar.maxHint(Math.max(progress.fileSize(), 1));
                    bar.stepTo(progress.bytesRead());
                    bar.setExtraMessage(progress.rowsRead() + " rows");
                    sleep();
                }
                bar.stepTo(Math.max(progress.fileSize(), progress.bytesRead()));
            }
            return;
        }
        long lastTenth = 0;
        while (!done) {
            long size = progress.fileSize();
            long tenth = size == 0 ? 0 : progress.bytesRead() * 10 / size;
            if (tenth > lastTenth) {
                lastTenth = tenth;
                out.printf("%s: %d%% of the file, %d rows%n", title, tenth * 10, progress.rowsRead());
                out.flush();
            }
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws InterruptedException {
        done = true;
        poller.join(2000);
    }
}
