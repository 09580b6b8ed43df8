package dev.settle.csvimport;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * How far the import running in this process has got, published after every chunk, for a progress bar.
 */
@Component
public class ImportProgress {

    private final AtomicLong bytesRead = new AtomicLong();
    private final AtomicLong fileSize = new AtomicLong();
    private final AtomicLong rowsRead = new AtomicLong();

    void publish(long bytes, long size, long rows) {
        bytesRead.set(bytes);
        fileSize.set(size);
        rowsRead.set(rows);
    }

    public long bytesRead() {
        return bytesRead.get();
    }

    public long fileSize() {
        return fileSize.get();
    }

    public long rowsRead() {
        return rowsRead.get();
    }
}
