package dev.settle.csvimport;

import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.infrastructure.item.Chunk;

/** Publishes the reader's position after every chunk, for the CLI's progress bar. */
class ProgressPublisher implements ChunkListener<CsvRecord, CsvRecord> {

    private final CsvRecordReader reader;
    private final ImportProgress progress;
    private long rows;

    ProgressPublisher(CsvRecordReader reader, ImportProgress progress) {
        this.reader = reader;
        this.progress = progress;
    }

    @Override
    public void afterChunk(Chunk<CsvRecord> chunk) {
        rows += chunk.size();
        progress.publish(reader.bytesRead(), reader.fileSize(), rows);
    }
}
